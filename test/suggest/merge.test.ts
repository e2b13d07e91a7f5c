import { describe, expect, it } from 'vitest';
import { compareSkills } from '../../src/compare/compare.js';
import { extractSkills, extractText } from '../../src/extract/extract.js';
import type { Profile } from '../../src/profile/schema.js';
import { keywordLine, mergeKeywords } from '../../src/suggest/merge.js';
import { suggestKeywords } from '../../src/suggest/keywords.js';
import { miniTaxonomy } from '../helpers.js';

const skill = (id: string, label: string, wordings: string[], evidence: 'listed' | 'experience' = 'listed') => ({ id, label, wordings, level: null, years: null, evidence, custom: false });
const profile: Profile = {
  source: 'resume.md',
  name: null,
  skills: [skill('kubernetes', 'Kubernetes', ['k8s']), skill('docker', 'Docker', ['Docker'], 'experience'), skill('python', 'Python', ['Python']), skill('tensorflow', 'TensorFlow', ['TensorFlow'])],
};
const gap = (posting: string) => compareSkills(extractSkills(posting, miniTaxonomy()), profile, miniTaxonomy()).items;

const postings = [
  'Title\nRequirements\n- Kubernetes\n- Python\n- SQL\nNice to have\n- Docker',
  'Title\nRequirements\n- Python and PyTorch\n- SQL\n- Docker\nNice to have\n- k8s',
  'Title\nRequirements\n- SQL\n- Kubernetes\nNice to have\n- Rust',
].map(gap);

describe('mergeKeywords', () => {
  const m = mergeKeywords(postings);
  it('counts how many postings ask for each skill, most asked first', () => {
    expect(m.postings).toBe(3);
    expect(m.toLearn.map((s) => [s.write, s.postings, s.share])).toEqual([
      ['SQL', 3, 1],
      ['Rust', 1, 0.333],
    ]);
    // Docker and Python: both in two postings, both required somewhere; alphabetical on a tie.
    expect(m.keywords).toEqual(['Kubernetes', 'Docker', 'Python']);
  });
  it('keeps the strongest importance a posting gives', () => {
    expect(m.addToSkills.find((s) => s.id === 'docker')).toMatchObject({ importance: 'required', postings: 2 });
    expect(m.toLearn.find((s) => s.id === 'rust')).toMatchObject({ importance: 'preferred' });
  });
  it('writes the wording most postings use, and decides "use this wording" against it', () => {
    // Two postings write "Kubernetes", one writes "k8s" (which the person wrote): use "Kubernetes".
    expect(m.useWording.map((s) => [s.write, s.postings, s.note])).toEqual([['Kubernetes', 3, 'you wrote "k8s"']]);
  });
  it('never turns a transferable or missing skill into a keyword', () => {
    expect(m.related.map((s) => s.write)).toEqual(['PyTorch']);
    expect(m.keywords).not.toContain('PyTorch');
    expect(m.keywords).not.toContain('SQL');
  });
  it('gives the same lists as suggestKeywords for one posting', () => {
    const one = mergeKeywords([postings[0]!]);
    const s = suggestKeywords(postings[0]!);
    expect(one.keywords).toEqual(s.keywords);
    expect(one.toLearn.map((x) => x.write)).toEqual(s.toLearn.map((x) => x.write));
    expect(one.useWording.map((x) => x.write)).toEqual(s.useWording.map((x) => x.write));
  });
  it('keeps the top N of each list with --top', () => {
    const t = mergeKeywords(postings, { top: 1 });
    expect(t.toLearn.map((s) => s.write)).toEqual(['SQL']);
    expect(t.keywords).toEqual(['Kubernetes']);
    expect(t.line).toBe('Kubernetes');
  });
  it('makes one comma-separated line with no commas inside a keyword and no repeats', () => {
    expect(keywordLine(['Python', 'CI/CD', 'Python', 'R, Shiny', '  A/B  testing '])).toBe('Python, CI/CD, R Shiny, A/B testing');
    expect(mergeKeywords([]).line).toBe('');
  });
});

describe('a skill one posting offers as a choice and another asks alone', () => {
  it('stays in what to learn: the other member of a group, which weighs nothing, does not hide it', () => {
    const grouped = (posting: string) => {
      const x = extractText(posting, miniTaxonomy());
      return compareSkills(x.skills, profile, miniTaxonomy(), x.groups).items;
    };
    const m = mergeKeywords(['Title\nRequirements\n- Rust or SQL\n', 'Title\nRequirements\n- SQL\n'].map(grouped));
    const sql = m.toLearn.find((s) => s.id === 'sql');
    expect(sql).toMatchObject({ write: 'SQL', postings: 2, importance: 'required' });
  });
});
