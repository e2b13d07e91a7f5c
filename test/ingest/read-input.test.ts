import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scratch } from '../helpers.js';
import { loadPosting, loadPostings } from '../../src/ingest/index.js';
import { decodeTextInput, invalidUtf8At } from '../../src/ingest/read-input.js';

const { dir, file } = scratch('skillgap-in-');

describe('loadPosting', () => {
  it('keeps text as given except CRLF and BOM', async () => {
    const p = await loadPosting(file('crlf.txt', '\ufeffTitle\r\nPython\r\nold mac\rline'));
    expect(p.text).toBe('Title\nPython\nold mac\nline');
  });
  it('reads stdin for -', async () => {
    const p = await loadPosting('-', { stdin: Readable.from([Buffer.from('Data Engineer\nSQL')]) });
    // The title line is read with the posting's structure, at extraction (see test/ingest/text.test.ts).
    expect(p).toMatchObject({ source: '-', text: 'Data Engineer\nSQL', title: null });
  });
  it.each([
    ['empty.txt', '', /empty\.txt: is empty/],
    ['blank.md', '  \n\n ', /blank\.md: is empty/],
    ['bin.txt', new Uint8Array([0x48, 0x00, 0x01, 0x02]), /bin\.txt: looks like a binary file, not text/],
    ['doc.txt', Buffer.from('%PDF-1.7 ...'), /doc\.txt: looks like a PDF file/],
    ['greek.txt', new Uint8Array([0xe3, 0xe5, 0xe9, 0xdc, 0x20, 0xf3, 0xef, 0xf5]), /greek\.txt: not valid UTF-8 text \(first bad byte at offset 0\)/],
    ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), /photo\.png: unsupported file type '\.png'/],
    // (An export of many postings names the command that reads it.)
    ['jobs.csv', 'id,title\n1,Analyst\n', /jobs\.csv: unsupported file type '\.csv' .*read with `skillgap scan .*jobs\.csv`/],
    // (A profile given where postings go, its --profile forgotten, names the flag.)
    ['me.yaml', 'skills: [Python]\n', /me\.yaml: unsupported file type '\.yaml' .*; a profile is given with --profile .*me\.yaml\)$/],
  ])('%s gives a one-line error', async (name, data, message) => {
    await expect(loadPosting(file(name, data))).rejects.toThrow(message);
  });
  it('reads a windows-1252 file (not UTF-8) with a warning naming the first odd byte', async () => {
    const p = await loadPosting(file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x41])));
    expect(p.text).toBe('café A');
    expect(p.warnings).toEqual([expect.stringMatching(/latin1\.txt: not valid UTF-8 \(first odd byte 0xE9 at offset 3\); read as windows-1252/)]);
  });
  it('rejects a directory, a missing file and a file over the size limit', async () => {
    mkdirSync(join(dir, 'folder'), { recursive: true });
    await expect(loadPosting(join(dir, 'folder'))).rejects.toThrow(/folder: is a directory/);
    await expect(loadPosting(join(dir, 'nope.txt'))).rejects.toThrow(/nope\.txt: no such file/);
    const big = file('big.txt', 'Python '.repeat(200_000));
    await expect(loadPosting(big, { maxBytes: 1024 * 1024 })).rejects.toThrow(/big\.txt: file is 1\.3 MB, over the 1\.0 MB limit/);
  });
  it('loads a batch in order, turning failures into entries', async () => {
    const results = await loadPostings([file('a.txt', 'A\nPython'), join(dir, 'missing.txt'), file('b.txt', 'B\nSQL')]);
    expect(results.map((r) => (r.ok ? r.posting.text : r.error.code))).toEqual(['A\nPython', 'not-found', 'B\nSQL']);
  });
});

describe('decodeTextInput', () => {
  it('decodes UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Go and Rust', 'utf16le')]);
    expect(decodeTextInput('x', bytes)).toBe('Go and Rust');
  });
  it('finds the first invalid UTF-8 byte', () => {
    expect(invalidUtf8At(Buffer.from('héllo'))).toBe(-1);
    expect(invalidUtf8At(new Uint8Array([0x61, 0xc3]))).toBe(1);
  });
});
