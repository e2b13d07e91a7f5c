/**
 * The tokenizer shared by postings and taxonomy phrases. Tokens keep their offsets into the
 * original string, so every mention can be sliced back out of the text exactly.
 *
 * What stays whole: C++, C#, F#, .NET, ASP.NET, Node.js, e.g., 3+ ; what is split: `/` and `&`
 * become tokens of their own (CI/CD -> ci / cd, A/B -> a / b), a hyphen between two words is not a
 * token at all (scikit-learn -> scikit learn, go-to-market -> go to market), so spelling variants
 * with hyphen or space meet in the same key.
 */

/** How a token is joined to the one before it. */
export const Gap = {
  /** Only spaces or tabs, or a hyphen joining two words: a phrase may continue across it. */
  join: 0,
  /** Anything else (newline, comma, full stop, bracket...): a phrase never spans it. */
  stop: 1,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

export interface Token {
  start: number;
  end: number;
  /** The text as written. */
  raw: string;
  /** The normalized form used as trie key: lower case, typographic apostrophe folded, possessive 's dropped. */
  key: string;
  gap: Gap;
}

// A word: optional leading dot (.NET), letters/digits with inner dots or apostrophes (node.js, e.g, you'll),
// and a trailing ++, + or # (C++, C#, 3+). Or one of the joining symbols / and &.
const TOKEN = /\.?[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*(?:\+\+|\+|#)?|[/&]/gu;
const JOIN_GAP = /^(?:[ \t\u00a0]+|[-‐‑])$/;

export function normalizeKey(raw: string): string {
  let k = raw.toLowerCase();
  if (k.includes('’')) k = k.replace(/’/g, "'");
  if (k.length > 2 && k.endsWith("'s")) k = k.slice(0, -2);
  return k;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const gap: Gap = prevEnd >= 0 && (start === prevEnd || isJoinGap(text, prevEnd, start)) ? Gap.join : Gap.stop;
    tokens.push({ start, end: start + raw.length, raw, key: normalizeKey(raw), gap });
    prevEnd = start + raw.length;
  }
  return tokens;
}

function isJoinGap(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  return JOIN_GAP.test(text.slice(from, to));
}

/** The keys of a phrase, as the matcher will see them in a posting. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
