import { alternation } from './patterns.js';
import type { VocabFile } from './schema.js';

export interface YearsPhrase {
  start: number;
  end: number;
  years: number;
  /** Part of years named before it ("2 of which"): of what follows only. */
  part?: true;
}

/** A number in figures a space before years in figures, nothing of a number before it ("0 2 years"). */
const LOST_RANGE = /(?:^|[^\p{N}.,/:$%+-])(\d{1,2}) $/u;

/** More years than this are never what a posting asks of one skill ("30 years of Java consulting" is the company's). */
export const MAX_SKILL_YEARS = 15;

/** The years expressions of a vocabulary, compiled once: "3+ years", "at least five years", "2-4 yrs". */
export class YearsReader {
  private readonly re: RegExp;
  /** "2 of which", "3 of them": years that are part of a phrase before them (undefined without `parts`). */
  private readonly partRe: RegExp | undefined;
  private readonly numbers: ReadonlyMap<string, number>;
  /** "24 mos.": months, in years to one decimal (undefined without `months`). */
  private readonly monthRe: RegExp | undefined;
  /** "a decade": phrases that are a number of years by themselves (undefined without `wholes`). */
  private readonly wholeRe: RegExp | undefined;
  private readonly wholes: ReadonlyMap<string, number>;
  /** "2-5 experience": a range in figures whose unit was lost, before a `unitless` word (undefined without them). */
  private readonly unitlessRe: RegExp | undefined;

