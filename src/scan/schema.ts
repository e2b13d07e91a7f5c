import * as z from 'zod/mini';
import '../schema-kit.js';
import { STATUSES } from '../compare/schema.js';
import { ErrorInfoSchema } from '../extract/schema.js';

/** The status code of a skill that another member of its group of alternatives stands for (see PostingResult). */
export const ALTERNATIVE = 99;

/**
 * Version of the scan outputs (json, jsonl, csv columns): outside tools rely on them.
 * Version 2: rows carry what merging needs (`skills` with importance, years and status, `bytes`,
 * `fingerprint`); the summary names the taxonomy version, the profile's hash and the options, and
 * rolls demand up by area (`areas`) and, with `--by month`, by period (`periods`).
 */
export const SCAN_SCHEMA_VERSION = 2;

/** A skill of a row: [id, importance (0 required, 1 preferred, 2 mentioned), years or null, status]. */
export const RowSkillSchema = z.tuple([
  z.string(),
  z.number().check(z.int(), z.minimum(0), z.maximum(2)),
  z.nullable(z.number()),
  z.number().check(z.int(), z.describe('index into [matched, reworded, transferable, missing]; -1 without a profile; 99 for a member you lack of a group of alternatives another member stands for (its other members keep your own status)')),
]);

/** One posting of a scan, as every output format shows it. Skills are taxonomy ids (labels are in the summary). */
export const ScanRowSchema = z.object({
  /** Position in input order, from 0. */
  index: z.number().check(z.int()),
  source: z.string().check(z.describe('a path, a URL, or file.jsonl#LINE for a row of an export')),
  title: z.nullable(z.string()),
  company: z.nullable(z.string()),
  location: z.nullable(z.string()),
  url: z.nullable(z.string()),
  datePosted: z.nullable(z.string()),
  status: z.enum(['ok', 'duplicate', 'failed']),
  /** For a duplicate: the earlier posting it repeats. Duplicates count once: they are not in the market figures. */
  duplicate: z.nullable(z.object({ kind: z.enum(['exact', 'near']), of: z.string(), ofIndex: z.number().check(z.int()), similarity: z.number() })),
  error: z.nullable(ErrorInfoSchema),
  /** Fit 0-100 with a profile (the `analyze` score), null without one. */
  score: z.nullable(z.number().check(z.int())),
  /** 1 = best fit; null in streamed output (known only at the end) and for failed or duplicate postings. */
  rank: z.nullable(z.number().check(z.int())),
  required: z.array(z.string()),
  preferred: z.array(z.string()),
  mentioned: z.array(z.string()),
  /** Required skills the profile does not cover (neither the skill, a child of it, a part of it nor a related one), in posting order. */
  missingRequired: z.array(z.string()),
  /** Every skill with its importance, years and status: what `skillgap merge` aggregates. */
  skills: z.array(RowSkillSchema),
  /** UTF-8 bytes of the posting's text (0 for a failed one). */
  bytes: z.number().check(z.int()),
  /**
   * For duplicate detection across shards (null for a failed posting): `exact`, a 64-bit hash of the
   * normalized words in hex; `minhash`, the 32-value MinHash of word 3-shingles as base64 of its
   * little-endian Int32Array (null for a posting too short to compare).
   */
  fingerprint: z.nullable(z.object({ exact: z.string(), minhash: z.nullable(z.string()) })),
});
export type ScanRow = z.infer<typeof ScanRowSchema>;

export const YearsSchema = z.object({ postings: z.number().check(z.int()), min: z.number(), median: z.number(), max: z.number() });

export const SkillDemandSchema = z.object({
  id: z.string(),
  label: z.string(),
  category: z.string(),
  /** Distinct postings naming it at all. */
  postings: z.number().check(z.int()),
  /** postings / distinct postings read. */
  share: z.number(),
  required: z.number().check(z.int()),
  preferred: z.number().check(z.int()),
  mentioned: z.number().check(z.int()),
  /** Years of experience asked, over the postings that say. */
  years: z.nullable(YearsSchema),
  /** The profile's coverage: its best status for this skill; null without a profile. */
  you: z.nullable(z.enum(STATUSES)),
});
export type SkillDemand = z.infer<typeof SkillDemandSchema>;

export const GapRankSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Postings where it is a missing required skill and at most `fewMissing` required skills are missing. */
  unlocks: z.number().check(z.int()),
  /** Postings where it is the only missing required skill. */
  only: z.number().check(z.int()),
  /** Postings that require it while the profile lacks it. */
  missingIn: z.number().check(z.int()),
  share: z.number(),
});
export type GapRank = z.infer<typeof GapRankSchema>;

export const PairSchema = z.object({
  a: z.string(),
  b: z.string(),
  labels: z.tuple([z.string(), z.string()]),
  /** Postings asking for both (required or preferred). */
  postings: z.number().check(z.int()),
  /** How much more often they go together than if independent: P(a and b) / (P(a) P(b)). */
  lift: z.number(),
});
export type Pair = z.infer<typeof PairSchema>;

export const RankedSchema = z.object({
  rank: z.number().check(z.int()),
  index: z.number().check(z.int()),
  source: z.string(),
  title: z.nullable(z.string()),
  company: z.nullable(z.string()),
  /** The posting's own address, when known (a URL input, or a row's url field). */
  url: z.nullable(z.string()),
  score: z.number().check(z.int()),
  missingRequired: z.array(z.string()),
});
export type Ranked = z.infer<typeof RankedSchema>;

