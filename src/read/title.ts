/**
 * A title comes from a real title line, never from a sentence: "Senior Data Scientist - NLP" is one,
 * "We are looking for someone who knows Python to join our team" is not.
 */

import { scanTokens, type Tokens } from '../lexicon/index.js';
import type { Vocabulary } from './vocab.js';

const MAX_TITLE_CHARS = 100;
const MAX_TITLE_WORDS = 12;
/** How many words a heading phrase that opens a line is looked for in. */
const HEADING_LOOK = 6;

let scratch: Tokens | undefined;

/**
 * The line without Markdown marks, when it reads as a job title; undefined otherwise. With
 * `roleNamed`, only a line that names a role (a line after the first: "Acme Corp" there is a name).
 */
export function titleOf(line: string, vocab: Vocabulary, roleNamed = false): string | undefined {
  const t = line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.+)\1$/, '$2')
    .trim();
  if (t === '' || t.length > MAX_TITLE_CHARS || /[.!?:;,]$/.test(t)) return undefined;
  const tokens = (scratch = scanTokens(t, scratch));
  let words = 0;
  for (let i = 0; i < tokens.count; i++) if (/\p{L}/u.test(tokens.raw(i))) words++;
  if (words === 0 || words > MAX_TITLE_WORDS) return undefined;
  // "Friday, April 3, 2020": a date, not a title.
  const dateWords = vocab.dateWords;
  let dated = true;
  for (let i = 0; i < tokens.count && dated; i++) {
    const w = tokens.raw(i);
    if (/\p{L}/u.test(w) && !dateWords.has(w.toLowerCase().replace(/\.$/, ''))) dated = false;
  }
  if (dated) return undefined;
  let sentence = false;
  vocab.notTitle.each(tokens, 0, tokens.count, (_tag, first, last) => {
    // (A level's roman numeral is no pronoun: "Data Scientist I", "Analyst I - Remote".)
    if (last === first + 1 && first > 0 && tokens.raw(first) === 'I' && (last === tokens.count || /^\s*[-–—,(|]/.test(t.slice(tokens.end[first]!, tokens.start[last]!)))) return;
    sentence = true;
  });
  if (sentence) return undefined;
  let role = false;
  vocab.titleRoleWords.each(tokens, 0, tokens.count, () => (role = true));
  // A job board's words with no role ("Promoted", "Job search", "Sign in") are the page's.
  let chrome = false;
  if (!role) vocab.titleChrome.each(tokens, 0, tokens.count, () => (chrome = true));
  if (chrome) return undefined;
  if (!roleNamed) return role || capitalised(t) ? t : undefined;
  // After the first line, a name written as one that opens with no heading's words: not a duty
  // ("Partner with project leadership to ..."), nor a heading that names the role ("Responsibilities
  // of a Data Scientist", "Job Description for Data Scientist").
  let heading = false;
  vocab.headings.each(tokens, 0, Math.min(tokens.count, HEADING_LOOK), (_tag, first) => (heading ||= first === 0));
  return role && capitalised(t) && !heading ? t : undefined;
}

/** Most words start with a capital, or are written as a name ("iOS", "eBay"): a name, not prose. */
function capitalised(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const caps = words.filter((w) => /^[^\p{L}]*\p{Ll}{0,2}\p{Lu}/u.test(w)).length;
  return caps >= Math.ceil(words.length * 0.6);
}
