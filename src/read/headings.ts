/**
 * Is a line a heading, and of what section? Headings come in every form people write: statements
 * ("Requirements"), questions ("What will you do?"), colloquial phrases ("What Will Make Us Love
 * You"), Markdown, bold, trailing colons, all caps, and inline labels ("Nice to have: Airflow").
 * The words are the vocabulary's; the forms are read here.
 */

import type { PhraseSet } from '../lexicon/phrases.js';
import { scanTokens, type Tokens } from '../lexicon/tokenize.js';
import { headingRank, type HeadingTag, type Vocabulary } from './vocab.js';

export interface Heading<K extends string = string> {
  /** The label as written, without marks and colon. */
  label: string;
  /** The section it names; undefined for a heading the vocabulary does not know. */
  kind: K | undefined;
  /** "Label: content" on one line: the offset of the content (relative to the line's start), else -1. */
  content: number;
  /** The label stands in a list item ("- Nice to have: Airflow", "- Languages: Python, SQL"). */
  item: boolean;
}

const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 10;
/** An inline label stands in the first characters of its line and has a few words. */
const MAX_LABEL_CHARS = 48;
const MAX_LABEL_WORDS = 6;
/** Heading kinds whose phrase may be followed by the company's name: "About Acme", "Life at Acme", "Why Acme". */
const NAMES_COMPANY: ReadonlySet<string> = new Set(['about', 'benefits']);
const BULLET = /^(?:[-•·▪‣◦–—]\s*|\*\s+|\d{1,2}[.)]\s+)/;

/** The words of a label and which of them the vocabulary's phrases cover. */
interface Classified<K> {
  kind: K | undefined;
  /** Every word is a heading phrase's or a filler word. */
  covered: boolean;
  /** The best phrase starts at the first word. */
  leads: boolean;
  words: number;
}

let scratch: Tokens | undefined;

function classify<K extends string>(label: string, phrases: PhraseSet<HeadingTag<K>>, vocab: Vocabulary, extra?: ReadonlySet<string>): Classified<K> {
  const c = classifyAsWritten(label, phrases, vocab.headingFiller, extra);
  if (c.covered || c.words > 6) return c;
  const fixed = corrected(label, vocab.headingWords);
  return fixed === undefined ? c : classifyAsWritten(fixed, phrases, vocab.headingFiller, extra);
}

function classifyAsWritten<K extends string>(label: string, phrases: PhraseSet<HeadingTag<K>>, filler: ReadonlySet<string>, extra?: ReadonlySet<string>): Classified<K> {
  const tokens = (scratch = scanTokens(label, scratch));
  const n = tokens.count;
  const covered = new Uint8Array(n);
  let best: { tag: HeadingTag<K>; first: number } | undefined;
  phrases.each(tokens, 0, n, (tag, first, last) => {
    covered.fill(1, first, last);
    if (!best || tag.words > best.tag.words || (tag.words === best.tag.words && headingRank(tag.kind) < headingRank(best.tag.kind))) best = { tag, first };
  });
  let all = true;
  let words = 0;
  for (let i = 0; i < n; i++) {
    const key = tokens.key(i);
    if (key === '/' || key === '&') continue;
    words++;
    if (!covered[i] && !filler.has(key) && !extra?.has(key)) all = false;
  }
  return { kind: best?.tag.kind, covered: all && best !== undefined, leads: best?.first === 0, words };
}

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

/** The label with its misspelt heading words corrected ("Preferred Qualfications"), or undefined when none is. */
function corrected(label: string, words: ReadonlySet<string>): string | undefined {
  let changed = false;
  const out = label.replace(/[\p{L}']{6,}/gu, (w) => {
    const lower = w.toLowerCase();
    if (words.has(lower)) return w;
    for (const v of words) {
      if (withinOneEdit(lower, v)) {
        changed = true;
        return v;
      }
    }
    return w;
  });
  return changed ? out : undefined;
}

/** Every word starts with a capital (short function words aside): "Ideal Person for this Role". */
function titleCase(label: string): boolean {
  const words = label.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  let caps = 0;
  for (const w of words) if (/^[^\p{L}]*\p{Lu}/u.test(w)) caps++;
  return caps >= Math.ceil(words.length * 0.6) && /^[^\p{L}]*\p{Lu}/u.test(words[0]!);
}

export interface HeadingOptions {
  /** A resume: a lone capitalised word is more often a skill on its own line (SQL) than a heading. */
  resume?: boolean;
  /** Words that may stand in a heading besides its phrases: the employer's name ("About Acme"). */
  extra?: ReadonlySet<string>;
}

/** What a line (without its line break) is, if a heading. */
export function readHeading<K extends string>(
  line: string,
  vocab: Vocabulary,
  phrases: PhraseSet<HeadingTag<K>>,
  options: HeadingOptions = {},
): Heading<K> | undefined {
  let from = 0;
  let to = line.length;
  while (from < to && isSpace(line.charCodeAt(from))) from++;
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--;
  if (to === from) return undefined;
  let t = line.slice(from, to);
  // A list item is no heading, but may hold an inline label ("- Nice to have: Airflow").
  const bullet = BULLET.exec(t);
  const md = !bullet && /^#{1,6}\s+/.exec(t);
  const skip = bullet?.[0].length ?? (md ? md[0].length : 0);
  t = t.slice(skip);
  const colon = t.indexOf(':');
  if (colon > 0 && colon <= MAX_LABEL_CHARS && /\S/.test(t.slice(colon + 1).replace(/^[*_\s]+/, ''))) {
    const label = unmark(t.slice(0, colon));
    if (label.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
    const c = classify(label, phrases, vocab, options.extra);
    if (!c.kind || !(c.covered || titleCase(label))) return undefined;
    let content = from + skip + colon + 1;
    while (content < to && /[\s*_]/.test(line[content]!)) content++;
    return { label, kind: c.kind, content, item: bullet !== null };
  }
  if (bullet || t.length > MAX_HEADING_CHARS) return undefined;
  const bold = /^(\*\*|__)(.+?)\1:?$/.exec(t);
  const label = unmark(t).replace(/:$/, '').trim();
  if (label === '' || /[.!;,]$/.test(label)) return undefined;
  const marked = Boolean(md || bold || t.endsWith(':'));
  const shouted = label === label.toUpperCase() && /\p{Lu}/u.test(label);
  const c = classify(label, phrases, vocab, options.extra);
  if (c.words === 0 || c.words > MAX_HEADING_WORDS) return undefined;
  if (marked) return { label, kind: c.kind, content: -1, item: false };
  // All caps: a heading, known or not; but a single all-caps word nobody knows (SQL) is a skill on its own line.
  if (shouted) return c.kind || c.words > 1 ? { label, kind: c.kind, content: -1, item: false } : undefined;
  // Unmarked: only the vocabulary's words ("What skills should you bring?"), or a Title Case line
  // led by a phrase about the company that names it ("About Acme Robotics", "Why Acme").
  if (c.kind && (c.covered || (c.leads && c.words <= 6 && NAMES_COMPANY.has(c.kind) && titleCase(label)))) return { label, kind: c.kind, content: -1, item: false };
  return undefined;
}

function unmark(t: string): string {
  return t
    .replace(/^(\*\*|__)(.+?)\1(:?)$/, '$2$3')
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 13;
