import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { extractPosting } from '../../src/extract/extract.js';
import { makePosting } from '../../src/ingest/posting.js';
import { planLearning } from '../../src/plan/index.js';
import type { Profile } from '../../src/profile/schema.js';
import { compileTaxonomy } from '../../src/taxonomy/compile.js';
import type { SkillEntry } from '../../src/taxonomy/schema.js';

const source = { file: 't.yaml', line: 1 };
const entry = (id: string, label: string, more: Partial<SkillEntry> = {}): SkillEntry => ({ id, label, category: 'programming-language', source, ...more });
const taxonomy = compileTaxonomy([
  entry('python', 'Python'),
  entry('pandas', 'pandas', { category: 'library', requires: ['python'] }),
  entry('pytorch', 'PyTorch', { category: 'ml-framework', requires: ['python', 'deep-learning'] }),
  entry('deep-learning', 'deep learning', { category: 'ml-concept', requires: ['linear-algebra'] }),
  entry('linear-algebra', 'linear algebra', { category: 'mathematics' }),
  entry('sql', 'SQL', { category: 'query-language' }),
  entry('rust', 'Rust'),
]);
const person = (ids: string[], more: Partial<Profile['skills'][number]> = {}): Profile => ({
  source: 'me.yaml',
  name: null,
  skills: ids.map((id) => ({ id, label: id, wordings: [id], level: null, years: null, evidence: 'listed', custom: false, ...more })),
});
const postingOf = (name: string, text: string) => extractPosting(makePosting(name, text), taxonomy);

describe('a learning plan', () => {
  const jobA = postingOf('a.txt', 'ML Engineer\n\nRequirements\n- PyTorch\n- pandas\n- SQL\n');
  const jobB = postingOf('b.txt', 'Data Engineer\n\nRequirements\n- SQL\n- pandas\n\nNice to have\n- Rust\n');

  it('never lists a skill before one it requires, and adds prerequisites no posting names', () => {
    const me = person(['sql']);
    const plan = planLearning([analyze(jobA, me, taxonomy), analyze(jobB, me, taxonomy)], taxonomy, me);
    const order = plan.steps.map((s) => s.id);
    expect(order).toEqual(expect.arrayContaining(['python', 'linear-algebra', 'deep-learning', 'pytorch', 'pandas', 'rust']));
    for (const s of plan.steps) {
      for (const r of taxonomy.skills.get(s.id)?.requires ?? []) if (order.includes(r)) expect(order.indexOf(r), `${r} before ${s.id}`).toBeLessThan(order.indexOf(s.id));
    }
    const byId = Object.fromEntries(plan.steps.map((s) => [s.id, s]));
    expect(byId['linear-algebra']).toMatchObject({ status: 'prerequisite', stage: 1, points: 0, leadsTo: ['deep learning'] });
    expect(byId['pytorch']).toMatchObject({ stage: 3, after: ['Python', 'deep learning'] });
    expect(byId['pandas']?.postings.map((p) => p.source)).toEqual(['b.txt', 'a.txt']);
  });
  it('builds on what the person has, and orders a stage by the points a skill adds', () => {
    const me = person(['sql', 'python']);
    const plan = planLearning([analyze(jobA, me, taxonomy), analyze(jobB, me, taxonomy)], taxonomy, me);
    const pandas = plan.steps.find((s) => s.id === 'pandas')!;
    expect(pandas).toMatchObject({ stage: 1, buildsOn: ['Python'], after: [] });
    expect(pandas.why).toMatch(/asked by 2 of 2 postings \(2 as required\), \+[\d.]+ points in all; the last required skill missing in 1; builds on your Python/);
    // Required in two postings before preferred in one.
    const first = plan.steps.filter((s) => s.stage === 1);
    expect(first.findIndex((s) => s.id === 'pandas')).toBeLessThan(first.findIndex((s) => s.id === 'rust'));
    expect(plan.steps.some((s) => s.id === 'python' || s.id === 'sql')).toBe(false);
  });
  it('keeps a skill being learned in the plan, and says so', () => {
    const me: Profile = { ...person(['sql']), skills: [...person(['sql']).skills, { ...person(['rust']).skills[0]!, level: 'learning' }] };
    const rust = planLearning([analyze(jobB, me, taxonomy)], taxonomy, me).steps.find((s) => s.id === 'rust');
    expect(rust).toMatchObject({ status: 'learning' });
    expect(rust?.why).toMatch(/you are learning it/);
  });
  it('folds a group of alternatives into the step of a member another posting asks on its own', () => {
    const me = person(['sql']);
    const jobC = postingOf('c.txt', 'Backend Engineer\n\nRequirements\n- Rust or Python\n');
    const plan = planLearning([analyze(jobB, me, taxonomy), analyze(jobC, me, taxonomy)], taxonomy, me);
    expect(plan.steps.some((s) => s.anyOf !== null)).toBe(false);
    const rust = plan.steps.find((s) => s.id === 'rust')!;
    expect(rust.postings.map((p) => p.source).sort()).toEqual(['b.txt', 'c.txt']);
    expect(rust.points).toBeCloseTo(rust.postings.reduce((n, p) => n + p.points, 0), 5);
    expect(rust.alsoMeets).toHaveLength(1);
    expect(rust.alsoMeets[0]).toMatch(/^(Rust or Python|Python or Rust)$/);
    expect(rust.why).toMatch(/asked by 2 of 2 postings \(1 as required\).*also meets "(Rust or Python|Python or Rust)"/);
  });
  it('leaves out what no learning gives, and lists it apart', () => {
    const tax = compileTaxonomy([entry('sql', 'SQL', { category: 'query-language' }), entry('us-citizenship', 'US citizenship', { category: 'certification', aliases: ['US citizen'], learnable: false })]);
    const me = person([]);
    const job = extractPosting(makePosting('d.txt', 'Analyst\n\nRequirements\n- SQL\n- Must be a US citizen\n'), tax);
    const plan = planLearning([analyze(job, me, tax)], tax, me);
    expect(plan.steps.map((s) => s.id)).toEqual(['sql']);
    expect(plan.conditions).toEqual([{ id: 'us-citizenship', label: 'US citizenship', postings: 1 }]);
  });
  it('is the same plan every time', () => {
    const me = person(['sql']);
    const once = () => JSON.stringify(planLearning([analyze(jobA, me, taxonomy), analyze(jobB, me, taxonomy)], taxonomy, me));
    expect(once()).toBe(once());
  });
});
