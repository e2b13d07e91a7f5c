import { describe, expect, it } from 'vitest';
import { bundledVocabularies } from '../../src/read/index.js';
import { titleOf } from '../../src/read/title.js';

const en = bundledVocabularies().find((v) => v.language === 'en')!;

describe('titleOf', () => {
  it('reads a title line', () => {
    expect(titleOf('Senior Data Scientist - NLP', en)).toBe('Senior Data Scientist - NLP');
    expect(titleOf('## Machine Learning Engineer', en)).toBe('Machine Learning Engineer');
  });
  it('never takes a sentence or a date for a title', () => {
    expect(titleOf('We are looking for someone who knows Python to join our team', en)).toBeUndefined();
    expect(titleOf('Friday, April 3, 2020', en)).toBeUndefined();
    expect(titleOf('Mon 12 Oct 2020', en)).toBeUndefined();
  });
  it('after the first line, takes only a name that names a role and opens with no heading', () => {
    expect(titleOf('Senior Data Engineer', en, true)).toBe('Senior Data Engineer');
    expect(titleOf('Acme Analytics Group', en)).toBe('Acme Analytics Group');
    expect(titleOf('Acme Analytics Group', en, true)).toBeUndefined();
    expect(titleOf('Partner with project leadership to understand client business processes', en, true)).toBeUndefined();
    expect(titleOf('Responsibilities of a Data Scientist', en, true)).toBeUndefined();
    expect(titleOf('Job Description for Data Scientist', en, true)).toBeUndefined();
  });
});
