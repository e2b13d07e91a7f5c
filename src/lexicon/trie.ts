import type { Tokens } from './tokenize.js';
import { keyHash, normalizeKey } from './tokenize.js';

/** 2^18 bits (32 KB) a set: a prefilter, where a few false positives only cost a lookup. */
const BITS = 1 << 18;
export const newBits = () => new Uint32Array(BITS >>> 5);
export const inBits = (bits: Uint32Array, hash: number) => (bits[(hash & (BITS - 1)) >>> 5]! & (1 << (hash & 31))) !== 0;
export const setBit = (bits: Uint32Array, hash: number) => {
  bits[(hash & (BITS - 1)) >>> 5]! |= 1 << (hash & 31);
};
/** The hash of a pair of key hashes (first, second). */
export const pairHash = (a: number, b: number) => (Math.imul(a ^ 0x1e3779b9, 0x01000193) ^ b) & 0x3fffffff;

/** The slot a (parent, key hash) pair starts probing at. */
const slotOf = (parent: number, hash: number) => Math.imul(parent, 0x9e3779b1) ^ hash;

/** The fewest letters each side of a glued pair of names has (see TokenTrie.splitGlued). */
const GLUED_SIDE = 3;

/** The root's id: its children are the first keys of the forms. */
export const ROOT = 0;

/**
 * The token trie: nodes are numbers, and one open-addressing table in a typed array maps (parent,
 * key hash) to a child, so a token is looked up with the hash the scanner computed and compared in
 * place, without building its key or touching a Map.
 *
 * Three bitsets answer "certainly not" for most tokens before any lookup: hashes of the first keys,
 * of those that are a whole form by themselves, and of valid first-two-key pairs ("the" alone is
 * nothing; "the" is only worth a look when the next key continues a form).
 *
 * A trie restored from its tables (`fromTable`, the compiled taxonomy's cache) is whole from the
 * start, as views of the file it was read from: only each node's forms stay unread until a text
 * first reaches the node (`expand`), and each key until it is compared. Start-up then builds
 * nothing in proportion to the taxonomy.
 */
export class TokenTrie<Entry = unknown> {
  private firstKeys: Uint32Array = newBits();
  private wholeKeys: Uint32Array = newBits();
  private pairKeys: Uint32Array = newBits();
  /** The forms that end at each node. */
  readonly entries: (Entry[] | undefined)[];
  private readonly keys: (string | undefined)[];
  /** A restored trie's keys, joined, and where each ends (see `key`). */
  private keyText = '';
  private keyEnds: Int32Array | undefined;
  /** 1 for a node whose forms are still unread (a restored trie's); grown with the nodes. */
  private unread: Uint8Array = new Uint8Array(1024);
  private hashes: Int32Array = new Int32Array(1024);
  private lengths: Int32Array = new Int32Array(1024);
  private parents: Int32Array = new Int32Array(1024);
  private firstChild: Int32Array = new Int32Array(1024).fill(-1);
  private nextSibling: Int32Array = new Int32Array(1024).fill(-1);
  private slots: Int32Array = new Int32Array(2048);
  private size = 1;

  /**
   * @param expand reads an unread node's forms into `entries` when a text first reaches it.
   * @param nodes how many nodes a restored trie has: its arrays are made at that length.
   */
  constructor(
    private readonly expand?: (trie: TokenTrie<Entry>, node: number) => void,
    nodes = 1,
  ) {
    this.entries = new Array(nodes);
    this.keys = new Array(nodes);
    this.keys[0] = '';
  }

  /**
   * A trie from the tables `exportTable` gave (views are kept, not copied: never written, as a file's
   * memory may be shared with other threads). `unread` marks the nodes whose forms `expand` reads on
   * first reach; the trie writes it, so it is the trie's own.
   */
  static fromTable<Entry>(table: TrieTable, unread: Uint8Array, expand: (trie: TokenTrie<Entry>, node: number) => void): TokenTrie<Entry> {
    const n = table.hashes.length;
    const trie = new TokenTrie<Entry>(expand, n);
    trie.size = n;
    trie.hashes = table.hashes;
    trie.lengths = table.lengths;
    trie.parents = table.parents;
    trie.firstChild = table.firstChild;
    trie.nextSibling = table.nextSibling;
    trie.slots = table.slots;
    trie.keyText = table.keyText;
    trie.keyEnds = table.keyEnds;
    trie.unread = unread;
    trie.importBits(table);
    return trie;
  }

  /** The trie as typed arrays and one string, for the compiled taxonomy's cache (every node read). */
  exportTable(): TrieTable {
    this.readAll();
    const n = this.size;
    const keyEnds = new Int32Array(n);
    let keyText = '';
    for (let node = 0; node < n; node++) keyEnds[node] = (keyText += this.key(node)).length;
    return {
      hashes: this.hashes.slice(0, n),
      lengths: this.lengths.slice(0, n),
      parents: this.parents.slice(0, n),
      firstChild: this.firstChild.slice(0, n),
      nextSibling: this.nextSibling.slice(0, n),
      slots: this.slots,
      keyText,
      keyEnds,
      ...this.exportBits(),
    };
  }

