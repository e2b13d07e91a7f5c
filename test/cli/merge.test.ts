import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fixture } from '../helpers.js';
import { fakeIo } from './fake-io.js';

// The bundled taxonomy is edited by others: the CLI runs on the small test taxonomy.
vi.mock('../../src/taxonomy/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/taxonomy/index.js')>();
  const dir = new URL('../fixtures/taxonomy/', import.meta.url).pathname;
  return { ...real, loadTaxonomy: (o: { overlays?: string[] } = {}) => real.loadTaxonomy({ ...o, dir }) };
});

const dir = mkdtempSync(join(tmpdir(), 'skillgap-merge-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const profile = ['--profile', fixture('profiles/junior-ml.yaml')];
const p = (name: string) => fixture(`scan/postings/${name}`);

async function cli(args: string[], stdin?: string) {
  const io = fakeIo(stdin, { NO_COLOR: '1' });
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

async function shard(name: string, args: string[]): Promise<string> {
  const r = await cli(['scan', ...args, ...profile, '--format', 'jsonl', '--jobs', '0']);
  const file = join(dir, name);
  writeFileSync(file, r.stdout);
  return file;
}

const jsonl = (texts: string[]) => texts.map((text, i) => JSON.stringify({ title: `Role ${i}`, company: 'Initech', text })).join('\n') + '\n';
const TEXTS = ['Data Engineer\nRequirements\n- Python and SQL\n- Kubernetes is a plus', 'ML Engineer\nRequirements\n- PyTorch\n- 3+ years of Python', 'Analyst\nRequirements\n- SQL'];

describe('skillgap scan - (a mapper on standard input)', () => {
  it('JSONL on stdin: rows named stdin#LINE as they finish, then the summary', async () => {
    const r = await cli(['scan', '-', '--format', 'jsonl', '--jobs', '0'], jsonl(TEXTS));
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source ?? l.type)).toEqual(['stdin#1', 'stdin#2', 'stdin#3', 'summary']);
    expect(lines[1].skills).toContainEqual(['python', 0, 3, -1]);
    expect(lines[3].counts.postings).toBe(3);
  });

  it('--stdin-name names a shard (parallel --pipe ... --stdin-name part{#})', async () => {
    const r = await cli(['scan', '-', '--format', 'jsonl', '--jobs', '0', '--stdin-name', 'part7'], jsonl(TEXTS.slice(0, 1)));
    expect(JSON.parse(r.stdout.split('\n')[0]!).source).toBe('part7#1');
  });

  it('CSV on stdin: recognized by a header with a text column', async () => {
    const csv = `title,description\r\nData Engineer,"Requirements\n- Python and SQL"\r\nAnalyst,"Requirements\n- SQL"\r\n`;
    const r = await cli(['scan', '-', '--format', 'jsonl', '--jobs', '0'], csv);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.slice(0, 2).map((l) => [l.source, l.title, l.required])).toEqual([
      ['stdin#2', 'Data Engineer', ['python', 'sql']],
      ['stdin#4', 'Analyst', ['sql']],
    ]);
  });

  it('anything else on stdin is one posting', async () => {
    const r = await cli(['scan', '-', '--format', 'jsonl', '--jobs', '0'], TEXTS[0]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((l) => l.type)).toEqual(['posting', 'summary']);
    expect(rows[0]).toMatchObject({ source: '-', required: ['python', 'sql'], preferred: ['kubernetes'] });
  });

  it('a bad JSONL line on stdin is one error naming stdin:LINE; the rest is scanned (exit 1)', async () => {
    const r = await cli(['scan', '-', '--format', 'jsonl', '--jobs', '0'], `${jsonl(TEXTS.slice(0, 1))}{"text": "cut\n${jsonl(TEXTS.slice(1, 2))}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^skillgap: stdin:2: not valid JSON: /);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });
});

describe('skillgap merge', () => {
  it('merges shards into the report of one scan, in every format', async () => {
    const all = [p('ml-engineer-acme.txt'), p('backend-go-initech.txt'), p('ml-engineer-acme-copy.txt'), p('analytics-hooli.md')];
    const a = await shard('a.jsonl', all.slice(0, 2));
    const b = await shard('b.jsonl', all.slice(2));
    for (const format of ['text', 'json', 'jsonl', 'csv', 'markdown', 'html']) {
      const single = await cli(['scan', ...all, ...profile, '--format', format, '--jobs', '0']);
      const merged = await cli(['merge', a, b, '--format', format]);
      expect(merged.code, merged.stderr).toBe(0);
      expect(merged.stdout, format).toBe(single.stdout);
    }
    const out = join(dir, 'merged.json');
    const r = await cli(['merge', a, b, '--format', 'json', '-o', out]);
    expect(r.stderr).toBe(`skillgap: wrote 4 results to ${out}\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.counts.duplicates.exact).toBe(1);
  });

  it('exit 2 naming the file for shards scanned with another profile; exit 1 for a missing or truncated shard', async () => {
    const a = await shard('c.jsonl', [p('ml-engineer-acme.txt')]);
    const other = join(dir, 'other.jsonl');
    writeFileSync(other, (await cli(['scan', p('analytics-hooli.md'), '--format', 'jsonl', '--jobs', '0'])).stdout);
    const refused = await cli(['merge', a, other]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(new RegExp(`^skillgap: ${other}: scanned with no profile, ${a} with .*junior-ml\\.yaml \\(hash [0-9a-f]{16}\\): shards must be scanned with the same profile\\n$`));

    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, readFileSync(a, 'utf8').slice(0, -20));
    const r = await cli(['merge', a, cut, join(dir, 'missing.jsonl'), '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`skillgap: ${cut}:2: truncated line (no newline at the end, not valid JSON): not used; the 1 row of its shard before it have no summary line: not used either\nskillgap: ${join(dir, 'missing.jsonl')}: no such file\n`);
  });

  it('warns of an empty shard and a shard given twice; failed rows make exit 1 as in a scan', async () => {
    const bad = await shard('bad.jsonl', [fixture('scan/exports/postings.jsonl')]);
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const r = await cli(['merge', bad, bad, empty]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`skillgap: warning: ${bad}: given twice: counted once\n`);
    expect(r.stderr).toContain(`skillgap: warning: ${empty}: empty shard: nothing to merge\n`);
    expect(r.stderr).toMatch(/postings\.jsonl:3: not valid JSON/);
    expect(r.stdout).toMatch(/, 2 failed/);
  });
});

describe('skillgap diff', () => {
  it('trends between two scans in text, json (valid), markdown and html; exit 0', async () => {
    const old = await shard('old.jsonl', [p('ml-engineer-acme.txt'), p('backend-go-initech.txt')]);
    const now = await shard('new.jsonl', [p('analytics-hooli.md'), p('devops-k8s-cyberdyne.txt'), p('data-scientist-globex.md')]);
    const text = await cli(['diff', old, now]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Trends: 2 postings then \(.*old\.jsonl\), 3 now \(.*new\.jsonl\)\nYour coverage: /);
    expect(text.stdout).toContain('Rising (share of postings then → now)');
    const json = await cli(['diff', old, now, '--format', 'json']);
    const { DiffOutputSchema } = await import('../../src/scan/diff.js');
    const d = DiffOutputSchema.parse(JSON.parse(json.stdout));
    expect(d.old.postings).toBe(2);
    expect(d.appeared.length + d.vanished.length).toBeGreaterThan(0);
    expect((await cli(['diff', old, now, '--format', 'markdown'])).stdout).toMatch(/^# Trends\n/);
    const out = join(dir, 'trends.html');
    const html = await cli(['diff', old, now, '--format', 'html', '-o', out]);
    expect(html.stderr).toBe(`skillgap: wrote 2 results to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toContain('<h2>Biggest movers</h2>');
    expect((await cli(['diff', old, now, '--format', 'csv'])).code).toBe(2);
  });

  it('says plainly that a --profile given to diff belongs to the scans (exit 2); one from SKILLGAP_PROFILE is no mistake', async () => {
    const old = await shard('old3.jsonl', [p('ml-engineer-acme.txt')]);
    const r = await cli(['diff', old, old, '--profile', 'me.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('skillgap: diff takes no --profile: it compares the scans as they were made, your coverage from the profile each was scanned with; scan both with it (skillgap scan DIR --profile me.yaml --format jsonl -o FILE) and diff those\n');
    const io = fakeIo(undefined, { NO_COLOR: '1', SKILLGAP_PROFILE: fixture('profiles/junior-ml.yaml') });
    expect(await run(['diff', old, old], io), io.err()).toBe(0);
  });

  it('a missing scan is one error line (exit 1)', async () => {
    const old = await shard('old2.jsonl', [p('ml-engineer-acme.txt')]);
    const r = await cli(['diff', old, join(dir, 'nope.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`skillgap: ${join(dir, 'nope.jsonl')}: no such file\n`);
  });

  it('scan --by month: demand by month of datePosted, undated apart', async () => {
    const rows = [
      { title: 'A', datePosted: '2026-01-05', text: 'Requirements\n- Python and SQL' },
      { title: 'B', datePosted: '2026-02-05', text: 'Requirements\n- Kubernetes' },
      { title: 'C', text: 'Requirements\n- SQL' },
    ];
    const r = await cli(['scan', '-', '--by', 'month', '--jobs', '0'], rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/By month.*\n  2026-01 +1  Python 100%, SQL 100%\n  2026-02 +1  Kubernetes 100%\n  undated +1  SQL 100%\n/);
    expect((await cli(['scan', '-', '--by', 'week'], '')).code).toBe(2);
  });
});
