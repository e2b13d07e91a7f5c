/**
 * A batch of results as a worker posts it to the scan's thread: a few flat arrays instead of an
 * object per result and an array per skill. Structured clone walks objects property by property
 * on both threads (about 6 µs a result to read back on the scan's thread, which every worker
 * shares); typed arrays move without a copy, and the receiving side builds each result with one
 * literal. Skill ids go as indexes into a dictionary that each worker grows: the ids a batch uses
 * first travel with it, and the scan's thread interns them, so that every result names a skill
 * with the same string.
 */
import { MINHASH_SIZE } from './dedupe.js';
import type { PostingResult } from './schema.js';

export interface PackedResults {
  count: number;
  /** Per result: source, title, company, location, url, datePosted, exact, minhash64; for a failed one: source, error code, message. */
  strings: (string | null)[];
  /** Per result: skill count, flags; then per skill: id index, importance, status. */
  ints: Int32Array;
  /** Per result: bytes, score (NaN for none); then per skill: years (NaN for none). */
  numbers: Float64Array;
  /** MINHASH_SIZE values per result that has a signature. */
  minhash: Int32Array;
  /** Ids this batch uses first: they take the next indexes of the worker's dictionary, in order. */
  ids: string[];
}

const FAILED = 1;
const HAS_MINHASH = 2;

/** A typed array grown by doubling, kept between batches of one packer. */
function grown<T extends Int32Array | Float64Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/**
 * The worker's side. Results are added in batch order as each finishes (so that none waits as an
 * object graph for the end of its batch), and `take` empties the packer into one message. Ids are
 * numbered only in `take`, right before the message is posted: batches whose URLs wait on the
 * network may finish out of order, and the dictionary must grow in the order messages arrive.
 */
export class ResultPacker {
  private strings: (string | null)[] = [];
  private ints = new Int32Array(2048);
  private numbers = new Float64Array(1024);
  private minhash = new Int32Array(MINHASH_SIZE * 32);
  private ni = 0;
  private nn = 0;
  private nm = 0;
  private count = 0;
  /** Where the skill count of the result last opened is kept. */
  private head = -1;
  /** Ids of this batch by their first use; the skills' id slots hold these local indexes until `take`. */
  private readonly local = new Map<string, number>();
  private readonly localIds: string[] = [];

  /** `dictionary`: the worker's ids by global index, shared by every batch it packs. */
  constructor(private readonly dictionary: Map<string, number>) {}

  add(r: PostingResult): void {
    if (r.error) {
      this.count++;
      this.strings.push(r.source, r.error.code, r.error.message);
      this.ints = grown(this.ints, this.ni + 2);
      this.ints[this.ni++] = 0;
      this.ints[this.ni++] = FAILED;
      this.numbers = grown(this.numbers, this.nn + 2);
      this.numbers[this.nn++] = r.bytes;
      this.numbers[this.nn++] = NaN;
      return;
    }
    this.open(r.source, r.title, r.company, r.location, r.url, r.datePosted, r.bytes, r.exact, r.minhash, r.minhash64, r.score);
    for (const [id, importance, years, status] of r.skills) this.skill(id, importance, years, status);
  }

  /** Start a result that did not fail; its skills follow (`skill`). */
  open(source: string, title: string | null, company: string | null, location: string | null, url: string | null, datePosted: string | null, bytes: number, exact: string, minhash: Int32Array | null, minhash64: string | null, score: number | null): void {
    this.count++;
    this.strings.push(source, title, company, location, url, datePosted, exact, minhash64);
    this.ints = grown(this.ints, this.ni + 2);
    this.head = this.ni;
    this.ints[this.ni++] = 0;
    this.ints[this.ni++] = minhash ? HAS_MINHASH : 0;
    this.numbers = grown(this.numbers, this.nn + 2);
    this.numbers[this.nn++] = bytes;
    this.numbers[this.nn++] = score ?? NaN;
    if (minhash) {
      this.minhash = grown(this.minhash, this.nm + MINHASH_SIZE);
      this.minhash.set(minhash, this.nm);
      this.nm += MINHASH_SIZE;
    }
  }

