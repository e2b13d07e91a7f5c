import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
import { compileTaxonomy, type CompiledTaxonomy } from './compile.js';
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
export const compiledCachePath = fileURLToPath(new URL('../../dist/taxonomy.json', import.meta.url));

interface CacheFile {
  fingerprint: string;
  skills: SkillEntry[];
}

/** Read the bundled entries: from the build's cache when it matches the YAML files, else from the YAML. */
export function readBundledEntries(dir: string = bundledTaxonomyDir): { entries: SkillEntry[]; validated: boolean } {
  const files = listTaxonomyFiles(dir);
  if (dir === bundledTaxonomyDir && existsSync(compiledCachePath)) {
    const cache = JSON.parse(readFileSync(compiledCachePath, 'utf8')) as CacheFile;
    if (cache.fingerprint === taxonomyFingerprint(files)) return { entries: cache.skills, validated: true };
  }
  return { entries: readTaxonomyFiles(files), validated: false };
}

/** Throw a ConfigError for cross-entry problems: the first named in the message, all in `problems`. */
export function assertValid(entries: readonly SkillEntry[]): void {
  const problems = findProblems(entries);
  if (problems.length === 0) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems; run \`skillgap taxonomy validate\`)` : '';
  throw Object.assign(new ConfigError('taxonomy-invalid', `${problems[0]}${more}`), { problems });
}

/** Load, validate and compile the taxonomy with any overlays. */
export function loadTaxonomy(options: LoadTaxonomyOptions = {}): CompiledTaxonomy {
  const { entries: bundled, validated } = readBundledEntries(options.dir);
  let entries = bundled;
  for (const overlay of options.overlays ?? []) entries = applyOverlay(entries, overlay);
  if (!validated || (options.overlays?.length ?? 0) > 0) assertValid(entries);
  return compileTaxonomy(entries);
}

export { findProblems } from './validate.js';
export { runExamples, describeFailure } from './examples.js';
export { listTaxonomyFiles, readTaxonomyFiles, taxonomyFingerprint, bundledTaxonomyDir } from './load.js';
