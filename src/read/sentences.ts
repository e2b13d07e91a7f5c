/**
 * Sentence spans of a text: a line break ends one, and so do "; ", a bullet between blanks, and a
 * full stop, "!" or "?" followed by space and a capital, a digit, a quote, a bracket or a bullet, unless the full stop
 * ends an abbreviation of the language ("e.g. PyTorch", "z.B. Python"). A scanner, not a regular
 * expression: it runs over every line that holds a skill.
 */
import type { Span } from '../lexicon/index.js';
import { BULLET_GLYPHS, EMOJI, emojiAt, isBulletGlyph } from './bullets.js';

export type { Span };

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 13;
/** What may start a sentence after a stop: a capital (any script), a digit, a quote, a bracket, a bullet or a dash. */
function startsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c === 34 || c === 39 || c === 40 || c === 42 || c === 45 || isBulletGlyph(c)) return true;
  if (c < 128) return false;
  const s = text[i]!;
  return s !== s.toLowerCase() && s === s.toUpperCase();
}
const isAbbreviationChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c > 127;
/** How far back from a full stop an abbreviation is looked for: longer than any ("approx", "U.S"), so a word of 50,000 letters is not walked at every stop. */
const MAX_ABBREVIATION = 32;

/**
 * The longest sentence: a longer run without a stop (a posting flattened onto one line without its
 * full stops, a list of thousands of commas) is cut, at a space where there is one, into sentences
 * of at most this many characters. Every cue, list and years phrase of a real posting lies well
 * within it (the longest sentence of ~7,000 real postings and SkillSpan texts is 4,400 characters),
 * and it bounds what is read around each mention: time stays linear in the length of a line.
 */
export const MAX_SENTENCE = 8000;

/**
 * The sentences of text[from, to) (the whole text by default), with offsets into the text.
 * `abbreviations`: the words (without their last full stop) whose full stop ends no sentence.
 */
