import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';
import { findYears, yearsAt } from '../../src/extract/years.js';

describe('findYears', () => {
  it.each([
    ['3+ years of Python', 3],
    ['at least five years with AWS', 5],
    ['2-4 years of experience', 2],
    ['3 to 5 yrs in data', 3],
    ['ten plus years', 10],
  ])('%s', (text, years) => {
    expect(findYears(text).map((y) => y.years)).toEqual([years]);
  });
  it('ignores ages and other numbers', () => {
    expect(findYears('you must be 18 years old; 100 users')).toEqual([]);
  });
});

describe('yearsAt', () => {
  const at = (text: string, words: string[]) => {
    const sentences = splitSentences(text);
    return words.map((w) => {
      const offset = text.indexOf(w);
      return yearsAt(offset, findYears(text), sentences.find((s) => offset >= s.start && offset < s.end)!);
    });
  };
  it('gives a phrase to the skills after it in the sentence', () => {
    expect(at('3+ years of Python and SQL.\nJava is nice', ['Python', 'SQL', 'Java'])).toEqual([3, 3, null]);
  });
  it('gives each skill the nearest phrase before it', () => {
    expect(at('5+ years of backend work, including 2 years with Go', ['backend', 'Go'])).toEqual([5, 2]);
  });
  it('uses a phrase after the skill when there is none before', () => {
    expect(at('Python (4+ years)', ['Python'])).toEqual([4]);
  });
});
