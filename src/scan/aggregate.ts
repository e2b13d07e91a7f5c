import { STATUSES } from '../compare/schema.js';
import { IntMap } from './dedupe.js';
import type { AreaDemand, GapRank, Pair, Period, PostingResult, Ranked, ScanSummary, SkillDemand } from './schema.js';
import type { AreaInfo } from '../taxonomy/areas.js';
import { ALTERNATIVE, SCAN_SCHEMA_VERSION } from './schema.js';

/** A missing required skill "unlocks" a posting when at most this many required skills are missing there. */
export const FEW_MISSING = 2;
/** Skills per posting considered for pairs (the first named), to bound the cost of a very long posting. */
const PAIR_SKILLS = 40;
/** Skills (by the order first seen) whose pairs are counted in a dense table: 1024 of them take 2 MB. */
const DENSE_SKILLS = 1024;
const MAX_FAILURES_LISTED = 100;

interface SkillStat {
  index: number;
  postings: number;
  required: number;
  preferred: number;
  mentioned: number;
  /** years asked -> postings */
  years: Map<number, number>;
  /** Best status index seen (lower is better); -1 without a profile. */
  status: number;
  missingIn: number;
  unlocks: number;
  only: number;
  /** The skill's area, looked up once (null: none, or no `areaOf`). */
  area: AreaStat | null;
}

export interface SkillInfo {
  label: string;
  category: string;
}

export interface AggregateOptions {
  /** Rankings kept: best fits, gaps, pairs. */
  top: number;
  profile: ScanSummary['profile'];
  /** Labels and categories by id (the taxonomy); unknown ids show as themselves. */
  skillInfo: (id: string) => SkillInfo | undefined;
  /** The specialization of a skill (taxonomies/meta/areas.yaml), or null. */
  areaOf?: (id: string) => AreaInfo | null;
  /** The taxonomy version the results were extracted with. */
  taxonomyVersion?: string;
  /** The column mapping the results were read with. */
  fields?: Record<string, string>;
  /** Split demand by month of `datePosted`. */
  by?: 'month' | null;
}

interface AreaStat {
  info: AreaInfo;
  postings: number;
  required: number;
  skills: Set<string>;
  /** The last posting (by count) that named a skill of the area, and whether it required one. */
  seenIn: number;
  requiredIn: boolean;
}

interface PeriodStat {
  postings: number;
  /** skill id -> [postings, required, preferred] */
  skills: Map<string, [number, number, number]>;
  areas: Map<string, number>;
}

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})(?:[-/.T ]|$)/;
const DAY_DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const EPOCH = /^\d{9,13}$/;
const HAS_YEAR = /\b(?:19|20)\d\d\b/;
const MISSING = STATUSES.indexOf('missing');

const month = (year: number, m: number) => (m >= 1 && m <= 12 && year >= 1900 && year < 2200 ? `${year}-${String(m).padStart(2, '0')}` : 'undated');

/**
 * The month of a date as exports write it, else `undated`: `2026-11-03`, `2026/11`, `2026-11-03T09:00Z`;
 * `03.11.2026` (a dotted date is day first); `23/11/2026` and `11/23/2026` by the number over 12,
 * `03/11/2026` month first (as Date.parse); epoch seconds or milliseconds (`1793750400000`, an API's
 * createdAt); anything else Date.parse reads, if it names a year (`November 3, 2026`): `Nov 3`, `3
 * days ago` or `Job 12` name none, and Date.parse would put them in 2001.
 */
