import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { packageVersion } from '../version.js';
import { readShared } from '../preload.js';
import { ConfigError } from '../errors.js';
import { compileTaxonomy, type CompiledTaxonomy } from './compile.js';
import { openPacked, packTaxonomy, skillDetails, type CacheKey } from './serialize.js';
import { applyOverlay, bundledTaxonomyDir, listTaxonomyFiles, readTaxonomyFiles, taxonomyDigest, taxonomyStamp } from './load.js';
import type { SkillEntry } from './schema.js';
import { categoriesPath } from './categories.js';
import { findProblems } from './validate.js';

export type { CompiledTaxonomy } from './compile.js';
export type { CacheKey } from './serialize.js';

export interface LoadTaxonomyOptions {
  /** Every field of every skill (aliases, rules), for listing and showing skills; analysis does without. */
  details?: boolean;
  /** Folder of taxonomy YAML files; the bundled one by default. */
  dir?: string;
  /** A user's overlay files (`--taxonomy my.yaml`), applied in order. */
  overlays?: readonly string[];
  /**
   * Where a taxonomy compiled with overlays is kept for the next run, keyed by the content of the
   * taxonomy, its overlays and this version of skillgap. None by default: the library writes
   * nothing unless asked (the CLI passes its cache folder).
   */
  cacheDir?: string;
}

/** How many taxonomies compiled with overlays a cache folder keeps (the newest). */
const KEPT_OVERLAY_CACHES = 8;

/** The cache file of a taxonomy compiled with overlays, and the digest that names it. */
function overlayCacheFile(dir: string, files: readonly string[], overlays: readonly string[]): { path: string; digest: string } {
  const digest = `${packageVersion()}|${taxonomyDigest([...files, categoriesPath, ...overlays])}`;
  return { path: join(dir, `taxonomy-${createHash('sha256').update(digest).digest('hex').slice(0, 24)}.bin`), digest };
}

function readOverlayCache(path: string, digest: string): CompiledTaxonomy | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const cache = openPacked(readFileSync(path));
    return cache && cache.key.digest === digest ? cache.restore() : undefined;
  } catch {
    return undefined; // unreadable or cut short: compiled again
  }
}

/** Keep a compiled taxonomy for the next run; a cache that cannot be written is only slower. */
function writeOverlayCache(dir: string, path: string, digest: string, taxonomy: CompiledTaxonomy): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, packTaxonomy(taxonomy, { stamp: '', digest }));
    renameSync(tmp, path);
    const kept = readdirSync(dir)
      .filter((f) => /^taxonomy-[0-9a-f]+\.bin$/.test(f))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of kept.slice(KEPT_OVERLAY_CACHES)) rmSync(join(dir, f), { force: true });
  } catch {
    // A read-only or full disk: the next run compiles again.
  }
}

/** Where the build writes the validated bundled taxonomy (a cache: the YAML stays the source). */
export const compiledCachePath = join(packageRoot(), 'dist', 'taxonomy.bin');
export const detailsCachePath = join(packageRoot(), 'dist', 'taxonomy-details.json');

function readCache(files: readonly string[], details: boolean): CompiledTaxonomy | undefined {
  if (!existsSync(compiledCachePath) || (details && !existsSync(detailsCachePath))) return undefined;
  const cache = openPacked(readShared(compiledCachePath));
  if (!cache) return undefined;
  // The categories are part of what the cache holds: a change to them makes it stale too.
  const keyed = [...files, categoriesPath];
  if (cache.key.stamp !== taxonomyStamp(keyed) && cache.key.digest !== taxonomyDigest(keyed)) return undefined;
  const taxonomy = cache.restore();
  if (details) {
    const more = JSON.parse(readFileSync(detailsCachePath, 'utf8')) as Record<string, Partial<SkillEntry>>;
    for (const [id, d] of Object.entries(more)) Object.assign(taxonomy.skills.get(id) ?? {}, d);
  }
  return taxonomy;
}

/** The cache files the build writes: the validated taxonomy, compiled and packed, and the skills' details. */
export function cacheFilesFor(entries: SkillEntry[], key: CacheKey): { compiled: Buffer; details: string } {
  const taxonomy = compileTaxonomy(entries);
  return { compiled: packTaxonomy(taxonomy, key), details: JSON.stringify(skillDetails(taxonomy)) };
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
    const cached = readCache(files, options.details ?? false);
    if (cached) return cached;
  }
  // A taxonomy with overlays compiled on an earlier run (a second of work otherwise, every run).
  const cache = overlays.length > 0 && options.cacheDir && !options.details ? overlayCacheFile(options.cacheDir, files, overlays) : undefined;
  if (cache) {
    const cached = readOverlayCache(cache.path, cache.digest);
    if (cached) return cached;
  }
  let entries = readTaxonomyFiles(files);
  for (const overlay of overlays) entries = applyOverlay(entries, overlay);
  assertValid(entries);
  const taxonomy = compileTaxonomy(entries);
  if (cache) writeOverlayCache(options.cacheDir!, cache.path, cache.digest, taxonomy);
  return taxonomy;
}

export { findProblems } from './validate.js';
export { runExamples, describeFailure, checkTaxonomy } from './examples.js';
export { listTaxonomyFiles, readTaxonomyFiles, taxonomyDigest, taxonomyStamp, bundledTaxonomyDir } from './load.js';