export function splitSentences(text: string, from = 0, to = text.length, abbreviations?: ReadonlySet<string>, openers?: RegExp | null): Span[] {
  const spans: Span[] = [];
  // ("... and ETL We offer a competitive salary": a word that only opens a sentence starts one.)
  const push = (start: number, end: number) => (openers ? cutAtOpeners(text, start, end, openers, spans) : pushBounded(text, spans, start, end));
  let start = from;
  // Only these characters end a sentence: the regular expression jumps from one to the next.
  const dashed = to - from > MIN_DASHED_LINE && dashList(text, from, to);
  // A long line that runs items together with pipes ("... ideally within financial services |
  // Advanced Power BI | Strong T-SQL | ..."), as an export's one-line posting has them: each item a sentence.
  const piped = to - from > MIN_DASHED_LINE && pipeList(text, from, to);
  const stops = dashed ? DASHED_STOPS : STOPS;
  stops.lastIndex = from;
  /** The last semicolon kept inside a sentence, as one between the items of a list a colon opens (see below). */
  let joined = -1;
  /** An item or a heading starts at `at`: the sentence before it ends there; scanning goes on at `resume`. */
  const cutBefore = (at: number, resume: number) => {
    let end = at;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) push(start, end);
    start = at;
    stops.lastIndex = resume;
  };
  for (let m = stops.exec(text); m !== null && m.index < to; m = stops.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    let next = -1;
    if (c === 10) {
      next = i + 1;
    } else if (c === 35) {
      // Markdown heading marks run into a line ("... with dbt ## Nice to have Terraform ..."): a
      // heading starts there. Not "C#", "#LI-SP1", "# of users".
      let j = i;
      while (j < to && text.charCodeAt(j) === 35) j++;
      if (i === start || !isSpace(text.charCodeAt(i - 1)) || j - i > 6 || j >= to || !isSpace(text.charCodeAt(j)) || !startsSentence(text, j + 1)) stops.lastIndex = j;
      else cutBefore(i, j);
      continue;
    } else if (c === 42 && text.charCodeAt(i + 1) === 42) {
      // A bold label run into a line ("... per year **Our interview process** We start with ..."):
      // a heading starts there. Not bold inside a sentence ("strong **Python** skills").
      const close = boldLabelEnd(text, i, to);
      if (i === start || !isSpace(text.charCodeAt(i - 1)) || close < 0) stops.lastIndex = i + 2;
      else cutBefore(i, close);
      continue;
    } else if (isBulletGlyph(c) || c === 45 || c === 42 || c === 43 || c > 0x2000) {
      // A bullet between blanks inside a line ("... use cases • Work under ..."): a list flattened
      // onto one line; the item ends before it, the next starts at it. A dash, a star or a plus is one only
      // in a line that runs such a list together, before a capital ("... frameworks - Strong Python - Go");
      // so is an emoji ("... dashboards 🔹 Write SQL models 🔹 ...").
      const after = i + m[0].length;
      if (c === 42 && dashed && gluedStarAt(text, i) && i > start && dashItemAt(text, i, to)) {
        cutBefore(i, after);
        continue;
      }
      // (A glyph may be glued to its item's first word, a capital: "... environments •Good listener".)
      // (Or glued to the stop of the item before, as stripped markup leaves it: "... ideally on AWS.• Fluent English".)
      const glued = isBulletGlyph(c) && i > start && GLUED_AFTER.has(text.charCodeAt(i - 1));
      if (i === start || !(isSpace(text.charCodeAt(i - 1)) || glued) || after >= to || !(isSpace(text.charCodeAt(after)) || (isBulletGlyph(c) && startsSentence(text, after)))) continue;
      if ((c === 45 || c === 42 || c === 43) && (!dashed || !dashItemAt(text, i, to))) continue;
      cutBefore(i, after);
      continue;
    } else if (c === 124) {
      // (Only between blanks, before what starts a sentence: not "a|b", not a table's cells.)
      const after = i + 1;
      if (!piped || i === start || !isSpace(text.charCodeAt(i - 1)) || after >= to || !isSpace(text.charCodeAt(after))) continue;
      let j = after;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      if (j >= to || !startsSentence(text, j)) continue;
      cutBefore(i, j);
      start = j;
      continue;
    } else if (c === 59) {
      // (The short items of a list a colon opens, a semicolon between them, are one sentence: "Bonus
      // for familiarity with: fintech; distributed computing; AWS; SQL"; clauses are not: "Level I:
      // Ability to receive instruction on tasks ...; ability to take initiative".)
      // (Looked back only over the item: the colon, or a semicolon kept before, within MAX_LIST_ITEM.)
      let p = i - 1;
      const floor = Math.max(start, i - MAX_LIST_ITEM);
      while (p >= floor && text.charCodeAt(p) !== 58 && text.charCodeAt(p) !== 59) p--;
      if (p >= floor && ((text.charCodeAt(p) === 58 && isSpace(text.charCodeAt(p + 1))) || p === joined)) {
        joined = i;
        continue;
      }
      if (i + 1 < to && isSpace(text.charCodeAt(i + 1))) {
        next = i + 1;
        while (next < to && isSpace(text.charCodeAt(next))) next++;
      }
    } else {
      let j = i + 1;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      if (j === i + 1 || j >= to || !startsSentence(text, j)) continue;
      // (Nor the full stop of an item's number in a list a colon opens: "experience in: 1. Formulating ...; 2. Conducting ...".)
      if (c === 46 && enumeratorStop(text, i)) continue;
      if (c === 46 && abbreviations) {
        let w = i;
        const floor = Math.max(start, i - MAX_ABBREVIATION);
        while (w > floor && isAbbreviationChar(text.charCodeAt(w - 1))) w--;
        if (abbreviations.has(text.slice(w, i))) continue;
        // (Nor the full stop of a dotted abbreviation a bracket follows: "Ph.D. (preferred) or
        // Master's", "M.S. (or equivalent)": the bracket says something of it.)
        if (text.charCodeAt(j) === 40 && text.lastIndexOf('.', i - 1) > w) continue;
      }
      next = j;
    }
    if (next < 0) continue;
    const end = c === 10 ? i : i + 1;
    if (end > start) push(start, end);
    start = next;
    stops.lastIndex = next;
  }
  if (to > start) push(start, to);
  return spans;
}

/**
 * Whether the full stop at text[i] ends the number of an item in a list run into its line after a
 * colon or semicolon ("experience in: 1. Formulating lotions; 2. Conducting assays"): no sentence
 * ends there.
 */