export function monthOf(date: string | null): string {
  if (!date) return 'undated';
  const s = date.trim();
  let m = YEAR_FIRST.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  if ((m = DAY_DOTTED.exec(s))) return month(Number(m[3]), Number(m[2]));
  if ((m = SLASHED.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return month(Number(m[3]), a > 12 && b <= 12 ? b : a);
  }
  let t: number;
  if (EPOCH.test(s)) t = Number(s) * (s.length <= 10 ? 1000 : 1);
  else if (HAS_YEAR.test(s)) t = Date.parse(s);
  else return 'undated';
  if (Number.isNaN(t)) return 'undated';
  const d = new Date(t);
  return month(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/**
 * Market demand over a stream of postings, with memory flat in their number: counters per skill
 * (bounded by the taxonomy), counters per pair of skills, and a bounded list of the best fits.
 */
export class Aggregator {
  private readonly skills = new Map<string, SkillStat>();
  private readonly ids: string[] = [];
  /** Pair key (two skill indexes) -> postings asking for both. */
  private readonly pairs = new PairCounts();
  private best: Ranked[] = [];
  private readonly failures: ScanSummary['failures'] = [];
  private inputs = 0;
  private postings = 0;
  private failed = 0;
  private bytes = 0;
  private readonly duplicates = { exact: 0, near: 0 };
  private readonly areas = new Map<string, AreaStat>();
  private readonly periods = new Map<string, PeriodStat>();

  constructor(private readonly options: AggregateOptions) {}

  failure(source: string, error: { code: string; message: string }): void {
    this.inputs++;
    this.failed++;
    if (this.failures.length < MAX_FAILURES_LISTED) this.failures.push({ source, ...error });
  }

  duplicate(kind: 'exact' | 'near'): void {
    this.inputs++;
    this.duplicates[kind]++;
  }

  /** A distinct posting: counts toward every share. Returns its missing required skill ids. */
  add(index: number, r: PostingResult): string[] {
    this.inputs++;
    this.postings++;
    this.bytes += r.bytes;
    // One pass over the skills, without a map or a set per posting: this runs on the scan's
    // thread for every posting, and that thread is shared by all the workers.
    const missing: string[] = [];
    const asked: number[] = [];
    const areas: AreaStat[] = [];
    const stamp = this.postings;
    for (const [id, imp, years, st] of r.skills) {
      const s = this.stat(id);
      s.postings++;
      if (imp === 0) s.required++;
      else if (imp === 1) s.preferred++;
      else s.mentioned++;
      if (years !== null && imp !== 2) s.years.set(years, (s.years.get(years) ?? 0) + 1);
      // (A member of a group of alternatives none of which the person meets is one they miss, as the
      // member that stands for the group is: "dimensional modeling or Data Vault", both missing.)
      const you = st === ALTERNATIVE ? MISSING : st;
      if (you >= 0 && (s.status < 0 || you < s.status)) s.status = you;
      if (imp !== 2 && asked.length < PAIR_SKILLS) asked.push(s.index);
      if (imp === 0 && st === MISSING) missing.push(id);
      const a = s.area;
      if (a) {
        if (a.seenIn !== stamp) {
          a.seenIn = stamp;
          a.requiredIn = false;
          areas.push(a);
        }
        if (imp === 0) a.requiredIn = true;
      }
    }
    for (const id of missing) {
      const s = this.skills.get(id)!;
      s.missingIn++;
      if (missing.length <= FEW_MISSING) s.unlocks++;
      if (missing.length === 1) s.only++;
    }
    for (const a of areas) {
      a.postings++;
      if (a.requiredIn) a.required++;
    }
    if (this.options.by === 'month') this.period(r, areas.map((a) => a.info.id));
    asked.sort((a, b) => a - b);
    for (let i = 0; i < asked.length; i++) for (let j = i + 1; j < asked.length; j++) this.pairs.add(asked[i]!, asked[j]!);
    if (r.score !== null) this.rank(index, r, missing);
    return missing;
  }

  private period(r: PostingResult, areas: string[]): void {
    const key = monthOf(r.datePosted);
    let p = this.periods.get(key);
    if (!p) this.periods.set(key, (p = { postings: 0, skills: new Map(), areas: new Map() }));
    p.postings++;
    for (const [id, imp] of r.skills) {
      let c = p.skills.get(id);
      if (!c) p.skills.set(id, (c = [0, 0, 0]));
      c[0]++;
      if (imp === 0) c[1]++;
      else if (imp === 1) c[2]++;
    }
    for (const a of areas) p.areas.set(a, (p.areas.get(a) ?? 0) + 1);
  }

  private stat(id: string): SkillStat {
    let s = this.skills.get(id);
    if (!s) {
      s = { index: this.ids.length, postings: 0, required: 0, preferred: 0, mentioned: 0, years: new Map(), status: -1, missingIn: 0, unlocks: 0, only: 0, area: null };
      this.skills.set(id, s);
      this.ids.push(id);
      const info = this.options.areaOf?.(id);
      if (info) {
        let a = this.areas.get(info.id);
        if (!a) this.areas.set(info.id, (a = { info, postings: 0, required: 0, skills: new Set(), seenIn: -1, requiredIn: false }));
        a.skills.add(id);
        s.area = a;
      }
    }
    return s;
  }

  /** Keep the best `top` fits: higher score first, earlier posting first on a tie. */
  private rank(index: number, r: PostingResult, missing: readonly string[]): void {
    const top = this.options.top;
    const better = (a: Pick<Ranked, 'score' | 'index'>, b: Ranked) => a.score > b.score || (a.score === b.score && a.index < b.index);
    const score = r.score!;
    // Most postings do not make the list: they are turned away before an entry is made for them.
    if (this.best.length >= top && !better({ score, index }, this.best[this.best.length - 1]!)) return;
    const entry: Ranked = { rank: 0, index, source: r.source, title: r.title, company: r.company, url: r.url, score, missingRequired: missing.slice(0, 5) };
    let lo = 0;
    let hi = this.best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(this.best[mid]!, entry)) lo = mid + 1;
      else hi = mid;
    }
    this.best.splice(lo, 0, entry);
    if (this.best.length > top) this.best.pop();
  }

  private info(id: string): SkillInfo {
    return this.options.skillInfo(id) ?? { label: id, category: 'unknown' };
  }

  summary(): ScanSummary {
    const n = this.postings;
    const share = (k: number) => (n === 0 ? 0 : Math.round((k / n) * 10000) / 10000);
    const skills: SkillDemand[] = [...this.skills]
      .filter(([, s]) => s.postings > 0)
      .map(([id, s]) => ({
        id,
        ...this.info(id),
        postings: s.postings,
        share: share(s.postings),
        required: s.required,
        preferred: s.preferred,
        mentioned: s.mentioned,
        years: yearsOf(s.years),
        you: s.status >= 0 ? STATUSES[s.status]! : null,
      }))
      .sort((a, b) => b.postings - a.postings || b.required - a.required || (a.id < b.id ? -1 : 1));
    const gaps: GapRank[] = [...this.skills]
      .filter(([, s]) => s.missingIn > 0)
      .map(([id, s]) => ({ id, label: this.info(id).label, unlocks: s.unlocks, only: s.only, missingIn: s.missingIn, share: share(s.missingIn) }))
      .sort((a, b) => b.unlocks - a.unlocks || b.only - a.only || b.missingIn - a.missingIn || (a.id < b.id ? -1 : 1))
      .slice(0, this.options.top);
    const minSupport = Math.max(2, Math.ceil(n * 0.01));
    const pairs: Pair[] = [];
    for (const [key, count] of this.pairs.entries()) {
      if (count < minSupport) continue;
      const a = this.ids[Math.floor(key / 0x10000)]!;
      const b = this.ids[key % 0x10000]!;
      const sa = this.skills.get(a)!;
      const sb = this.skills.get(b)!;
      const lift = (count * n) / ((sa.required + sa.preferred) * (sb.required + sb.preferred));
      pairs.push({ a, b, labels: [this.info(a).label, this.info(b).label], postings: count, lift: Math.round(lift * 100) / 100 });
    }
    pairs.sort((x, y) => y.lift - x.lift || y.postings - x.postings || (x.a + x.b < y.a + y.b ? -1 : 1));
    const ranking = this.best.map((r, i) => ({ ...r, rank: i + 1 }));
    const byShare = <T extends { postings: number; id: string }>(a: T, b: T) => b.postings - a.postings || (a.id < b.id ? -1 : 1);
    const areas: AreaDemand[] = [...this.areas.values()]
      .map((a) => ({ id: a.info.id, label: a.info.label, postings: a.postings, share: share(a.postings), required: a.required, skills: a.skills.size }))
      .sort(byShare);
    let periods: Period[] | null = null;
    if (this.options.by === 'month') {
      const keys = [...this.periods.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a < b ? -1 : a > b ? 1 : 0));
      periods = keys.map((period) => {
        const p = this.periods.get(period)!;
        const ps = (k: number) => (p.postings === 0 ? 0 : Math.round((k / p.postings) * 10000) / 10000);
        return {
          period,
          postings: p.postings,
          skills: [...p.skills].map(([id, [postings, required, preferred]]) => ({ id, postings, share: ps(postings), required, preferred })).sort(byShare),
          areas: [...p.areas].map(([id, postings]) => ({ id, postings, share: ps(postings) })).sort(byShare),
        };
      });
    }
    return {
      schemaVersion: SCAN_SCHEMA_VERSION,
      taxonomy: { version: this.options.taxonomyVersion ?? '' },
      options: { top: this.options.top, fields: { ...(this.options.fields ?? {}) }, by: this.options.by ?? null },
      counts: { inputs: this.inputs, postings: n, failed: this.failed, duplicates: { ...this.duplicates }, bytes: this.bytes },
      profile: this.options.profile,
      fewMissing: FEW_MISSING,
      skills,
      gaps,
      pairs: pairs.slice(0, this.options.top),
      ranking,
      failures: this.failures,
      areas,
      periods,
    };
  }
}

