/**
 * The tokenizer shared by postings and taxonomy phrases. Tokens keep their offsets into the
 * original string, so every mention can be sliced back out of the text exactly.
 *
 * What stays whole: C++, C#, F#, .NET, ASP.NET, Node.js, e.g., 3+ ; what is split: `/` and `&`
 * become tokens of their own (CI/CD -> ci / cd, A/B -> a / b), a hyphen between two words is not a
 * token at all (scikit-learn -> scikit learn, go-to-market -> go to market), so spelling variants
 * with hyphen or space meet in the same key.
 *
 * `scanTokens` is the hot path: a character scanner writing offsets into typed arrays, with keys
 * made only on demand. `tokenize` returns the same tokens as objects, for everything else.
 */

import type { Span } from './span.js';

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

export function normalizeKey(raw: string): string {
  let k = raw.toLowerCase();
  if (k.includes('\u00ad')) k = k.replace(/\u00ad/g, '');
  if (k.includes('’')) k = k.replace(/’/g, "'");
  if (k.length > 2 && k.endsWith("'s")) k = k.slice(0, -2);
  return k;
}

/**
 * The hash of a key the scanner computes on the fly (FNV-1a over its UTF-16 code units), cut to
 * 30 bits so V8 keeps it a small integer (no boxing in the hot loop). 0 means "no hash" in Tokens.
 */
export const HASH_MASK = 0x3fffffff;
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h & HASH_MASK || 1;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
/**
 * For each UTF-16 code unit: 0 when it is not part of a word, else its lower case (0xffff when that
 * is more than one unit, as for İ). ASCII is filled at load; other units on first sight (UNSEEN).
 */
const WORD_LOWER = new Uint16Array(65536);
const UNSEEN = 1;
WORD_LOWER.fill(UNSEEN, 128);
for (let c = 48; c < 58; c++) WORD_LOWER[c] = c;
for (let c = 97; c < 123; c++) WORD_LOWER[c] = WORD_LOWER[c - 32] = c;

/** Word class and lower case of a code unit seen for the first time (never ASCII). */
function classify(c: number): number {
  const s = String.fromCharCode(c);
  let l = 0;
  if (NON_ASCII_WORD.test(s)) {
    const lower = s.toLowerCase();
    l = lower.length === 1 ? lower.charCodeAt(0) : 0xffff;
  }
  WORD_LOWER[c] = l;
  return l;
}

/** 0 when code unit c is not part of a word, else its lower case (0xffff when it has none of one unit). */
function wordLower(c: number): number {
  const l = WORD_LOWER[c]!;
  return l === UNSEEN ? classify(c) : l;
}

/** The lower-case code unit of c, or 0xffff when it has none of its own. */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const l = wordLower(c);
  if (l !== 0) return l;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : 0xffff;
}

const SLASH = 47;
const AMP = 38;
const DOT = 46;
const APOS = 39;
const RSQUO = 0x2019;
const PLUS = 43;
const HASH = 35;
/** A soft hyphen: a word goes on through a run of them (a hyphenated line break, see read/flow.ts). */
const SHY = 0xad;
const FNV_PRIME = 0x01000193;

/** Tokens as parallel arrays: offsets and key hashes; keys, raw texts and gaps on demand. */
export class Tokens {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  /**
   * Hash of each token's key, or 0 when the scanner could not compute it (an apostrophe, whose key
   * is normalized; a character with no one-unit lower case): such tokens are looked up by key.
   */
  hash: Int32Array;
  private keys: (string | undefined)[] | undefined;

  constructor(public text: string) {
    // About one token per 6 characters of prose: a quarter of the length rarely needs to grow.
    const cap = Math.max(16, Math.min(1 << 20, (text.length >> 2) + 8));
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.hash = new Int32Array(cap);
  }

  /** Empty the arrays for another text, keeping their memory (a scanner's scratch buffer). */
  reset(text: string): this {
    this.text = text;
    this.count = 0;
    this.keys = undefined;
    return this;
  }

  /** Double the arrays' capacity, keeping the tokens. */
  grow(): void {
    const n = this.start.length * 2;
    const copy = (a: Int32Array, b: Int32Array) => (b.set(a), b);
    this.start = copy(this.start, new Int32Array(n));
    this.end = copy(this.end, new Int32Array(n));
    this.hash = copy(this.hash, new Int32Array(n));
  }