  constructor(years: VocabFile['years']) {
    this.numbers = new Map(Object.entries(years.numbers).map(([k, v]) => [k.toLowerCase(), v]));
    // (A decimal is one number: "1.5 years", "2,5 Jahre"; never its last digit alone.)
    const num = `(\\d{1,2}[.,]\\d(?!\\d)|\\d{1,3}|${alternation(Object.keys(years.numbers))})`;
    // (A plus may be escaped, as text converted from Markdown has it: "5\+ years".)
    // (Or in a bracket: "three (or more) years".)
    const plus = years.plus?.length ? `(?:\\\\?\\+|(?:\\(\\s*)?(?:${alternation(years.plus)})(?:\\s*\\))?)?` : '\\\\?\\+?';
    const range = years.ranges?.length ? `(?:(?:${alternation(years.ranges)})\\s*${num}\\s*(?:\\\\?\\+)?\\s*)?` : '';
    const notAfter = years.notAfter?.length ? `(?!\\s+(?:${alternation(years.notAfter)})\\b)` : '';
    // The unit must end a word: "5 Jahre" and "5 Jahren" both count, "3 Jahrzehnte" does not.
    // The number in figures may follow the word, before or after "or more": "two (2) or more years", "three or more (3) years";
    // or the word the figures: "5 (five) years".
    const figures = `(?:\\((?:\\d{1,2}|${alternation(Object.keys(years.numbers))})\\)\\s*)?`;
    // (Or joined to it by a hyphen, as an adjective: "a one-year data entry experience", "3-year Python experience".)
    this.re = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${num}(?:\\s*|-)${figures}${plus}\\s*${range}${figures}(?:${alternation(years.units)})(?![\\p{L}\\p{N}])${notAfter}`, 'giu');
    // (A unit may end with its full stop: "24 mos.".)
    this.monthRe = years.months?.length ? new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${num}\\s*${figures}${plus}\\s*(?:${alternation(years.months)})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
    // (Two numbers in figures, never one: "5 experience points" is no years.)
    this.unitlessRe = years.unitless?.length && years.ranges?.length
      ? new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])(\\d{1,2})\\s*(?:${alternation(years.ranges)})\\s*(\\d{1,2})(?=\\s+(?:${alternation(years.unitless)})(?![\\p{L}\\p{N}]))`, 'giu')
      : undefined;
    this.wholes = new Map(Object.entries(years.wholes ?? {}).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, ' '), v]));
    this.wholeRe = this.wholes.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([...this.wholes.keys()])})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
    // ("2 of which", "5+ of which", and "of which at least 3": the number after the words, a qualifier between.)
    const qualifier = years.qualifiers?.length ? `(?:(?:${alternation(years.qualifiers)})\\s+)?` : '';
    // ("2+ with Kotlin": a bare number in figures ("one with one or more omics types" is none), a
    // plus, and a binder to what it is years of.)
    const bound = years.partBinders?.length ? `|${qualifier}(\\d{1,2})\\s*${plus}(?=\\s+(?:${alternation(years.partBinders)})(?![\\p{L}\\p{N}]))` : '';
    this.partRe = years.parts?.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${num}\\s*${plus}\\s+(?:${alternation(years.parts)})|(?:${alternation(years.parts)})\\s+${qualifier}${num}${bound})(?![\\p{L}\\p{N}])`, 'giu')
      : undefined;
  }

  /**
   * Every years phrase of text[from, to), a range giving its lower bound, offsets into the text;
   * numbers over `max` (an employer's 150 years) only when asked for.
   */
  find(text: string, from = 0, to = text.length, max = 40): YearsPhrase[] {
    const out: YearsPhrase[] = [];
    const slice = text.slice(from, to);
    const at = (m: RegExpExecArray, years: number): YearsPhrase => ({ start: from + m.index, end: from + m.index + m[0].length, years });
    this.re.lastIndex = 0;
    for (let m = this.re.exec(slice); m !== null; m = this.re.exec(slice)) {
      let years = this.valueOf(m[1]!);
      // A range whose dash was lost, a smaller number a space before: "0 2 years", "1 3 years".
      const lost = LOST_RANGE.exec(slice.slice(Math.max(0, m.index - 4), m.index));
      if (lost && Number(lost[1]) < years) years = Number(lost[1]);
      if (years > 0 && years <= max) out.push(at(m, years));
    }
    const found = out.length;
    if (this.monthRe) {
      this.monthRe.lastIndex = 0;
      for (let m = this.monthRe.exec(slice); m !== null; m = this.monthRe.exec(slice)) {
        // (To one decimal: "18 months" is 1.5 years, "6 months" 0.5.)
        const years = Math.round((this.valueOf(m[1]!) / 12) * 10) / 10;
        if (years > 0 && years <= max) out.push(at(m, years));
      }
    }
    if (this.unitlessRe) {
      this.unitlessRe.lastIndex = 0;
      for (let m = this.unitlessRe.exec(slice); m !== null; m = this.unitlessRe.exec(slice)) {
        const years = Number(m[1]);
        if (years > 0 && years < Number(m[2]) && years <= max) out.push(at(m, years));
      }
    }
    if (this.wholeRe) {
      this.wholeRe.lastIndex = 0;
      for (let m = this.wholeRe.exec(slice); m !== null; m = this.wholeRe.exec(slice)) {
        const years = this.wholes.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
        if (years <= max && !out.some((y) => y.start < from + m!.index + m![0].length && from + m!.index < y.end)) out.push(at(m, years));
      }
    }
    if (out.length > found) out.sort((a, b) => a.start - b.start);
    // Part of years just named: after the first phrase, fewer years than it.
    if (out.length > 0 && this.partRe) {
      const after = out[0]!.end - from;
      this.partRe.lastIndex = after;
      for (let m = this.partRe.exec(slice); m !== null; m = this.partRe.exec(slice)) {
        const years = this.valueOf(m[1] ?? m[2] ?? m[3]!);
        if (years > 0 && years < out[0]!.years) out.push({ ...at(m, years), part: true });
      }
      out.sort((a, b) => a.start - b.start);
    }
    return out;
  }

  /** A number in figures or words ("5", "1.5", "2,5", "five"). */
  private valueOf(n: string): number {
    return this.numbers.get(n.toLowerCase()) ?? Number(n.replace(',', '.'));
  }
}
