import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listTaxonomyFiles, loadTaxonomy, readTaxonomyFiles } from '../src/taxonomy/index.js';
import { compileTaxonomy, type CompiledTaxonomy } from '../src/taxonomy/compile.js';
import type { SkillEntry } from '../src/taxonomy/schema.js';
import { listVocabFiles, readVocabFiles } from '../src/read/index.js';
import type { VocabFile } from '../src/read/schema.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

let mini: CompiledTaxonomy | undefined;
/** The small, stable test taxonomy in test/fixtures/taxonomy. */
export function miniTaxonomy(): CompiledTaxonomy {
  mini ??= loadTaxonomy({ dir: fileURLToPath(new URL('./fixtures/taxonomy/', import.meta.url)) });
  return mini;
}

let bundled: CompiledTaxonomy | undefined;
/** The bundled taxonomy (or, for a developer measuring a change alone, the folder in SKILLGAP_TEST_TAXONOMY). */
export function bundledTaxonomy(): CompiledTaxonomy {
  bundled ??= loadTaxonomy(process.env.SKILLGAP_TEST_TAXONOMY ? { dir: process.env.SKILLGAP_TEST_TAXONOMY } : {});
  return bundled;
}

/** An object and everything in it made read-only (a strict-mode write to it throws). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

let entries: readonly SkillEntry[] | undefined;
/**
 * The bundled taxonomy's entries read from its YAML files (a second or two of parsing), read once
 * per worker and shared by the test files that run in it: frozen, so that no file can change what
 * the next one sees (copy an entry to change it).
 */
export function bundledEntries(): readonly SkillEntry[] {
  entries ??= deepFreeze(readTaxonomyFiles(listTaxonomyFiles()));
  return entries;
}

let fromFiles: CompiledTaxonomy | undefined;
/** The bundled taxonomy compiled from its YAML files (not the build's cache, which leaves the examples out); shared like bundledEntries(). */
export function bundledFromFiles(): CompiledTaxonomy {
  fromFiles ??= compileTaxonomy(bundledEntries());
  return fromFiles;
}

/** A fresh temporary folder, and a writer of files in it that returns each file's path. */
export function scratch(prefix: string): { dir: string; file: (name: string, data: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, data) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
  };
}

let examplesByLanguage: Map<string, NonNullable<VocabFile['examples']>> | undefined;

/** The examples of a language's vocabulary file, read from its YAML (the build's cache holds none). */
export function vocabExamples(language: string): NonNullable<VocabFile['examples']> {
  examplesByLanguage ??= new Map(readVocabFiles(listVocabFiles()).map((f) => [f.language, f.examples ?? {}]));
  return examplesByLanguage.get(language) ?? {};
}
