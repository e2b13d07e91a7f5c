/**
 * Vocabulary phrases as regular expressions: the phrase sets read words through the tokenizer, and
 * these patterns serve the few places that test raw text first (gates, years, field words).
 */

/** A phrase as a pattern: its signs escaped, any run of blanks between its words. */
export const escapeWords = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Phrases as the alternatives of one pattern, longest first (so that "min." wins over "min"). */
export const alternation = (phrases: readonly string[]): string => [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeWords).join('|');

/** Any of the phrases, whole and case-insensitive, as one pattern. */
export function wordsPattern(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.length > 0 ? `(?<![\\p{L}])(?:${alternation(phrases)})(?![\\p{L}])` : '(?!)', 'iu');
}

/** What ends a clause right after a cue's last word (cues' `final`): a stop, comma, semicolon, colon, closing bracket, a dash between spaces, a line's or the text's end. */
const CLAUSE_END = /^(?:[ \t]*(?:[.,;:!?)\]]|\n|$)|[ \t]+[-–—•](?:[ \t]|$))/;

/** Whether a clause of `text` ends at `at`, right after a word (see CLAUSE_END). */
export const endsClauseAt = (text: string, at: number): boolean => CLAUSE_END.test(text.slice(at, at + 3));
