import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';
import { ScanRowSchema, ScanSummarySchema } from '../../src/scan/schema.js';
import { fixture } from '../helpers.js';

// The bundled taxonomy is edited by others: the CLI runs on the small test taxonomy.
vi.mock('../../src/taxonomy/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/taxonomy/index.js')>();
  const dir = new URL('../fixtures/taxonomy/', import.meta.url).pathname;
  return { ...real, loadTaxonomy: (o: { overlays?: string[] } = {}) => real.loadTaxonomy({ ...o, dir }) };
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, stdin: (async function* () {})(), env: { NO_COLOR: '1' } };
  const code = await run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const postings = fixture('scan/postings');
const profile = ['--profile', fixture('profiles/junior-ml.yaml')];
const withBad = [postings, fixture('scan/exports/postings.jsonl')];
const tmp = mkdtempSync(join(tmpdir(), 'skillgap-scan-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('skillgap scan', () => {
  it('text: best fits, market demand, gaps, pairs; duplicates folded; exit 0', async () => {
    const r = await cli(['scan', postings, ...profile]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Scanned 12 postings: 10 distinct, 2 duplicates folded \(1 exact, 1 near\)\n/);
    for (const h of ['Best fits', 'Market demand', 'Gaps that would unlock the most postings', 'Skills that go together']) expect(r.stdout).toContain(h);
    // "TensorFlow or PyTorch" is one requirement, met by the profile's TensorFlow.
    expect(r.stdout).toMatch(/ 1\. +75 +ML Platform Engineer · Umbrella Labs \(.*ml-platform-umbrella\.txt\)\n +missing: CI\/CD\n/);
    expect(r.stdout).toMatch(/ 2\. +72 +Machine Learning Engineer · Acme Analytics \(.*ml-engineer-acme-copy\.txt\)\n +nothing required missing\n/);
  });

  it('text without a profile: market demand only', async () => {
    const r = await cli(['scan', postings]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No profile given: market demand only');
    expect(r.stdout).not.toContain('Best fits');
    expect(r.stdout).toMatch(/\n +\d+% +Docker /);
  });

  it('json: summary and every posting, best fit first, valid against the schema', async () => {
    const r = await cli(['scan', ...withBad, ...profile, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(2);
    ScanSummarySchema.parse(out.summary);
    const rows = out.postings.map((p: unknown) => ScanRowSchema.parse(p));
    expect(rows).toHaveLength(17);
    const scored = rows.filter((x: { rank: number | null }) => x.rank !== null);
    expect(scored.map((x: { rank: number }) => x.rank)).toEqual([...Array(scored.length).keys()].map((i) => i + 1));
    expect(scored.map((x: { score: number }) => x.score)).toEqual([...scored.map((x: { score: number }) => x.score)].sort((a, b) => b - a));
    expect(rows.filter((x: { status: string }) => x.status === 'failed').map((x: { source: string }) => x.source.replace(/^.*\//, ''))).toEqual(['postings.jsonl#3', 'postings.jsonl#4']);
    expect(out.summary.counts).toMatchObject({ inputs: 17, postings: 13, failed: 2, duplicates: { exact: 1, near: 1 } });
    expect(r.stderr).toMatch(/postings\.jsonl:3: not valid JSON/);
  });

  it("says where you stand on each skill by your own skills: a member of a group another member meets is not one you have", async () => {
    // "TensorFlow or PyTorch": the profile's TensorFlow meets the group; PyTorch is still not a skill of yours.
    const r = await cli(['scan', postings, ...profile, '--format', 'json']);
    const out = JSON.parse(r.stdout);
    const you = (id: string) => out.summary.skills.find((k: { id: string }) => k.id === id)?.you;
    expect(you('tensorflow')).toBe('matched');
    expect(you('pytorch')).not.toBe('matched');
    const row = out.postings.find((p: { source: string }) => p.source.endsWith('ml-platform-umbrella.txt'));
    expect(row.missingRequired).not.toContain('pytorch');
  });

  it('jsonl: one posting a line in input order, then the summary', async () => {
    const r = await cli(['scan', ...withBad, ...profile, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual([...Array(17).fill('posting'), 'summary']);
    expect(lines.slice(0, 17).map((l) => l.index)).toEqual([...Array(17).keys()]);
    expect(lines[5]).toMatchObject({ status: 'duplicate', duplicate: { kind: 'near' } });
  });

  it('csv: a header and one quoted row per posting; column mapping for an export', async () => {
    const r = await cli(['scan', fixture('scan/exports/postings.csv'), ...profile, '--format', 'csv', '--text-field', 'posting_body']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('rank,score,status,source,title,company,location,url,date_posted,required,preferred,missing_required,duplicate_of,error');
    expect(lines).toHaveLength(6);
    expect(r.stdout).toMatch(/\n1,\d+,ok,[^,]*postings\.csv#9,Data Scientist,Oceanic,Sydney,,,Python; scikit-learn; SQL,TensorFlow,,,\r\n/);
    expect(r.stdout).toMatch(/\n,,failed,[^,]*postings\.csv#8,,,,,,,,,,[^,]*postings\.csv:8: 3 fields where the header has 4\r\n$/);
  });

  it('markdown: tables', async () => {
    const r = await cli(['scan', postings, ...profile, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Scan report\n/);
    expect(r.stdout).toContain('| Skill | Postings | Required | Preferred | Years asked | You |');
  });

  it('writes --output atomically, leaving no temp file; exit 1 with a missing input, the rest still reported', async () => {
    const file = join(tmp, 'out.json');
    const r = await cli(['scan', postings, join(tmp, 'missing.txt'), ...profile, '--format', 'json', '-o', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(JSON.parse(readFileSync(file, 'utf8')).postings).toHaveLength(13);
    expect(readdirSync(tmp)).toEqual(['out.json']);
  });

  it('runs the same with --jobs 0 (in-process) and rejects a bad --jobs or --format', async () => {
    expect((await cli(['scan', postings, '--jobs', '0'])).code).toBe(0);
    expect((await cli(['scan', postings, '--jobs', 'x'])).code).toBe(2);
    expect((await cli(['scan', postings, '--format', 'xml'])).code).toBe(2);
  });
});
