import type { Profile } from '../profile/schema.js';
import type { IngestOptions } from '../ingest/index.js';
import { loadTaxonomy, type CompiledTaxonomy, type LoadTaxonomyOptions } from '../taxonomy/index.js';
import { Aggregator } from './aggregate.js';
import { Deduper } from './dedupe.js';
import { processAll, type WorkerInit } from './pool.js';
import type { PostingResult, ScanRow, ScanSummary } from './schema.js';
import { expandInputs, type FieldMap, type SourceItem } from './sources.js';
import { profileHash, taxonomyVersion } from './identity.js';
import { areaResolver, type AreaInfo } from '../taxonomy/areas.js';

export interface ScanProgress {
  /** Postings finished (failed and duplicates included). */
  done: number;
  failed: number;
  duplicates: number;
  /** UTF-8 bytes of posting text read. */
  bytes: number;
}

export interface ScanOptions {
  /** How workers load the taxonomy (the bundled one plus overlays by default). */
  taxonomy?: LoadTaxonomyOptions;
  /** The taxonomy already loaded in this thread, if any (else loaded from `taxonomy`). */
  compiled?: CompiledTaxonomy;
  /** The person's profile: without one, a scan reports market demand only. */
  profile?: Profile | null;
  /** Column mapping for JSONL/CSV exports. */
  fields?: FieldMap;
  maxBytes?: number;
  /** For URLs: rendering, cache, offline mode, timeouts. */
  web?: IngestOptions['web'];
  /** Worker threads: 0 in-process; undefined: in-process for a few hundred postings, else min(cores, 4). */
  jobs?: number;
  /** Length of the rankings in the summary (best fits, gaps, pairs). Default 20. */
  top?: number;
  /** Split demand by month of `datePosted` (postings without a date go to `undated`). */
  by?: 'month' | null;
  /** Standard input, for the input `-` (a JSONL, CSV or text stream): the library never reads process.stdin itself. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** What rows of standard input are named (`NAME#LINE`): a shard's name under `parallel --pipe` (default `stdin`). */
  stdinName?: string;
  onProgress?: (progress: ScanProgress) => void;
}

export type ScanEvent = { type: 'posting'; row: ScanRow } | { type: 'summary'; summary: ScanSummary };

/** A result's skill ids by importance: required, preferred, mentioned (one pass: this runs for every row). */
function byImportance(r: PostingResult): [string[], string[], string[]] {
  const required: string[] = [];
  const preferred: string[] = [];
  const mentioned: string[] = [];
  for (const [id, imp] of r.skills) {
    if (imp === 0) required.push(id);
    else if (imp === 1) preferred.push(id);
    else if (imp === 2) mentioned.push(id);
  }
  return [required, preferred, mentioned];
}

/**
 * Scan many postings: yields one row per posting in input order as each finishes (failed ones as
 * rows with `error`, duplicates as rows with `duplicate`), then the summary: market demand, gaps
 * and the best fits. Streams: memory stays flat in the number of postings. Never prints.
 */
export async function* scan(inputs: readonly string[], options: ScanOptions = {}): AsyncGenerator<ScanEvent> {
  yield* scanItems(expandInputs(inputs, { ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...(options.stdin ? { stdin: options.stdin } : {}), ...(options.fields ? { fields: options.fields } : {}), ...(options.stdinName ? { stdinName: options.stdinName } : {}) }), options);
}

/** A scan of items already expanded, such as uploads held in memory (see `scan`). */
export async function* scanItems(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, options: ScanOptions = {}): AsyncGenerator<ScanEvent> {
  const taxonomyOptions = options.taxonomy ?? {};
  let compiled = options.compiled;
  const taxonomy = () => (compiled ??= loadTaxonomy(taxonomyOptions));
  const profile = options.profile ?? null;
  // Workers load the taxonomy themselves: from the build's cache, a few tens of milliseconds.
  const init: WorkerInit = { taxonomy: taxonomyOptions, profile, fields: options.fields ?? {}, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...(options.web ? { web: options.web } : {}) };
  const results = processAll(toAsync(items), init, { ...(options.jobs !== undefined ? { jobs: options.jobs } : {}), local: () => ({ ...init, taxonomy: taxonomy() }) });
  yield* summarize(results, {
    taxonomy,
    taxonomyVersion: taxonomyVersion(taxonomyOptions),
    profile: profile ? { source: profile.source, skills: profile.skills.length, hash: profileHash(profile) } : null,
    top: options.top ?? 20,
    fields: options.fields ?? {},
    by: options.by ?? null,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

export interface SummarizeOptions {
  /** The taxonomy, for labels, categories and areas (called once, when first needed). */
  taxonomy: () => CompiledTaxonomy;
  taxonomyVersion: string;
  profile: ScanSummary['profile'];
  top: number;
  fields: FieldMap;
  by: 'month' | null;
  onProgress?: (progress: ScanProgress) => void;
}

/** A field map with its keys in order, so that equal mappings print alike. */
const sortedFields = (fields: FieldMap): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1))) as Record<string, string>;

