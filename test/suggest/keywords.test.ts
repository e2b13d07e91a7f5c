import { describe, expect, it } from 'vitest';
import { compareSkills } from '../../src/compare/compare.js';
import { extractSkills } from '../../src/extract/extract.js';
import type { Profile } from '../../src/profile/schema.js';
import { suggestKeywords } from '../../src/suggest/keywords.js';
import { bundledTaxonomy, miniTaxonomy } from '../helpers.js';

const profile: Profile = {
  source: 'resume.md',
  name: null,
  skills: [
    { id: 'kubernetes', label: 'Kubernetes', wordings: ['k8s'], level: null, years: null, evidence: 'listed', custom: false },
    { id: 'docker', label: 'Docker', wordings: ['Docker'], level: null, years: null, evidence: 'experience', custom: false },
    { id: 'python', label: 'Python', wordings: ['Python'], level: null, years: null, evidence: 'listed', custom: false },
    { id: 'tensorflow', label: 'TensorFlow', wordings: ['TensorFlow'], level: null, years: null, evidence: 'listed', custom: false },
  ],
};
const posting = 'Title\nRequirements\n- Kubernetes and Kubernetes operators\n- Docker\n- PyTorch\n- SQL\n- Python\nNice to have\n- Rust';

describe('suggestKeywords', () => {
  const s = suggestKeywords(compareSkills(extractSkills(posting, miniTaxonomy()), profile, miniTaxonomy()).items);
  it('uses the posting wording for reworded skills', () => {
    expect(s.useWording.map((x) => [x.write, x.note])).toEqual([['Kubernetes', 'you wrote "k8s"']]);
  });
  it('moves prose-only skills into the skills section', () => {
    expect(s.addToSkills.map((x) => x.write)).toEqual(['Docker']);
  });
  it('never proposes a skill the person lacks as a keyword', () => {
    expect(s.keywords).toEqual(['Kubernetes', 'Docker', 'Python']);
    expect(s.keywords).not.toContain('PyTorch');
    expect(s.related.map((x) => x.write)).toEqual(['PyTorch']);
    expect(s.toLearn.map((x) => x.write)).toEqual(['SQL', 'Rust']);
  });
  it('orders by importance, then by how often the posting asks', () => {
    expect(s.keywords[0]).toBe('Kubernetes');
    expect(s.toLearn.map((x) => x.importance)).toEqual(['required', 'preferred']);
  });
});

describe('a more specific skill', () => {
  it('implies the asked one: named in the posting words, with the specific skill as evidence', () => {
    const s = suggestKeywords(compareSkills(extractSkills('Title\nRequirements\n- deep learning', miniTaxonomy()), profile, miniTaxonomy()).items);
    expect(s.useWording.map((x) => [x.write, x.note])).toEqual([['deep learning', 'TensorFlow is a kind of deep learning: name it, with your TensorFlow as the evidence']]);
    expect(s.keywords).toEqual(['deep learning']);
    expect(s.related).toEqual([]);
  });
});

describe('a level the posting asks', () => {
  const tax = bundledTaxonomy();
  const person = (sql: Profile['skills'][number]['level'], german: Profile['skills'][number]['level']): Profile => ({
    source: 'resume.md',
    name: null,
    skills: [
      { id: 'sql', label: 'SQL', wordings: ['SQL'], level: sql, years: null, evidence: 'listed', custom: false },
      { id: 'german', label: 'German', wordings: ['German'], level: german, years: null, evidence: 'listed', custom: false },
    ],
  });
  const text = 'Title\nRequirements\n- Advanced SQL\n- Fluent German';
  it('is no keyword for a person below it: the wording without the level word is', () => {
    expect(suggestKeywords(compareSkills(extractSkills(text, tax), person('beginner', 'beginner'), tax).items).keywords).toEqual(['German', 'SQL']);
  });
  it('is the keyword for a person at it or above, as for one whose level is not known', () => {
    expect(suggestKeywords(compareSkills(extractSkills(text, tax), person('expert', 'advanced'), tax).items).keywords).toEqual(['Fluent German', 'Advanced SQL']);
    expect(suggestKeywords(compareSkills(extractSkills(text, tax), person(null, null), tax).items).keywords).toEqual(['Fluent German', 'Advanced SQL']);
  });
});

describe('what to learn', () => {
  const tax = bundledTaxonomy();
  const none: Profile = { source: 'me.yaml', name: null, skills: [] };
  const text = 'Title\nRequirements\n- Experience shipping models to production\n- Apache Kafka\n- Kafka Streams\n- Working in a team\n- Mentor junior engineers\n- LLM fine-tuning';
  const s = suggestKeywords(compareSkills(extractSkills(text, tax), none, tax).items);
  const note = (id: string) => s.toLearn.find((x) => x.id === id)?.note;
  it('tells the posting\'s words when they share none with the skill\'s name', () => {
    expect(note('model-deployment')).toContain('the posting says "shipping"');
  });
  it('says nothing more when they share a word ("Apache Kafka" for Kafka), or the start of one ("Mentor" for mentoring)', () => {
    expect(s.toLearn.map((x) => x.id)).toContain('kafka');
    expect(note('kafka')).not.toContain('the posting says');
    expect(note('mentoring')).toBeDefined();
    expect(note('mentoring')).not.toContain('the posting says');
  });
});

describe('a condition of the job no learning gives', () => {
  const tax = bundledTaxonomy();
  const none: Profile = { source: 'me.yaml', name: null, skills: [] };
  const text = 'Data Analyst\n\nRequirements\n- SQL and Tableau\n- Must be a US citizen with an active Secret clearance\n';
  const s = suggestKeywords(compareSkills(extractSkills(text, tax), none, tax).items);
  it('is told apart from what to learn, and never a keyword', () => {
    expect(s.conditions.map((x) => x.id).sort()).toEqual(['security-clearance', 'us-citizenship']);
    expect(s.toLearn.map((x) => x.id).sort()).toEqual(['sql', 'tableau']);
    expect(s.keywords).toEqual([]);
  });
});

describe('a skill the posting accepts equivalent experience for', () => {
  // "Masters in Statistics or Medical Informatics, or equivalent experience", for a resume with six years of roles.
  const item = {
    id: 'health-informatics', label: 'health informatics', category: 'field-of-study', soft: false, learnable: true, importance: 'required', wording: 'Medical Informatics',
    asks: 1, yearsAsked: null, status: 'transferable', yours: null, why: 'the posting accepts equivalent experience: you have 6 years of dated roles',
    transfer: 'experience', yearsShort: null, credit: 0.5, weight: 3, group: null, alternatives: null, metBy: null,
  } as const;
  const s = suggestKeywords([item as unknown as Parameters<typeof suggestKeywords>[0][number]]);
  it('is experience to describe, never a thing to learn nor a keyword', () => {
    expect(s.toLearn).toEqual([]);
    expect(s.keywords).toEqual([]);
    expect(s.related).toEqual([expect.objectContaining({ id: 'health-informatics', note: 'the posting accepts equivalent experience: you have 6 years of dated roles: describe that experience; claim health informatics only if true' })]);
  });
});