/**
 * Postings per pair of skills, each pair by its two skill indexes (a < b) as the key
 * a * 0x10000 + b (a small integer while the taxonomy has under 32,768 skills). A posting adds a
 * hundred pairs or more, on the scan's thread: the pairs of the first DENSE_SKILLS skills seen (the
 * common ones, which make most pairs) are counted in a triangular table of int32s, without hashing
 * and mostly in cache; the rest in an IntMap. Every pair is also entered in the IntMap when first
 * seen, and it grows as if it counted them all, so that the pairs come out in the very order they
 * did when it did (the order that ties in the ranking of pairs fall back on).
 */
class PairCounts {
  private readonly order = new IntMap();
  private dense = new Int32Array(0);

  add(a: number, b: number): void {
    const key = a * 0x10000 + b;
    if (b >= DENSE_SKILLS) {
      this.order.add(key, 1);
      return;
    }
    const at = (b * (b - 1)) / 2 + a;
    if (at >= this.dense.length) this.grow(b);
    if (this.dense[at]!++ === 0) this.order.setIfAbsent(key, 0);
    else this.order.prepare();
  }

  /** Every [key, postings], in the IntMap's order. */
  *entries(): Generator<[number, number]> {
    for (const [key, n] of this.order.entries()) {
      const a = Math.floor(key / 0x10000);
      const b = key % 0x10000;
      yield [key, b < DENSE_SKILLS ? this.dense[(b * (b - 1)) / 2 + a]! : n];
    }
  }

  /** Room for the pairs of skill b with every skill before it. */
  private grow(b: number): void {
    const need = (b * (b + 1)) / 2;
    const max = (DENSE_SKILLS * (DENSE_SKILLS - 1)) / 2;
    const grown = new Int32Array(Math.min(max, Math.max(need, this.dense.length * 2, 4096)));
    grown.set(this.dense);
    this.dense = grown;
  }
}

function yearsOf(hist: Map<number, number>): SkillDemand['years'] {
  if (hist.size === 0) return null;
  const keys = [...hist.keys()].sort((a, b) => a - b);
  const total = [...hist.values()].reduce((a, b) => a + b, 0);
  let seen = 0;
  let median = keys[0]!;
  for (const k of keys) {
    seen += hist.get(k)!;
    if (seen * 2 >= total) {
      median = k;
      break;
    }
  }
  return { postings: total, min: keys[0]!, median, max: keys[keys.length - 1]! };
}
