import type { Span } from './sentences.js';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const NUM = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
const YEARS = new RegExp(
  `\\b${NUM}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to|or)\\s*${NUM}\\s*\\+?\\s*)?(?:\\(\\d{1,2}\\)\\s*)?(?:years?|yrs?)\\b(?!\\s+old)`,
  'gi',
);

export interface YearsPhrase {
  start: number;
  end: number;
  years: number;
}

const toNumber = (s: string) => WORDS[s.toLowerCase()] ?? Number(s);

/** Every "3+ years", "at least five years", "2-4 yrs" in the text; a range gives its lower bound. */
export function findYears(text: string): YearsPhrase[] {
  const out: YearsPhrase[] = [];
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(text); m !== null; m = YEARS.exec(text)) {
    const years = toNumber(m[1]!);
    if (years > 0 && years <= 30) out.push({ start: m.index, end: m.index + m[0].length, years });
  }
  return out;
}

/**
 * The years asked for the skill mentioned at `offset`, from the phrases of its sentence: the nearest
 * phrase before it ("3+ years of Python and SQL"), or, with none before, the first after it
 * ("Python (3+ years)").
 */
export function yearsAt(offset: number, phrases: readonly YearsPhrase[], sentence: Span): number | null {
  let before: YearsPhrase | undefined;
  let after: YearsPhrase | undefined;
  for (const p of phrases) {
    if (p.start < sentence.start || p.start >= sentence.end) continue;
    if (p.end <= offset) before = p;
    else if (!after && p.start >= offset) after = p;
  }
  return (before ?? after)?.years ?? null;
}