/** Demand for a specialization (taxonomies/meta/areas.yaml): postings asking for any of its skills. */
export const AreaDemandSchema = z.object({
  id: z.string(),
  label: z.string(),
  postings: z.number().check(z.int()),
  share: z.number(),
  /** Postings requiring at least one of its skills. */
  required: z.number().check(z.int()),
  /** Distinct skills of the area the postings name. */
  skills: z.number().check(z.int()),
});
export type AreaDemand = z.infer<typeof AreaDemandSchema>;

/** Demand within one period (`--by month`): a month `YYYY-MM`, or `undated`. */
export const PeriodSchema = z.object({
  period: z.string(),
  postings: z.number().check(z.int()),
  skills: z.array(z.object({ id: z.string(), postings: z.number().check(z.int()), share: z.number(), required: z.number().check(z.int()), preferred: z.number().check(z.int()) })),
  areas: z.array(z.object({ id: z.string(), postings: z.number().check(z.int()), share: z.number() })),
});
export type Period = z.infer<typeof PeriodSchema>;

/** What makes two scans' rows comparable: `skillgap merge` refuses shards that differ in these. */
export const ScanProfileSchema = z.object({
  source: z.string(),
  skills: z.number().check(z.int()),
  /** A hash of the profile's content (skills, levels, years, evidence): equal profiles, equal hash. */
  hash: z.string(),
});

export const ScanOptionsSchema = z.object({
  /** Length of the rankings. */
  top: z.number().check(z.int()),
  /** The column mapping of JSONL/CSV exports (--text-field ...). */
  fields: z.record(z.string(), z.string()),
  /** Demand split by period (`--by month`), or null. */
  by: z.nullable(z.literal('month')),
});

export const ScanSummarySchema = z.object({
  schemaVersion: z.literal(SCAN_SCHEMA_VERSION),
  /** The taxonomy the rows were extracted with: a hash of its files, its categories and areas, and any overlays. */
  taxonomy: z.object({ version: z.string() }),
  options: ScanOptionsSchema,
  counts: z.object({
    /** Every posting, row or file the inputs held, failed ones included. */
    inputs: z.number().check(z.int()),
    /** Distinct postings read: the base of every share. */
    postings: z.number().check(z.int()),
    failed: z.number().check(z.int()),
    duplicates: z.object({ exact: z.number().check(z.int()), near: z.number().check(z.int()) }),
    bytes: z.number().check(z.int()),
  }),
  profile: z.nullable(ScanProfileSchema),
  fewMissing: z.number().check(z.int()),
  /** Skills by share of postings asking for them, most asked first. */
  skills: z.array(SkillDemandSchema),
  /** Missing skills by postings they would unlock, most first (empty without a profile). */
  gaps: z.array(GapRankSchema),
  /** Skills that go together, by lift among pairs seen often enough. */
  pairs: z.array(PairSchema),
  /** The best fits, best first (empty without a profile). */
  ranking: z.array(RankedSchema),
  /** The first failures (all of them are rows). */
  failures: z.array(z.object({ source: z.string(), code: z.string(), message: z.string() })),
  /** Demand by specialization (the taxonomy's areas), most asked first. */
  areas: z.array(AreaDemandSchema),
  /** With `--by month`: demand per month of `datePosted`, oldest first, then `undated`; else null. */
  periods: z.nullable(z.array(PeriodSchema)),
});
export type ScanSummary = z.infer<typeof ScanSummarySchema>;

/** A posting as a worker hands it back: compact, no text. Skills are [id, importance, years, status]. */
export interface PostingResult {
  source: string;
  title: string | null;
  company: string | null;
  location: string | null;
  url: string | null;
  datePosted: string | null;
  /** UTF-8 bytes of the posting's text. */
  bytes: number;
  error: { code: string; message: string } | null;
  exact: string;
  minhash: Int32Array | null;
  /** `minhash` as base64 (see ScanRow.fingerprint), made by the worker. */
  minhash64: string | null;
  /**
   * importance: 0 required, 1 preferred, 2 mentioned; status: index into STATUSES, -1 without a
   * profile, or ALTERNATIVE for a member the person lacks of a group of alternatives that another
   * member stands for (met or not: the group is one requirement, not several). Each other member
   * has the person's own status, never the one of the member that meets the group.
   */
  skills: [id: string, importance: 0 | 1 | 2, years: number | null, status: number][];
  score: number | null;
}

/** `scan --format json`: the summary, then every posting's row (best fit first with a profile, else input order). */
export const ScanOutputSchema = z.object({
  schemaVersion: z.literal(SCAN_SCHEMA_VERSION),
  summary: ScanSummarySchema,
  postings: z.array(ScanRowSchema),
});
export type ScanOutput = z.infer<typeof ScanOutputSchema>;

/** `scan --format jsonl`: each line one of these, a `posting` line per posting as it finishes, then one `summary` line. */
export const ScanJsonlLineSchema = z.union([
  z.extend(ScanRowSchema, { type: z.literal('posting') }),
  z.extend(ScanSummarySchema, { type: z.literal('summary') }),
]);
export type ScanJsonlLine = z.infer<typeof ScanJsonlLineSchema>;
