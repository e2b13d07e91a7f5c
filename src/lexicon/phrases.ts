/**
 * Phrases found as word sequences in tokens: the words of a vocabulary (headings, cues, boilerplate)
 * go through the same tokenizer as the text, so case, hyphens, typographic apostrophes and the
 * punctuation between words never matter ("Nice-to-have:" holds `nice to have`). A trie keyed by the
 * tokens' key hashes: one map lookup per token of the text, whatever the number of phrases.
 */

import { keyHash, phraseKeys, scanTokens, type Tokens } from './tokenize.js';

/** 2^14 bits (2 KB) a set of words or pairs: a vocabulary list has hundreds, so few false positives. */
const BITS = 1 << 14;
const inBits = (bits: Uint32Array, hash: number) => (bits[(hash & (BITS - 1)) >>> 5]! & (1 << (hash & 31))) !== 0;
const setBit = (bits: Uint32Array, hash: number) => {
  bits[(hash & (BITS - 1)) >>> 5]! |= 1 << (hash & 31);
};
const pairOf = (a: number, b: number) => (Math.imul(a ^ 0x1e3779b9, 0x01000193) ^ b) & 0x3fffffff;

/**
 * A node of the trie, in plain JSON (short names: a vocabulary's compiled sets are stored this way
 * and read back with JSON.parse alone, see PhraseSet.restore).
 */
interface Node<T> {
  /** The children, by key hash. */
  n?: Record<number, Node<T>>;
  /** The tags of the phrases that end here, with their keys (a hash collision is confirmed by key). */
  t?: T[];
  k?: string[][];
}

/** A phrase set as stored: its trie and its number of phrases (JSON), and its prefilter bits. */
export interface PhraseSetData<T> {
  trie: { root: Node<T>; size: number };
  /** The three bitsets one after the other (first words, whole phrases, pairs). */
  bits: Uint32Array;
}

/** A found phrase: its tag and its tokens [first, last). */
export interface PhraseHit<T> {
  tag: T;
  first: number;
  last: number;
}

export class PhraseSet<T> {
  private root: Node<T> = {};
  private size = 0;
  /**
   * Most tokens are told "no phrase starts here" by a bit or two: the key hashes of the phrases'
   * first words, of the one-word phrases, and of the pairs of first and second words ("to" alone is
   * nothing; it is worth a walk only before "be considered").
   */
  private firstBits: Uint32Array = new Uint32Array(BITS >>> 5);
  private wholeBits: Uint32Array = new Uint32Array(BITS >>> 5);
  private pairBits: Uint32Array = new Uint32Array(BITS >>> 5);
  /** A restored set's bits are views of a file, which other threads may share: copied before a phrase is added. */
  private bitsInFile = false;