  get nodeCount(): number {
    return this.size;
  }

  key(node: number): string {
    let k = this.keys[node];
    if (k === undefined) this.keys[node] = k = this.keyText.slice(node > 0 ? this.keyEnds![node - 1] : 0, this.keyEnds![node]);
    return k;
  }

  hasChildren(node: number): boolean {
    return this.firstChild[node]! >= 0;
  }

  /** The children of a node, in the order they were added. */
  children(node: number): number[] {
    const out: number[] = [];
    for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) out.push(c);
    return out.reverse();
  }

  /** The child of `parent` for `key`, added when missing. */
  add(parent: number, key: string): number {
    const hash = keyHash(key);
    const found = this.lookup(parent, hash, key);
    return found >= 0 ? found : this.insert(parent, key, hash);
  }

  /**
   * The child of `parent` for token i, or -1, found by the token's hash and length. With `exact`,
   * the key is compared too; without, a path must be confirmed with `spells` before it is used
   * (a 30-bit hash and a length rarely meet by chance, and comparing strings on every step of every
   * walk costs more than the rest of the walk).
   */
  find(parent: number, tokens: Tokens, i: number, exact: boolean): number {
    const hash = tokens.keyHashOf(i);
    const length = tokens.end[i]! - tokens.start[i]!;
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = slotOf(parent, hash) & mask; ; s = (s + 1) & mask) {
      const node = slots[s]! - 1;
      if (node < 0) return -1;
      if (this.hashes[node] === hash && this.parents[node] === parent && (exact || tokens.hash[i] === 0 ? tokens.keyIs(i, this.key(node)) : this.lengths[node] === length)) {
        if (this.unread[node] !== 0) this.read(node);
        return node;
      }
    }
  }

  /** Whether the path from the root to `node` spells the keys of the tokens ending at `last`. */
  spells(node: number, tokens: Tokens, last: number): boolean {
    for (let k = last; node !== ROOT; node = this.parents[node]!, k--) if (!tokens.keyIs(k, this.key(node))) return false;
    return true;
  }

  /** Whether some form starts with a word (written as in a text: its key is normalized here). */
  startsForm(word: string): boolean {
    const key = normalizeKey(word);
    return this.lookup(ROOT, keyHash(key), key) >= 0;
  }

  /** The child of `parent` for a key, or -1 (no unread forms are read). */
  private lookup(parent: number, hash: number, key: string): number {
    const mask = this.slots.length - 1;
    for (let s = slotOf(parent, hash) & mask; ; s = (s + 1) & mask) {
      const node = this.slots[s]! - 1;
      if (node < 0) return -1;
      if (this.hashes[node] === hash && this.parents[node] === parent && this.key(node) === key) return node;
    }
  }

  /** Read the forms of every node (for walks over all forms). */
  readAll(): void {
    for (let node = 0; node < this.size; node++) if (this.unread[node] !== 0) this.read(node);
  }

  private read(node: number): void {
    this.unread[node] = 0;
    this.expand!(this, node);
  }

  private insert(parent: number, key: string, hash: number): number {
    if (this.size >= this.hashes.length) this.growNodes();
    if ((this.size + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const node = this.size++;
    this.keys[node] = key;
    this.entries[node] = undefined;
    this.hashes[node] = hash;
    this.lengths[node] = key.length;
    this.parents[node] = parent;
    this.nextSibling[node] = this.firstChild[parent]!;
    this.firstChild[parent] = node;
    this.place(node);
    return node;
  }

  private place(node: number): void {
    const mask = this.slots.length - 1;
    let s = slotOf(this.parents[node]!, this.hashes[node]!) & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = node + 1;
  }

  private growNodes(): void {
    const n = Math.max(1024, this.size * 2);
    const grow = (a: Int32Array, fill: number) => {
      const b = new Int32Array(n).fill(fill);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes, 0);
    this.lengths = grow(this.lengths, 0);
    this.parents = grow(this.parents, 0);
    this.firstChild = grow(this.firstChild, -1);
    this.nextSibling = grow(this.nextSibling, -1);
    const unread = new Uint8Array(n);
    unread.set(this.unread.subarray(0, Math.min(this.unread.length, n)));
    this.unread = unread;
    // (A restored trie's slots are a view of its file too: copied before a node is placed in them.)
    this.slots = this.slots.slice();
  }

  private rehash(slots: number): void {
    this.slots = new Int32Array(slots);
    for (let node = 1; node < this.size; node++) this.place(node);
  }

  /**
   * Can a form start at token `i`? "Certainly not" for most tokens, from the bitsets alone: its key
   * starts no form; or it is no form by itself and the next key does not continue one (the pair is
   * tested before the text between the two tokens is read). A token without a hash (not a word) may.
   */
  mayStartAt(tokens: Tokens, i: number): boolean {
    const h = tokens.hash[i]!;
    if (h === 0) return true;
    if (!inBits(this.firstKeys, h)) return false;
    if (inBits(this.wholeKeys, h)) return true;
    if (i + 1 >= tokens.count) return false;
    const h2 = tokens.hash[i + 1]!;
    return (h2 === 0 || inBits(this.pairKeys, pairHash(h, h2))) && tokens.joined(i + 1);
  }

  /**
   * The first token of a form that starts before token `cut` and ends at or after it (a name that
   * runs across the gap before `cut`), or -1: the first such start, read from token 0.
   */
  formAcross(tokens: Tokens, cut: number): number {
    for (let s = 0; s < cut; s++) {
      // (The prefilter bits first, as the matcher does: most words start no name.)
      if (!this.mayStartAt(tokens, s)) continue;
      let node = ROOT;
      for (let k = s; k < tokens.count; k++) {
        node = this.find(node, tokens, k, false);
        if (node < 0) break;
        if (k >= cut && this.entries[node] !== undefined && this.entries[node]!.length > 0) return s;
        if (!this.hasChildren(node)) break;
      }
    }
    return -1;
  }

  /**
   * Split the glued names of a text: a token that starts no form, with an inner change from lower to
   * upper case where both sides are whole forms by themselves ("SolrLucene", "TorchPyTorch", as
   * exports that lose a slash or a line break write them), becomes two tokens. A token the trie
   * knows stays whole (JavaScript, GitHub, PowerPoint), as does one whose sides are not both forms
   * (McDonald, iPhone), or one with a side shorter than three letters: a product's suffix, not a
   * second name ("SpringML", "ReactIR", "SwiftUI"). Only tokens with an inner capital are looked at.
   */
  splitGlued(tokens: Tokens): void {
    let cuts: number[] | undefined;
    const text = tokens.text;
    for (let i = 0; i < tokens.count; i++) {
      const s = tokens.start[i]!;
      const e = tokens.end[i]!;
      if (e - s < 2 * GLUED_SIDE) continue;
      let known = -1;
      for (let k = s + GLUED_SIDE; k <= e - GLUED_SIDE; k++) {
        const c = text.charCodeAt(k);
        if (c < 65 || c > 90) continue;
        const b = text.charCodeAt(k - 1);
        if (b < 97 || b > 122) continue;
        // (The whole token is looked up once, at its first inner capital.)
        if (known < 0) known = this.knows(tokens, i) ? 1 : 0;
        if (known === 1) break;
        if (this.wholeForm(text.slice(s, k)) && this.wholeForm(text.slice(k, e))) {
          (cuts ??= []).push(k);
          break;
        }
      }
    }
    if (cuts) tokens.splitAt(cuts);
  }

  /** Whether some form starts with token i's key. */
  private knows(tokens: Tokens, i: number): boolean {
    const h = tokens.keyHashOf(i);
    return inBits(this.firstKeys, h) && this.lookup(ROOT, h, tokens.key(i)) >= 0;
  }

  /** Whether a word (as written in a text) is a form by itself. */
  private wholeForm(word: string): boolean {
    const key = normalizeKey(word);
    const h = keyHash(key);
    if (!inBits(this.wholeKeys, h)) return false;
    const node = this.lookup(ROOT, h, key);
    if (node < 0) return false;
    if (this.unread[node] !== 0) this.read(node);
    return (this.entries[node]?.length ?? 0) > 0;
  }

  /** The prefilter bitsets, for the compiled taxonomy's cache. */
  exportBits(): { firstKeys: Uint32Array; wholeKeys: Uint32Array; pairKeys: Uint32Array } {
    return { firstKeys: this.firstKeys, wholeKeys: this.wholeKeys, pairKeys: this.pairKeys };
  }

  /** Restore the prefilter bitsets saved by `exportBits`. */
  importBits(bits: { firstKeys: Uint32Array; wholeKeys: Uint32Array; pairKeys: Uint32Array }): void {
    this.firstKeys = bits.firstKeys;
    this.wholeKeys = bits.wholeKeys;
    this.pairKeys = bits.pairKeys;
  }

  /** Set the prefilter bitsets from the whole trie (every node read). */
  fillBits(): void {
    this.readAll();
    for (const first of this.children(ROOT)) {
      const h = this.hashes[first]!;
      setBit(this.firstKeys, h);
      if (this.entries[first]) setBit(this.wholeKeys, h);
      for (const second of this.children(first)) setBit(this.pairKeys, pairHash(h, this.hashes[second]!));
    }
  }
}

/** A trie as stored (see TokenTrie.exportTable): node columns, the open-addressing table, keys, bitsets. */
export interface TrieTable {
  hashes: Int32Array;
  lengths: Int32Array;
  parents: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  slots: Int32Array;
  /** Every node's key, joined; keyEnds[node] is where the node's key ends in it. */
  keyText: string;
  keyEnds: Int32Array;
  firstKeys: Uint32Array;
  wholeKeys: Uint32Array;
  pairKeys: Uint32Array;
}
