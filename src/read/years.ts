import type { VocabFile } from './schema.js';

export interface YearsPhrase {
  start: number;
  end: number;
  years: number;
  /** Part of years named before it ("2 of which"): of what follows only. */
  part?: true;
}

/** More years than this are never what a posting asks of one skill ("30 years of Java consulting" is the company's). */
export const MAX_SKILL_YEARS = 15;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** The years expressions of a vocabulary, compiled once: "3+ years", "at least five years", "2-4 yrs". */
export class YearsReader {
  private readonly re: RegExp;
  /** "2 of which", "3 of them": years that are part of a phrase before them (undefined without `parts`). */
  private readonly partRe: RegExp | undefined;
  private readonly numbers: ReadonlyMap<string, number>;

  constructor(years: VocabFile['years']) {
    this.numbers = new Map(Object.entries(years.numbers).map(([k, v]) => [k.toLowerCase(), v]));
    const num = `(\\d{1,3}|${alternation(Object.keys(years.numbers))})`;
    // (A plus may be escaped, as text converted from Markdown has it: "5\+ years".)
    const plus = years.plus?.length ? `(?:\\\\?\\+|${alternation(years.plus)})?` : '\\\\?\\+?';
    const range = years.ranges?.length ? `(?:(?:${alternation(years.ranges)})\\s*${num}\\s*(?:\\\\?\\+)?\\s*)?` : '';
    const notAfter = years.notAfter?.length ? `(?!\\s+(?:${alternation(years.notAfter)})\\b)` : '';
    // The unit must end a word: "5 Jahre" and "5 Jahren" both count, "3 Jahrzehnte" does not.
    // The number in figures may follow the word, before or after "or more": "two (2) or more years", "three or more (3) years".
    const figures = '(?:\\(\\d{1,2}\\)\\s*)?';
    this.re = new RegExp(`(?<![\\p{L}\\p{N}])${num}\\s*${figures}${plus}\\s*${range}${figures}(?:${alternation(years.units)})(?![\\p{L}\\p{N}])${notAfter}`, 'giu');
    this.partRe = years.parts?.length ? new RegExp(`(?<![\\p{L}\\p{N}])${num}\\s+(?:${alternation(years.parts)})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  }

  /**
   * Every years phrase of text[from, to), a range giving its lower bound, offsets into the text;
   * numbers over `max` (an employer's 150 years) only when asked for.
   */
  find(text: string, from = 0, to = text.length, max = 40): YearsPhrase[] {
    const out: YearsPhrase[] = [];
    const slice = text.slice(from, to);
    this.re.lastIndex = 0;
    for (let m = this.re.exec(slice); m !== null; m = this.re.exec(slice)) {
      const years = this.numbers.get(m[1]!.toLowerCase()) ?? Number(m[1]);
      if (years > 0 && years <= max) out.push({ start: from + m.index, end: from + m.index + m[0].length, years });
    }
    // Part of years just named: after the first phrase, fewer years than it.
    if (out.length > 0 && this.partRe) {
      const after = out[0]!.end - from;
      this.partRe.lastIndex = after;
      for (let m = this.partRe.exec(slice); m !== null; m = this.partRe.exec(slice)) {
        const years = this.numbers.get(m[1]!.toLowerCase()) ?? Number(m[1]);
        if (years > 0 && years < out[0]!.years) out.push({ start: from + m.index, end: from + m.index + m[0].length, years, part: true });
      }
      out.sort((a, b) => a.start - b.start);
    }
    return out;
  }
}
