import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adoptShared, preload, readShared, sharedFiles } from '../src/preload.js';
import { loadTaxonomy } from '../src/taxonomy/index.js';
import { extractSkills } from '../src/extract/extract.js';

describe('build caches in shared memory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-preload-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file once into shared memory while it stays the same, and again once it changes', () => {
    const file = join(dir, 'a.bin');
    writeFileSync(file, 'first');
    const a = readShared(file);
    expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(a.toString()).toBe('first');
    expect(readShared(file).buffer).toBe(a.buffer);
    expect(sharedFiles().some((f) => f.path === file && f.memory === a.buffer)).toBe(true);
    writeFileSync(file, 'second, longer');
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    const b = readShared(file);
    expect(b.toString()).toBe('second, longer');
    expect(b.buffer).not.toBe(a.buffer);
  });

  it('takes bytes the bin read ahead into shared memory as they are, and copies others', () => {
    const file = join(dir, 'b.bin');
    writeFileSync(file, 'on disk');
    const ahead = Buffer.from(new SharedArrayBuffer(7));
    ahead.write('read ahead');
    preload(file, ahead);
    expect(readShared(file).buffer).toBe(ahead.buffer);
    const other = join(dir, 'c.bin');
    writeFileSync(other, 'on disk');
    preload(other, Buffer.from('copied'));
    const copied = readShared(other);
    expect(copied.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(copied.toString()).toBe('copied');
  });

  it('gives a worker its parent\'s memory (adoptShared), not a new read', () => {
    const file = join(dir, 'd.bin');
    writeFileSync(file, 'parent');
    const parent = readShared(file);
    const [entry] = sharedFiles().filter((f) => f.path === file);
    // (As a worker sees it: the same path with memory it was given.)
    adoptShared([{ ...entry!, memory: parent.buffer as SharedArrayBuffer }]);
    expect(readShared(file).buffer).toBe(parent.buffer);
  });

  it('keeps two taxonomies read from the same memory apart: each reads the forms it reaches for itself', () => {
    // The compiled cache marks which trie nodes' forms a taxonomy has read; were the marks in the
    // shared file, the second taxonomy (or a second worker) would find them read and match nothing there.
    const text = 'Requirements:\n- 3+ years of Python and PyTorch\n- SQL, Spark and Airflow\n';
    const first = loadTaxonomy();
    const ids = extractSkills(text, first).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'pytorch', 'sql', 'apache-spark', 'airflow']));
    expect(extractSkills(text, loadTaxonomy()).map((s) => s.id)).toEqual(ids);
  });
});
