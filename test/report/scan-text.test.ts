import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/report/scan-text.js';
import { Aggregator } from '../../src/scan/aggregate.js';
import type { PostingResult } from '../../src/scan/schema.js';

const LABELS: Record<string, string> = { x: 'SQL', long: 'cross-functional collaboration', pair: 'hypothesis testing', other: 'probability distributions' };

function posting(source: string, skills: PostingResult['skills']): PostingResult {
  return { source, title: source, company: null, location: null, url: null, datePosted: null, bytes: 100, error: null, exact: source, minhash: null, minhash64: null, skills, score: 50 };
}

describe('scanText', () => {
  it('keeps each section in columns when a label is longer than the usual width', () => {
    const a = new Aggregator({ top: 10, profile: { source: 'me.yaml', skills: 2, hash: 'h' }, skillInfo: (id) => (LABELS[id] ? { label: LABELS[id]!, category: 'x' } : undefined) });
    a.add(0, posting('a', [['x', 0, 2, 0], ['long', 0, null, 3], ['pair', 0, null, 3], ['other', 0, null, 3]]));
    a.add(1, posting('b', [['x', 0, 3, 0], ['long', 1, null, 3], ['pair', 0, null, 3], ['other', 0, null, 3]]));
    a.add(2, posting('c', [['x', 0, null, 0]]));
    const text = scanText(a.summary());
    const section = (title: string) => text.split(`\n${title}`)[1]!.split('\n\n')[0]!.split('\n').slice(1).filter((l) => l !== '');
    // Market demand: the required/preferred counts line up.
    const demand = section('Market demand');
    expect(demand.some((l) => l.includes('cross-functional collaboration'))).toBe(true);
    expect(new Set(demand.map((l) => l.search(/\d+\/\d+/)))).toHaveProperty('size', 1);
    const pairs = section('Skills that go together');
    expect(pairs.some((l) => l.includes('hypothesis testing + probability distributions'))).toBe(true);
    expect(new Set(pairs.map((l) => l.indexOf('×')))).toHaveProperty('size', 1);
  });
});

describe('scanMarkdown', () => {
  it('counts in words that agree with their number ("1 duplicate folded", "1 posting scanned")', async () => {
    const { scanMarkdown } = await import('../../src/report/scan-markdown.js');
    const a = new Aggregator({ top: 10, profile: null, skillInfo: (id) => (LABELS[id] ? { label: LABELS[id]!, category: 'x' } : undefined) });
    a.add(0, posting('a', [['x', 0, null, -1]]));
    a.duplicate('near');
    const md = scanMarkdown(a.summary());
    expect(md).toContain('2 postings scanned: **1 distinct**, 1 duplicate folded (0 exact, 1 near), 0 failed.');
  });
});

describe('scanText when nothing could be read', () => {
  it('says nothing was scanned and why, without an empty report around it', () => {
    const a = new Aggregator({ top: 10, profile: null, skillInfo: () => undefined });
    a.failure('exprot.jsonl', { code: 'not-found', message: 'exprot.jsonl: no such file or folder' });
    expect(scanText(a.summary())).toBe('Nothing scanned: the input failed\n  exprot.jsonl: no such file or folder\n');
  });
});
