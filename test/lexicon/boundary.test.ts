import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => (m[1] ?? m[2])!);

describe('the lexicon is one module', () => {
  it('is reached from src/ only through src/lexicon/index.ts: its other files are private', () => {
    const src = join(root, 'src');
    const offenders: string[] = [];
    for (const file of sources(src)) {
      const rel = relative(src, file);
      if (rel.startsWith('lexicon/')) continue;
      for (const spec of importsOf(file)) if (/(^|\/)lexicon\/(?!index\.js$)/.test(spec)) offenders.push(`${rel}: ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the scanner and the trie out of the library API', async () => {
    const api = await import('../../src/index.js');
    expect(Object.keys(api)).not.toContain('scanTokens');
    expect(Object.keys(api)).not.toContain('matchTokens');
    expect(Object.keys(api)).not.toContain('TokenTrie');
  });
});
