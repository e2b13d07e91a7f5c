/**
 * Duplicate postings: the same text up to whitespace, case, punctuation and job-board chrome is an
 * exact duplicate (a hash of the normalized words); the same job on another board, with its own
 * header and footer lines, is a near duplicate (MinHash of word 3-shingles, found through LSH bands
 * and confirmed by the estimated Jaccard similarity). Only signatures are kept, never texts.
 */

/** Lines that job boards add around a posting: they say nothing about the job. */
const BOILERPLATE_LINE =
  /^\s*(?:apply(?: now| here| on| at| for this job| via)?\b|easy apply|quick apply|save(?: this)? job|share(?: this)?(?: job)?\b|report(?: this)? job|posted\b|reposted\b|date posted|job (?:id|ref|reference|number)\b|req(?:uisition)?(?: id| number| #)?\s*[:#]|reference\s*[:#]|\d+\+? (?:applicants|views|clicks)|(?:views|applicants)\s*:|similar jobs|more jobs|see more jobs|back to (?:jobs|search|results)|sign in|log in|create (?:a )?job alert|get job alerts|originally posted|found (?:on|via)|via \S+$|source\s*:|©|copyright\b)/i;
/** Chrome lines are short; longer lines are not tested. */
const CHROME_MAX = 100;

/** Letters and digits (ASCII folded to lower case; other scripts as they are), plus `+`/`#` after a word. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xd7 && c !== 0xf7 && c !== 0xfeff;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Call `onWord` with an FNV-1a hash of each word that makes the posting, lower-cased, in order:
 * board chrome lines, links and e-mail addresses are skipped; `.` and `'` inside a word and `+`/`#`
 * after it are kept (node.js, c++). No strings are made: this runs on every posting of a scan.
 */
function scanWords(text: string, onWord: (hash: number, start: number, end: number) => void): void {
  const n = text.length;
  let lineStart = 0;
  while (lineStart < n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    if (lineEnd - lineStart <= CHROME_MAX && BOILERPLATE_LINE.test(text.slice(lineStart, lineEnd))) {
      lineStart = lineEnd + 1;
      continue;
    }
    let i = lineStart;
    while (i < lineEnd) {
      let c = text.charCodeAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5;
      let skip = false;
      for (;;) {
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 32 : c), 0x01000193);
        i++;
        if (i >= lineEnd) break;
        c = text.charCodeAt(i);
        if (isWordChar(c)) continue;
        if ((c === 46 || c === 39) && i + 1 < lineEnd && isWordChar(text.charCodeAt(i + 1))) {
          if (c === 46 && i - start === 3 && /^www$/i.test(text.slice(start, i))) skip = true;
          continue;
        }
        if (c === 43 || c === 35) {
          while (i < lineEnd && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 35)) h = Math.imul(h ^ text.charCodeAt(i++), 0x01000193);
        } else if ((c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) || c === 64) skip = true;
        break;
      }
      if (skip) {
        while (i < lineEnd && !isSpace(text.charCodeAt(i))) i++;
        continue;
      }
      onWord(h, start, i);
    }
    lineStart = lineEnd + 1;
  }
}

/** The words that make a posting, for comparing postings: board chrome, links and case dropped. */
export function dedupeTokens(text: string): string[] {
  const words: string[] = [];
  scanWords(text, (_h, start, end) => words.push(text.slice(start, end).replace(/[A-Z]+/g, (m) => m.toLowerCase())));
  return words;
}

export const MINHASH_SIZE = 32;
const BANDS = 8;
const ROWS = MINHASH_SIZE / BANDS;
/** Estimated Jaccard similarity of word 3-shingles at or above which two postings are the same job. */
export const NEAR_THRESHOLD = 0.7;
/** Postings shorter than this many words are compared exactly only. */
const MIN_WORDS_FOR_NEAR = 12;

/** A 32-bit finalizer (murmur3 fmix), in int32 arithmetic. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const EMPTY = 0x7fffffff;

export interface Fingerprint {
  /** Hex hash of the normalized words (64 bits): equal for exact duplicates. */
  exact: string;
  /** MinHash signature of the word 3-shingles, or null for a posting too short to compare. */
  minhash: Int32Array | null;
}

const hex8 = (h: number) => (h >>> 0).toString(16).padStart(8, '0');

