/**
 * Is a line a heading, and of what section? Headings come in every form people write: statements
 * ("Requirements"), questions ("What will you do?"), colloquial phrases ("What Will Make Us Love
 * You"), Markdown, bold, trailing colons, all caps, and inline labels ("Nice to have: Airflow").
 * The words are the vocabulary's; the forms are read here.
 */

import type { PhraseSet } from '../lexicon/index.js';
import { HASH_MASK, keyHash, scanTokens, type Tokens } from '../lexicon/index.js';
import { indexIn } from '../white-space.js';
import { headingRank, type HeadingTag, type Vocabulary } from './vocab.js';
import { BULLET_GLYPHS, decorationEnd, decorationStart, isBulletGlyph } from './bullets.js';

export interface Heading<K extends string = string> {
  /** The label as written, without marks and colon. */
  label: string;
  /** The section it names; undefined for a heading the vocabulary does not know. */
  kind: K | undefined;
  /** "Label: content" on one line: the offset of the content (relative to the line's start), else -1. */
  content: number;
  /** The label stands in a list item ("- Nice to have: Airflow", "- Languages: Python, SQL"). */
  item: boolean;
  /** Where an inline label starts in its line when the line says something before it ("Python, SQL. Nice to have: Airflow"); absent when it starts the line. */
  at?: number;
  /** A line marked only by its colon whose words are not all a heading's ("Experience with the following:", "Familiarity with:"): it may introduce a list rather than head a section. */
  loose?: true;
}

const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 10;
/** A heading may end in one exclamation mark when it is this short ("Preferred Skills!", "Why We're Proud To Be Acme!"). */
const MAX_EXCLAIMED_WORDS = 6;
/** A heading in capitals may say more, when it names a section ("THE FOLLOWING IS DESIRED, BUT NOT REQUIRED TO BE CONSIDERED FOR THIS POSITION"). */
const MAX_SHOUTED_WORDS = 16;
/** An inline label stands in the first characters of its line and has a few words. */
const MAX_LABEL_CHARS = 48;
const MAX_LABEL_WORDS = 6;
/** How many words after a heading's link word may name whom it is for ("Requirements for all data scientists"). */
const MAX_AUDIENCE_WORDS = 4;
/** Heading kinds whose phrase may be followed by the company's name: "About Acme", "Life at Acme", "Why Acme". */
const NAMES_COMPANY: ReadonlySet<string> = new Set(['about', 'benefits']);
/** Kinds of the job's own lists. */
const NAMES_LISTS: ReadonlySet<string> = new Set(['requirements', 'preferred', 'responsibilities']);
const BULLET = new RegExp(`^(?:[-${BULLET_GLYPHS}–—]\\s*|\\*\\s+|\\d{1,2}[.)]\\s+)`);

/** The words of a label and which of them the vocabulary's phrases cover. */
interface Classified<K> {
  kind: K | undefined;
  /** Every word is a heading phrase's or a filler word. */
  covered: boolean;
  /** The best phrase starts at the first word. */
  leads: boolean;
  /** The best phrase ends at the last word. */
  ends: boolean;
  words: number;
}

let scratch: Tokens | undefined;

/**
 * Labels already classified, per phrase set and marking: labels repeat across postings
 * ("Requirements", "Location"), list items rarely do. Kept to MEMO_LIMIT each; an employer's name
 * (`extra`) makes a label its own. A key is a string of its own, never a slice of its posting's
 * text (which it would keep alive). (A pass over the 1,034 real postings classifies about 6,300
 * labels: at 5,000 a set, the memo was cleared on every pass over them.)
 */
const MEMO_LIMIT = 10000;
const memos = new WeakMap<object, Map<string, Classified<string>>>();

function classify<K extends string>(label: string, phrases: PhraseSet<HeadingTag<K>>, vocab: Vocabulary, extra: ReadonlySet<number> | undefined, marked: boolean): Classified<K> {
  const memoKey = (marked ? '\u0001' : '\u0000') + label;
  let memo = memos.get(phrases);
  if (!extra) {
    const known = memo?.get(memoKey);
    if (known) return known as Classified<K>;
  }
  let c = classifyAsWritten(label, phrases, vocab, extra);
  // Misspellings are looked for only in a label that holds a heading phrase or is marked as a heading.
  if (!c.covered && c.words <= 4 && (c.kind || marked)) {
    const fixed = corrected(label, vocab.headingWords);
    if (fixed !== undefined) c = classifyAsWritten(fixed, phrases, vocab, extra);
  }
  // A question is read as its statement when it names no section as written ("What do you need to bring?").
  if (!c.covered && c.words <= MAX_HEADING_WORDS) {
    const stated = statementOf(label, vocab);
    if (stated !== undefined) {
      const s = classifyAsWritten(stated, phrases, vocab, extra);
      if (s.covered) c = s;
    }
  }
  if (!extra) {
    if (!memo) memos.set(phrases, (memo = new Map()));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(memoKey, c);
  }
  return c;
}

