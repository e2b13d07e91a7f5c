import { describe, expect, it } from 'vitest';
import { extractPosting, extractSkills } from '../../src/extract/extract.js';
import { makePosting } from '../../src/ingest/posting.js';
import { bundledTaxonomy } from '../helpers.js';

/**
 * Robustness: bounded time and memory on hostile or merely huge text. Outcomes only, never
 * timings: a quadratic reading of a long line shows as a test that does not finish within
 * vitest's timeout. (Rendered pages: render-bounds.test.ts.)
 */

// ------------------------------------------------------------------ one long line

/**
 * Sentences of our own (never the postings corpus), each naming skills. (Without full stops a
 * text is cut into sentences of at most 8,000 characters: a cue that reaches over a cut, "No prior
 * Rust experience" / "required", reads differently, so none is here.)
 */
const SENTENCES = [
  'You have 3+ years of experience with Python and SQL',
  'Experience with Spark, Kafka or Flink is a plus',
  'We are an equal opportunity employer and value diversity',
  'Build data pipelines on AWS with Docker and Kubernetes',
  'Strong communication skills and a degree in computer science',
  'Familiarity with TensorFlow or PyTorch preferred',
  'Our benefits include health insurance and a gym membership',
];

/** About `bytes` characters of the sentences, `joiner` between them. */
function textOf(bytes: number, joiner: string): string {
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    parts.push(s);
    n += s.length + joiner.length;
  }
  return parts.join(joiner);
}

const ids = (skills: { id: string }[]) => skills.map((s) => s.id).sort();

describe('a text on one line', () => {
  // (1-3 MB: a reading quadratic in the line's length would run for hours on any of them, as on the
  // 5 MB an input may have, and the suite stays under a minute on two cores.)
  it('of 1 MB without a full stop reads in linear time and finds what the same text with line breaks does', () => {
    const taxonomy = bundledTaxonomy();
    const oneLine = textOf(1024 * 1024, ' ');
    const lines = textOf(1024 * 1024, '\n');
    expect(oneLine).not.toContain('\n');
    // With a company, every mention is read for the employer's name and boilerplate around it.
    const flat = extractPosting(makePosting('one-line.txt', oneLine, { company: 'Acme Robotics' }), taxonomy);
    const broken = extractSkills(lines, taxonomy, { company: 'Acme Robotics' });
    expect(ids(flat.skills)).toEqual(ids(broken));
    expect(ids(flat.skills)).toEqual(expect.arrayContaining(['python', 'sql', 'docker', 'kubernetes']));
    for (const s of flat.skills) for (const m of s.mentions.slice(0, 3)) expect(oneLine.slice(m.start, m.end)).toBe(m.text);
  });

  it('of 1 MB of inline labels ("Requirements: ... Benefits: ...") reads in linear time', () => {
    const unit = 'Requirements: Python and SQL. Benefits: health insurance. About Us: we build robots. Nice to Have: Spark. ';
    const text = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
    const skills = extractSkills(text, bundledTaxonomy());
    expect(ids(skills)).toEqual(expect.arrayContaining(['python', 'sql', 'apache-spark']));
  });

  it('of 1 MB of lists that years lead in, and brackets an "or" follows, with no full stop reads in linear time', () => {
    const unit = 'Experience must include 3 years in the following: SQL; Python (pandas) or R; Tableau) or Looker; ';
    const text = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
    const skills = extractSkills(text, bundledTaxonomy());
    expect(ids(skills)).toEqual(expect.arrayContaining(['python', 'r', 'sql', 'tableau']));
    expect(skills.find((s) => s.id === 'sql')?.years).toBe(3);
  });

  it('of 3 MB of one list ("A, B and C, ...") reads in linear time', () => {
    const words = ['Python', 'SQL', 'Docker', 'Kubernetes', 'TensorFlow', 'Tableau'];
    const parts: string[] = ['Requirements: experience with'];
    for (let i = 0, n = 0; n < 3 * 1024 * 1024; i++) {
      const w = `${words[i % words.length]}${i % 3 === 0 ? ' and' : i % 5 === 0 ? ' or' : ','}`;
      parts.push(w);
      n += w.length + 1;
    }
    const skills = extractSkills(parts.join(' '), bundledTaxonomy());
    expect(ids(skills)).toEqual(expect.arrayContaining(['python', 'sql', 'docker', 'kubernetes']));
  });
});
