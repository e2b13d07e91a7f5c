/**
 * Dated roles of a resume: "Data Scientist, Acme (Jan 2020 - present)", "2018 – 2021",
 * "03/2019 - 06/2021". Each role runs from its dated line to the next role or the end of its section;
 * the skills shown in it are credited with its months. Month names and the words for "now" are the
 * vocabulary's.
 */

import { isBulletGlyph, type Reading } from '../read/index.js';
import type { Vocabulary } from '../read/vocab.js';

export interface Role {
  /** The role's text: [start, end) of the resume. */
  start: number;
  end: number;
  /** Months since year 0 (year * 12 + month - 1), the first and the one after the last. */
  from: number;
  to: number;
  /** The dated line, as written. */
  line: string;
  /** Where the role's heading (its title line and dated line) ends: what follows tells the work. */
  headEnd: number;
}

/** A role's length in a bracket, "(6 years 11 months)", "(3 yrs)", "(1 year)", or after a middle dot, "· 3 yrs 10 mos" (LinkedIn's page). */
const DURATION = /(?:\(\s*\d+\+?\s*\p{L}+\.?(?:,?\s+\d+\s*\p{L}+\.?)?\s*\)|[·•]\s*\d+\+?\s*\p{L}+\.?(?:,?\s+\d+\s*\p{L}+\.?)?\s*$)/gu;

/** The earliest year read as a date; anything before is a number, not a year. */
const MIN_YEAR = 1960;

const regexes = new WeakMap<Vocabulary, RegExp>();

/** "(Mon )?YYYY" or "MM/YYYY", a dash or "to", then the same or a word for now: named groups a* and b*. */
function rangeRegex(vocab: Vocabulary): RegExp {
  let re = regexes.get(vocab);
  if (re) return re;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  const months = alternation(vocab.months.keys());
  const now = alternation(vocab.file.resume.present ?? []);
  const until = alternation(vocab.file.resume.until ?? []);
  // (A year of two digits after an apostrophe, with a month before it: "Jan '20".)
  const date = (g: string) => `(?:(?:(?<${g}Name>${months})\\.?\\s+)|(?<${g}Num>\\d{1,2})\\s*[/.]\\s*)?(?<${g}Year>(?:19|20)\\d{2}|(?<=(?:${months})\\.?\\s+)['’]\\d{2})`;
  re = new RegExp(`(?<![\\p{L}\\p{N}])${date('a')}\\s*(?:[-–—]+${until ? `|${until}` : ''})\\s*(?:${date('b')}|(?<now>${now}))(?![\\p{L}\\p{N}])`, 'giu');
  regexes.set(vocab, re);
  return re;
}

/** A year as written: "2020", or "'20" (this century's, unless that is still to come). */
function yearOf(written: string, now: Date): number {
  if (/^\d{4}$/.test(written)) return Number(written);
  const yy = Number(written.slice(1));
  return 2000 + yy <= now.getUTCFullYear() ? 2000 + yy : 1900 + yy;
}

/** A month index from "Jan" / "03" / nothing (then the year's first month, or its last for an end). */
function monthOf(vocab: Vocabulary, name: string | undefined, num: string | undefined, end: boolean): number | null {
  if (name) return vocab.months.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
  if (num) {
    const n = Number(num);
    return n >= 1 && n <= 12 ? n : null;
  }
  return end ? 12 : 1;
}

/**
 * The dated roles of a resume's experience sections (and of its other sections when it has none).
 * `now` is the month a range that runs "to present" ends in.
 */