/**
 * A question heading as its statement (headingQuestions): the auxiliary after the subject, or
 * dropped ("What will you work on?" -> "What you will work on", "What do you need to bring?" ->
 * "What you need to bring", "Do you have what it takes?" -> "you have what it takes"); undefined
 * when the label opens with no auxiliary before a subject in its first two words.
 */
function statementOf(label: string, vocab: Vocabulary): string | undefined {
  const auxiliaries = vocab.questionAuxiliaries;
  if (auxiliaries.size === 0) return undefined;
  const tokens = (scratch = scanTokens(label, scratch));
  for (let a = 0; a <= 1 && a + 1 < tokens.count; a++) {
    if (!auxiliaries.has(tokens.keyHashOf(a)) || !vocab.questionSubjects.has(tokens.keyHashOf(a + 1))) continue;
    const before = label.slice(0, tokens.start[a]);
    const subject = label.slice(tokens.start[a + 1], tokens.end[a + 1]);
    const auxiliary = vocab.questionDropped.has(tokens.keyHashOf(a)) ? '' : ` ${label.slice(tokens.start[a], tokens.end[a])}`;
    return `${before}${subject}${auxiliary}${label.slice(tokens.end[a + 1])}`;
  }
  return undefined;
}

/** Of the job's two asking lists named by phrases as long, of two words or more: the one the label opens with ("Minimum Requirements, Qualifications, Additional Skills"). */
const ASKING_LISTS: ReadonlySet<string> = new Set(['requirements', 'preferred']);

/**
 * Whether a heading phrase of kind `kind` at token `first`, `words` long, wins over the best one
 * so far, as long as it: between the job's asking lists named by phrases of two words or more, the
 * one the label opens with; else the kind listed first ("Skills Preferred" is preferred).
 */
function tieWins(kind: string, first: number, words: number, bestKind: string, bestFirst: number): boolean {
  if (words >= 2 && ASKING_LISTS.has(kind) && ASKING_LISTS.has(bestKind) && kind !== bestKind && (first === 0) !== (bestFirst === 0)) return first === 0;
  return headingRank(kind) < headingRank(bestKind);
}

/** The most words of a heading named only alone (headingsAlone: "You", "Us"). */
const MAX_ALONE_WORDS = 3;

/** The label's section when the whole label is a heading named only alone (headingsAlone), else undefined. */
function alone<K extends string>(label: string, vocab: Vocabulary): Classified<K> | undefined {
  const tokens = (scratch = scanTokens(label, scratch));
  const n = tokens.count;
  let kind: string | undefined;
  vocab.headingsAlone.each(tokens, 0, n, (tag, first, last) => {
    if (first === 0 && last === n) kind = tag.kind;
  });
  return kind === undefined ? undefined : { kind: kind as K, covered: true, leads: true, ends: true, words: n };
}

