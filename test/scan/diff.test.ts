import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffHtml, diffMarkdown, diffText } from '../../src/report/diff.js';
import { DiffOutputSchema, diffSummaries, loadSummary } from '../../src/scan/diff.js';
import type { ScanSummary, SkillDemand } from '../../src/scan/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'skillgap-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function skill(id: string, postings: number, required: number, preferred: number, you: SkillDemand['you'] = null, label = id.toUpperCase()): SkillDemand {
  return { id, label, category: 'x', postings, share: 0, required, preferred, mentioned: postings - required - preferred, years: null, you };
}

function summary(postings: number, skills: SkillDemand[], options: { profile?: boolean; version?: string; areas?: ScanSummary['areas'] } = {}): ScanSummary {
  return {
    schemaVersion: 2,
    taxonomy: { version: options.version ?? 'v1' },
    options: { top: 20, fields: {}, by: null },
    counts: { inputs: postings, postings, failed: 0, duplicates: { exact: 0, near: 0 }, bytes: 0 },
    profile: options.profile ? { source: 'me.yaml', skills: 3, hash: 'h' } : null,
    fewMissing: 2,
    skills,
    gaps: [],
    pairs: [],
    ranking: [],
    failures: [],
    areas: options.areas ?? [],
    periods: null,
  };
}

const OLD = summary(
  100,
  [skill('python', 60, 50, 10, 'matched'), skill('spark', 30, 10, 20, 'missing'), skill('hadoop', 20, 20, 0, 'missing'), skill('sql', 50, 40, 10, 'matched')],
  { profile: true, areas: [{ id: 'data-engineering', label: 'Data engineering', postings: 40, share: 0.4, required: 30, skills: 2 }] },
);
const NEW = summary(
  200,
  [skill('python', 150, 140, 10, 'matched'), skill('spark', 60, 50, 10, 'missing'), skill('sql', 100, 80, 20, 'matched'), skill('llm', 40, 20, 20, 'missing', 'LLMs <b>')],
  { profile: true, areas: [{ id: 'data-engineering', label: 'Data engineering', postings: 50, share: 0.25, required: 40, skills: 2 }, { id: 'llm', label: 'LLMs', postings: 40, share: 0.2, required: 20, skills: 1 }] },
);

describe('diffSummaries', () => {
  const d = diffSummaries(OLD, NEW, { old: 'march.jsonl', new: 'april.jsonl' });

  it('each skill share then and now, and the change in points; new and vanished skills', () => {
    DiffOutputSchema.parse(d);
    const python = d.skills.find((k) => k.id === 'python')!;
    expect(python).toMatchObject({ old: { postings: 60, share: 0.6 }, new: { postings: 150, share: 0.75 }, change: 15, status: 'both', you: { old: 'matched', new: 'matched' } });
    // Rising and falling among skills asked in both; new and vanished ones apart, never twice.
    expect(d.risers).toEqual(['python']);
    expect(d.fallers).toEqual([]);
    expect(d.appeared).toEqual(['llm']);
    expect(d.vanished).toEqual(['hadoop']);
    expect(d.skills.find((k) => k.id === 'sql')!.change).toBe(0);
  });

  it('required-vs-preferred shifts among skills asked often enough in both', () => {
    // spark: 10 of 30 asks required then, 50 of 60 now
    expect(d.requiredShifts).toEqual(['spark', 'python']); // python: 83% -> 93% required
    expect(d.skills.find((k) => k.id === 'spark')!.requiredRate).toEqual({ old: 0.3333, new: 0.8333, change: 50 });
  });

  it('coverage of required asks then and now, and areas', () => {
    expect(d.old.coverage).toEqual({ covered: 90, asked: 120, share: 0.75 });
    expect(d.new.coverage).toEqual({ covered: 220, asked: 290, share: 0.7586 });
    expect(d.areas.map((a) => [a.id, a.change])).toEqual([
      ['llm', 20],
      ['data-engineering', -15],
    ]);
    expect(d.notes).toEqual([]);
  });

  it('says when the scans used another taxonomy or profile', () => {
    const other = diffSummaries(OLD, { ...NEW, taxonomy: { version: 'v2' }, profile: null }, { old: 'a', new: 'b' });
    expect(other.notes).toHaveLength(2);
    expect(other.new.coverage).toBeNull();
  });

  it('renders text, Markdown and HTML with every value escaped', () => {
    const text = diffText(d);
    expect(text).toContain('Trends: 100 postings then (march.jsonl), 200 now (april.jsonl)');
    expect(text).toMatch(/Your coverage: 75% of required asks \(90 of 120\) then, 75\.9% of required asks \(220 of 290\) now/);
    expect(text).toMatch(/✓ PYTHON +60% → +75% +\+15\.0 pts/);
    expect(text).toMatch(/SPARK +33\.3% → +83\.3% required +\+50\.0 pts/);
    const markdown = diffMarkdown(d);
    expect(markdown).toContain('| LLMs \\<b\\> | 0% | 20% | +20.0 |');
    const html = diffHtml(d);
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('LLMs &lt;b&gt;');
    expect(html).not.toContain('LLMs <b>');
  });
});

describe('loadSummary', () => {
  it('reads scan JSONL (its summary line) and scan JSON (its summary); refuses what is neither', async () => {
    const jsonl = join(dir, 'scan.jsonl');
    writeFileSync(jsonl, `{"type":"posting","index":0}\n${JSON.stringify({ type: 'summary', ...OLD })}\n`);
    expect((await loadSummary(jsonl)).counts.postings).toBe(100);
    const json = join(dir, 'scan.json');
    writeFileSync(json, JSON.stringify({ schemaVersion: 2, summary: NEW, postings: [] }, null, 2));
    expect((await loadSummary(json)).counts.postings).toBe(200);
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'hello\n');
    await expect(loadSummary(bad)).rejects.toThrow(`${bad}: neither scan JSON nor scan JSONL with a summary line`);
    await expect(loadSummary(join(dir, 'none.jsonl'))).rejects.toThrow('none.jsonl: no such file');
  });

  it('says an export of postings is to be scanned first', async () => {
    const exp = join(dir, 'export.jsonl');
    writeFileSync(exp, '{"title":"Data Analyst","description":"SQL"}\n{"title":"B","description":"Go"}\n');
    await expect(loadSummary(exp)).rejects.toThrow(`${exp}: a JSONL of postings, not a scan's output: scan it first`);
  });

  it('says a summary line cut short is one, not an internal error', async () => {
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, `{"type":"posting","index":0}\n${JSON.stringify({ type: 'summary', ...OLD }).slice(0, 60)}`);
    await expect(loadSummary(cut)).rejects.toMatchObject({ code: 'bad-scan', message: expect.stringContaining(`${cut}: its summary line is not valid JSON, cut short?`) });
  });
});

describe('diff text columns', () => {
  it('keeps the numbers of every row in one column when a label is longer than the usual width', () => {
    const old = summary(10, [skill('a', 2, 2, 0, 'missing', 'information technology degree'), skill('b', 1, 1, 0, 'matched', 'C')], { profile: true });
    const now = summary(10, [skill('a', 6, 6, 0, 'missing', 'information technology degree'), skill('b', 5, 5, 0, 'matched', 'C')], { profile: true });
    const rows = diffText(diffSummaries(old, now, { old: 'a', new: 'b' })).split('\n').filter((l) => l.includes(' pts'));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((l) => l.indexOf('→')))).toHaveProperty('size', 1);
  });
});
