import { indexIn } from '../white-space.js';
import type { Match } from './match.js';

/** An acronym as a text writes it: two to six capitals, maybe a plural s ("MCP", "LLMs"). */
const ACRONYM = /^[A-Z]{2,6}s?$/;
/** Words an expansion may pass over without giving a letter ("Department of Defense (DoD)"). */
const MAX_SKIPPED = 3;
const WORD = /[\p{L}\p{N}]+/gu;

interface Word {
  text: string;
  start: number;
}

const lettersOf = (acronym: string) => (acronym.endsWith('s') ? acronym.slice(0, -1) : acronym);

/**
 * The words before `at` that spell the acronym by their initials ("Massachusetts Contingency Plan"
 * before "(MCP)") and the offset of the first; small lower-case words may stand between ("Master of
 * Business Administration"). Null when they do not spell it.
 */
function expansionBefore(text: string, at: number, letters: string): { from: number; words: string[] } | null {
  const from = Math.max(0, at - 40 * letters.length);
  const words: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, at);
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) words.push({ text: m[0], start: from + m.index });
  let i = letters.length - 1;
  let skipped = 0;
  const spelling: string[] = [];
  let first = -1;
  for (let w = words.length - 1; w >= 0 && i >= 0; w--) {
    const word = words[w]!.text;
    if (word[0]!.toUpperCase() === letters[i]) {
      i--;
      first = words[w]!.start;
      spelling.unshift(word);
    } else if (word.length <= 3 && word === word.toLowerCase() && skipped < MAX_SKIPPED && i < letters.length - 1) skipped++;
    else return null;
  }
  return i < 0 ? { from: first, words: spelling } : null;
}

/**
 * The words in the bracket right after `at` (its "(" first, blanks aside) that spell the acronym by
 * their initials and fill the bracket ("STEM (Science, Technology, Engineering or Math)"): the
 * offsets of the first word and of the closing bracket. Small lower-case words may stand between, as
 * before one. Null when they do not spell it.
 */
function expansionAfter(text: string, at: number, letters: string): { from: number; to: number } | null {
  let p = at;
  while (p < text.length && p < at + 2 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (text.charCodeAt(p) !== 40) return null;
  const close = indexIn(text, 41, p + 1, Math.min(text.length, p + 1 + 40 * letters.length));
  if (close < 0) return null;
  const inside = text.slice(p + 1, close);
  let i = 0;
  let skipped = 0;
  let first = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(inside); m !== null; m = WORD.exec(inside)) {
    const word = m[0];
    if (i < letters.length && word[0]!.toUpperCase() === letters[i]) {
      if (first < 0) first = p + 1 + m.index;
      i++;
    } else if (i > 0 && i < letters.length && word.length <= 3 && word === word.toLowerCase() && skipped < MAX_SKIPPED) skipped++;
    else return null;
  }
  return i === letters.length ? { from: first, to: close } : null;
}

const isCapital = (c: number) => c >= 65 && c <= 90;

/**
 * Without the skills named inside an acronym's spelling, where the acronym is a skill of its own:
 * "a Science, Technology, Engineering or Mathematics (STEM) degree" and "STEM (Science, Technology,
 * Engineering, or Math)" name STEM, not science, engineering and mathematics each; "Open Source
 * Intelligence (OSINT)" names no open source. The spelling stands in brackets right after the
 * acronym, or the acronym in brackets right after it, as withoutForeignAcronyms reads it. A skill
 * named by the whole spelling stays ("Natural Language Processing (NLP)").
 */
export function withoutSpelledWords(matches: Match[], text: string): Match[] {
  let spans: [number, number, string][] | undefined;
  for (const m of matches) {
    // (Two capitals first, before any string is made: this runs for every match.)
    if (!isCapital(text.charCodeAt(m.start)) || !isCapital(text.charCodeAt(m.start + 1))) continue;
    // (The acronym may lead a name of its skill: "a STEM discipline (Science, Technology, ...)".)
    const written = text.slice(m.start, m.end);
    const space = written.indexOf(' ');
    const acronym = space < 0 ? written : written.slice(0, space);
    if (!ACRONYM.test(acronym)) continue;
    const letters = lettersOf(acronym);
    if (letters.length < 3) continue;
    if (space < 0 && text.charCodeAt(m.start - 1) === 40 && text.charCodeAt(m.end) === 41) {
      const before = expansionBefore(text, m.start - 1, letters);
      if (before) (spans ??= []).push([before.from, m.start - 1, m.skill.id]);
    } else {
      const after = expansionAfter(text, m.end, letters);
      if (after) (spans ??= []).push([after.from, after.to, m.skill.id]);
    }
  }
  if (!spans) return matches;
  const s = spans;
  return matches.filter((m) => !s.some(([from, to, id]) => m.skill.id !== id && m.start >= from && m.end <= to && !(m.start === from && text.slice(m.end, to).trim() === '')));
}