function classifyAsWritten<K extends string>(label: string, phrases: PhraseSet<HeadingTag<K>>, vocab: Vocabulary, extra?: ReadonlySet<number>): Classified<K> {
  const filler = vocab.headingFiller;
  const tokens = (scratch = scanTokens(label, scratch));
  const n = tokens.count;
  if (n > 32) return { kind: undefined, covered: false, leads: false, ends: false, words: n };
  let covered = 0;
  let best: { tag: HeadingTag<K>; first: number; last: number } | undefined;
  let lead: typeof best;
  let tail: typeof best;
  phrases.each(tokens, 0, n, (tag, first, last) => {
    for (let k = first; k < last; k++) covered |= 1 << k;
    if (!best || tag.words > best.tag.words || (tag.words === best.tag.words && tieWins(tag.kind, first, tag.words, best.tag.kind, best.first))) best = { tag, first, last };
    if (first === 0 && (!lead || last > lead.last)) lead = { tag, first, last };
    if (last === n && (!tail || first < tail.first)) tail = { tag, first, last };
  });
  // "The following experience and skills are highly desirable": a phrase of the welcome list that
  // ends the label says how much the requirements named before it are asked.
  if (best && tail && best.tag.kind === 'requirements' && tail.tag.kind === 'preferred' && tail.first >= best.last) best = tail;
  // "Preferred Education and Experience", "Desired Knowledge, Skills and Abilities": a phrase of the
  // welcome list that opens the label qualifies the longer requirements phrase that does not ("Desired
  // Skills and Experience", one phrase from the label's first word, stays the requirements).
  else if (best && lead && best.tag.kind === 'requirements' && lead.tag.kind === 'preferred' && best.first > 0) best = lead;
  // "Requirements for the position", "Skills for the role": a phrase that opens the label and a
  // link word after it (headingLinks) say what the section is; the words after say whom or what
  // it is for. And they may name people: "Requirements for all data scientists", "Qualifications
  // for Data Engineer" (a few words, the last a role noun).
  // (Only a phrase that names one of the job's lists: "Summary of essential job functions" is
  // the functions.)
  if (lead && lead.last < n - 1 && NAMES_LISTS.has(lead.tag.kind) && vocab.headingLinks.has(tokens.keyHashOf(lead.last))) {
    best = lead;
    if (n - lead.last <= MAX_AUDIENCE_WORDS + 1 && vocab.roleNounWords.has(tokens.keyHashOf(n - 1))) for (let k = lead.last; k < n; k++) covered |= 1 << k;
  }
  // "Helpful, but we will not screen you out without them": a phrase that opens the label, a comma
  // and a turn (cues.turns) say what the section is; the words after are a remark on it.
  if (lead && lead.last < n - 1 && NAMES_LISTS.has(lead.tag.kind) && vocab.turnWords.has(tokens.keyHashOf(lead.last)) && label.slice(tokens.end[lead.last - 1]!, tokens.start[lead.last]!).includes(',')) {
    best = lead;
    for (let k = lead.last; k < n; k++) covered |= 1 << k;
  }
  let all = true;
  let words = 0;
  for (let i = 0; i < n; i++) {
    const h = tokens.keyHashOf(i);
    // (Nor a count: "Similar Jobs (3)".)
    if (h === SLASH_HASH || h === AMP_HASH || isCount(tokens, i)) continue;
    words++;
    if (!(covered & (1 << i)) && !filler.has(h) && !extra?.has(h)) all = false;
  }
  return { kind: best?.tag.kind, covered: all && best !== undefined, leads: best?.first === 0, ends: best?.last === n, words };
}

