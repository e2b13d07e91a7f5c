import { describe, expect, it } from 'vitest';
import { Aggregator, monthOf } from '../../src/scan/aggregate.js';
import type { PostingResult } from '../../src/scan/schema.js';

// status: 0 matched, 1 reworded, 2 transferable, 3 missing
function posting(source: string, score: number, skills: PostingResult['skills']): PostingResult {
  return { source, title: source.toUpperCase(), company: null, location: null, url: null, datePosted: null, bytes: 100, error: null, exact: source, minhash: null, minhash64: null, skills, score };
}

const LABELS: Record<string, string> = { py: 'Python', sql: 'SQL', k8s: 'Kubernetes', aws: 'AWS', go: 'Go' };

function aggregator(top = 10) {
  return new Aggregator({ top, profile: { source: 'me.yaml', skills: 2, hash: 'h' }, skillInfo: (id) => (LABELS[id] ? { label: LABELS[id]!, category: 'x' } : undefined) });
}

describe('Aggregator', () => {
  const a = aggregator();
  a.add(0, posting('a', 80, [['py', 0, 3, 0], ['sql', 0, null, 0], ['aws', 0, null, 3]]));
  a.add(1, posting('b', 50, [['py', 0, 5, 0], ['k8s', 0, null, 3], ['aws', 1, null, 3]]));
  a.add(2, posting('c', 20, [['go', 0, 2, 3], ['k8s', 0, 4, 3], ['aws', 0, null, 3], ['sql', 2, null, 0]]));
  a.add(3, posting('d', 90, [['py', 1, 1, 0], ['sql', 0, null, 0]]));
  a.failure('e', { code: 'not-found', message: 'e: no such file' });
  a.duplicate('exact');
  a.duplicate('near');
  const s = a.summary();

  it('counts inputs, distinct postings, failures and folded duplicates', () => {
    expect(s.counts).toEqual({ inputs: 7, postings: 4, failed: 1, duplicates: { exact: 1, near: 1 }, bytes: 400 });
    expect(s.failures).toEqual([{ source: 'e', code: 'not-found', message: 'e: no such file' }]);
  });

  it('gives each skill its share, required vs preferred, years asked and your coverage', () => {
    const py = s.skills.find((k) => k.id === 'py')!;
    expect(py).toEqual({ id: 'py', label: 'Python', category: 'x', postings: 3, share: 0.75, required: 2, preferred: 1, mentioned: 0, years: { postings: 3, min: 1, median: 3, max: 5 }, you: 'matched' });
    expect(s.skills.map((k) => k.id)).toEqual(['aws', 'py', 'sql', 'k8s', 'go']);
    expect(s.skills.find((k) => k.id === 'sql')).toMatchObject({ required: 2, mentioned: 1, years: null });
    expect(s.skills.find((k) => k.id === 'go')).toMatchObject({ label: 'Go', you: 'missing' });
  });

  it('shows a member of a group of alternatives none of which you meet as missing, but counts no gap of it', () => {
    const b = aggregator();
    // "Go or Kubernetes" met by neither: Go stands for the group (missing), Kubernetes is its other member (99).
    b.add(0, posting('a', 10, [['go', 0, null, 3], ['k8s', 0, null, 99]]));
    const t = b.summary();
    expect(t.skills.find((k) => k.id === 'k8s')).toMatchObject({ you: 'missing' });
    expect(t.gaps.map((g) => g.id)).toEqual(['go']);
  });

  it('ranks gaps by postings they would unlock', () => {
    // a: aws only missing; b: k8s only missing required (aws is preferred); c: go, k8s, aws missing (3 > 2: unlocks none)
    expect(s.gaps).toEqual([
      { id: 'aws', label: 'AWS', unlocks: 1, only: 1, missingIn: 2, share: 0.5 },
      { id: 'k8s', label: 'Kubernetes', unlocks: 1, only: 1, missingIn: 2, share: 0.5 },
      { id: 'go', label: 'Go', unlocks: 0, only: 0, missingIn: 1, share: 0.25 },
    ]);
  });

  it('finds skills that go together, with lift', () => {
    // py & sql both asked in a and d: 2 postings; py asked in 3, sql in 2 (c only mentions it): lift = 2*4/(3*2)
    expect(s.pairs.find((p) => p.a === 'py' && p.b === 'sql')).toEqual({ a: 'py', b: 'sql', labels: ['Python', 'SQL'], postings: 2, lift: 1.33 });
    expect(s.pairs.find((p) => p.a === 'aws' && p.b === 'k8s')).toMatchObject({ postings: 2, lift: 1.33 });
  });

  it('ranks the best fits, best first', () => {
    expect(s.ranking.map((r) => [r.rank, r.source, r.score, r.missingRequired])).toEqual([
      [1, 'd', 90, []],
      [2, 'a', 80, ['aws']],
      [3, 'b', 50, ['k8s']],
      [4, 'c', 20, ['go', 'k8s', 'aws']],
    ]);
  });

  it('keeps only the top N fits, earlier posting first on a tie', () => {
    const b = aggregator(2);
    for (let i = 0; i < 50; i++) b.add(i, posting(`p${i}`, i % 5 === 0 ? 70 : 10, []));
    expect(b.summary().ranking.map((r) => r.source)).toEqual(['p0', 'p5']);
  });

  it('counts pairs alike among the first skills seen (a dense table) and later ones (a hash table)', () => {
    const b = aggregator(5000);
    // 1,200 skills seen first in postings of their own, so that s1100 and s1150 come well past the first 1,024.
    for (let i = 0; i < 1200; i++) b.add(i, posting(`solo${i}`, 0, [[`s${i}`, 0, null, -1]]));
    const together: PostingResult['skills'] = [['s3', 0, null, -1], ['s7', 1, null, -1], ['s1100', 0, null, -1], ['s1150', 0, null, -1], ['s9', 2, null, -1]];
    for (let i = 0; i < 30; i++) b.add(1200 + i, posting(`t${i}`, 0, together));
    const pairs = b.summary().pairs;
    const of = (x: string, y: string) => pairs.find((p) => p.a === x && p.b === y)?.postings;
    expect([of('s3', 's7'), of('s3', 's1100'), of('s7', 's1150'), of('s1100', 's1150')]).toEqual([30, 30, 30, 30]);
    // Mentioned skills make no pairs.
    expect(pairs.some((p) => p.a === 's9' || p.b === 's9')).toBe(false);
  });
});

