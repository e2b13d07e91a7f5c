import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadProfile } from '../../src/profile/load.js';
import type { Profile } from '../../src/profile/schema.js';
import { scanJsonChunks } from '../../src/report/scan-json.js';
import { scanJsonlRow, scanJsonlSummary } from '../../src/report/scan-jsonl.js';
import { decodeMinhash, encodeMinhash } from '../../src/scan/identity.js';
import { merge, type MergeOptions } from '../../src/scan/merge.js';
import { scan, type ScanEvent } from '../../src/scan/scan.js';
import { ScanJsonlLineSchema, type ScanRow, type ScanSummary } from '../../src/scan/schema.js';
import { fixture, miniTaxonomy } from '../helpers.js';

/** Everything runs in-process on the small, stable test taxonomy. */
const taxonomy = { dir: fileURLToPath(new URL('../fixtures/taxonomy/', import.meta.url)) };
const dir = mkdtempSync(join(tmpdir(), 'skillgap-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const p = (name: string) => fixture(`scan/postings/${name}`);
const exportJsonl = fixture('scan/exports/postings.jsonl');
let profile: Profile;
beforeAll(async () => {
  profile = await loadProfile(fixture('profiles/junior-ml.yaml'), miniTaxonomy());
});

async function collect(events: AsyncIterable<ScanEvent>): Promise<{ rows: ScanRow[]; summary: ScanSummary; jsonl: string }> {
  const rows: ScanRow[] = [];
  let summary: ScanSummary | undefined;
  let jsonl = '';
  for await (const ev of events) {
    if (ev.type === 'posting') {
      rows.push(ev.row);
      jsonl += scanJsonlRow(ev.row);
    } else {
      summary = ev.summary;
      jsonl += scanJsonlSummary(ev.summary);
    }
  }
  return { rows, summary: summary!, jsonl };
}

const scanOf = (inputs: string[], options: { profile?: Profile | null; by?: 'month' } = {}) =>
  collect(scan(inputs, { taxonomy, compiled: miniTaxonomy(), jobs: 0, profile: options.profile === undefined ? profile : options.profile, ...(options.by ? { by: options.by } : {}) }));

/** Scan inputs into a JSONL shard file. */
async function shard(name: string, inputs: string[], options: { profile?: Profile | null } = {}): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, (await scanOf(inputs, options)).jsonl);
  return file;
}

function mergeOf(files: string[], options: MergeOptions = {}) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const result = collect(merge(files, { taxonomy, compiled: miniTaxonomy(), onWarning: (m) => warnings.push(m), onError: (m) => errors.push(m), ...options }));
  return { result, warnings, errors };
}

const ALL = [p('ml-engineer-acme.txt'), p('backend-go-initech.txt'), p('data-scientist-globex.md'), p('ml-engineer-acme-copy.txt'), p('devops-k8s-cyberdyne.txt'), p('ml-engineer-acme-otherboard.md'), p('analytics-hooli.md'), exportJsonl];