export function fingerprint(text: string): Fingerprint {
  const words: number[] = [];
  let a = 0x12345678;
  let b = 0x7654321;
  scanWords(text, (h) => {
    words.push(h);
    a = fmix(Math.imul(a, 31) ^ h);
    b = fmix((b + Math.imul(h, 0x9e3779b1)) | 0);
  });
  const exact = `${hex8(fmix(a ^ words.length))}${hex8(b)}`;
  if (words.length < MIN_WORDS_FOR_NEAR) return { exact, minhash: null };
  // One-permutation MinHash: each shingle hashed once, into one of MINHASH_SIZE bins by its low
  // bits, keeping the smallest of the rest per bin; an empty bin borrows from the next full one.
  const sig = new Int32Array(MINHASH_SIZE).fill(EMPTY);
  for (let i = 0; i + 2 < words.length; i++) {
    const h = fmix(Math.imul(words[i]!, 0x2545f491) ^ Math.imul(words[i + 1]!, 0x9e3779b1) ^ words[i + 2]!);
    const bin = h & (MINHASH_SIZE - 1);
    const v = h >>> 5;
    if (v < sig[bin]!) sig[bin] = v;
  }
  for (let k = 0; k < MINHASH_SIZE; k++) {
    if (sig[k] !== EMPTY) continue;
    for (let step = 1; step < MINHASH_SIZE; step++) {
      const from = sig[(k + step) & (MINHASH_SIZE - 1)]!;
      if (from !== EMPTY && from < 0x08000000) {
        sig[k] = 0x08000000 | (fmix(from + Math.imul(step, 0x9e3779b1)) & 0x07ffffff); // borrowed: never equal to a real value
        break;
      }
    }
  }
  return { exact, minhash: sig };
}

/** The share of MinHash rows two signatures agree on: an estimate of their Jaccard similarity. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/** `similarity` against the signature stored at `at` (no view made: this runs for every candidate). */
function similarityAt(a: ArrayLike<number>, store: Int32Array, at: number): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === store[at + k]) same++;
  return same / MINHASH_SIZE;
}

export type DuplicateVerdict = { kind: 'exact' | 'near'; of: number; similarity: number } | null;

/** Signatures kept per block: a scan's store grows a block at a time, never copied to a doubled array. */
const BLOCK = 1024;

/**
 * Decides, in input order, whether each posting repeats an earlier one. Memory, per distinct
 * posting: its 64-bit hash in a table of int32s, its 128-byte signature in blocks, and one LSH
 * bucket entry per band in tables at most 3/4 full: 15 MB for the bench's 100,000 postings (71,327
 * distinct), where a Map of hex strings and arrays doubled as they grew took 28 MB (and 8 MB more
 * for a moment, at each doubling).
 */
export class Deduper {
  private readonly exact = new ExactTable();
  /** Signatures by slot, BLOCK to an array; and the id of each slot's posting. */
  private readonly blocks: Int32Array[] = [];
  private ids = new Int32Array(1024);
  private count = 0;
  /** Per band: bucket key -> signature slot of the first posting in that bucket (a fuller table: only looked up). */
  private readonly bands: IntMap[] = Array.from({ length: BANDS }, () => new IntMap(0.75));

  /** `id` is the posting's index in input order, reported back as `of` when a later one repeats it. */
  check(id: number, fp: Fingerprint): DuplicateVerdict {
    const first = this.exact.get(fp.exact);
    if (first !== undefined) return { kind: 'exact', of: first, similarity: 1 };
    const sig = fp.minhash;
    if (sig) {
      const keys = bandKeys(sig);
      let best: DuplicateVerdict = null;
      for (let b = 0; b < BANDS; b++) {
        const slot = this.bands[b]!.get(keys[b]!);
        if (slot === undefined) continue;
        const cand = this.ids[slot]!;
        const s = similarityAt(sig, this.blocks[Math.floor(slot / BLOCK)]!, (slot % BLOCK) * MINHASH_SIZE);
        if (s >= NEAR_THRESHOLD && (!best || s > best.similarity || (s === best.similarity && cand < best.of))) best = { kind: 'near', of: cand, similarity: s };
      }
      if (best) return best;
      this.store(id, sig, keys);
    }
    this.exact.set(fp.exact, id);
    return null;
  }

  /** Distinct postings remembered. */
  get size(): number {
    return this.exact.size;
  }

  private store(id: number, sig: Int32Array, keys: number[]): void {
    const slot = this.count++;
    if (slot % BLOCK === 0) this.blocks.push(new Int32Array(BLOCK * MINHASH_SIZE));
    if (slot >= this.ids.length) {
      const ids = new Int32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
    this.blocks[this.blocks.length - 1]!.set(sig, (slot % BLOCK) * MINHASH_SIZE);
    this.ids[slot] = id;
    for (let b = 0; b < BANDS; b++) this.bands[b]!.setIfAbsent(keys[b]!, slot);
  }
}

/** A hex digit's value, or -1. */
function hexDigit(c: number): number {
  return c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
}

/**
 * Exact hashes (16 lower-case hex digits, as `fingerprint` writes them) to posting ids, as two
 * int32s and a value a slot in one Int32Array (open addressing). Anything else (a row edited by
 * hand, given to merge) goes to a Map, as every hash once did.
 */
class ExactTable {
  /** hi, lo, value; a value of -1 is a free slot. */
  private slots = ExactTable.table(1024);
  private count = 0;
  private readonly other = new Map<string, number>();
  /** The halves of the last key parsed (no array made for them). */
  private hi = 0;
  private lo = 0;

  private static table(size: number): Int32Array {
    const t = new Int32Array(size * 3);
    for (let i = 2; i < t.length; i += 3) t[i] = -1;
    return t;
  }

