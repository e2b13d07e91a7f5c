import { describe, expect, it } from 'vitest';
import { MINHASH_SIZE } from '../../src/scan/dedupe.js';
import { ResultPacker, ResultUnpacker } from '../../src/scan/packed.js';
import type { PostingResult } from '../../src/scan/schema.js';

const sig = (seed: number) => Int32Array.from({ length: MINHASH_SIZE }, (_, i) => (seed * 7919 + i * 104729) | 0);

const ok = (n: number, skills: PostingResult['skills'], more: Partial<PostingResult> = {}): PostingResult => ({
  source: `export.jsonl#${n}`,
  title: `Title ${n}`,
  company: null,
  location: 'Berlin',
  url: null,
  datePosted: '2026-02-01',
  bytes: 1000 + n,
  error: null,
  exact: `${n}`.padStart(16, '0'),
  minhash: sig(n),
  minhash64: `sig${n}`,
  skills,
  score: 40 + n,
  ...more,
});

const failed: PostingResult = {
  source: 'missing.txt',
  title: null,
  company: null,
  location: null,
  url: null,
  datePosted: null,
  bytes: 0,
  error: { code: 'not-found', message: 'missing.txt: no such file' },
  exact: '',
  minhash: null,
  minhash64: null,
  skills: [],
  score: null,
};

describe('packed results', () => {
  it('unpack what was packed, failed postings, nulls and all', () => {
    const batch = [
      ok(1, [['python', 0, 3, 0], ['sql', 1, null, 3], ['docker', 2, 2.5, -1]]),
      failed,
      ok(2, [['sql', 0, null, 99]], { minhash: null, minhash64: null, score: null, title: null }),
      ok(3, []),
    ];
    const packer = new ResultPacker(new Map());
    for (const r of batch) packer.add(r);
    const { results, transfer } = packer.take();
    expect(transfer).toHaveLength(3);
    const back = new ResultUnpacker((id) => id).unpack(results);
    expect(back.map((r) => ({ ...r, minhash: r.minhash && [...r.minhash] }))).toEqual(batch.map((r) => ({ ...r, minhash: r.minhash && [...r.minhash] })));
  });

  it('sends each id once per worker, even when batches are posted out of the order they were packed in', () => {
    const dictionary = new Map<string, number>();
    const first = new ResultPacker(dictionary);
    const second = new ResultPacker(dictionary);
    first.add(ok(1, [['python', 0, null, 0], ['sql', 0, null, 3]]));
    second.add(ok(2, [['sql', 0, null, 3], ['rust', 1, null, 3]]));
    // The second batch is posted first (its URLs answered sooner): ids are numbered as batches are taken.
    const b = second.take().results;
    const a = first.take().results;
    expect(b.ids).toEqual(['sql', 'rust']);
    expect(a.ids).toEqual(['python']);
    const interned = new Map<string, string>();
    const unpacker = new ResultUnpacker((id) => interned.get(id) ?? (interned.set(id, id), id));
    expect(unpacker.unpack(b)[0]!.skills.map((s) => s[0])).toEqual(['sql', 'rust']);
    expect(unpacker.unpack(a)[0]!.skills.map((s) => s[0])).toEqual(['python', 'sql']);
  });

  it('starts over after each take, and grows past its first buffers', () => {
    const packer = new ResultPacker(new Map());
    const many = Array.from({ length: 100 }, (_, n) => ok(n, Array.from({ length: 30 }, (_, k) => [`skill-${k}`, (k % 3) as 0 | 1 | 2, k % 4 === 0 ? null : k, k % 5] as PostingResult['skills'][number])));
    for (const r of many) packer.add(r);
    const unpacker = new ResultUnpacker((id) => id);
    expect(unpacker.unpack(packer.take().results).map((r) => r.skills)).toEqual(many.map((r) => r.skills));
    packer.add(many[0]!);
    const again = packer.take().results;
    expect(again.count).toBe(1);
    expect(again.ids).toEqual([]);
    expect(unpacker.unpack(again)[0]!.skills).toEqual(many[0]!.skills);
  });
});
