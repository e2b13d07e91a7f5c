import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Files read ahead by the bin while the CLI compiles (see bin/skillgap.js), by absolute path. The
 * build caches and their sources are read through here: a file read ahead is taken once, by the first
 * read of its path; any other is read from disk then.
 */
const ahead = new Map<string, Buffer>();

export function preload(path: string, bytes: Buffer): void {
  ahead.set(resolve(path), bytes);
}

/** The bytes of a file: read ahead, or read now. */
export function readBytes(path: string): Buffer {
  const key = resolve(path);
  const bytes = ahead.get(key);
  if (bytes === undefined) return readFileSync(path);
  ahead.delete(key);
  return bytes;
}
