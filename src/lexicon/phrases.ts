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

interface Node<T> {
  next: Map<number, Node<T>> | undefined;
  /** The tags of the phrases that end here, with their keys (a hash collision is confirmed by key). */
  tags: T[] | undefined;
  keys: string[][] | undefined;
}

const node = <T>(): Node<T> => ({ next: undefined, tags: undefined, keys: undefined });

/** A found phrase: its tag and its tokens [first, last). */
export interface PhraseHit<T> {
  tag: T;
  first: number;
  last: number;
}

export class PhraseSet<T> {
  private readonly root: Node<T> = node();
  private size = 0;
  /**
   * Most tokens are told "no phrase starts here" by a bit or two: the key hashes of the phrases'
   * first words, of the one-word phrases, and of the pairs of first and second words ("to" alone is
   * nothing; it is worth a walk only before "be considered").
   */
  private readonly firstBits = new Uint32Array(BITS >>> 5);
  private readonly wholeBits = new Uint32Array(BITS >>> 5);
  private readonly pairBits = new Uint32Array(BITS >>> 5);

  /** Add a phrase with its tag; a phrase with no word is refused (it could never be found). */
  add(phrase: string, tag: T): this {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) throw new Error(`a phrase needs a word: "${phrase}"`);
    let at = this.root;
    const h0 = keyHash(keys[0]!);
    setBit(this.firstBits, h0);
    if (keys.length === 1) setBit(this.wholeBits, h0);
    else setBit(this.pairBits, pairOf(h0, keyHash(keys[1]!)));
    for (const k of keys) {
      const h = keyHash(k);
      at.next ??= new Map();
      let child = at.next.get(h);
      if (!child) at.next.set(h, (child = node()));
      at = child;
    }
    (at.tags ??= []).push(tag);
    (at.keys ??= []).push(keys);
    this.size++;
    return this;
  }

  get count(): number {
    return this.size;
  }

  /** Every phrase added, as its words joined by spaces, with its tag. */
  eachPhrase(visit: (phrase: string, tag: T) => void): void {
    const walk = (n: Node<T>) => {
      n.tags?.forEach((tag, t) => visit(n.keys![t]!.join(' '), tag));
      n.next?.forEach(walk);
    };
    walk(this.root);
  }

  /**
   * Every phrase in tokens [from, to), in text order, longest first at each start; phrases may
   * overlap. A phrase never runs across a line break.
   */
  each(tokens: Tokens, from: number, to: number, visit: (tag: T, first: number, last: number) => void): void {
    const first = this.root.next;
    if (!first) return;
    // The nodes where phrases end along one walk, longest last (a stack reused between walks).
    const nodes = this.ends;
    const lasts = this.lasts;
    const { firstBits, wholeBits, pairBits } = this;
    for (let i = from; i < to; i++) {
      const h = tokens.keyHashOf(i);
      if (!inBits(firstBits, h)) continue;
      if (!inBits(wholeBits, h) && (i + 1 >= to || !inBits(pairBits, pairOf(h, tokens.keyHashOf(i + 1))))) continue;
      let at = first.get(h);
      if (!at) continue;
      let n = 0;
      for (let j = i; ; ) {
        if (at.tags) {
          nodes[n] = at;
          lasts[n++] = j + 1;
        }
        if (!at.next || j + 1 >= to || lineBreakBefore(tokens, j + 1)) break;
        const child: Node<T> | undefined = at.next.get(tokens.keyHashOf(++j));
        if (!child) break;
        at = child;
      }
      for (let e = n - 1; e >= 0; e--) {
        const node = nodes[e]!;
        const last = lasts[e]!;
        const tags = node.tags!;
        for (let t = 0; t < tags.length; t++) if (spells(tokens, i, node.keys![t]!)) visit(tags[t]!, i, last);
      }
    }
  }

  private readonly ends: Node<T>[] = [];
  private readonly lasts: number[] = [];

  /** Whether a phrase may start at token i (its first word is a phrase's first word): one lookup, no walk. */
  mayStartAt(tokens: Tokens, i: number): boolean {
    const h = tokens.keyHashOf(i);
    return inBits(this.firstBits, h) && (this.root.next?.has(h) ?? false);
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