export function enumeratorStop(text: string, i: number): boolean {
  let d = i;
  while (d > i - 3 && d > 0 && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
  if (d === i || d === i - 3) return false;
  let p = d - 1;
  while (p >= 0 && isSpace(text.charCodeAt(p))) p--;
  const c = text.charCodeAt(p);
  return p < d - 1 && (c === 58 || c === 59);
}

/**
 * Push the sentence text[from, to), cut before each opener in it (see `Vocabulary.sentenceOpeners`) that follows a
 * word, a number or a closing bracket: "... modeling and ETL" / "We offer a competitive salary".
 */
function cutAtOpeners(text: string, from: number, to: number, openers: RegExp, spans: Span[]): void {
  let start = from;
  // (Searched in the sentence alone: a search of the whole text from each sentence would take time quadratic in a long one.)
  const part = text.slice(from, to);
  openers.lastIndex = 0;
  for (let m = openers.exec(part); m !== null; m = openers.exec(part)) {
    const at = from + m.index;
    // A blank before, a word, a number or a closing bracket before that; blanks, then lower case after.
    let before = at;
    while (before > start && isSpace(text.charCodeAt(before - 1))) before--;
    if (before === at || before <= start) continue;
    const c = text.charCodeAt(before - 1);
    if (!(isLetterOrDigit(c) || c === 41 || c === 93)) continue;
    let after = at + m[0].length;
    while (after < to && isSpace(text.charCodeAt(after))) after++;
    if (after >= to || !isLowerCase(text, after)) continue;
    pushBounded(text, spans, start, before);
    start = at;
  }
  pushBounded(text, spans, start, to);
}

const isLowerCase = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  const s = text[i]!;
  return s !== s.toUpperCase() && s === s.toLowerCase();
};
const isLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/** The longest item of a list a colon opens whose semicolons join it into one sentence. */
const MAX_LIST_ITEM = 60;

/** Push the sentence text[start, end), cut into pieces of at most MAX_SENTENCE characters (at a space when one is in the piece's second half). */
function pushBounded(text: string, spans: Span[], start: number, end: number): void {
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && !isSpace(text.charCodeAt(cut)) && text.charCodeAt(cut) !== 10) cut--;
    if (cut <= start + MAX_SENTENCE / 2) {
      cut = start + MAX_SENTENCE;
      // Never between the halves of a surrogate pair.
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    let piece = cut;
    while (piece > start && isSpace(text.charCodeAt(piece - 1))) piece--;
    spans.push({ start, end: piece > start ? piece : cut });
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) spans.push({ start, end });
}

/** The characters that may end a sentence (and a Markdown heading's marks run into a line). */
/** A sentence's stop or a label's colon that a bullet glyph may stand glued to ("AWS.• Fluent English", "Requirements:• SQL"). */
const GLUED_AFTER: ReadonlySet<number> = new Set([46, 33, 63, 58, 59]);
const STOPS = new RegExp(`[\\n;.!?#*|${BULLET_GLYPHS}]`, 'g');
/** ... and in a line that runs a list with dashes, stars or emoji together, those too (an emoji with what modifies it). */
const DASHED_STOPS = new RegExp(`[\\n;.!?#|${BULLET_GLYPHS}\\-*+]|${EMOJI.source}`, 'gu');

/** The longest bold label read as a heading run into a line. */
const MAX_BOLD_LABEL = 60;

/**
 * Where the bold label opening at text[at] ("**Our interview process**", "**Nice to have:**") ends,
 * when a capital (or a bullet) follows it after a blank: -1 when it is no label.
 */
function boldLabelEnd(text: string, at: number, to: number): number {
  const close = text.indexOf('**', at + 2);
  if (close < 0 || close >= to || close - at > MAX_BOLD_LABEL) return -1;
  for (let p = at + 2; p < close; p++) {
    const c = text.charCodeAt(p);
    if (c === 46 || c === 10 || c === 59) return -1;
  }
  let j = close + 2;
  if (text.charCodeAt(j) === 58) j++;
  if (j >= to || !isSpace(text.charCodeAt(j))) return -1;
  while (j < to && isSpace(text.charCodeAt(j))) j++;
  return j < to && startsSentence(text, j) ? close + 2 : -1;
}

