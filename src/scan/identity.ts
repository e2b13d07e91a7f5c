/**
 * What makes the rows of two scans comparable, and the compact fingerprints rows carry: the taxonomy
 * version (a hash of its files, categories, areas and overlays), the profile's hash, and MinHash
 * signatures as base64.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Profile } from '../profile/schema.js';
import { areasPath } from '../taxonomy/areas.js';
import { categoriesPath } from '../taxonomy/categories.js';
import { bundledTaxonomyDir, listTaxonomyFiles, type LoadTaxonomyOptions } from '../taxonomy/index.js';
import { MINHASH_SIZE } from './dedupe.js';

const versions = new Map<string, string>();

/**
 * The taxonomy's version: the first 16 hex digits of a SHA-256 of the taxonomy files' names and
 * contents, the categories and areas files, and each overlay (in order). Equal versions extract alike.
 */
export function taxonomyVersion(options: LoadTaxonomyOptions = {}): string {
  const files = [...listTaxonomyFiles(options.dir ?? bundledTaxonomyDir), categoriesPath, areasPath];
  const overlays = options.overlays ?? [];
  const key = [...files, '\0', ...overlays].join('\n');
  const known = versions.get(key);
  if (known) return known;
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${basename(f)}\0`).update(readFileSync(f)).update('\0');
  for (const f of overlays) hash.update('overlay\0').update(readFileSync(f)).update('\0');
  const v = hash.digest('hex').slice(0, 16);
  versions.set(key, v);
  return v;
}

/** A hash of what the profile says (not where it came from): two scans with equal hashes compared alike. */
export function profileHash(profile: Profile): string {
  const { source: _source, ...rest } = profile as Profile & { source?: string };
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 16);
}

/** A MinHash signature as base64 of its little-endian Int32Array (172 characters for 32 values). */
export function encodeMinhash(sig: Int32Array): string {
  const bytes = Buffer.allocUnsafe(sig.length * 4);
  for (let i = 0; i < sig.length; i++) bytes.writeInt32LE(sig[i]!, i * 4);
  return bytes.toString('base64');
}

/** The signature back from base64; null when it is not MINHASH_SIZE values. */
export function decodeMinhash(text: string): Int32Array | null {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== MINHASH_SIZE * 4) return null;
  const out = new Int32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) out[i] = bytes.readInt32LE(i * 4);
  return out;
}
