import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { ConfigError } from '../errors.js';
import { compileTaxonomy, type CompiledTaxonomy } from './compile.js';
import { restoreTaxonomy, serializeTaxonomy, type SerializedTaxonomy } from './serialize.js';
import { applyOverlay, bundledTaxonomyDir, listTaxonomyFiles, readTaxonomyFiles, taxonomyFingerprint } from './load.js';
import type { SkillEntry } from './schema.js';
import { findProblems } from './validate.js';

export type { CompiledTaxonomy } from './compile.js';

export interface LoadTaxonomyOptions {
  /** Folder of taxonomy YAML files; the bundled one by default. */
  dir?: string;
  /** A user's overlay files (`--taxonomy my.yaml`), applied in order. */
  overlays?: readonly string[];
}

/** Where the build writes the validated bundled taxonomy (a cache: the YAML stays the source). */
export const compiledCachePath = join(packageRoot(), 'dist', 'taxonomy.json');

interface CacheFile {
  fingerprint: string;
  compiled: SerializedTaxonomy;
}

function readCache(files: readonly string[]): CompiledTaxonomy | undefined {
  if (!existsSync(compiledCachePath)) return undefined;
  const cache = JSON.parse(readFileSync(compiledCachePath, 'utf8')) as CacheFile;
  return cache.fingerprint === taxonomyFingerprint(files) ? restoreTaxonomy(cache.compiled) : undefined;
}

/** The cache file the build writes: the validated taxonomy, compiled and serialized. */
export function cacheFileFor(entries: SkillEntry[], fingerprint: string): string {
  return JSON.stringify({ fingerprint, compiled: serializeTaxonomy(compileTaxonomy(entries)) } satisfies CacheFile);
}

/** Throw a ConfigError for cross-entry problems: the first named in the message, all in `problems`. */
export function assertValid(entries: readonly SkillEntry[]): void {
  const problems = findProblems(entries);
  if (problems.length === 0) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems; run \`skillgap taxonomy validate\`)` : '';
  throw Object.assign(new ConfigError('taxonomy-invalid', `${problems[0]}${more}`), { problems });
}

/**
 * Load, validate and compile the taxonomy with any overlays. The bundled taxonomy comes from the
 * build's compiled cache when it matches the YAML files; otherwise, and with overlays, from the YAML.
 */
export function loadTaxonomy(options: LoadTaxonomyOptions = {}): CompiledTaxonomy {
  const dir = options.dir ?? bundledTaxonomyDir;
  const files = listTaxonomyFiles(dir);
  const overlays = options.overlays ?? [];
  if (dir === bundledTaxonomyDir && overlays.length === 0) {
    const cached = readCache(files);
    if (cached) return cached;
  }
  let entries = readTaxonomyFiles(files);
  for (const overlay of overlays) entries = applyOverlay(entries, overlay);
  assertValid(entries);
  return compileTaxonomy(entries);
}

export { findProblems } from './validate.js';
export { runExamples, describeFailure } from './examples.js';
export { listTaxonomyFiles, readTaxonomyFiles, taxonomyFingerprint, bundledTaxonomyDir } from './load.js';
