import { basename } from 'node:path';
import { crc32 } from 'node:zlib';
import { readBytes } from './preload.js';

/**
 * The names, sizes and contents (a CRC-32 of each) of the files a build cache was made from: what
 * decides whether the cache is current (see taxonomyDigest). A checksum, not a cryptographic hash:
 * it tells an edited file from the original, and it runs on every start of an installed package.
 */
export function contentDigest(files: readonly string[]): string {
  return files
    .map((f) => {
      const bytes = readBytes(f);
      return `${basename(f)}:${bytes.length}:${crc32(bytes).toString(16)}`;
    })
    .join('|');
}