describe('merge', () => {
  it('four shards give, byte for byte, the rows and summary of one scan of all their postings', async () => {
    const single = await scanOf(ALL);
    const files = [
      await shard('a.jsonl', ALL.slice(0, 2)),
      await shard('b.jsonl', ALL.slice(2, 4)),
      await shard('c.jsonl', ALL.slice(4, 6)),
      await shard('d.jsonl', ALL.slice(6)),
    ];
    const m = mergeOf(files);
    const merged = await m.result;
    expect(merged.jsonl).toBe(single.jsonl);
    expect(m.warnings).toEqual([]);
    expect(m.errors).toEqual([]);
    // Duplicates found across shards: the copy (shard b) and the other board's page (shard c) of shard a's posting.
    expect(merged.rows.filter((r) => r.status === 'duplicate').map((r) => [r.duplicate!.kind, r.duplicate!.ofIndex])).toEqual([
      ['exact', 0],
      ['near', 0],
      ...single.rows.filter((r) => r.status === 'duplicate' && r.index > 5).map((r) => [r.duplicate!.kind, r.duplicate!.ofIndex]),
    ]);
    expect(merged.summary.counts.failed).toBe(2); // the export's bad rows count as failures, as in a scan
    for (const line of merged.jsonl.trim().split('\n')) ScanJsonlLineSchema.parse(JSON.parse(line));
  });

  it('shards that share postings: each repeat is a duplicate, as in one scan of them all', async () => {
    const single = await scanOf([...ALL.slice(0, 4), ...ALL.slice(2, 6)]);
    const m = mergeOf([await shard('s1.jsonl', ALL.slice(0, 4)), await shard('s2.jsonl', ALL.slice(2, 6))]);
    expect((await m.result).jsonl).toBe(single.jsonl);
    expect(single.summary.counts.duplicates.exact).toBeGreaterThanOrEqual(3);
  });

  it('reads scan JSON and its own output (a merge of merges), and concatenated shards in one file', async () => {
    const single = await scanOf(ALL);
    const json = join(dir, 'all.json');
    writeFileSync(json, [...scanJsonChunks(single.summary, rowsRanked(single.rows))].join(''));
    expect((await mergeOf([json]).result).jsonl).toBe(single.jsonl);

    const a = await shard('m1.jsonl', ALL.slice(0, 3));
    const b = await shard('m2.jsonl', ALL.slice(3));
    const ab = join(dir, 'ab.jsonl');
    writeFileSync(ab, readFileSync(a, 'utf8') + readFileSync(b, 'utf8'));
    expect((await mergeOf([ab]).result).jsonl).toBe(single.jsonl);
    const first = join(dir, 'merged-first.jsonl');
    writeFileSync(first, (await mergeOf([a]).result).jsonl);
    expect((await mergeOf([first, b]).result).jsonl).toBe(single.jsonl);
  });

  it('standard input as a shard (a reducer)', async () => {
    const single = await scanOf(ALL);
    const a = await shard('in1.jsonl', ALL.slice(0, 3));
    const b = await shard('in2.jsonl', ALL.slice(3));
    const stdin = (async function* () {
      yield readFileSync(a);
    })();
    expect((await mergeOf(['-', b], { stdin }).result).jsonl).toBe(single.jsonl);
  });

  it('a shard given twice, under its name or another, is warned and counted once; an empty shard is warned', async () => {
    const a = await shard('t1.jsonl', ALL.slice(0, 3));
    const copy = join(dir, 't1-copy.jsonl');
    writeFileSync(copy, readFileSync(a));
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const m = mergeOf([a, a, copy, empty]);
    const merged = await m.result;
    expect(merged.jsonl).toBe((await scanOf(ALL.slice(0, 3))).jsonl);
    expect(m.warnings).toEqual([`${a}: given twice: counted once`, `${empty}: empty shard: nothing to merge`, `${copy}:1: the same shard as ${a}:1 (given twice?): counted once`]);
    expect(m.errors).toEqual([]);
  });

  it('a truncated last line is one error naming file:line, and its shard is not used', async () => {
    const a = await shard('u1.jsonl', ALL.slice(0, 3));
    const b = await shard('u2.jsonl', ALL.slice(3, 5));
    const text = readFileSync(b, 'utf8');
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, text.slice(0, text.length - 40));
    const lines = text.trim().split('\n').length;
    const m = mergeOf([a, cut]);
    const merged = await m.result;
    expect(m.errors).toEqual([`${cut}:${lines}: truncated line (no newline at the end, not valid JSON): not used; the ${lines - 1} rows of its shard before it have no summary line: not used either`]);
    expect(merged.summary.counts.inputs).toBe((await scanOf(ALL.slice(0, 3))).summary.counts.inputs);
  });

  it('an export of postings given as a shard says to scan it first', async () => {
    await expect(mergeOf([exportJsonl]).result).rejects.toThrow(new ConfigError('bad-shard', `${exportJsonl}: a JSONL of postings, not a scan's output: scan it first (skillgap scan ${exportJsonl} --format jsonl -o rows.jsonl) and give that`));
  });

  it('rows after the last summary line (a scan cut short between lines) are reported, not used', async () => {
    const a = await shard('v1.jsonl', ALL.slice(0, 2));
    const partial = join(dir, 'partial.jsonl');
    writeFileSync(partial, readFileSync(a, 'utf8'));
    appendFileSync(partial, (await scanOf(ALL.slice(2, 4))).jsonl.split('\n').slice(0, 2).join('\n') + '\n');
    const m = mergeOf([partial]);
    await m.result;
    expect(m.errors).toEqual([`${partial}: the last 2 rows (from line ${readFileSync(a, 'utf8').trim().split('\n').length + 1}) have no summary line (the scan did not finish?): not used`]);
  });

  it('refuses, naming the file, shards of another schema version, taxonomy version, profile or field mapping', async () => {
    const a = await shard('w1.jsonl', ALL.slice(0, 2));
    const b = await shard('w2.jsonl', ALL.slice(2, 4), { profile: null });
    await expect(mergeOf([a, b]).result).rejects.toThrow(new ConfigError('profile-mismatch', `${b}: scanned with no profile, ${a} with ${profile.source} (hash ${(await scanOf([])).summary.profile!.hash}): shards must be scanned with the same profile`));
    const edit = (name: string, from: RegExp, to: string) => {
      const f = join(dir, name);
      writeFileSync(f, readFileSync(a, 'utf8').replace(from, to));
      return f;
    };
    const v1 = edit('v1-schema.jsonl', /"schemaVersion":2/, '"schemaVersion":1');
    await expect(mergeOf([v1]).result).rejects.toThrow(`${v1}: scan schemaVersion 1, this skillgap merges version 2`);
    const tv = edit('tv.jsonl', /"taxonomy":\{"version":"[0-9a-f]+"\}/, '"taxonomy":{"version":"0123456789abcdef"}');
    await expect(mergeOf([a, tv]).result).rejects.toThrow(`${tv}: scanned with taxonomy version 0123456789abcdef`);
    const fields = edit('fields.jsonl', /"fields":\{\}/, '"fields":{"text":"body"}');
    await expect(mergeOf([a, fields]).result).rejects.toThrow(`${fields}: scanned with fields {"text":"body"}`);
    try {
      await mergeOf([a, fields]).result;
    } catch (err) {
      expect((err as ConfigError).exitCode).toBe(2);
    }
  });

  it('--by month splits demand by datePosted (undated apart), the same merged as scanned', async () => {
    const dated = join(dir, 'dated.jsonl');
    const posting = (date: string | null, skills: string) => JSON.stringify({ title: 'Engineer', datePosted: date, text: `Engineer ${skills}\nRequirements\n- ${skills}\n- unique words ${date} ${skills} to keep it apart from the rest of them all` });
    writeFileSync(dated, [posting('2026-01-15', 'Python and SQL'), posting('2026-01-20T10:00:00Z', 'Python'), posting('February 3, 2026', 'Kubernetes and Python'), posting(null, 'SQL')].join('\n') + '\n');
    const single = await collect(scan([dated], { taxonomy, compiled: miniTaxonomy(), jobs: 0, by: 'month' }));
    expect(single.summary.periods!.map((x) => [x.period, x.postings])).toEqual([
      ['2026-01', 2],
      ['2026-02', 1],
      ['undated', 1],
    ]);
    expect(single.summary.periods![0]!.skills.find((s) => s.id === 'python')).toMatchObject({ postings: 2, share: 1 });
    const f = join(dir, 'dated-rows.jsonl');
    writeFileSync(f, (await collect(scan([dated], { taxonomy, compiled: miniTaxonomy(), jobs: 0 }))).jsonl);
    expect((await mergeOf([f], { by: 'month' }).result).summary).toEqual(single.summary);
  });

  it('MinHash signatures round-trip through base64', () => {
    const sig = Int32Array.from({ length: 32 }, (_, i) => (i * 0x9e3779b1) | 0);
    expect(encodeMinhash(sig)).toHaveLength(172);
    expect(decodeMinhash(encodeMinhash(sig))).toEqual(sig);
    expect(decodeMinhash('AAAA')).toBeNull();
  });
});

/** Rows as `scan --format json` lists them: best fit first, then the rest in input order. */
function rowsRanked(rows: ScanRow[]): ScanRow[] {
  const scored = rows.filter((r) => r.status === 'ok' && r.score !== null).sort((a, b) => b.score! - a.score! || a.index - b.index);
  const rest = rows.filter((r) => !(r.status === 'ok' && r.score !== null));
  return [...scored.map((r, i) => ({ ...r, rank: i + 1 })), ...rest];
}