/** Whether token i is digits alone (told from its characters, no copy). */
function isCount(tokens: Tokens, i: number): boolean {
  const text = tokens.text;
  const end = tokens.end[i]!;
  for (let p = tokens.start[i]!; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const SLASH_HASH = keyHash('/');
const AMP_HASH = keyHash('&');

/**
 * Whether a and b differ by at most one edit: a letter inserted, dropped, replaced, or two letters
 * swapped ("Qualfications", "Responsibilites"). Written here rather than taken from natural's
 * Damerau-Levenshtein: it runs on heading candidates of every posting and must stop at the first
 * second difference without building a distance table.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The fewest letters of a word read as a misspelt heading word. */
export const MIN_MISSPELT = 6;

/** The heading word (of `words`, lower case) that a word no heading word is one edit away from ("Qualfications": qualifications), or undefined. */
export function misspeltOf(word: string, words: ReadonlySet<string>): string | undefined {
  const lower = word.toLowerCase();
  if (words.has(lower)) return undefined;
  for (const v of words) if (withinOneEdit(lower, v)) return v;
  return undefined;
}

const MISSPELT_CANDIDATE = new RegExp(`[\\p{L}']{${MIN_MISSPELT},}`, 'gu');

/** The label with its misspelt heading words corrected ("Preferred Qualfications"), or undefined when none is. */
function corrected(label: string, words: ReadonlySet<string>): string | undefined {
  let changed = false;
  const out = label.replace(MISSPELT_CANDIDATE, (w) => {
    const v = misspeltOf(w, words);
    if (v === undefined) return w;
    changed = true;
    return v;
  });
  return changed ? out : undefined;
}

/**
 * The section a label names when it is made of heading words only ("Qualifications",
 * "Nice to Have"): for labels inside run-together sentences. Undefined otherwise.
 */
export function labelKind<K extends string>(label: string, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<K>>): K | undefined {
  const c = classify(label, phrases, vocab, undefined, false);
  return c.covered ? c.kind : undefined;
}

/** The section a label marked as a heading names ("**Required Technical Expertise**"): its longest phrase, covered or not. */
export function markedLabelKind<K extends string>(label: string, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<K>>): K | undefined {
  const c = classify(label, phrases, vocab, undefined, true);
  return c.words <= MAX_HEADING_WORDS ? c.kind : undefined;
}

/**
 * The last heading phrase in a sentence ("We offer ... education and experience. Our benefits
 * package includes:" ends with benefits; "Here are a few responsibilities you can expect:" with
 * responsibilities): what a sentence ending in a colon introduces is named at its end.
 */
export function lastPhrase<K extends string>(text: string, phrases: PhraseSet<HeadingTag<K>>): HeadingTag<K> | undefined {
  const tokens = (scratch = scanTokens(text, scratch));
  let best: { tag: HeadingTag<K>; last: number } | undefined;
  phrases.each(tokens, 0, tokens.count, (tag, _first, last) => {
    // ("Other" names no list: "... and are excited to learn the others:".)
    if (tag.kind === 'other') return;
    if (!best || last > best.last || (last === best.last && tag.words > best.tag.words)) best = { tag, last };
  });
  return best?.tag;
}

/**
 * Whether text[from, to) may be a heading, told in place (most lines are not, and are not copied):
 * a label's colon near its start; a Markdown, bold or all-caps line; or a short line that ends no
 * sentence, is no list item, and starts and ends with heading words ("What skills should you
 * bring?"; in Title Case, one of the two is enough: "Preferred Qualfications").
 */
export function mayBeHeading(text: string, from: number, to: number, vocab: Vocabulary, extra?: ReadonlySet<number>): boolean {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  // A row of a Markdown table ("| SQL | 4+ |") is an item, never a heading.
  if (text.charCodeAt(from) === 124) return false;
  from = decorationEnd(text, from, to);
  to = withoutEllipsis(text, from, decorationStart(text, from, to));
  if (to === from) return false;
  // (A heading in quotation marks: "‘Nice to have’". See readHeading.)
  if (quotedWhole(text, from, to)) {
    from++;
    to--;
  }
  if (indexIn(text, 58, from, Math.min(to, from + MAX_LABEL_CHARS + 9)) >= 0) return true;
  if (to - from > MAX_HEADING_CHARS) return false;
  const first = text.charCodeAt(from);
  // (Words joined by underscores: "Experience/Skills_Required". See readHeading.)
  if (indexIn(text, 95, from, to) > from && SNAKE_HEADING.test(text.slice(from, to))) return true;
  // Markdown (#, *, _) or an HTML tag left in the text (<h2>, <b>).
  if (first === 35 || first === 42 || first === 95 || first === 60) return true;
  // (A short heading of the job's lists with one exclamation mark: "Preferred Skills!". See readHeading.)
  to = withoutExclamation(text, from, to);
  const last = text.charCodeAt(to - 1);
  if (last === 46 || last === 33 || last === 59 || last === 44) return false;
  if ((first === 45 || first === 0x2013 || isBulletGlyph(first)) && isSpace(text.charCodeAt(from + 1))) return false;
  // (A heading and a bracket that explains it: the words before the bracket. See readHeading.)
  let head = to;
  if (last === 41) {
    const open = text.lastIndexOf('(', to - 1);
    if (open > from) head = open;
  }
  // (And one with a remark after a comma and a turn: the words before the comma. See classifyAsWritten.)
  const comma = indexIn(text, 44, from, head);
  if (comma > from && vocab.turnWords.has(wordHashAt(text, comma + 1, head, true)) && vocab.headingLexicon.has(wordHashAt(text, from, comma, true))) head = comma;
  // (And a long line ending in a colon whose first clause opens with a list's phrase: readHeading tells.)
  if (last === 58 && comma > from && vocab.headingLexicon.has(wordHashAt(text, from, comma, true))) return true;
  // (A heading written twice, in two languages: either half. See readHeading.)
  const slash = indexIn(text, 47, from, head);
  if (slash > from && text.charCodeAt(slash - 1) === 32 && text.charCodeAt(slash + 1) === 32 && indexIn(text, 47, slash + 1, to) < 0) return mayBeHeading(text, from, slash - 1, vocab) || mayBeHeading(text, slash + 2, to, vocab);
  let spaces = 0;
  let lower = false;
  for (let i = from; i < head; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 && ++spaces > MAX_SHOUTED_WORDS) return false;
    if (c >= 97 && c <= 122) lower = true;
  }
  if (!lower) return true;
  if (spaces > MAX_HEADING_WORDS) return false;
  const words = vocab.headingLexicon;
  const firstWord = words.has(wordHashAt(text, from, head, true));
  // (Or a role noun last: "Requirements for all data scientists".)
  const lastHash = wordHashAt(text, from, head, false);
  // (Or the employer's name last, after a heading's first word: "Why work with Summit?".)
  const lastWord = words.has(lastHash) || (firstWord && (vocab.roleNounWords.has(lastHash) || extra?.has(lastHash) === true));
  return firstWord && lastWord ? true : (firstWord || lastWord) && titleCase(text.slice(from, head));
}

/** Whether the first or the last word of text[from, to) is in `words` (key hashes), told in place. */
export function edgeWordIn(text: string, from: number, to: number, words: ReadonlySet<number>): boolean {
  return words.has(wordHashAt(text, from, to, true)) || words.has(wordHashAt(text, from, to, false));
}

/**
 * The end of text[from, to) without trailing blanks and an ellipsis, which a heading may trail
 * off with as with a colon ("Minimum Qualifications...", "You'd be a great fit if…"); the line is
 * then read as a heading by its words alone.
 */
function withoutEllipsis(text: string, from: number, to: number): number {
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  let end = to;
  if (end > from && text.charCodeAt(end - 1) === 0x2026) end--;
  else if (end - 1 > from && text.charCodeAt(end - 1) === 46 && text.charCodeAt(end - 2) === 46) while (end > from && text.charCodeAt(end - 1) === 46) end--;
  // (Or spaced: "About Acme. . .".)
  else if (end - 4 > from && /\. \. \.$/.test(text.slice(end - 5, end))) end -= 5;
  if (end === to) return to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The end of text[from, to) without one exclamation mark that ends a line of a few words ("Preferred Skills!"); `to` otherwise. */
function withoutExclamation(text: string, from: number, to: number): number {
  return text.charCodeAt(to - 1) === 33 && text.charCodeAt(to - 2) !== 33 && countWords(text.slice(from, to - 1)) <= MAX_EXCLAIMED_WORDS ? to - 1 : to;
}

/** Opening quotation marks and the marks that close each ("‘Nice to have’", "'Nice to have'"). */
const QUOTES: Readonly<Record<number, number>> = { 39: 39, 34: 34, 0x2018: 0x2019, 0x201c: 0x201d };

/** Whether text[from, to) is quoted whole: a quotation mark opens it and its pair closes it, none between. */
function quotedWhole(text: string, from: number, to: number): boolean {
  const close = QUOTES[text.charCodeAt(from)];
  return close !== undefined && to - from > 2 && text.charCodeAt(to - 1) === close && text.indexOf(String.fromCharCode(close), from + 1) === to - 1;
}

const isWordCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c > 127;

/**
 * The key hash of the first (or last) word of text[from, to), as keyHash would give for the word
 * lower-cased: computed in place, no copy.
 */
function wordHashAt(text: string, from: number, to: number, first: boolean): number {
  let s: number;
  let e: number;
  if (first) {
    while (from < to && !isWordCode(text.charCodeAt(from))) from++;
    for (e = from; e < to && isWordCode(text.charCodeAt(e)); e++);
    s = from;
  } else {
    while (to > from && !isWordCode(text.charCodeAt(to - 1))) to--;
    for (s = to; s > from && isWordCode(text.charCodeAt(s - 1)); s--);
    e = to;
  }
  let h = 0x811c9dc5 | 0;
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 39;
    else if (c > 127) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h & HASH_MASK || 1;
}

/** Most words start with a capital, the first one among them: "Ideal Person for this Role". */
function titleCase(label: string): boolean {
  let words = 0;
  let caps = 0;
  let firstCap = false;
  let inWord = false;
  let seenLetter = false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (isSpace(c)) {
      inWord = false;
      seenLetter = false;
      continue;
    }
    if (!inWord) inWord = true;
    if (seenLetter || !isWordCode(c) || c === 39 || c === 0x2019) continue;
    // The word's first letter.
    seenLetter = true;
    words++;
    const ch = label[i]!;
    const cap = ch !== ch.toLowerCase();
    if (cap) caps++;
    if (words === 1) firstCap = cap;
  }
  return words > 0 && firstCap && caps >= Math.ceil(words * 0.6);
}

export interface HeadingOptions {
  /** A resume: a lone capitalised word is more often a skill on its own line (SQL) than a heading. */
  resume?: boolean;
  /** Key hashes of words that may stand in a heading besides its phrases: the employer's name ("About Acme"). */
  extra?: ReadonlySet<number>;
}

/** The kind of a label that is nothing but phrases of `phrases` and filler ("Not required"), or undefined. */
export function coveredKind<K extends string>(label: string, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<K>>): K | undefined {
  const c = classify(label, phrases, vocab, undefined, true);
  return c.covered ? c.kind : undefined;
}

/** A line of words joined by underscores (and slashes), no spaces: "Who_We_Are_Looking_For", "Experience/Skills_Required:". */
const SNAKE_HEADING = /^\p{L}+(?:[_/]\p{L}+)*_\p{L}+(?:[_/]\p{L}+)*:?$/u;

/** What a line (without its line break) is, if a heading. */
export function readHeading<K extends string>(
  line: string,
  vocab: Vocabulary,
  phrases: PhraseSet<HeadingTag<K>>,
  options: HeadingOptions = {},
): Heading<K> | undefined {
  let from = 0;
  while (from < line.length && isSpace(line.charCodeAt(from))) from++;
  // Emoji that decorate a heading are no words of it ("🚀 About the role", "Perks 🎁").
  from = decorationEnd(line, from, line.length);
  let to = withoutEllipsis(line, from, decorationStart(line, from, line.length));
  if (to === from) return undefined;
  // "Preferred Skills!": a short line may end in one exclamation mark, if all its words are a
  // heading of the job's lists (not "Join Our Team!").
  const exclaimed = line.indexOf(':', from) < 0 && withoutExclamation(line, from, to) < to;
  if (exclaimed) to--;
  // Most lines are sentences or list items: without a colon near the start, a long line or one
  // ending a sentence is no heading, told before any copy.
  const firstColon = line.indexOf(':', from);
  if (firstColon < 0 || firstColon - from > MAX_LABEL_CHARS + 8) {
    const last = line.charCodeAt(to - 1);
    if (to - from > MAX_HEADING_CHARS || last === 46 || last === 33 || last === 59 || last === 44) return undefined;
  }
  // A heading in quotation marks: its words ("‘Nice to have’").
  const quoted = quotedWhole(line, from, to);
  if (quoted) from++;
  let t = line.slice(from, quoted ? to - 1 : to);
  // Words joined by underscores, as some exports write a heading: "Who_We_Are_Looking_For".
  if (SNAKE_HEADING.test(t)) t = t.replace(/_/g, ' ');
  // A list item is no heading, but may hold an inline label ("- Nice to have: Airflow").
  const bullet = BULLET.exec(t);
  const md = !bullet && /^#{1,6}\s+/.exec(t);
  const skip = bullet?.[0].length ?? (md ? md[0].length : 0);
  t = t.slice(skip);
  const colon = t.indexOf(':');
  if (colon > 0 && colon <= MAX_LABEL_CHARS && /\S/.test(t.slice(colon + 1).replace(/^[*_\s]+/, ''))) {
    let label = unmark(t.slice(0, colon));
    let at = 0;
    let c = classify(label, phrases, vocab, options.extra, true);
    // "Python, SQL. Nice to have: Airflow": a label after what the item says first, past a stop or
    // a comma; what stands before it is the item's own. (A line of several labels is read sentence
    // by sentence: see sections.ts.)
    if (!c.covered && t.indexOf(':', colon + 1) < 0) {
      const cut = /^(.*[.,;])\s+(?=\S)/.exec(label);
      const tail = cut ? label.slice(cut[0].length) : '';
      const d = tail ? classify(tail, phrases, vocab, options.extra, true) : undefined;
      if (d?.kind && d.covered) {
        at = from + skip + t.lastIndexOf(tail, colon);
        label = tail;
        c = d;
      }
    }
    if (label.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
    if (!c.kind || !(c.covered || titleCase(label))) return undefined;
    let content = from + skip + colon + 1;
    while (content < to && /[\s*_]/.test(line[content]!)) content++;
    return { label, kind: c.kind, content, item: bullet !== null, ...(at > 0 ? { at } : {}) };
  }
  if (bullet && /^\d/.test(bullet[0]) && t.length <= MAX_HEADING_CHARS) {
    // A numbered heading, "3) Requirements", "2. What you'll do", "4) Preferred (not required)": the
    // rest all a heading's words (a bracket of prose after them passes); else a list's item.
    const rest = unmark(t).replace(/:$/, '').trim();
    const label = explainedHead(rest) ?? rest;
    if (label === '' || countWords(label) > MAX_HEADING_WORDS) return undefined;
    const c = classify(label, phrases, vocab, options.extra, true);
    return c.kind && c.covered ? { label: rest, kind: c.kind, content: -1, item: false } : undefined;
  }
  if (bullet || t.length > MAX_HEADING_CHARS) return undefined;
  const bold = /^(\*\*|__)(.+?)\1:?$/.exec(t);
  const label = unmark(t).replace(/:$/, '').trim();
  if (label === '' || /[.!;,]$/.test(label)) return undefined;
  const marked = Boolean(md || bold || t.endsWith(':'));
  const shouted = label === label.toUpperCase() && /\p{Lu}/u.test(label);
  // A heading and a bracket that explains it: "What we are expecting from you (i.e., the
  // qualifications you must have)", "What we need (items marked * are a strong plus)". Only the
  // words before the bracket, all a heading's, say so.
  const bracketed = (): Heading<K> | undefined => {
    const head = explainedHead(label);
    if (head === undefined || countWords(head) > MAX_HEADING_WORDS) return undefined;
    const h = classify(head, phrases, vocab, options.extra, marked || shouted);
    return h.kind && h.covered ? { label, kind: h.kind, content: -1, item: false } : undefined;
  };
  // A heading written twice, in two languages: "Deine Aufgaben / Your tasks", "Dein Profil / Your
  // profile". The half the posting's vocabulary knows names it, the other half saying no other kind.
  const parts = TRANSLATED.exec(label);
  if (parts && countWords(parts[1]!) <= MAX_HEADING_WORDS && countWords(parts[2]!) <= MAX_HEADING_WORDS) {
    const a = classify(parts[1]!, phrases, vocab, options.extra, marked || shouted);
    const b = classify(parts[2]!, phrases, vocab, options.extra, marked || shouted);
    const known = [a, b].filter((h) => h.kind && h.covered);
    if (known.length > 0 && known.every((h) => h.kind === known[0]!.kind) && [a, b].every((h) => !h.kind || h.kind === known[0]!.kind)) return { label, kind: known[0]!.kind!, content: -1, item: false };
  }
  // A long line ending in a colon whose first clause, all a heading's words, names one of the job's
  // lists: "If you also had these experiences, you'd knock it out of the park:". The rest only colours it.
  const claused = (): Heading<K> | undefined => {
    const comma = label.indexOf(',');
    if (!t.endsWith(':') || comma <= 0 || countWords(label.slice(0, comma)) > MAX_HEADING_WORDS) return undefined;
    const h = classify(label.slice(0, comma), phrases, vocab, options.extra, true);
    return h.kind && h.covered && NAMES_LISTS.has(h.kind) ? { label, kind: h.kind, content: -1, item: false } : undefined;
  };
  if (countWords(label) > (shouted ? MAX_SHOUTED_WORDS : MAX_HEADING_WORDS)) return bracketed() ?? claused();
  let c = classify(label, phrases, vocab, options.extra, marked || shouted);
  // A line that is one of the headings named only alone ("You", "## You", "**You**"): its section.
  // (Only a line of its own, where no phrase names it: as an inline label, "Maven Wave, Google, and
  // YOU: Drive and deliver ...", or in another label, its words are filler.)
  if (c.kind === undefined && c.words <= MAX_ALONE_WORDS && (phrases as object) === vocab.headings) c = alone(label, vocab) ?? c;
  if (!c.covered && label.endsWith(')')) {
    const b = bracketed();
    if (b) return b;
  }
  if (c.words === 0 || c.words > (shouted && c.kind ? MAX_SHOUTED_WORDS : MAX_HEADING_WORDS)) return undefined;
  // (Or a Title Case line led by a phrase about the company, as without the mark: "Why We're Proud To Be Acme!".)
  if (exclaimed) return c.kind && ((c.covered && NAMES_LISTS.has(c.kind)) || (c.leads && c.words <= 6 && NAMES_COMPANY.has(c.kind) && titleCase(label))) ? { label, kind: c.kind, content: -1, item: false } : undefined;
  if (marked) return { label, kind: c.kind, content: -1, item: false, ...(!c.covered && !md && !bold ? { loose: true as const } : {}) };
  // All caps: a heading, known or not; but a single all-caps word nobody knows (SQL) is a skill on its own line.
  if (shouted) return c.kind || c.words > 1 ? { label, kind: c.kind, content: -1, item: false } : undefined;
  // Unmarked: only the vocabulary's words ("What skills should you bring?"), or a Title Case line
  // led by a phrase about the company that names it ("About Acme Robotics", "Why Acme").
  if (c.kind && (c.covered || (c.leads && c.words <= 6 && NAMES_COMPANY.has(c.kind) && titleCase(label)))) return { label, kind: c.kind, content: -1, item: false };
  // Or a line of a few such parts, a comma or "and" between them ("Why Acme, Why Consulting and Why
  // Now?"): each led by a phrase of the same kind about the company.
  if (c.kind && c.leads && NAMES_COMPANY.has(c.kind)) {
    const kind = companyParts(label, phrases, vocab, options.extra);
    if (kind !== undefined) return { label, kind, content: -1, item: false };
  }
  // Or a short Title Case line that ends with a word that alone names one of the job's lists
  // (runInHeadings.words: "Hiring Requirements", "Other Qualifications", "Major Responsibilities"):
  // the words before qualify the list. Not "Strong SQL skills", "Targeted Annual Bonus".
  if (c.kind && c.ends && c.words <= 3 && NAMES_LISTS.has(c.kind) && vocab.runInWords.has(wordHashAt(label, 0, label.length, false)) && titleCase(label)) {
    return { label, kind: c.kind, content: -1, item: false };
  }
  return undefined;
}

/** The most parts of a line of headings about the company ("Why Acme, Why Consulting and Why Now?"), and the most words of each. */
const MAX_COMPANY_PARTS = 4;
const MAX_COMPANY_PART_WORDS = 4;
/** Between such parts: a comma, "and", "&". */
const COMPANY_PART_BREAK = /\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/i;

/**
 * The kind of a line of two or more short Title Case parts, each led by a heading phrase of one
 * kind that may name the company (NAMES_COMPANY), as "About Acme" and "Why Acme" are; undefined
 * otherwise.
 */
function companyParts<K extends string>(label: string, phrases: PhraseSet<HeadingTag<K>>, vocab: Vocabulary, extra: ReadonlySet<number> | undefined): K | undefined {
  const parts = label.replace(/[?:]$/, '').split(COMPANY_PART_BREAK);
  if (parts.length < 2 || parts.length > MAX_COMPANY_PARTS) return undefined;
  let kind: K | undefined;
  for (const part of parts) {
    if (part === '' || countWords(part) > MAX_COMPANY_PART_WORDS || !titleCase(part)) return undefined;
    const c = classify(part, phrases, vocab, extra, false);
    if (!c.kind || !c.leads || !NAMES_COMPANY.has(c.kind) || (kind !== undefined && c.kind !== kind)) return undefined;
    kind = c.kind;
  }
  return kind;
}

/** Two halves of a label a spaced slash parts, neither with a slash of its own: "Deine Aufgaben / Your tasks". */
const TRANSLATED = /^([^/]+?)\s+\/\s+([^/]+)$/;

/**
 * The words of a label before a closing bracket of prose that explains them ("What we need (items
 * marked * are a strong plus)"), or undefined; a bracket of names lists items ("Skills (Azure, Hadoop)").
 */
function explainedHead(label: string): string | undefined {
  const open = label.endsWith(')') ? label.lastIndexOf('(') : -1;
  if (open <= 0 || !mostlyLowerCase(label.slice(open + 1, -1))) return undefined;
  const head = label.slice(0, open).trim();
  return head === '' || head.includes(')') ? undefined : head;
}

/** Whether most words of s start with a lower-case letter. */
function mostlyLowerCase(s: string): boolean {
  const words = s.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
  const lower = words.filter((w) => /^[^\p{L}]*\p{Ll}/u.test(w)).length;
  return words.length > 0 && lower >= Math.ceil(words.length * 0.6);
}

/** Words separated by spaces, counted in place. */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function unmark(t: string): string {
  return t
    // HTML tags left in a text ("<h2>Requirements</h2>", "<b>Nice to have:</b>").
    .replace(/^(?:<[a-z][a-z0-9]{0,9}>\s*)+/i, '')
    .replace(/(?:\s*<\/[a-z][a-z0-9]{0,9}>)+$/i, '')
    .replace(/^(\*\*|__)(.+?)\1(:?)$/, '$2$3')
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 13;
