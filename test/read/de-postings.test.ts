import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { postingExampleProblems } from '../../src/extract/vocab-examples.js';
import { extractText } from '../../src/extract/extract.js';
import { languageOf } from '../../src/read/index.js';
import { parseSource } from '../../src/yaml-source.js';
import { bundledTaxonomy } from '../helpers.js';

/** One of the German probe postings (test/read/de-postings.yaml) and its annotation. */
interface Annotated {
  id: string;
  name: string;
  text: string;
  expect: Record<string, 'required' | 'preferred' | 'mentioned'>;
  years?: Record<string, number | null>;
  groups?: string[][];
  negated?: string[];
  traps?: string[];
  optional?: string[];
  /** What the tool still gets wrong in it, as the test words each problem: a mend or a new problem fails the test until this list says so. */
  open?: string[];
}

const file = new URL('./de-postings.yaml', import.meta.url);
const postings = (parseSource('de-postings.yaml', readFileSync(file, 'utf8')).value as { postings: Annotated[] }).postings;

/**
 * German postings read as the English ones do: each probe posting, written and annotated by hand,
 * read end to end in the language its words tell. Every annotated skill is found with its importance,
 * years and group; what the posting says is not needed, and its traps, are never asked. What is still
 * wrong is listed under `open`, so that each mend shows here and nothing new goes wrong unseen.
 */
describe('German postings (test/read/de-postings.yaml)', () => {
  it('are twelve, each with an annotation', () => {
    expect(postings.length).toBe(12);
    for (const p of postings) expect(Object.keys(p.expect).length, p.id).toBeGreaterThan(5);
  });
  it.each(postings.map((p) => [`${p.id}: ${p.name}`, p] as const))('%s', (_name, p) => {
    const vocab = languageOf(p.text);
    expect(vocab.language).toBe('de');
    const expected = { ...p.expect, ...Object.fromEntries((p.traps ?? []).map((id) => [id, 'absent' as const])) };
    const problems = postingExampleProblems(vocab, { name: p.id, text: p.text, expect: expected, years: p.years, groups: p.groups }, bundledTaxonomy());
    // What the posting says is not needed is no skill of it: read as negated, or not at all.
    const r = extractText(p.text, bundledTaxonomy(), { vocab });
    for (const id of p.negated ?? []) {
      if (!bundledTaxonomy().skills.has(id)) problems.push(`"${id}" is no skill id`);
      const asked = r.skills.find((s) => s.id === id);
      if (asked) problems.push(`${id} is not needed, is ${asked.importance}`);
    }
    expect(problems).toEqual(p.open ?? []);
  });
});