  raw(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** The first token whose start is at or after `offset` (`count` if none): a binary search. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.start[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  key(i: number): string {
    const keys = (this.keys ??= []);
    let k = keys[i];
    if (k === undefined) keys[i] = k = normalizeKey(this.raw(i));
    return k;
  }

  /** Whether token i's key is `key`, compared in place (no string is built for a token with a hash). */
  keyIs(i: number, key: string): boolean {
    if (this.hash[i] === 0) return this.key(i) === key;
    const s = this.start[i]!;
    if (this.end[i]! - s !== key.length) return false;
    for (let k = 0; k < key.length; k++) if (lowerCode(this.text.charCodeAt(s + k)) !== key.charCodeAt(k)) return false;
    return true;
  }

  /** Whether token i continues a phrase from token i - 1 (Gap.join): worked out from the text between them. */
  joined(i: number): boolean {
    if (i <= 0) return false;
    const to = this.start[i]!;
    return joins(this.text, to, to - this.end[i - 1]!);
  }

  /** Whether token i is written exactly as `raw`, compared in place. */
  rawIs(i: number, raw: string): boolean {
    const s = this.start[i]!;
    if (this.end[i]! - s !== raw.length) return false;
    return this.text.startsWith(raw, s);
  }

  /** The hash of token i's key (computed from the key for the few tokens the scanner could not hash). */
  keyHashOf(i: number): number {
    const h = this.hash[i]!;
    return h !== 0 ? h : keyHash(this.key(i));
  }

  /**
   * Split tokens in two at the given offsets (`cuts`: ascending, each inside a token, at most one a
   * token): a glued pair of names becomes two tokens with no gap between them (see
   * TokenTrie.splitGlued). Offsets stay offsets into the text; keys are made again on demand.
   */
  splitAt(cuts: readonly number[]): void {
    if (cuts.length === 0) return;
    while (this.count + cuts.length > this.start.length) this.grow();
    const { start, end, hash, text } = this;
    let c = cuts.length - 1;
    // From the back, so every token moves once.
    for (let i = this.count - 1, to = this.count + cuts.length - 1; i >= 0 && c >= 0; i--) {
      const cut = cuts[c]!;
      if (cut > start[i]! && cut < end[i]!) {
        const h = hash[i]!;
        start[to] = cut;
        end[to] = end[i]!;
        hash[to--] = h === 0 ? 0 : keyHash(normalizeKey(text.slice(cut, end[i]!)));
        start[to] = start[i]!;
        end[to] = cut;
        hash[to--] = h === 0 ? 0 : keyHash(normalizeKey(text.slice(start[i]!, cut)));
        c--;
      } else {
        start[to] = start[i]!;
        end[to] = end[i]!;
        hash[to--] = hash[i]!;
      }
    }
    this.count += cuts.length;
    this.keys = undefined;
  }

  /** Whether token i is written in lower case (as tags in a list are). */
  isLower(i: number): boolean {
    for (let k = this.start[i]!; k < this.end[i]!; k++) {
      const c = this.text.charCodeAt(k);
      if (lowerCode(c) !== c) return false;
    }
    return true;
  }
}

/** The FNV-1a offset basis as a 32-bit integer, so the running hash never leaves V8's small integers. */
const FNV_OFFSET = 0x811c9dc5 | 0;

/** Whether text[from, to) is a list item's number: one or two digits. */
function itemNumber(text: string, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** How far before a capitalized word's dot another glued stop or label is looked for (see gluedStop). */
const GLUE_REACH = 300;
/** A sentence's stop after a word in lower case, or a label's colon, right before the next sentence's first word, its space lost: "analysis.Werner", "Responsibilities:Build". */
const GLUED = /(?:^|[^A-Za-z])[a-z]{3,}\.[A-Z][a-z]|[a-z]:[A-Z][a-z]/;

/**
 * Whether the dot at q, after the word started at `from`, ends a sentence whose space was lost
 * before the next one's first word ("... data analysis.Werner is a leading ...", as some exports
 * glue lines): a word of three lower-case letters or more before it, a capital and a lower-case
 * letter after it. A name keeps its dot: "ASP.NET", "Socket.IO", "Node.js", "Xamarin.Forms". A
 * capitalized word's dot ends a sentence only where the export glued others nearby ("Key
 * Responsibilities:Build pipelines with Delta Lake.Implement CI/CD").
 */
function gluedStop(text: string, from: number, q: number, n: number): boolean {
  if (q - from < 3 || q + 2 >= n) return false;
  const capital = text.charCodeAt(from) >= 65 && text.charCodeAt(from) <= 90;
  for (let k = capital ? from + 1 : from; k < q; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  const c2 = text.charCodeAt(q + 2);
  if (c2 < 97 || c2 > 122) return false;
  return !capital || GLUED.test(text.slice(Math.max(0, from - GLUE_REACH), from));
}

const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether a gap of `len` characters ending at `to` lets a phrase continue (see Gap.join): spaces,
 * or one hyphen; soft hyphens (a soft-wrapped line's break and indent) count as nothing; an
 * abbreviation's full stop or a possessive apostrophe before a space.
 */
function joins(text: string, to: number, len: number): boolean {
  if (len === 0) return true;
  if (len > 12) return false;
  const c = text.charCodeAt(to - 1);
  if (len === 1) return c === 32 || c === 9 || c === 0xa0 || isHyphen(c) || c === SHY;
  let k = to - len;
  // The full stop of a dotted abbreviation ("B.S. degree", "Ph.D. program") and the apostrophe of
  // a plural possessive ("Bachelors' degree", "Masters’ degree") belong to the word before.
  if (len === 2 && c === 32) {
    const p = text.charCodeAt(k);
    if (p === 46 && text.charCodeAt(k - 2) === 46 && isLetterCode(text.charCodeAt(k - 1))) return true;
    if ((p === 39 || p === 0x2019) && (text.charCodeAt(k - 1) | 32) === 115) return true;
  }
  if (isHyphen(text.charCodeAt(k))) {
    for (k++; k < to; k++) if (text.charCodeAt(k) !== SHY) return false;
    return true;
  }
  for (; k < to; k++) {
    const b = text.charCodeAt(k);
    if (b !== 32 && b !== 9 && b !== 0xa0 && b !== SHY) return false;
  }
  return true;
}

/**
 * Scan a text into tokens (see the module comment for what a token is). With `into`, its arrays are
 * reused: the caller must be done with that earlier result. With `within`, only those ranges of the
 * text (in order, not overlapping) are scanned; offsets stay offsets into the whole text.
 */
export function scanTokens(text: string, into?: Tokens, within?: readonly Span[]): Tokens {
  const t = into ? into.reset(text) : new Tokens(text);
  if (!within) return scanRange(t, text, 0, text.length);
  for (const r of within) scanRange(t, text, r.start, r.end);
  return t;
}

/**
 * Append the tokens of text[from, n): no token runs past n. The loop never reads past it and keeps
 * every number a small integer: both matter to V8 here, where this pass runs over every character
 * of every posting.
 */
function scanRange(t: Tokens, text: string, from: number, n: number): Tokens {
  let { start: starts, end: ends, hash: hashes } = t;
  let count = t.count;
  let p = from;
  while (p < n) {
    let c = text.charCodeAt(p);
    let l = c < 128 ? WORD_LOWER[c]! : wordLower(c);
    let hash = FNV_OFFSET;
    let hashable = true;
    let q = p;
    // A word may start with a dot (.NET), not one right after a word ("5.Team": the number is split off before it).
    if (l === 0 && c === DOT && p + 1 < n && (p === 0 || wordLower(text.charCodeAt(p - 1)) === 0)) {
      const c1 = text.charCodeAt(p + 1);
      const l1 = wordLower(c1);
      if (l1 !== 0) {
        hash = Math.imul(hash ^ DOT, FNV_PRIME);
        q = p + 1;
        c = c1;
        l = l1;
      }
    }
    if (l !== 0) {
      for (;;) {
        // A run of word characters, hashed in lower case.
        for (;;) {
          if (l === 0xffff) hashable = false;
          hash = Math.imul(hash ^ l, FNV_PRIME);
          if (++q === n) break;
          c = text.charCodeAt(q);
          l = c < 128 ? WORD_LOWER[c]! : wordLower(c);
          if (l === 0) break;
        }
        // A hyphenated line break inside a word ("ma-" / "chine", as soft hyphens in the flow text):
        // the word goes on, and its key is read from the text without them (no hash on the fly).
        if (c === SHY) {
          let r = q + 1;
          while (r < n && text.charCodeAt(r) === SHY) r++;
          const cr = r < n ? text.charCodeAt(r) : 0;
          const lr = cr < 128 ? WORD_LOWER[cr]! : wordLower(cr);
          if (r < n && lr !== 0) {
            hashable = false;
            q = r;
            c = cr;
            l = lr;
            continue;
          }
        }
        // A dot or an apostrophe between word characters stays in the word (Node.js, e.g, don't).
        if (q + 1 < n && (c === DOT || c === APOS || c === RSQUO)) {
          const c1 = text.charCodeAt(q + 1);
          const l1 = c1 < 128 ? WORD_LOWER[c1]! : wordLower(c1);
          // (Not a list's number before a capital: "5.Team player", "3.SQL skills"; nor a sentence's
          // last word glued to the next one's capital: "data analysis.Werner is", see gluedStop.)
          if (l1 !== 0 && !(c === DOT && c1 >= 65 && c1 <= 90 && (itemNumber(text, p, q) || gluedStop(text, p, q, n)))) {
            // An apostrophe's key is normalized (see normalizeKey): such a token is looked up by key.
            if (c !== DOT) hashable = false;
            hash = Math.imul(hash ^ c, FNV_PRIME);
            q++;
            c = c1;
            l = l1;
            continue;
          }
        }
        break;
      }
      // C++, C#, 3+
      if (q < n) {
        if (c === PLUS) {
          hash = Math.imul(hash ^ PLUS, FNV_PRIME);
          q++;
          if (q < n && text.charCodeAt(q) === PLUS) {
            hash = Math.imul(hash ^ PLUS, FNV_PRIME);
            q++;
          }
        } else if (c === HASH) {
          hash = Math.imul(hash ^ HASH, FNV_PRIME);
          q++;
        }
      }
    } else if (c === SLASH || c === AMP) {
      hash = Math.imul(hash ^ c, FNV_PRIME);
      q = p + 1;
    } else {
      p++;
      continue;
    }
    if (count === starts.length) {
      t.count = count;
      t.grow();
      ({ start: starts, end: ends, hash: hashes } = t);
    }
    starts[count] = p;
    ends[count] = q;
    hashes[count] = hashable ? hash & HASH_MASK || 1 : 0;
    count++;
    p = q;
  }
  t.count = count;
  return t;
}

/**
 * The key hash of each plain word of text[from, to) (a run of word characters, no dots, apostrophes
 * or signs inside), as keyHash gives it for the word: a light pass that fills no arrays, for telling
 * a text's language by its frequent words.
 */
export function eachWordHash(text: string, from: number, to: number, visit: (hash: number) => void): void {
  let p = from;
  while (p < to) {
    let c = text.charCodeAt(p);
    let l = c < 128 ? WORD_LOWER[c]! : wordLower(c);
    if (l === 0) {
      p++;
      continue;
    }
    let hash = FNV_OFFSET;
    let hashable = true;
    for (;;) {
      if (l === 0xffff) hashable = false;
      hash = Math.imul(hash ^ l, FNV_PRIME);
      if (++p === to) break;
      c = text.charCodeAt(p);
      l = c < 128 ? WORD_LOWER[c]! : wordLower(c);
      if (l === 0) break;
    }
    if (hashable) visit(hash & HASH_MASK || 1);
  }
}

/** The tokens of a text as objects. */
export function tokenize(text: string): Token[] {
  const t = scanTokens(text);
  const out: Token[] = [];
  for (let i = 0; i < t.count; i++) out.push({ start: t.start[i]!, end: t.end[i]!, raw: t.raw(i), key: t.key(i), gap: t.joined(i) ? Gap.join : Gap.stop });
  return out;
}

/** One scratch buffer for phraseKeys: vocabularies and rules key thousands of short phrases at start-up. */
let phraseScratch: Tokens | undefined;

/** The keys of a phrase, as the matcher will see them in a posting. */
export function phraseKeys(phrase: string): string[] {
  const t = (phraseScratch = scanTokens(phrase, phraseScratch));
  const keys: string[] = [];
  for (let i = 0; i < t.count; i++) keys.push(t.key(i));
  return keys;
}
