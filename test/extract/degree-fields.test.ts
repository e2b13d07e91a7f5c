import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/extract.js';
import { bundledTaxonomy } from '../helpers.js';

const ids = (text: string) => extractText(`Requirements\n${text}`, bundledTaxonomy()).skills.map((s) => s.id);

describe('skills named as the field of a degree', () => {
  it('are the field of study, through the whole list of fields', () => {
    const found = ids("Master's degree in Business Analytics, Data Analytics, or Data Science");
    expect(found).toContain('data-science-degree');
    expect(found).not.toContain('data-science');
    expect(found).not.toContain('data-analysis');
    expect(found).not.toContain('business-analytics');
    expect(ids('BS in Statistics, Computer Science, Data Science or a related field')).toEqual(expect.arrayContaining(['statistics', 'computer-science', 'data-science-degree']));
  });
  it('are the field of study after a few words that lead to it, where no list word joins them', () => {
    for (const text of [
      "A Master's degree, preferably, in Finance or Data Science",
      "Graduate degrees (MSc, PhD welcome) in Physics, Economics or Data Science",
      'An MS in a numbers-heavy field (Econometrics, Data Science, etc.)',
    ]) {
      const found = ids(text);
      expect(found, text).toContain('data-science-degree');
      expect(found, text).not.toContain('data-science');
    }
  });
  it('stay skills outside a degree, or after words of experience', () => {
    expect(ids('3+ years of data science experience')).toContain('data-science');
    const found = ids("A bachelor's degree and experience in data science");
    expect(found).toContain('data-science');
    expect(found).not.toContain('data-science-degree');
    // (Nor after what the candidate brings, or years, between the degree and the name.)
    for (const text of ["A Bachelor's degree with strong data science skills", 'An MS with at least 2 years of data science']) {
      expect(ids(text), text).toContain('data-science');
      expect(ids(text), text).not.toContain('data-science-degree');
    }
  });
});

describe('a degree or equivalent experience', () => {
  const orExperience = (text: string) => extractText(`Requirements\n${text}`, bundledTaxonomy()).skills.find((s) => s.id === 'bachelors-degree')?.orExperience;
  it('accepts experience instead, said with or without its years', () => {
    expect(orExperience("Bachelor's degree in Statistics or equivalent experience")).toBe(true);
    expect(orExperience("Bachelor's in Supply Chain, Business Analytics or similar – or 4 years of equivalent experience")).toBe(true);
  });
  it('asks for the degree where nothing accepts experience instead', () => {
    expect(orExperience("Bachelor's degree in Statistics and 4 years of experience with SQL")).toBe(false);
  });
});
