import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

/**
 * The README's "Many machines" recipe, run for real: GNU parallel splits an export into blocks, each
 * block is scanned by `skillgap scan -` (the built binary), and `skillgap merge` of the shards equals
 * one scan of the whole export. Skipped where GNU parallel is not installed, but never in CI.
 */
const haveParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU parallel') ?? false;
const inCi = process.env.CI === 'true';

describe('GNU parallel', () => {
  it.runIf(inCi)('is installed in CI, where the recipe must be tested', () => {
    expect(haveParallel, 'GNU parallel is missing: apt-get install -y parallel (.ci/run does)').toBe(true);
  });
});

describe.skipIf(!haveParallel)(`merge of shards scanned by GNU parallel${haveParallel ? '' : ' (skipped: GNU parallel is not installed; apt-get install -y parallel)'}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-parallel-'));
  const bin = join(root, 'bin/skillgap.js');
  const profile = join(root, 'fixtures/profiles/junior-ml.yaml');
  const exportFile = join(dir, 'export.jsonl');

  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    // An export of our own postings, each three times with small edits (and one exact repeat), so
    // that shards share duplicates.
    const folders = ['fixtures/postings', 'fixtures/scan/postings', 'fixtures/scan/postings/more'];
    const texts = folders.flatMap((f) =>
      readdirSync(join(root, f))
        .filter((n) => /\.(txt|md)$/.test(n))
        .sort()
        .map((n) => readFileSync(join(root, f, n), 'utf8')),
    );
    const rows: string[] = [];
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, i) => {
        const edited = round === 0 ? text : `${text}\nReference ${round}-${i}. Posted ${round} days ago.`;
        rows.push(JSON.stringify({ id: `${round}-${i}`, title: `Posting ${i}`, datePosted: `2026-0${round + 1}-10`, text: edited }));
      });
    }
    rows.push(rows[0]!);
    writeFileSync(exportFile, `${rows.join('\n')}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sh = (cmd: string) => execFileSync('bash', ['-c', cmd], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SKILLGAP: `${process.execPath} ${bin}`, PROFILE: profile } });

  it('merge(parallel --pipe shards) == one scan of the export', () => {
    // The README's commands, with a small block so that the export makes several shards.
    sh('parallel --pipe --block 8k -k $SKILLGAP scan - --profile "$PROFILE" --format jsonl -q --stdin-name "part{#}" < export.jsonl > shards.jsonl');
    const summaries = readFileSync(join(dir, 'shards.jsonl'), 'utf8').split('\n').filter((l) => l.startsWith('{"type":"summary"'));
    expect(summaries.length).toBeGreaterThan(2);
    sh('$SKILLGAP merge shards.jsonl --format json > merged.json');
    sh('$SKILLGAP scan - --profile "$PROFILE" --format json -q < export.jsonl > single.json');
    const merged = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8'));
    const single = JSON.parse(readFileSync(join(dir, 'single.json'), 'utf8'));
    // The shards name their rows part{#}#LINE, the single scan stdin#LINE: everything else is equal.
    const unnamed = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'source' || k === 'of' ? undefined : x)));
    expect(unnamed(merged)).toEqual(unnamed(single));
    expect(single.summary.counts.duplicates.exact).toBeGreaterThanOrEqual(1);
    // Standard input as the reducer's input, piped straight from parallel.
    const piped = sh('parallel --pipe --block 8k -k $SKILLGAP scan - --profile "$PROFILE" --format jsonl -q < export.jsonl | $SKILLGAP merge - --format jsonl | tail -1');
    expect(unnamed(JSON.parse(piped))).toEqual(unnamed({ type: 'summary', ...single.summary }));
  }, 60_000);
});