  /** Add a phrase with its tag; a phrase with no word is refused (it could never be found). */
  add(phrase: string, tag: T): this {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) throw new Error(`a phrase needs a word: "${phrase}"`);
    if (this.bitsInFile) {
      this.firstBits = this.firstBits.slice();
      this.wholeBits = this.wholeBits.slice();
      this.pairBits = this.pairBits.slice();
      this.bitsInFile = false;
    }
    let at = this.root;
    const h0 = keyHash(keys[0]!);
    setBit(this.firstBits, h0);
    if (keys.length === 1) setBit(this.wholeBits, h0);
    else setBit(this.pairBits, pairOf(h0, keyHash(keys[1]!)));
    for (const k of keys) {
      const h = keyHash(k);
      const next = (at.n ??= {});
      at = next[h] ??= {};
    }
    (at.t ??= []).push(tag);
    (at.k ??= []).push(keys);
    this.size++;
    return this;
  }

  /** The set as data, for a vocabulary's compiled cache: the trie as plain JSON (tags must be JSON too), the bits as they are. */
  export(): PhraseSetData<T> {
    const bits = new Uint32Array(3 * (BITS >>> 5));
    bits.set(this.firstBits, 0);
    bits.set(this.wholeBits, BITS >>> 5);
    bits.set(this.pairBits, 2 * (BITS >>> 5));
    return { trie: { root: this.root, size: this.size }, bits };
  }

  /** A set from `export`'s data, the trie as JSON.parse gives it back and the bits used in place: nothing to work out. */
  static restore<T>(data: PhraseSetData<T>): PhraseSet<T> {
    const set = new PhraseSet<T>();
    set.root = data.trie.root;
    set.size = data.trie.size;
    const words = BITS >>> 5;
    set.firstBits = data.bits.subarray(0, words);
    set.wholeBits = data.bits.subarray(words, 2 * words);
    set.pairBits = data.bits.subarray(2 * words, 3 * words);
    set.bitsInFile = true;
    return set;
  }

  get count(): number {
    return this.size;
  }

  /** Every phrase added, as its words joined by spaces, with its tag. */
  eachPhrase(visit: (phrase: string, tag: T) => void): void {
    const walk = (n: Node<T>) => {
      n.t?.forEach((tag, t) => visit(n.k![t]!.join(' '), tag));
      for (const child of Object.values(n.n ?? {})) walk(child);
    };
    walk(this.root);
  }

  /**
   * Every phrase in tokens [from, to), in text order, longest first at each start; phrases may
   * overlap. A phrase never runs across a line break.
   */
  each(tokens: Tokens, from: number, to: number, visit: (tag: T, first: number, last: number) => void): void {
    const first = this.root.n;
    if (!first) return;
    const { firstBits, wholeBits, pairBits } = this;
    for (let i = from; i < to; i++) {
      const h = tokens.keyHashOf(i);
      if (!inBits(firstBits, h)) continue;
      if (!inBits(wholeBits, h) && (i + 1 >= to || !inBits(pairBits, pairOf(h, tokens.keyHashOf(i + 1))))) continue;
      const at = first[h];
      if (at) this.walk(tokens, at, i, to, visit);
    }
  }

  /** Whether a phrase starts at token i and ends by `to` ("No problem" right after a question). */
  startsAt(tokens: Tokens, i: number, to = tokens.count): boolean {
    let found = false;
    const at = i < to ? this.root.n?.[tokens.keyHashOf(i)] : undefined;
    if (at) this.walk(tokens, at, i, to, () => (found = true));
    return found;
  }

  /** The phrases that start at token i and end by `to`, longest first. */
  eachAt(tokens: Tokens, i: number, to: number, visit: (tag: T, first: number, last: number) => void): void {
    const at = i < to ? this.root.n?.[tokens.keyHashOf(i)] : undefined;
    if (at) this.walk(tokens, at, i, to, visit);
  }

  /** The phrases that start at token i, from its first word's node `at`, ending by `to`: longest first. */
  private walk(tokens: Tokens, start: Node<T>, i: number, to: number, visit: (tag: T, first: number, last: number) => void): void {
    // The nodes where phrases end along the walk, longest last (a stack reused between walks).
    const nodes = this.ends;
    const lasts = this.lasts;
    let at = start;
    let n = 0;
    for (let j = i; ; ) {
      if (at.t) {
        nodes[n] = at;
        lasts[n++] = j + 1;
      }
      if (!at.n || j + 1 >= to || lineBreakBefore(tokens, j + 1)) break;
      const child: Node<T> | undefined = at.n[tokens.keyHashOf(++j)];
      if (!child) break;
      at = child;
    }
    for (let e = n - 1; e >= 0; e--) {
      const node = nodes[e]!;
      const last = lasts[e]!;
      const tags = node.t!;
      for (let t = 0; t < tags.length; t++) if (spells(tokens, i, node.k![t]!)) visit(tags[t]!, i, last);
    }
  }

  private readonly ends: Node<T>[] = [];
  private readonly lasts: number[] = [];

  /** Whether a phrase may start at token i (its first word is a phrase's first word): one lookup, no walk. */
  mayStartAt(tokens: Tokens, i: number): boolean {
    const h = tokens.keyHashOf(i);
    return inBits(this.firstBits, h) && this.root.n?.[h] !== undefined;
  }

  /** The phrases of tokens [from, to) as a list. */
  all(tokens: Tokens, from = 0, to = tokens.count): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    this.each(tokens, from, to, (tag, first, last) => out.push({ tag, first, last }));
    return out;
  }

  /** The phrases of a short string (a heading, a label). */
  inText(text: string): PhraseHit<T>[] {
    return this.all(scanTokens(text));
  }
}

function spells(tokens: Tokens, at: number, keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) if (!tokens.keyIs(at + k, keys[k]!)) return false;
  return true;
}

/** Whether a line break stands between token i - 1 and token i. */
function lineBreakBefore(tokens: Tokens, i: number): boolean {
  const text = tokens.text;
  for (let p = tokens.end[i - 1]!; p < tokens.start[i]!; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}