  get size(): number {
    return this.count + this.other.size;
  }

  get(key: string): number | undefined {
    if (!this.parse(key)) return this.other.get(key);
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    for (let i = fmix(this.hi ^ fmix(this.lo)) & mask; ; i = (i + 1) & mask) {
      const v = slots[i * 3 + 2]!;
      if (v === -1) return undefined;
      if (slots[i * 3] === this.hi && slots[i * 3 + 1] === this.lo) return v;
    }
  }

  set(key: string, value: number): void {
    if (!this.parse(key)) {
      this.other.set(key, value);
      return;
    }
    if ((this.count + 1) * 4 > (this.slots.length / 3) * 3) this.grow();
    this.put(this.hi, this.lo, value);
  }

  /** Split a canonical key into `hi` and `lo`; false for any other string. */
  private parse(key: string): boolean {
    if (key.length !== 16) return false;
    let hi = 0;
    let lo = 0;
    for (let k = 0; k < 16; k++) {
      const d = hexDigit(key.charCodeAt(k));
      if (d < 0) return false;
      if (k < 8) hi = (hi << 4) | d;
      else lo = (lo << 4) | d;
    }
    this.hi = hi;
    this.lo = lo;
    return true;
  }

  private put(hi: number, lo: number, value: number): void {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    for (let i = fmix(hi ^ fmix(lo)) & mask; ; i = (i + 1) & mask) {
      const v = slots[i * 3 + 2]!;
      if (v === -1) {
        slots[i * 3] = hi;
        slots[i * 3 + 1] = lo;
        slots[i * 3 + 2] = value;
        this.count++;
        return;
      }
      if (slots[i * 3] === hi && slots[i * 3 + 1] === lo) {
        slots[i * 3 + 2] = value;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = ExactTable.table((old.length / 3) * 2);
    this.count = 0;
    for (let i = 0; i < old.length; i += 3) if (old[i + 2] !== -1) this.put(old[i]!, old[i + 1]!, old[i + 2]!);
  }
}

/** One key per LSH band; kept within 30 bits so V8 stores them as small integers. */
function bandKeys(sig: ArrayLike<number>): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix(Math.imul(h, 0x01000193) ^ sig[b * ROWS + r]!);
    keys.push(h & 0x3fffffff);
  }
  return keys;
}

/**
 * A map from non-negative int32 keys to int32 values (open addressing): a few bytes an entry. Each
 * key sits next to its value in one Int32Array, so that a lookup in a large table (the pairs of a
 * scan of 100,000 postings) costs one cache miss, not two.
 */
export class IntMap {
  /** key, value, key, value, ...; a key of -1 is a free slot. */
  private slots = IntMap.table(1024);
  private count = 0;

  /** `load`: how full the table may get before it doubles (emptier tables are faster to miss in). */
  constructor(private readonly load = 0.5) {}

  private static table(size: number): Int32Array {
    const t = new Int32Array(size * 2);
    for (let i = 0; i < t.length; i += 2) t[i] = -1;
    return t;
  }

  get(key: number): number | undefined {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = fmix(key) & mask; ; i = (i + 1) & mask) {
      const k = slots[i * 2]!;
      if (k === key) return slots[i * 2 + 1];
      if (k === -1) return undefined;
    }
  }

  setIfAbsent(key: number, value: number): void {
    if (this.count + 1 > (this.slots.length >> 1) * this.load) this.grow();
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = fmix(key) & mask; ; i = (i + 1) & mask) {
      const k = slots[i * 2]!;
      if (k === key) return;
      if (k === -1) {
        slots[i * 2] = key;
        slots[i * 2 + 1] = value;
        this.count++;
        return;
      }
    }
  }

  /** Add `delta` to the value of `key` (0 when absent). */
  add(key: number, delta: number): void {
    if (this.count + 1 > (this.slots.length >> 1) * this.load) this.grow();
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = fmix(key) & mask; ; i = (i + 1) & mask) {
      const k = slots[i * 2]!;
      if (k === key) {
        slots[i * 2 + 1]! += delta;
        return;
      }
      if (k === -1) {
        slots[i * 2] = key;
        slots[i * 2 + 1] = delta;
        this.count++;
        return;
      }
    }
  }

  /**
   * Grow the table if the next insertion would: for a caller that counts some keys elsewhere, so
   * that the table still grows at the same moments, and its order stays what `add` would make.
   */
  prepare(): void {
    if (this.count + 1 > (this.slots.length >> 1) * this.load) this.grow();
  }

  /** Every [key, value], in table order. */
  *entries(): Generator<[number, number]> {
    for (let i = 0; i < this.slots.length; i += 2) if (this.slots[i] !== -1) yield [this.slots[i]!, this.slots[i + 1]!];
  }

  get size(): number {
    return this.count;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = IntMap.table(old.length);
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== -1) this.setIfAbsent(old[i]!, old[i + 1]!);
  }
}
