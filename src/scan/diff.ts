/**
 * `skillgap diff OLD NEW`: trends between two scans (or merges). Each skill's share of postings then
 * and now and the change in points, skills that appeared and vanished, shifts between required and
 * preferred, the areas (specializations) growing and shrinking, and, with a profile, the share of
 * required asks the person covers then and now. Reads only the summaries: never the rows.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import * as z from 'zod/mini';
import '../schema-kit.js';
import { STATUSES } from '../compare/schema.js';
import { ConfigError, InputError, errorMessage } from '../errors.js';
import { merge, notScanned } from './merge.js';
import { ScanProfileSchema, type ScanSummary } from './schema.js';
import type { LoadTaxonomyOptions, CompiledTaxonomy } from '../taxonomy/index.js';

export const DIFF_SCHEMA_VERSION = 1;

const Int = z.number().check(z.int());
const Demand = z.object({ postings: Int, share: z.number(), required: Int, preferred: Int });

export const DiffSideSchema = z.object({
  file: z.string(),
  /** Distinct postings: the base of every share. */
  postings: Int,
  taxonomy: z.nullable(z.string()),
  profile: z.nullable(ScanProfileSchema),
  /** With a profile: required asks (a skill required by a posting) the profile covers, over all required asks. */
  coverage: z.nullable(z.object({ covered: Int, asked: Int, share: z.number() })),
});

export const DiffSkillSchema = z.object({
  id: z.string(),
  label: z.string(),
  category: z.string(),
  old: Demand,
  new: Demand,
  /** new share - old share, in percentage points (one decimal). */
  change: z.number(),
  status: z.enum(['both', 'new', 'vanished']),
  /** Required over required + preferred, then and now (null without such asks), and the change in points. */
  requiredRate: z.object({ old: z.nullable(z.number()), new: z.nullable(z.number()), change: z.nullable(z.number()) }),
  /** The profile's standing then and now (null without a profile). */
  you: z.object({ old: z.nullable(z.enum(STATUSES)), new: z.nullable(z.enum(STATUSES)) }),
});
export type DiffSkill = z.infer<typeof DiffSkillSchema>;

export const DiffAreaSchema = z.object({ id: z.string(), label: z.string(), old: z.object({ postings: Int, share: z.number() }), new: z.object({ postings: Int, share: z.number() }), change: z.number() });

/** `skillgap diff --format json`. */
export const DiffOutputSchema = z.object({
  schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
  old: DiffSideSchema,
  new: DiffSideSchema,
  /** Every skill asked in either, biggest change first. */
  skills: z.array(DiffSkillSchema),
  /** Ids of the skills whose share grew most / fell most (at most `top` each). */
  risers: z.array(z.string()),
  fallers: z.array(z.string()),
  /** Ids of skills asked now and never then, and the reverse, most asked first. */
  appeared: z.array(z.string()),
  vanished: z.array(z.string()),
  /** Ids of skills asked often enough in both whose required rate moved by at least 10 points, biggest shift first. */
  requiredShifts: z.array(z.string()),
  /** Specializations, biggest change first. */
  areas: z.array(DiffAreaSchema),
  /** What to keep in mind: another taxonomy, another profile. */
  notes: z.array(z.string()),
});
export type DiffOutput = z.infer<typeof DiffOutputSchema>;

/** Asks (required + preferred) a skill needs in both scans for its required rate to be compared. */
const MIN_ASKS = 5;
const MIN_SHIFT = 10;