export function rolesOf(reading: Reading, now: Date = new Date()): Role[] {
  const { text, vocab } = reading;
  const nowIndex = monthIndexOf(now);
  const sections = reading.sections.filter((s) => s.kind === 'experience');
  const where = sections.length > 0 ? sections : reading.sections.filter((s) => s.kind !== 'education' && s.kind !== 'interests');
  const re = rangeRegex(vocab);
  const roles: Role[] = [];
  for (const section of where) {
    const found: Omit<Role, 'end'>[] = [];
    re.lastIndex = section.start;
    for (let m = re.exec(text); m !== null && m.index < section.end; m = re.exec(text)) {
      const g = m.groups!;
      const fromMonth = monthOf(vocab, g.aName, g.aNum, false);
      const fromYear = yearOf(g.aYear!, now);
      const toMonth = g.now !== undefined ? null : monthOf(vocab, g.bName, g.bNum, true);
      const to = g.now !== undefined ? nowIndex + 1 : toMonth === null ? null : yearOf(g.bYear!, now) * 12 + toMonth + 1;
      if (fromMonth === null || to === null || fromYear < MIN_YEAR) continue;
      const from = fromYear * 12 + fromMonth;
      if (to <= from || to > nowIndex + 1) continue;
      place(m.index, m[0].length, from, to);
    }
    // "Summer 2020", "(Summer 2017)": a season's months, on a line no range dates.
    const seasons = seasonRegex(vocab);
    if (seasons) {
      seasons.lastIndex = section.start;
      for (let m = seasons.exec(text); m !== null && m.index < section.end; m = seasons.exec(text)) {
        const month = vocab.file.resume.seasons?.[m[1]!.toLowerCase()];
        const year = Number(m[2]);
        if (month === undefined || year < MIN_YEAR) continue;
        const from = year * 12 + month;
        const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
        const nl = text.indexOf('\n', m.index);
        // (Only on a heading's line, not in a role's items: "- Launched the Summer 2021 collection".)
        if (!isShortHeadingLine(text, lineStart, nl < 0 ? text.length : nl)) continue;
        if (from + SEASON_MONTHS > nowIndex + 1 || found.some((r) => r.start <= lineStart && lineStart < r.headEnd)) continue;
        place(m.index, m[0].length, from, from + SEASON_MONTHS);
      }
      found.sort((a, b) => a.start - b.start);
    }
    found.forEach((r, i) => roles.push({ ...r, end: i + 1 < found.length ? found[i + 1]!.start : section.end }));

    /** A role dated by text[index, index + length): its heading's lines around it. */
    function place(index: number, length: number, from: number, to: number): void {
      const lineStart = text.lastIndexOf('\n', index - 1) + 1;
      const nl = text.indexOf('\n', index);
      const lineEnd = nl === -1 ? text.length : nl;
      // A line of dates alone ("Jan 2020 - present") has its title on the line before ("Data Scientist, Acme").
      // (A bracket of the role's length after them is no title: "Jan 2020 - Present (6 years 11 months)", as LinkedIn writes it.)
      const datesOnly = !/\p{L}{2}/u.test(text.slice(lineStart, index) + text.slice(index + length, lineEnd).replace(DURATION, ''));
      const prevStart = lineStart > section.start ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
      let start = datesOnly && prevStart >= section.start && isShortHeadingLine(text, prevStart, lineStart - 1, vocab.abbreviations) ? prevStart : lineStart;
      // The employer's line above the title's, where a blank line or the section's heading comes
      // before it ("Acme Robotics      San Jose, CA" / "ML Engineer      06/2021 – Present").
      const above = start > section.start ? text.lastIndexOf('\n', start - 2) + 1 : start;
      if (above < start && above >= section.headingEnd && isShortHeadingLine(text, above, start - 1, vocab.abbreviations) && !found.some((r) => r.headEnd >= above)) {
        const before = above > 0 ? text.lastIndexOf('\n', above - 2) + 1 : 0;
        if (above <= section.headingEnd + 1 || text.slice(before, above).trim() === '') start = above;
      }
      // The employer's line right under a dated title, the role's items after it ("Site Reliability
      // Engineer      2021 – Present" / "Cobalt Payments, Remote" / "- Run 14 EKS clusters").
      let headEnd = lineEnd;
      // A list item the dates open and a sentence in lower case goes on from ("- 2015–2017 built ETL jobs in SSIS;
      // since 2018 dbt and Snowflake") tells the work of those years: its heading is the dates alone.
      const item = /^\s*(?:[-*•·▪‣◦–]|\d{1,2}[.)])\s+$/u.test(text.slice(lineStart, index)) || (isBulletGlyph(text.charCodeAt(lineStart)) && text.slice(lineStart + 1, index).trim() === '');
      if (item && /^[\s:,–—-]*\p{Ll}/u.test(text.slice(index + length, Math.min(lineEnd, index + length + 8)))) headEnd = index + length;
      else if (!datesOnly && lineEnd < section.end) {
        const nextEnd = text.indexOf('\n', lineEnd + 1);
        const after = nextEnd < 0 ? text.length : nextEnd;
        const followingEnd = text.indexOf('\n', after + 1);
        const following = text.slice(after + 1, followingEnd < 0 ? text.length : followingEnd).trimStart();
        if (isShortHeadingLine(text, lineEnd + 1, after) && (/^[-*]\s/.test(following) || isBulletGlyph(following.charCodeAt(0)))) headEnd = after;
      }
      found.push({ start, from, to, line: text.slice(lineStart, lineEnd).trim(), headEnd });
    }
  }
  return roles;
}

/** How many months a season names ("Summer 2020": June to August). */
const SEASON_MONTHS = 3;

const seasonRegexes = new WeakMap<Vocabulary, RegExp | null>();

/** "Summer 2020": a season's name (vocab resume.seasons) and a year, as a word of its own. */
function seasonRegex(vocab: Vocabulary): RegExp | null {
  let re = seasonRegexes.get(vocab);
  if (re !== undefined) return re;
  const names = Object.keys(vocab.file.resume.seasons ?? {}).sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  re = names.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})\\s+((?:19|20)\\d{2})(?![\\p{L}\\p{N}])`, 'giu');
  seasonRegexes.set(vocab, re);
  return re;
}

/** A short line with no sentence end: a role's title line. */
function isShortHeadingLine(text: string, from: number, to: number, abbreviations?: ReadonlySet<string>): boolean {
  const line = text.slice(from, to).trim();
  // (A stop that ends an abbreviation ends no sentence: "Data Engineering Intern, Summit Co.".)
  const stop = /[.;]$/.test(line) && !(abbreviations && line.endsWith('.') && abbreviations.has(/(\S+)\.$/.exec(line)?.[1] ?? ''));
  return line.length > 0 && line.length <= 100 && !stop && !/^[-*]/.test(line) && !isBulletGlyph(line.charCodeAt(0));
}

/** A date's month as an index (year * 12 + month, 1-12), the unit of roles' `from` and `to`. */
export const monthIndexOf = (date: Date): number => date.getUTCFullYear() * 12 + date.getUTCMonth() + 1;

/** The years of a set of intervals, overlaps counted once, to one decimal. */
export const yearsOf = (intervals: readonly { from: number; to: number }[]): number => Math.round((monthsOf(intervals) / 12) * 10) / 10;

/** The months of a set of intervals, overlaps counted once. */
export function monthsOf(intervals: readonly { from: number; to: number }[]): number {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  let months = 0;
  let reach = -Infinity;
  for (const { from, to } of sorted) {
    if (to <= reach) continue;
    months += to - Math.max(from, reach);
    reach = to;
  }
  return months;
}