/** A character past U+2190, where emoji are (and their surrogates). */
const WIDE = /[\u2190-\uffff]/g;

/** A line shorter than this is no list run together. */
const MIN_DASHED_LINE = 200;
/** How many dash items make a line a list run together. */
const MIN_DASH_ITEMS = 3;

/**
 * Whether a dash or star between blanks at `i` opens an item: a capital letter follows it, or a
 * number not after one ("- 5+ years of", not "5 - 7 years").
 */
function dashItemAt(text: string, i: number, to: number): boolean {
  let j = i + 1;
  while (j < to && isSpace(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (j >= to) return false;
  if ((c >= 65 && c <= 90) || (c > 127 && startsSentence(text, j))) return true;
  if (c < 48 || c > 57) return false;
  let p = i - 1;
  while (p > 0 && isSpace(text.charCodeAt(p))) p--;
  const b = text.charCodeAt(p);
  return !(b >= 48 && b <= 57);
}

/** Whether the star at i ends a word or a sentence it is glued to ("management* ", "SQL).* "): not a blank, not another star (bold's "**"). */
function gluedStarAt(text: string, i: number): boolean {
  const b = text.charCodeAt(i - 1);
  return i > 0 && !isSpace(b) && b !== 42 && text.charCodeAt(i + 1) === 32;
}

/**
 * Whether text[from, to) is a list of dash (or star, or plus) items run together on one line, as a posting
 * whose line breaks were lost gives it ("What you bring - 5+ years of ... - Strong Python - ..."):
 * at least three dashes between blanks before a capital. A title's "Data Scientist - Remote" is not.
 */
function dashList(text: string, from: number, to: number): boolean {
  const marks = listMarksOf(text);
  let n = 0;
  for (let k = lowerIndex(marks, from); k < marks.length && marks[k]! < to; k++) if (++n >= MIN_DASH_ITEMS) return true;
  return false;
}

/** Whether text[from, to) runs at least MIN_DASH_ITEMS items together with pipes between blanks. */
function pipeList(text: string, from: number, to: number): boolean {
  if (text !== pipesText) {
    pipesText = text;
    pipesAt = [];
    for (let i = text.indexOf(' | '); i >= 0; i = text.indexOf(' | ', i + 3)) pipesAt.push(i);
  }
  let n = 0;
  for (let k = lowerIndex(pipesAt, from); k < pipesAt.length && pipesAt[k]! + 3 <= to; k++) if (++n >= MIN_DASH_ITEMS) return true;
  return false;
}

/** Where a text's pipes between blanks stand, worked out once per text (see listMarksOf). */
let pipesText: string | undefined;
let pipesAt: number[] = [];

/** Where a text's dash, star and emoji items start (" - Python", " 🔹 Build"), worked out once per text (splitSentences reads a text's lines one by one). */
let marksText: string | undefined;
let marksAt: number[] = [];
function listMarksOf(text: string): number[] {
  if (text === marksText) return marksAt;
  const out: number[] = [];
  for (const mark of [' - ', ' * ', ' + ']) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 2)) if (dashItemAt(text, i + 1, text.length)) out.push(i + 1);
  }
  // A star glued to the item before it, as a list loses its line breaks ("... database management* Experience with ...").
  for (let i = text.indexOf('* '); i >= 0; i = text.indexOf('* ', i + 2)) if (gluedStarAt(text, i) && dashItemAt(text, i, text.length)) out.push(i);
  WIDE.lastIndex = 0;
  for (let m = WIDE.exec(text); m !== null; m = WIDE.exec(text)) {
    const i = m.index;
    const e = i > 0 && isSpace(text.charCodeAt(i - 1)) ? emojiAt(text, i) : 0;
    if (e > 0 && isSpace(text.charCodeAt(i + e))) out.push(i);
    if (e > 1) WIDE.lastIndex = i + e;
  }
  out.sort((a, b) => a - b);
  marksText = text;
  marksAt = out;
  return out;
}

/** The first index of a sorted list whose value is at least `at`. */
function lowerIndex(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
