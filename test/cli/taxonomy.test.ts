import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from '../helpers.js';
import { runCli as cli } from './fake-io.js';

// The taxonomy commands (apart from run.test.ts: validating the whole taxonomy takes seconds, and
// two files run side by side). The whole taxonomy is validated through the CLI once, with an overlay
// (its problems and examples without one: test/taxonomy/bundled.test.ts, examples.test.ts).
const { dir, file } = scratch('skillgap-cli-taxonomy-');

describe('skillgap taxonomy', () => {
  it('lists, shows, searches and counts', async () => {
    expect((await cli(['taxonomy', 'show', 'pytorch'])).out).toMatch(/label\s+PyTorch/);
    expect((await cli(['taxonomy', 'search', 'k8s'])).out).toMatch(/^kubernetes\s/m);
    expect((await cli(['taxonomy', 'list', '--category', 'ml-framework'])).out).toMatch(/^tensorflow\s/m);
    expect((await cli(['taxonomy', 'stats'])).out).toMatch(/skills\s+\d{3,}/);
  });
  it('validates the taxonomy with an overlay, and uses the overlay', async () => {
    const overlay = file('mine.yaml', 'skills:\n  - { id: polars-x, label: PolarsX, category: data-tool, parents: [data-analysis] }\n');
    // The bundled skills and the overlay's: every check, every example.
    expect(await cli(['taxonomy', 'validate', overlay])).toMatchObject({ code: 0, out: expect.stringMatching(/^\d+ skills, 0 problems, \d{4,} examples run, 0 failing\n$/) });
    const posting = file('p.txt', 'Title\nRequirements\n- PolarsX');
    const cacheDir = join(dir, 'cache');
    expect(JSON.parse((await cli(['extract', posting, '--format', 'json', '--taxonomy', overlay, '--cache-dir', cacheDir])).out).postings[0].skills[0].id).toBe('polars-x');
    // The taxonomy compiled with the overlay is kept for the next run, in the cache folder.
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    expect(JSON.parse((await cli(['extract', posting, '--format', 'json', '--taxonomy', overlay, '--cache-dir', cacheDir])).out).postings[0].skills[0].id).toBe('polars-x');
    const bad = file('bad-overlay.yaml', 'skills:\n  - { id: x-thing, label: XThing, category: data-tool, parents: [no-such-skill] }\n');
    expect(await cli(['extract', posting, '--taxonomy', bad, '--cache-dir', cacheDir])).toMatchObject({ code: 2, err: expect.stringMatching(/bad-overlay\.yaml:2: skill 'x-thing': parents names 'no-such-skill'/) });
    // (Every example of the taxonomy runs: some 15 s on a quiet machine, twice that and more on a loaded one.)
  }, 120_000);
});

describe('skillgap taxonomy stats', () => {
  it('counts the example sentences the tests run', async () => {
    const r = await cli(['taxonomy', 'stats', '--format', 'json']);
    expect(JSON.parse(r.out).examples).toBeGreaterThan(2000);
  });
});