  /** A skill of the result last opened (a bound function: it is handed out as a callback). */
  readonly skill = (id: string, importance: 0 | 1 | 2, years: number | null, status: number): void => {
    let k = this.local.get(id);
    if (k === undefined) {
      k = this.localIds.push(id) - 1;
      this.local.set(id, k);
    }
    this.ints = grown(this.ints, this.ni + 3);
    this.ints[this.ni++] = k;
    this.ints[this.ni++] = importance;
    this.ints[this.ni++] = status;
    this.numbers = grown(this.numbers, this.nn + 1);
    this.numbers[this.nn++] = years ?? NaN;
    this.ints[this.head]!++;
  };

  /** The batch so far as one message, and the buffers to transfer with it; the packer starts over. */
  take(): { results: PackedResults; transfer: ArrayBuffer[] } {
    // Local ids to the worker's dictionary, new ones numbered now (see the class).
    const ids: string[] = [];
    const global = new Int32Array(this.localIds.length);
    for (let k = 0; k < this.localIds.length; k++) {
      const id = this.localIds[k]!;
      let g = this.dictionary.get(id);
      if (g === undefined) {
        g = this.dictionary.size;
        this.dictionary.set(id, g);
        ids.push(id);
      }
      global[k] = g;
    }
    const ints = this.ints.slice(0, this.ni);
    for (let i = 0, r = 0; r < this.count; r++) {
      const n = ints[i]!;
      i += 2;
      for (let s = 0; s < n; s++, i += 3) ints[i] = global[ints[i]!]!;
    }
    const results: PackedResults = { count: this.count, strings: this.strings, ints, numbers: this.numbers.slice(0, this.nn), minhash: this.minhash.slice(0, this.nm), ids };
    this.strings = [];
    this.ni = this.nn = this.nm = this.count = 0;
    this.local.clear();
    this.localIds.length = 0;
    return { results, transfer: [results.ints.buffer, results.numbers.buffer, results.minhash.buffer] as ArrayBuffer[] };
  }
}

/**
 * The scan thread's side, one per worker: its copy of that worker's dictionary. Ids are interned
 * across workers (`intern`), so that every result names a skill with the same string, whose hash
 * the aggregate's maps compute once.
 */
export class ResultUnpacker {
  private readonly ids: string[] = [];

  constructor(private readonly intern: (id: string) => string) {}

  unpack(p: PackedResults): PostingResult[] {
    for (const id of p.ids) this.ids.push(this.intern(id));
    const { strings, ints, numbers, minhash } = p;
    const out = new Array<PostingResult>(p.count);
    let si = 0;
    let ii = 0;
    let ni = 0;
    let mi = 0;
    for (let r = 0; r < p.count; r++) {
      const n = ints[ii++]!;
      const flags = ints[ii++]!;
      const bytes = numbers[ni++]!;
      const score = numbers[ni++]!;
      if (flags & FAILED) {
        const source = strings[si++]!;
        const code = strings[si++]!;
        const message = strings[si++]!;
        out[r] = { source, title: null, company: null, location: null, url: null, datePosted: null, bytes, error: { code, message }, exact: '', minhash: null, minhash64: null, skills: [], score: null };
        continue;
      }
      const skills: PostingResult['skills'] = new Array(n);
      for (let s = 0; s < n; s++, ii += 3) {
        const years = numbers[ni++]!;
        skills[s] = [this.ids[ints[ii]!]!, ints[ii + 1] as 0 | 1 | 2, Number.isNaN(years) ? null : years, ints[ii + 2]!];
      }
      let sig: Int32Array | null = null;
      if (flags & HAS_MINHASH) {
        sig = minhash.subarray(mi, mi + MINHASH_SIZE);
        mi += MINHASH_SIZE;
      }
      out[r] = {
        source: strings[si]!,
        title: strings[si + 1] as string | null,
        company: strings[si + 2] as string | null,
        location: strings[si + 3] as string | null,
        url: strings[si + 4] as string | null,
        datePosted: strings[si + 5] as string | null,
        bytes,
        error: null,
        exact: strings[si + 6]!,
        minhash: sig,
        minhash64: strings[si + 7] as string | null,
        skills,
        score: Number.isNaN(score) ? null : score,
      };
      si += 8;
    }
    return out;
  }
}