/** The skill's own names that spell the acronym by their initials ("Model Context Protocol" for MCP), as words. */
function spellingNames(match: Match, letters: string): string[][] {
  const out: string[][] = [];
  for (const name of [match.skill.label, ...(match.skill.aliases ?? [])]) {
    const words = name.match(WORD);
    if (words && words.length === letters.length && words.every((w, k) => w[0]!.toUpperCase() === letters[k])) out.push(words);
  }
  return out;
}

/** The same word, give or take an ending or a typographic ligature ("process" for "processing", "arti\ufb01cial"). */
function sameWord(a: string, b: string): boolean {
  const x = a.normalize('NFKC').toLowerCase();
  const y = b.normalize('NFKC').toLowerCase();
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * Whether defining words are the skill's name, give or take a word or a typo: the same first word,
 * and at least half of the name's longer words ("High Performance Liquid Chromotography (HPLC)",
 * "Key Process Indicators (KPIs)"); not "Customer Data Platform" for the Cloudera Data Platform.
 */
function spellsSame(name: readonly string[], defining: readonly string[]): boolean {
  if (!sameWord(name[0]!, defining[0]!)) return false;
  let long = 0;
  let same = 0;
  name.forEach((w, k) => {
    if (w.length < 4) return;
    long++;
    if (sameWord(w, defining[k]!)) same++;
  });
  return same * 2 >= long;
}

/**
 * Without the acronyms a text defines as something else: "the Massachusetts Contingency Plan (MCP)"
 * makes that "MCP", and every later one of the text, the plan, not the Model Context Protocol;
 * "Master Patient Index (MPI)" is not the Message Passing Interface. An acronym is defined where it
 * stands in brackets right after words whose initials spell it. The definition is foreign only when
 * the skill has a name of its own that spells the acronym and the defining words are not a mention
 * of that skill ("Natural Language Processing (NLP)" keeps NLP); a skill without such a name is
 * never judged. Nor is an acronym that spells only the last words of another skill's name right
 * before it ("Power Business Intelligence (BI)" names Power BI alone).
 */
export function withoutForeignAcronyms(matches: Match[], text: string): Match[] {
  let foreign: Set<string> | undefined;
  let tails: Set<Match> | undefined;
  for (const m of matches) {
    if (text.charCodeAt(m.start - 1) !== 40 || text.charCodeAt(m.end) !== 41) continue;
    const written = text.slice(m.start, m.end);
    if (!ACRONYM.test(written)) continue;
    const letters = lettersOf(written);
    const expansion = expansionBefore(text, m.start - 1, letters);
    if (expansion === null) continue;
    // ("Power Business Intelligence (BI)": the acronym spells the last words of another skill's name
    // right before it, a short form of that name, not a skill of its own.)
    const from = expansion.from;
    if (matches.some((x) => x.skill.id !== m.skill.id && x.start < from && x.end > from && text.slice(x.end, m.start - 1).trim() === '')) {
      (tails ??= new Set()).add(m);
      continue;
    }
    const names = spellingNames(m, letters);
    if (names.length === 0) continue;
    const defining = expansion.words;
    const own =
      matches.some((x) => x !== m && x.skill.id === m.skill.id && x.start >= from && x.end <= m.start) ||
      names.some((words) => spellsSame(words, defining));
    if (!own) (foreign ??= new Set()).add(`${m.skill.id}\u0000${letters}`);
  }
  if (!foreign && !tails) return matches;
  const f = foreign;
  return matches.filter((m) => {
    if (tails?.has(m)) return false;
    const written = text.slice(m.start, m.end);
    return !f || !ACRONYM.test(written) || !f.has(`${m.skill.id}\u0000${lettersOf(written)}`);
  });
}
