import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { MergedKeywordsSchema } from '../../src/suggest/schema.js';
import { fixture, scratch } from '../helpers.js';
import { fakeIo } from './fake-io.js';

const { dir, file } = scratch('skillgap-keywords-');
const a = file('a.txt', 'Data Engineer\nRequirements\n- Python and SQL\n- Kubernetes\nNice to have\n- Docker\n');
const b = file('b.txt', 'ML Engineer\nRequirements\n- Python\n- PyTorch\n- Kubernetes\n');
const c = file('c.txt', 'Analyst\nRequirements\n- SQL\n- Kubernetes\n');
const resume = fixture('resumes/two-column.md');

async function cli(args: string[]) {
  const io = fakeIo();
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('skillgap keywords', () => {
  it('merges many postings into one list with how often they ask', async () => {
    const r = await cli(['keywords', a, b, c, '--resume', resume]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Resume keywords for 3 postings\n/);
    expect(r.out).toMatch(/Use this wording\n  Kubernetes \(required, 3 of 3 postings; you wrote "k8s"\)/);
    expect(r.out).toMatch(/Add to your skills section\n(.*\n)*  PyTorch \(required, 1 of 3 postings; shown only in your projects\)/);
    expect(r.out).toMatch(/\nOne line for an application form\n  .*Kubernetes/);
  });

  it('prints only the comma-separated line with --line, never a skill the person lacks', async () => {
    const r = await cli(['keywords', a, b, c, '--resume', resume, '--line']);
    expect(r.code).toBe(0);
    const line = r.out.trimEnd();
    expect(line.split('\n')).toHaveLength(1);
    expect(line.split(', ').slice(0, 3)).toEqual(['Kubernetes', 'Python', 'SQL']);
    expect(line).toContain('Docker');
  });

  it('keeps the top N of each list with --top', async () => {
    const r = await cli(['keywords', a, b, c, '--resume', resume, '--top', '2', '--line']);
    expect(r.out).toBe('Kubernetes, Python\n');
    expect((await cli(['keywords', a, '--resume', resume, '--top', '0'])).code).toBe(2);
  });

  it('writes json matching its schema, with failed inputs in place', async () => {
    const r = await cli(['keywords', a, join(dir, 'missing.txt'), b, '--resume', resume, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.txt: no such file/);
    const j = JSON.parse(r.out);
    expect(j.postings.map((p: { source: string; error?: unknown }) => [p.source, 'error' in p])).toEqual([
      [a, false],
      [join(dir, 'missing.txt'), true],
      [b, false],
    ]);
    const k = MergedKeywordsSchema.parse(j.keywords);
    expect(k.postings).toBe(2);
    expect(k.useWording.find((s) => s.id === 'kubernetes')).toMatchObject({ postings: 2, share: 1 });
  });

  it('writes csv and markdown', async () => {
    const out = join(dir, 'k.csv');
    expect((await cli(['keywords', a, b, c, '--resume', resume, '--format', 'csv', '-o', out])).code).toBe(0);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('group,write,skill,id,importance,postings,share,mentions,note');
    expect(rows).toContain('use-wording,Kubernetes,Kubernetes,kubernetes,required,3,1,3,"you wrote ""k8s"""');
    const md = (await cli(['keywords', a, '--resume', resume, '--format', 'markdown'])).out;
    expect(md).toMatch(/^## Resume keywords: Data Engineer/);
    expect(md).toMatch(/### Use this wording\n\n- \*\*Kubernetes\*\* \(required\): you wrote "k8s"/);
  });

  it('reads a PDF and a Word resume', async () => {
    for (const ext of ['pdf', 'docx']) {
      const r = await cli(['keywords', a, '--resume', fixture(`resumes/two-column.${ext}`), '--line']);
      expect(r.code, r.err).toBe(0);
      expect(r.out.split(', ')).toContain('Kubernetes');
    }
  });
});
