import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractOutputSchema } from '../../src/extract/schema.js';
import { fixture, scratch } from '../helpers.js';
import { runCli } from './fake-io.js';

const { dir, file } = scratch('skillgap-cli-');
const profile = fixture('profiles/junior-ml.yaml');

const cli = runCli;

describe('skillgap extract', () => {
  it('keeps the JSON contract: one entry per input in order, offsets into text, error entries', async () => {
    const a = file('a.txt', 'ML Engineer\r\nRequirements\r\n- 3+ years of Python and PyTorch\r\n');
    const b = file('b.md', '# Data\n\nSQL is a must.');
    const r = await cli(['extract', '--format', 'json', a, join(dir, 'missing.txt'), b]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.txt: no such file/);
    const out = ExtractOutputSchema.parse(JSON.parse(r.out));
    expect(out.postings.map((p) => p.source)).toEqual([a, join(dir, 'missing.txt'), b]);
    const first = out.postings[0]!;
    if ('error' in first) throw new Error('first input should have worked');
    expect(first.text).toBe('ML Engineer\nRequirements\n- 3+ years of Python and PyTorch\n');
    expect(first.skills.find((s) => s.id === 'python')).toMatchObject({ importance: 'required', years: 3 });
    for (const s of first.skills) for (const m of s.mentions) expect(first.text.slice(m.start, m.end)).toBe(m.text);
    expect(out.postings[1]).toMatchObject({ error: { code: 'not-found' } });
  });
  it('reads stdin when no input is given', async () => {
    const r = await cli(['extract', '--format', 'json'], 'Platform role\nWe need Kubernetes.');
    const posting = JSON.parse(r.out).postings[0];
    expect(posting.source).toBe('-');
    expect(posting.skills.map((s: { id: string }) => s.id)).toContain('kubernetes');
  });
  it('prints text and markdown', async () => {
    const a = fixture('postings/backend-engineer.txt');
    expect((await cli(['extract', a])).out).toMatch(/required\s+.*Go/);
    expect((await cli(['extract', a, '--format', 'markdown'])).out).toMatch(/\| Go \| programming-language \| required \| 3 \|/);
  });
  it('processes the rest of a batch after bad inputs', async () => {
    const inputs = [file('empty.txt', ''), file('bin.txt', new Uint8Array([0, 1, 2])), file('bad.txt', new Uint8Array([0xc3, 0x28])), dir, fixture('postings/data-scientist.txt')];
    const r = await cli(['extract', '--format', 'json', ...inputs]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(4);
    const postings = JSON.parse(r.out).postings;
    expect(postings.map((p: { error?: { code: string } }) => p.error?.code ?? 'ok')).toEqual(['empty', 'binary', 'invalid-utf8', 'is-directory', 'ok']);
  });
});

describe('skillgap analyze', () => {
  it('reports the gap and keyword advice', async () => {
    const r = await cli(['analyze', fixture('postings/ml-engineer.md'), '--profile', profile]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Match score \d+\/100/);
    expect(r.out).toMatch(/reworded\s+you wrote "k8s"; the posting says "Kubernetes"/);
    expect(r.out).toMatch(/transferable\s+you know TensorFlow, related to PyTorch/);
    expect(r.out).toMatch(/To learn/);
    expect(r.out).not.toMatch(/\u001b\[/);
  });
  it('colours only when asked, and honours NO_COLOR', async () => {
    const args = ['analyze', fixture('postings/ml-engineer.md'), '--profile', profile];
    expect((await cli(args, undefined, { FORCE_COLOR: '1' })).out).toMatch(/\u001b\[32m/);
    expect((await cli(args, undefined, { FORCE_COLOR: '1', NO_COLOR: '1' })).out).not.toMatch(/\u001b\[/);
  });
  it('writes json and markdown, and to --output', async () => {
    const out = join(dir, 'report.md');
    const r = await cli(['analyze', fixture('postings/ml-engineer.md'), '--resume', fixture('profiles/junior-ml-resume.md'), '--format', 'markdown', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/\*\*Match score: \d+\/100\*\*/);
    const j = JSON.parse((await cli(['analyze', fixture('postings/ml-engineer.md'), '--profile', profile, '--format', 'json'])).out);
    expect(j.results[0].gap.score.value).toBeGreaterThan(0);
  });
  it('is a usage error (2) without a profile, with a bad profile, or a bad flag', async () => {
    const posting = fixture('postings/ml-engineer.md');
    expect(await cli(['analyze', posting])).toMatchObject({ code: 2, err: expect.stringMatching(/--profile me\.yaml, --resume resume\.md, or both/) });
    const bad = file('bad.yaml', 'skills:\n  - name: SQL\n    years: lots\n');
    expect(await cli(['analyze', posting, '--profile', bad])).toMatchObject({ code: 2, err: expect.stringMatching(/bad\.yaml:3: skills\[0\]\.years/) });
    expect((await cli(['analyze', posting, '--profile', profile, '--format', 'pdf'])).code).toBe(2);
    expect((await cli(['analyze', '--frobnicate'])).code).toBe(2);
    expect((await cli(['analyze', posting, '--profile', join(dir, 'nope.yaml')])).code).toBe(2);
  });
});

describe('skillgap keywords', () => {
  it('gives the keyword list and a line for application forms', async () => {
    const r = await cli(['keywords', fixture('postings/ml-engineer.md'), '--resume', fixture('profiles/junior-ml-resume.md')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Resume keywords/);
    expect(r.out).toMatch(/One line for an application form\n {2}\S.*, /);
  });
});

describe('help and version', () => {
  it('shows help with examples and the version', async () => {
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/Examples:/);
    expect(h.out).toMatch(/Exit codes:/);
    expect((await cli(['analyze', '--help'])).out).toMatch(/pbpaste \| skillgap analyze --profile me\.yaml/);
    expect((await cli(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('skillgap scan with URL options', () => {
  it('passes --offline and --cache-dir on to every URL', async () => {
    const list = file('links.urls', 'https://jobs.example.test/1\nhttps://jobs.example.test/2\n');
    const cache = mkdtempSync(join(tmpdir(), 'skillgap-cache-'));
    const r = await cli(['scan', list, '--offline', '--cache-dir', cache, '--format', 'json', '--jobs', '0']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/offline/);
    expect(JSON.parse(r.out).summary.counts.failed).toBe(2);
  });
});