const SUMMARY_LINE = /^\{"type":"summary"/;

/** The summary of a scan's or merge's output: scan JSON, or JSONL whose last line is its summary (several shards are merged first). */
export async function loadSummary(file: string, options: { taxonomy?: LoadTaxonomyOptions; compiled?: CompiledTaxonomy } = {}): Promise<ScanSummary> {
  try {
    if (!statSync(file).isFile()) throw new InputError('not-a-file', `${file}: not a regular file`);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('not-found', `${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(err)}`);
  }
  const summaries: string[] = [];
  let first: string | undefined;
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) {
    if (first === undefined && line.trim() !== '') first = line;
    if (SUMMARY_LINE.test(line)) summaries.push(line);
  }
  if (first === undefined) throw new InputError('empty', `${file}: empty: not a scan's output`);
  let summary: unknown;
  if (summaries.length === 0) {
    if (first.trimStart().startsWith('{') && !first.includes('"type"')) {
      let row: unknown;
      try {
        row = JSON.parse(first);
      } catch {
        row = undefined; // the first line of a scan JSON file, or not JSON: read whole below
      }
      if (row && typeof row === 'object' && !Array.isArray(row) && !('summary' in row)) throw new InputError('bad-scan', notScanned(file));
    }
    try {
      summary = (JSON.parse(readFileSync(file, 'utf8')) as { summary?: unknown }).summary;
    } catch (err) {
      throw new InputError('bad-scan', `${file}: neither scan JSON nor scan JSONL with a summary line (${errorMessage(err).split('\n')[0]})`);
    }
  } else if (summaries.length === 1) {
    try {
      summary = JSON.parse(summaries[0]!);
    } catch (err) {
      throw new InputError('bad-scan', `${file}: its summary line is not valid JSON, cut short? (${errorMessage(err).split('\n')[0]}): scan again, or merge its shards`);
    }
  } else {
    // Shards one after another: their summary is their merge.
    for await (const ev of merge([file], { ...options })) if (ev.type === 'summary') summary = ev.summary;
  }
  const s = summary as Partial<ScanSummary> | undefined;
  if (!s || typeof s !== 'object' || !Array.isArray(s.skills) || !s.counts) throw new InputError('bad-scan', `${file}: no scan summary in it`);
  if ((s.schemaVersion as number) !== 1 && s.schemaVersion !== 2) throw new ConfigError('schema-version', `${file}: scan schemaVersion ${JSON.stringify(s.schemaVersion)}: this skillgap compares versions 1 and 2`);
  return s as ScanSummary;
}

const points = (x: number) => Math.round(x * 1000) / 10;
const rate = (d: { required: number; preferred: number }) => (d.required + d.preferred === 0 ? null : d.required / (d.required + d.preferred));
const COVERED = new Set(['matched', 'reworded', 'transferable']);

function coverage(s: ScanSummary): DiffOutput['old']['coverage'] {
  if (!s.profile) return null;
  let asked = 0;
  let covered = 0;
  for (const k of s.skills) {
    asked += k.required;
    if (k.you && COVERED.has(k.you)) covered += k.required;
  }
  return { covered, asked, share: asked === 0 ? 0 : Math.round((covered / asked) * 10000) / 10000 };
}