describe('monthOf', () => {
  it('reads the dates exports write', () => {
    expect(monthOf('2026-11-03')).toBe('2026-11');
    expect(monthOf('2026-11-03T23:30:00-05:00')).toBe('2026-11');
    expect(monthOf('2026/11/03')).toBe('2026-11');
    expect(monthOf('November 3, 2026')).toBe('2026-11');
    expect(monthOf('Mon, 03 Nov 2026 10:00:00 GMT')).toBe('2026-11');
  });

  it('reads a dotted date day first, and a slashed one by the number over 12', () => {
    expect(monthOf('03.11.2026')).toBe('2026-11');
    expect(monthOf('23/11/2026')).toBe('2026-11');
    expect(monthOf('11/23/2026')).toBe('2026-11');
    expect(monthOf('03/11/2026')).toBe('2026-03');
  });

  it('reads epoch seconds and milliseconds (an API createdAt)', () => {
    expect(monthOf('1793750400000')).toBe('2026-11');
    expect(monthOf('1793750400')).toBe('2026-11');
  });

  it('leaves undated what names no year, rather than put it in 2001', () => {
    for (const s of ['3 days ago', 'Nov 3', 'Job 12', '1', 'today', '30+ days ago', '', '2026-13-01']) expect(monthOf(s)).toBe('undated');
    expect(monthOf(null)).toBe('undated');
  });
});
