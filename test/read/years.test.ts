import { describe, expect, it } from 'vitest';
import { bundledVocabularies } from '../../src/read/index.js';
import { splitSentences } from '../../src/read/sentences.js';
import { yearsAt } from '../../src/read/years.js';

const en = bundledVocabularies().find((v) => v.language === 'en')!;
const de = bundledVocabularies().find((v) => v.language === 'de');

describe('years', () => {
  it.each([
    ['3+ years of Python', 3],
    ['at least five years with AWS', 5],
    ['2-4 years of experience', 2],
    ['3 to 5 yrs in data', 3],
    ['ten plus years', 10],
  ])('%s', (text, years) => {
    expect(en.years.find(text).map((y) => y.years)).toEqual([years]);
  });
  it('ignores ages and other numbers', () => {
    expect(en.years.find('you must be 18 years old; 100 users')).toEqual([]);
  });
  it.runIf(de)('reads German years', () => {
    expect(de!.years.find('mindestens 3 Jahre Erfahrung mit Python').map((y) => y.years)).toEqual([3]);
  });
});

describe('yearsAt', () => {
  const at = (text: string, words: string[]) => {
    const sentences = splitSentences(text);
    const phrases = en.years.find(text);
    return words.map((w) => {
      const offset = text.indexOf(w);
      return yearsAt(offset, offset + w.length, phrases, sentences.find((s) => offset >= s.start && offset < s.end)!, text);
    });
  };
  it('gives a phrase to the skills after it in the sentence', () => {
    expect(at('3+ years of Python and SQL.\nJava is nice', ['Python', 'SQL', 'Java'])).toEqual([3, 3, null]);
  });
  it('gives years right after a skill to that skill', () => {
    expect(at('Python (5+ years) and SQL (3+ years)', ['Python', 'SQL'])).toEqual([5, 3]);
  });
  it('does not reach far forward for years', () => {
    expect(at('Solid machine learning, and Kubernetes with 5+ years', ['machine', 'Kubernetes'])).toEqual([null, 5]);
  });
});
