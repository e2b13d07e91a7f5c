import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTaxonomy, type LoadTaxonomyOptions } from '../../src/taxonomy/index.js';
import { openPacked, packTaxonomy } from '../../src/taxonomy/serialize.js';

// Apart from cache.test.ts (the installed package's cache). Over the test taxonomy, not the bundled
// one: the cache is keyed and kept the same for any folder with overlays, and each load here that
// misses the cache compiles the taxonomy again (about 1.5 s each for the bundled one; the overlay
// commands through the CLI, on the bundled taxonomy: test/cli/taxonomy.test.ts).
const mini = fileURLToPath(new URL('../fixtures/taxonomy/', import.meta.url));
const load = (options: LoadTaxonomyOptions) => loadTaxonomy({ dir: mini, ...options });

/**
 * A taxonomy compiled with a user's overlays, kept in a cache folder for the next run (a second of
 * compiling otherwise, every run): keyed by content, so an edited overlay compiles again.
 */
describe('the cache of a taxonomy compiled with overlays', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-overlay-cache-'));
  const cacheDir = join(dir, 'cache');
  const overlay = join(dir, 'mine.yaml');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cached = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.endsWith('.bin')) : []);

  it('is written on the first load, read on the next, and replaced when an overlay changes', () => {
    writeFileSync(overlay, 'skills:\n  - { id: polars-x, label: PolarsX, category: data-tool, parents: [python] }\n');
    expect(load({ overlays: [overlay] }).skills.has('polars-x')).toBe(true);
    expect(cached()).toEqual([]); // the library writes nothing unless asked
    expect(load({ overlays: [overlay], cacheDir }).skills.has('polars-x')).toBe(true);
    const [file] = cached();
    expect(file).toMatch(/^taxonomy-[0-9a-f]+\.bin$/);
    // Mark the cached copy: the next load must come from it.
    const path = join(cacheDir, file!);
    const packed = openPacked(readFileSync(path))!;
    const marked = packed.restore();
    (marked.skills.get('polars-x') as { label: string }).label = 'PolarsX (from the cache)';
    writeFileSync(path, packTaxonomy(marked, packed.key));
    expect(load({ overlays: [overlay], cacheDir }).skills.get('polars-x')?.label).toBe('PolarsX (from the cache)');
    // An edited overlay: compiled again, from the YAML.
    writeFileSync(overlay, 'skills:\n  - { id: polars-x, label: PolarsX, category: data-tool, parents: [python], aliases: [polars x] }\n');
    expect(load({ overlays: [overlay], cacheDir }).skills.get('polars-x')?.label).toBe('PolarsX');
    expect(cached()).toHaveLength(2);
  });

  it('is compiled again when its file is cut short, and never keeps an invalid overlay', () => {
    for (const f of cached()) writeFileSync(join(cacheDir, f), 'not a taxonomy');
    expect(load({ overlays: [overlay], cacheDir }).skills.get('polars-x')?.label).toBe('PolarsX');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'skills:\n  - { id: x-thing, label: XThing, category: data-tool, parents: [no-such-skill] }\n');
    const before = cached().length;
    expect(() => load({ overlays: [bad], cacheDir })).toThrow(/no-such-skill/);
    expect(cached()).toHaveLength(before);
  });
});