/** Compare two scans' summaries. `top` bounds the risers and fallers. */
export function diffSummaries(oldS: ScanSummary, newS: ScanSummary, files: { old: string; new: string }, top = 20): DiffOutput {
  const side = (s: ScanSummary, file: string) => ({
    file,
    postings: s.counts.postings,
    taxonomy: (s as Partial<ScanSummary>).taxonomy?.version ?? null,
    profile: s.profile && 'hash' in s.profile ? s.profile : s.profile ? { ...(s.profile as { source: string; skills: number }), hash: '' } : null,
    coverage: coverage(s),
  });
  const share = (postings: number, n: number) => (n === 0 ? 0 : postings / n);
  const oldBy = new Map(oldS.skills.map((k) => [k.id, k] as const));
  const newBy = new Map(newS.skills.map((k) => [k.id, k] as const));
  const demand = (s: ScanSummary, id: string) => {
    const k = (s === oldS ? oldBy : newBy).get(id);
    return k
      ? { postings: k.postings, share: Math.round(share(k.postings, s.counts.postings) * 10000) / 10000, required: k.required, preferred: k.preferred }
      : { postings: 0, share: 0, required: 0, preferred: 0 };
  };
  const ids = [...new Set([...oldBy.keys(), ...newBy.keys()])];
  const skills: DiffSkill[] = ids.map((id) => {
    const o = demand(oldS, id);
    const n = demand(newS, id);
    const info = newBy.get(id) ?? oldBy.get(id)!;
    const ro = rate(o);
    const rn = rate(n);
    const exact = share(n.postings, newS.counts.postings) - share(o.postings, oldS.counts.postings);
    return {
      id,
      label: info.label,
      category: info.category,
      old: o,
      new: n,
      change: points(exact),
      status: o.postings === 0 ? 'new' : n.postings === 0 ? 'vanished' : 'both',
      requiredRate: {
        old: ro === null ? null : Math.round(ro * 10000) / 10000,
        new: rn === null ? null : Math.round(rn * 10000) / 10000,
        change: ro === null || rn === null ? null : points(rn - ro),
      },
      you: { old: oldBy.get(id)?.you ?? null, new: newBy.get(id)?.you ?? null },
    };
  });
  skills.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || b.new.postings + b.old.postings - (a.new.postings + a.old.postings) || (a.id < b.id ? -1 : 1));
  const byPostings = (side: 'old' | 'new') => (a: DiffSkill, b: DiffSkill) => b[side].postings - a[side].postings || (a.id < b.id ? -1 : 1);
  // Rising and falling among the skills asked in both scans; new and vanished ones are listed apart.
  const risers = skills.filter((k) => k.status === 'both' && k.change > 0).slice(0, top).map((k) => k.id);
  const fallers = skills.filter((k) => k.status === 'both' && k.change < 0).slice(0, top).map((k) => k.id);
  const appeared = skills.filter((k) => k.status === 'new').sort(byPostings('new')).map((k) => k.id);
  const vanished = skills.filter((k) => k.status === 'vanished').sort(byPostings('old')).map((k) => k.id);
  const requiredShifts = skills
    .filter((k) => k.requiredRate.change !== null && Math.abs(k.requiredRate.change) >= MIN_SHIFT && k.old.required + k.old.preferred >= MIN_ASKS && k.new.required + k.new.preferred >= MIN_ASKS)
    .sort((a, b) => Math.abs(b.requiredRate.change!) - Math.abs(a.requiredRate.change!) || (a.id < b.id ? -1 : 1))
    .map((k) => k.id);

  const oldAreas = new Map((oldS.areas ?? []).map((a) => [a.id, a] as const));
  const newAreas = new Map((newS.areas ?? []).map((a) => [a.id, a] as const));
  const areas = [...new Set([...oldAreas.keys(), ...newAreas.keys()])]
    .map((id) => {
      const o = oldAreas.get(id);
      const n = newAreas.get(id);
      const os = share(o?.postings ?? 0, oldS.counts.postings);
      const ns = share(n?.postings ?? 0, newS.counts.postings);
      return {
        id,
        label: (n ?? o)!.label,
        old: { postings: o?.postings ?? 0, share: Math.round(os * 10000) / 10000 },
        new: { postings: n?.postings ?? 0, share: Math.round(ns * 10000) / 10000 },
        change: points(ns - os),
      };
    })
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.id < b.id ? -1 : 1));

  const notes: string[] = [];
  const o = side(oldS, files.old);
  const n = side(newS, files.new);
  if (o.taxonomy !== n.taxonomy) notes.push(`the scans used different taxonomies (${o.taxonomy ?? 'unknown'} and ${n.taxonomy ?? 'unknown'}): a change may be the taxonomy's, not the market's`);
  if ((o.profile?.hash ?? null) !== (n.profile?.hash ?? null)) notes.push('the scans were compared with different profiles (or one without): coverage then and now is not like for like');
  if (!oldS.areas || !newS.areas) notes.push('one scan predates areas (schema version 1): no roll-up by specialization');
  return { schemaVersion: DIFF_SCHEMA_VERSION, old: o, new: n, skills, risers, fallers, appeared, vanished, requiredShifts, areas, notes };
}
