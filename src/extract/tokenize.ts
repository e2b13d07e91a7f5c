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
/** 0 unknown, 1 word character, 2 not: non-ASCII answers are cached as they are met. */
const wordClass = new Uint8Array(65536);
/** Lower case of a code unit: 0 unknown; 0xffff when it lower-cases to more than one unit (İ). */
const lowerTable = new Uint16Array(65536);

/** ASCII: 1 for letters and digits. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0));
/** ASCII letters and digits to their lower case; 0 for anything else (one lookup per character in the scanner). */
const ASCII_LOWER = new Uint8Array(128).map((_, c) => (ASCII_WORD[c] ? (c >= 65 && c <= 90 ? c + 32 : c) : 0));

function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  let k = wordClass[c]!;
  if (k === 0) {
    k = NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    wordClass[c] = k;
  }
  return k === 1;
}

/** The lower-case code unit of c, or 0xffff when it has none of its own. */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerTable[c]!;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : 0xffff;
    lowerTable[c] = l;
  }
  return l;
}

const SLASH = 47;
const AMP = 38;
const DOT = 46;
const APOS = 39;
const RSQUO = 0x2019;
const PLUS = 43;
const HASH = 35;
const FNV_PRIME = 0x01000193;

/** Tokens as parallel arrays: offsets, gaps and key hashes; keys and raw texts on demand. */
export class Tokens {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  gap: Uint8Array;
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
    this.gap = new Uint8Array(cap);
    this.hash = new Int32Array(cap);
  }

  /** Empty the arrays for another text, keeping their memory (a scanner's scratch buffer). */
  reset(text: string): this {
    this.text = text;
    this.count = 0;
    this.keys = undefined;
    return this;
  }

  push(start: number, end: number, gap: Gap, hash: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.gap[i] = gap;
    this.hash[i] = hash;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.start = copy(this.start, new Int32Array(n));
    this.end = copy(this.end, new Int32Array(n));
    this.gap = copy(this.gap, new Uint8Array(n));
    this.hash = copy(this.hash, new Int32Array(n));
  }

  raw(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
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

  /** The hash of token i's key (computed from the key for the few tokens the scanner could not hash). */
  keyHashOf(i: number): number {
    const h = this.hash[i]!;
    return h !== 0 ? h : keyHash(this.key(i));
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

/**
 * Scan a text into tokens (see the module comment for what a token is). With `into`, its arrays are
 * reused: the caller must be done with that earlier result.
 */
export function scanTokens(text: string, into?: Tokens): Tokens {
  const t = into ? into.reset(text) : new Tokens(text);
  const n = text.length;
  let p = 0;
  let prevEnd = -1;
  // What lies between the previous token and this one: only blanks, or a single hyphen.
  let gapBlank = true;
  let gapLen = 0;
  let gapHyphen = false;
  while (p < n) {
    const c = text.charCodeAt(p);
    let end: number;
    let hash = 0x811c9dc5;
    let hashable = true;
    if ((c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c)) || (c === DOT && p + 1 < n && isWordCode(text.charCodeAt(p + 1)))) {
      let q = p;
      if (c === DOT) {
        hash = Math.imul(hash ^ DOT, FNV_PRIME);
        q++;
      }
      for (;;) {
        let d = text.charCodeAt(q);
        for (;;) {
          if (d < 128) {
            const l = ASCII_LOWER[d]!;
            if (l === 0) break;
            hash = Math.imul(hash ^ l, FNV_PRIME);
          } else {
            if (!isWordCode(d)) break;
            const l = lowerCode(d);
            if (l === 0xffff) hashable = false;
            hash = Math.imul(hash ^ l, FNV_PRIME);
          }
          d = text.charCodeAt(++q);
        }
        if ((d === DOT || d === APOS || d === RSQUO) && q + 1 < n && isWordCode(text.charCodeAt(q + 1))) {
          if (d !== DOT) hashable = false;
          hash = Math.imul(hash ^ d, FNV_PRIME);
          q++;
          continue;
        }
        break;
      }
      const d = text.charCodeAt(q);
      if (d === PLUS) {
        const two = text.charCodeAt(q + 1) === PLUS;
        hash = Math.imul(hash ^ PLUS, FNV_PRIME);
        if (two) hash = Math.imul(hash ^ PLUS, FNV_PRIME);
        q += two ? 2 : 1;
      } else if (d === HASH) {
        hash = Math.imul(hash ^ HASH, FNV_PRIME);
        q++;
      }
      end = q;
    } else if (c === SLASH || c === AMP) {
      end = p + 1;
      hash = Math.imul(hash ^ c, FNV_PRIME);
    } else {
      gapLen++;
      if (c === 45 || c === 0x2010 || c === 0x2011) {
        if (gapLen === 1) gapHyphen = true;
        else gapBlank = false;
      } else if (c !== 32 && c !== 9 && c !== 0xa0) gapBlank = false;
      else if (gapHyphen) gapBlank = false;
      p++;
      continue;
    }
    // (a hyphen followed by blanks has cleared gapBlank, so `gapHyphen && gapLen > 1` never joins)
    const joined = prevEnd >= 0 && (gapLen === 0 || (gapHyphen ? gapLen === 1 : gapBlank && gapLen <= 8));
    t.push(p, end, joined ? Gap.join : Gap.stop, hashable ? hash & HASH_MASK || 1 : 0);
    prevEnd = end;
    gapBlank = true;
    gapLen = 0;
    gapHyphen = false;
    p = end;
  }
  return t;
}

/** The tokens of a text as objects. */
export function tokenize(text: string): Token[] {
  const t = scanTokens(text);
  const out: Token[] = [];
  for (let i = 0; i < t.count; i++) out.push({ start: t.start[i]!, end: t.end[i]!, raw: t.raw(i), key: t.key(i), gap: t.gap[i] as Gap });
  return out;
}

/** The keys of a phrase, as the matcher will see them in a posting. */
export function phraseKeys(phrase: string): string[] {
  const t = scanTokens(phrase);
  const keys: string[] = [];
  for (let i = 0; i < t.count; i++) keys.push(t.key(i));
  return keys;
}
