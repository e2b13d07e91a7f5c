import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTaxonomy } from '../src/taxonomy/index.js';
import type { CompiledTaxonomy } from '../src/taxonomy/compile.js';

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
