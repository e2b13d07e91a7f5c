import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTaxonomyFiles } from '../../src/taxonomy/index.js';
import { compileTaxonomy } from '../../src/taxonomy/compile.js';
import { openPacked, packTaxonomy } from '../../src/taxonomy/serialize.js';
import { bundledEntries, root } from '../helpers.js';

/**
 * The compiled-taxonomy cache in an installed package: npm unpacks files with modification times of
 * its own, so the cache must be recognised by content. A copy of the package with a marked cache
 * shows which one a run used: the marked label comes only from the cache.
 */
describe('the compiled taxonomy cache, as installed', () => {
  let pkg: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [join(pkg, 'bin/skillgap.js'), ...args], { encoding: 'utf8' });

  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    pkg = mkdtempSync(join(tmpdir(), 'skillgap-pkg-'));
    for (const d of ['bin', 'dist', 'taxonomies', 'package.json']) cpSync(join(root, d), join(pkg, d), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    // What npm does on unpacking: every file gets the same old modification time.
    const old = new Date('1985-10-26T08:15:00Z');
    for (const f of listTaxonomyFiles(join(pkg, 'taxonomies'))) utimesSync(f, old, old);
    // Mark the cache: PyTorch's label becomes one no YAML file has (a cache built as the build does, key and all).
    const cacheFile = join(pkg, 'dist/taxonomy.bin');
    const key = openPacked(readFileSync(cacheFile))!.key;
    // (Copies of the shared entries: the mark must not reach other test files.)
    const taxonomy = compileTaxonomy(bundledEntries().map((e) => ({ ...e })));
    (taxonomy.skills.get('pytorch') as { label: string }).label = 'PyTorch (from the cache)';
    writeFileSync(cacheFile, packTaxonomy(taxonomy, key));
  });
  afterAll(() => rmSync(pkg, { recursive: true, force: true }));

  it('is used when the files have new modification times but the same content', () => {
    expect(run('taxonomy', 'search', 'pytorch').stdout).toContain('PyTorch (from the cache)');
  });

  it('is not used once a taxonomy file changes', () => {
    const file = join(pkg, 'taxonomies/ml-ai.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    const out = run('taxonomy', 'search', 'pytorch').stdout;
    expect(out).toContain('PyTorch');
    expect(out).not.toContain('from the cache');
  });
});