/**
 * The one path from results to rows and a summary, shared by a scan and a merge: results in input
 * order are indexed, checked for duplicates (exact and near, across everything before them) and
 * aggregated; each yields its row, then the summary comes. Memory: the aggregates (bounded by the
 * taxonomy) plus what duplicate detection keeps per distinct posting.
 */
export async function* summarize(results: AsyncIterable<PostingResult> | Iterable<PostingResult>, options: SummarizeOptions): AsyncGenerator<ScanEvent> {
  let areaOf: ((id: string) => AreaInfo | null) | undefined;
  const aggregator = new Aggregator({
    top: options.top,
    profile: options.profile,
    taxonomyVersion: options.taxonomyVersion,
    fields: sortedFields(options.fields),
    by: options.by,
    skillInfo: (id) => {
      const s = options.taxonomy().skills.get(id);
      return s ? { label: s.label, category: s.category } : undefined;
    },
    areaOf: (id) => (areaOf ??= areaResolver(options.taxonomy()))(id),
  });
  const deduper = new Deduper();
  const sources = new SourceNames();
  const progress: ScanProgress = { done: 0, failed: 0, duplicates: 0, bytes: 0 };

  let index = 0;
  for await (const r of results) {
    const [required, preferred, mentioned] = byImportance(r);
    const row: ScanRow = {
      index,
      source: r.source,
      title: r.title,
      company: r.company,
      location: r.location,
      url: r.url,
      datePosted: r.datePosted,
      status: 'ok',
      duplicate: null,
      error: r.error,
      score: r.score,
      rank: null,
      required,
      preferred,
      mentioned,
      missingRequired: [],
      skills: r.skills,
      bytes: r.bytes,
      fingerprint: r.error ? null : { exact: r.exact, minhash: r.minhash64 },
    };
    if (r.error) {
      row.status = 'failed';
      aggregator.failure(r.source, r.error);
      progress.failed++;
    } else {
      progress.bytes += r.bytes;
      const verdict = deduper.check(index, { exact: r.exact, minhash: r.minhash });
      if (verdict) {
        row.status = 'duplicate';
        row.duplicate = { kind: verdict.kind, of: sources.get(verdict.of), ofIndex: verdict.of, similarity: verdict.similarity };
        aggregator.duplicate(verdict.kind);
        progress.duplicates++;
      } else {
        sources.set(index, r.source);
        row.missingRequired = aggregator.add(index, r);
      }
    }
    index++;
    progress.done++;
    options.onProgress?.({ ...progress });
    yield { type: 'posting', row };
  }
  yield { type: 'summary', summary: aggregator.summary() };
}

/**
 * Sources of distinct postings by index, to name the original of a duplicate: `file.jsonl#LINE` is
 * kept as an interned file and a line number, so 100,000 rows of one export cost under 1 MB.
 */
class SourceNames {
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();
  private readonly fileOf: number[] = [];
  private readonly lineOf: number[] = [];
  private readonly other = new Map<number, string>();

  set(index: number, source: string): void {
    const m = /^(.*)#(\d{1,9})$/.exec(source);
    if (!m) {
      this.other.set(index, source);
      return;
    }
    let id = this.fileIds.get(m[1]!);
    if (id === undefined) {
      id = this.files.push(m[1]!) - 1;
      this.fileIds.set(m[1]!, id);
    }
    this.fileOf[index] = id;
    this.lineOf[index] = Number(m[2]);
  }

  get(index: number): string {
    const other = this.other.get(index);
    if (other !== undefined) return other;
    const id = this.fileOf[index];
    return id === undefined ? '' : `${this.files[id]}#${this.lineOf[index]}`;
  }
}

async function* toAsync<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
