import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Deduper, IntMap, dedupeTokens, fingerprint, similarity } from '../../src/scan/dedupe.js';
import { fixture } from '../helpers.js';

const read = (p: string) => readFileSync(fixture(`scan/postings/${p}`), 'utf8');

describe('dedupeTokens', () => {
  it('drops case, punctuation, links and board chrome lines', () => {
    expect(dedupeTokens('Posted 3 days ago\nApply now\nSenior  C++ Engineer, Node.js!\nSee https://x.example/job\n')).toEqual(['senior', 'c++', 'engineer', 'node.js', 'see']);
  });
});

describe('fingerprint', () => {
  it('is equal for the same posting with other whitespace and line endings', () => {
    expect(fingerprint(read('ml-engineer-acme.txt')).exact).toBe(fingerprint(read('ml-engineer-acme-copy.txt')).exact);
  });

  it('finds the same job on another board similar, and other jobs not', () => {
    const a = fingerprint(read('ml-engineer-acme.txt')).minhash!;
    const board = fingerprint(read('ml-engineer-acme-otherboard.md')).minhash!;
    const other = fingerprint(read('ml-platform-umbrella.txt')).minhash!;
    expect(similarity(a, board)).toBeGreaterThanOrEqual(0.7);
    expect(similarity(a, other)).toBeLessThan(0.3);
  });

  it('leaves very short postings to exact comparison', () => {
    expect(fingerprint('Python developer').minhash).toBeNull();
  });
});

describe('Deduper', () => {
  it('folds exact and near duplicates onto the first posting seen, in input order', () => {
    const d = new Deduper();
    const files = ['ml-engineer-acme.txt', 'data-scientist-globex.md', 'ml-engineer-acme-copy.txt', 'ml-engineer-acme-otherboard.md', 'ml-platform-umbrella.txt'];
    const verdicts = files.map((f, i) => d.check(i, fingerprint(read(f))));
    expect(verdicts.map((v) => v && { kind: v.kind, of: v.of })).toEqual([null, null, { kind: 'exact', of: 0 }, { kind: 'near', of: 0 }, null]);
    expect(d.size).toBe(3);
  });

  it('keeps many distinct postings apart', () => {
    const d = new Deduper();
    let folded = 0;
    for (let i = 0; i < 3000; i++) {
      const text = `Posting number ${i} at company ${i * 7919} needs skill${i % 97} and skill${(i * 31) % 89} with tool${i % 13} in team ${i} building product ${i * 3}`;
      if (d.check(i, fingerprint(text))) folded++;
    }
    expect(folded).toBe(0);
  });

  it('compares exact hashes as strings, also ones not written by fingerprint (rows edited by hand, given to merge)', () => {
    const d = new Deduper();
    const keys = ['00000000ffffffff', 'ffffffff00000000', 'ABCDEF0123456789', 'abcdef0123456789', 'not a hash', '0123', ''];
    keys.forEach((exact, i) => expect(d.check(i, { exact, minhash: null })).toBeNull());
    keys.forEach((exact, i) => expect(d.check(100 + i, { exact, minhash: null })).toEqual({ kind: 'exact', of: i, similarity: 1 }));
    // Enough hashes to grow the table several times: each still finds its own first posting.
    for (let i = 0; i < 5000; i++) d.check(1000 + i, { exact: (i * 2654435761).toString(16).padStart(16, '0').slice(-16), minhash: null });
    expect(d.check(9999, { exact: (4321 * 2654435761).toString(16).padStart(16, '0').slice(-16), minhash: null })).toMatchObject({ kind: 'exact', of: 5321 });
    expect(d.size).toBe(keys.length + 5000);
  });
});

describe('IntMap', () => {
  it('keeps the first value of a key, through growth', () => {
    const m = new IntMap();
    for (let i = 0; i < 5000; i++) m.setIfAbsent(i * 7919, i);
    m.setIfAbsent(7919, -5);
    expect([m.get(0), m.get(7919), m.get(4999 * 7919), m.get(3), m.size]).toEqual([0, 1, 4999, undefined, 5000]);
  });
});
