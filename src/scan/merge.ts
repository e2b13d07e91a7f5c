/**
 * `skillgap merge`: the rows of any number of scans (JSONL shards, or scan JSON) combined into the
 * summary one scan of all their postings gives. The rows go, in file order with their indexes
 * renumbered, through the same path as a scan's results (`summarize`): duplicates are found across
 * shards, and every aggregate (demand, years, pairs, gaps, ranking, areas, periods) is the same.
 *
 * Two passes over each file: the first reads only the summary lines (a shard ends with one), checks
 * that the shards agree (schema version, taxonomy version, profile, options) and fingerprints each
 * shard to fold one given twice; the second streams the rows. Memory: one line at a time, plus what
 * duplicate detection keeps per distinct posting.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { loadTaxonomy, type CompiledTaxonomy, type LoadTaxonomyOptions } from '../taxonomy/index.js';
import { decodeMinhash, taxonomyVersion } from './identity.js';
import { summarize, type ScanEvent, type ScanProgress } from './scan.js';
import { SCAN_SCHEMA_VERSION, type PostingResult, type ScanRow, type ScanSummary } from './schema.js';

export interface MergeOptions {
  /** The taxonomy the shards were scanned with (the bundled one plus overlays by default); its version must match theirs. */
  taxonomy?: LoadTaxonomyOptions;
  compiled?: CompiledTaxonomy;
  /** Length of the rankings; default: the shards' own (they must then agree). */
  top?: number;
  /** Split demand by month of `datePosted`. */
  by?: 'month' | null;
  /** Standard input, for the file `-` (a reducer's input). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Something the user should know that does not change the result's correctness: an empty shard, a shard given twice. */
  onWarning?: (message: string) => void;
  /** An input problem (exit 1): a missing file, a truncated or unparsable line, a shard without its summary line. */
  onError?: (message: string) => void;
  onProgress?: (progress: ScanProgress) => void;
}

/** A shard: the rows of one scan, ended by its summary line (JSONL), or a scan JSON file. */
interface Segment {
  file: string;
  /** 1-based lines of its rows (JSONL): [first, last]; the summary line is last + 1. */
  first: number;
  last: number;
  rows: number;
  summary: ScanSummary;
  hash: string;
  use: boolean;
}

interface Survey {
  file: string;
  kind: 'jsonl' | 'json' | 'empty' | 'missing';
  segments: Segment[];
  /** The rows of a scan JSON file, in input order. */
  rows?: ScanRow[];
}

const SUMMARY_PREFIX = Buffer.from('{"type":"summary"');

/** The lines of a file as buffers with their 1-based numbers; `newline` is false only for a last line without its newline. */
async function* lines(path: string): AsyncGenerator<{ n: number; line: Buffer; newline: boolean }> {
  let n = 0;
  let carry: Buffer | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      yield { n: ++n, line: carry ? Buffer.concat([carry, piece]) : piece, newline: true };
      carry = null;
      start = nl + 1;
    }
    if (start < chunk.length) carry = carry ? Buffer.concat([carry, chunk.subarray(start)]) : chunk.subarray(start);
  }
  if (carry && carry.length > 0) yield { n: ++n, line: carry, newline: false };
}

const isBlank = (b: Buffer) => {
  for (const c of b) if (c !== 32 && c !== 9 && c !== 13) return false;
  return true;
};

function checkSummary(file: string, value: unknown, where: string): ScanSummary {
  const s = value as Partial<ScanSummary> | null;
  if (!s || typeof s !== 'object') throw new ConfigError('bad-shard', `${where}: not a scan summary`);
  if (s.schemaVersion !== SCAN_SCHEMA_VERSION) {
    throw new ConfigError(
      'schema-version',
      `${file}: scan schemaVersion ${JSON.stringify(s.schemaVersion ?? null)}, this skillgap merges version ${SCAN_SCHEMA_VERSION}: scan it again with this version (\`scan --format jsonl\`)`,
    );
  }
  if (!s.taxonomy || !s.counts || !s.options) throw new ConfigError('bad-shard', `${where}: not a scan summary (no taxonomy, counts or options)`);
  return s as ScanSummary;
}

/** First pass over one input: its shards, their summaries and fingerprints. */
async function survey(file: string, path: string, onError: (m: string) => void): Promise<Survey> {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) {
      onError(`${file}: not a regular file`);
      return { file, kind: 'missing', segments: [] };
    }
    size = st.size;
  } catch (err) {
    onError(`${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(err)}`);
    return { file, kind: 'missing', segments: [] };
  }
  if (size === 0) return { file, kind: 'empty', segments: [] };
  const segments: Segment[] = [];
  let hash = createHash('sha1');
  let first = 0;
  let rows = 0;
  let sawAny = false;
  let kind: Survey['kind'] | undefined;
  for await (const { n, line, newline } of lines(path)) {
    if (kind === undefined) {
      if (isBlank(line)) continue;
      // A scan JSON file starts with `{` and its first line is not a whole object: read it whole.
      const text = line.toString('utf8').trim();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && !('type' in parsed) && !('summary' in parsed) && newline) throw new ConfigError('bad-shard', notScanned(file));
      if (!parsed || typeof parsed !== 'object' || !('type' in parsed)) return surveyJson(file, path);
      kind = 'jsonl';
    }
    sawAny = true;
    if (isBlank(line)) continue;
    if (!newline) {
      // A last line without its newline: whole only if it parses (a writer cut short leaves half a line).
      try {
        JSON.parse(line.toString('utf8'));
      } catch {
        onError(
          `${file}:${n}: truncated line (no newline at the end, not valid JSON): not used` +
            (rows > 0 ? `; the ${rows} row${rows === 1 ? '' : 's'} of its shard before it have no summary line: not used either` : ''),
        );
        return { file, kind: 'jsonl', segments };
      }
    }
    hash.update(line).update('\n');
    if (line.subarray(0, SUMMARY_PREFIX.length).equals(SUMMARY_PREFIX)) {
      let value: unknown;
      try {
        value = JSON.parse(line.toString('utf8'));
      } catch (err) {
        throw new ConfigError('bad-shard', `${file}:${n}: a summary line that is not valid JSON (${errorMessage(err)})`);
      }
      const summary = checkSummary(file, value, `${file}:${n}`);
      segments.push({ file, first: first || n, last: n - 1, rows, summary, hash: hash.digest('hex'), use: true });
      hash = createHash('sha1');
      first = 0;
      rows = 0;
      continue;
    }
    if (first === 0) first = n;
    rows++;
  }
  if (!sawAny) return { file, kind: 'empty', segments: [] };
  if (rows > 0) onError(`${file}: the last ${rows} row${rows === 1 ? '' : 's'} (from line ${first}) have no summary line (the scan did not finish?): not used`);
  return { file, kind: 'jsonl', segments };
}

/** The message for a JSONL export of postings given where a scan's output is wanted (its lines are objects without a `type`). */
export const notScanned = (file: string) => `${file}: a JSONL of postings, not a scan's output: scan it first (skillgap scan ${file} --format jsonl -o rows.jsonl) and give that`;

/** A scan JSON file (`scan --format json`): its summary and its rows, put back in input order. */
async function surveyJson(file: string, path: string): Promise<Survey> {
  const { readFile } = await import('node:fs/promises');
  let value: { schemaVersion?: unknown; summary?: unknown; postings?: unknown };
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new ConfigError('bad-shard', `${file}: neither scan JSONL nor scan JSON (${errorMessage(err)})`);
  }
  if (!value || typeof value !== 'object' || !Array.isArray(value.postings)) throw new ConfigError('bad-shard', `${file}: not a scan's output (no postings list): give \`scan --format jsonl\` or \`--format json\` output`);
  const summary = checkSummary(file, value.summary, file);
  const rows = (value.postings as ScanRow[]).slice().sort((a, b) => a.index - b.index);
  const hash = createHash('sha1').update(JSON.stringify(value)).digest('hex');
  return { file, kind: 'json', segments: [{ file, first: 0, last: -1, rows: rows.length, summary, hash, use: true }], rows };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Refuse shards that would not merge into one scan's summary: another taxonomy, profile or field mapping. */
function checkAgreement(segments: readonly Segment[], version: string, top: number | undefined): { profile: ScanSummary['profile']; top: number; fields: Record<string, string> } {
  const base = segments[0]!;
  for (const s of segments) {
    if (s.summary.taxonomy.version !== version) {
      throw new ConfigError(
        'taxonomy-version',
        `${s.file}: scanned with taxonomy version ${s.summary.taxonomy.version}, this merge has ${version}: merge with the same skillgap and --taxonomy overlays the scan used, or scan it again`,
      );
    }
    const p = s.summary.profile;
    const q = base.summary.profile;
    if ((p === null) !== (q === null) || (p && q && p.hash !== q.hash)) {
      const name = (x: typeof p) => (x ? `${x.source} (hash ${x.hash})` : 'no profile');
      throw new ConfigError('profile-mismatch', `${s.file}: scanned with ${name(p)}, ${base.file} with ${name(q)}: shards must be scanned with the same profile`);
    }
    if (!same(s.summary.options.fields, base.summary.options.fields)) {
      throw new ConfigError('options-mismatch', `${s.file}: scanned with fields ${JSON.stringify(s.summary.options.fields)}, ${base.file} with ${JSON.stringify(base.summary.options.fields)}: shards must read their exports alike`);
    }
    if (top === undefined && s.summary.options.top !== base.summary.options.top) {
      throw new ConfigError('options-mismatch', `${s.file}: scanned with --top ${s.summary.options.top}, ${base.file} with --top ${base.summary.options.top}: give merge --top N`);
    }
  }
  return { profile: base.summary.profile, top: top ?? base.summary.options.top, fields: base.summary.options.fields };
}

/** A row as the result it was made from (see summarize). */
export function resultOfRow(row: ScanRow): PostingResult {
  const fp = row.fingerprint;
  return {
    source: row.source,
    title: row.title,
    company: row.company,
    location: row.location,
    url: row.url,
    datePosted: row.datePosted,
    bytes: row.bytes,
    error: row.error,
    exact: fp?.exact ?? '',
    minhash: fp?.minhash ? decodeMinhash(fp.minhash) : null,
    minhash64: fp?.minhash ?? null,
    skills: row.skills as PostingResult['skills'],
    score: row.score,
  };
}

function isRow(v: unknown): v is ScanRow {
  const r = v as ScanRow & { type?: string };
  return !!r && typeof r === 'object' && r.type === 'posting' && typeof r.source === 'string' && Array.isArray(r.skills) && typeof r.bytes === 'number';
}

/** Second pass: the rows of the shards in use, in file order. */
async function* rowsOf(surveys: readonly Survey[], paths: ReadonlyMap<string, string>, onError: (m: string) => void): AsyncGenerator<PostingResult> {
  for (const s of surveys) {
    const used = s.segments.filter((g) => g.use && g.rows > 0);
    if (used.length === 0) continue;
    if (s.kind === 'json') {
      for (const row of s.rows ?? []) yield resultOfRow(row);
      continue;
    }
    let k = 0;
    for await (const { n, line } of lines(paths.get(s.file)!)) {
      while (k < used.length && n > used[k]!.last) k++;
      if (k >= used.length) break;
      if (n < used[k]!.first || isBlank(line)) continue;
      let value: unknown;
      try {
        value = JSON.parse(line.toString('utf8'));
      } catch (err) {
        onError(`${s.file}:${n}: not valid JSON (${errorMessage(err).split('\n')[0]}): skipped`);
        continue;
      }
      if (!isRow(value)) {
        onError(`${s.file}:${n}: not a scan row of schema version ${SCAN_SCHEMA_VERSION}: skipped`);
        continue;
      }
      yield resultOfRow(value);
    }
  }
}

/** Standard input copied to a temp file: a merge reads each input twice. */
async function spoolStdin(stdin: AsyncIterable<Uint8Array | string>, dir: string): Promise<string> {
  const path = join(dir, 'stdin.jsonl');
  const out = createWriteStream(path);
  for await (const chunk of stdin) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

/**
 * Merge scans' outputs: yields a row per posting (renumbered, duplicates across shards marked) and
 * then the summary, exactly as one scan of all the postings in file order would. Throws a
 * ConfigError (exit 2) naming the file when shards do not agree.
 */
export async function* merge(files: readonly string[], options: MergeOptions = {}): AsyncGenerator<ScanEvent> {
  const onError = options.onError ?? (() => {});
  const onWarning = options.onWarning ?? (() => {});
  const taxonomyOptions = options.taxonomy ?? {};
  let compiled = options.compiled;
  const taxonomy = () => (compiled ??= loadTaxonomy(taxonomyOptions));
  let tmp: string | undefined;
  try {
    const paths = new Map<string, string>();
    const surveys: Survey[] = [];
    const seenFiles = new Set<string>();
    for (const file of files) {
      if (seenFiles.has(file)) {
        onWarning(`${file}: given twice: counted once`);
        continue;
      }
      seenFiles.add(file);
      let path = file;
      if (file === '-') {
        if (!options.stdin) throw new ConfigError('no-stdin', 'merge -: no standard input to read');
        tmp ??= mkdtempSync(join(tmpdir(), 'skillgap-merge-'));
        path = await spoolStdin(options.stdin, tmp);
      }
      paths.set(file, path);
      const s = await survey(file, path, onError);
      if (s.kind === 'empty') onWarning(`${file}: empty shard: nothing to merge`);
      surveys.push(s);
    }
    // A shard given twice (the same rows and summary, under any name) counts once.
    const byHash = new Map<string, Segment>();
    for (const g of surveys.flatMap((s) => s.segments)) {
      const earlier = byHash.get(g.hash);
      if (earlier) {
        g.use = false;
        onWarning(`${g.file}${g.first > 0 ? `:${g.first}` : ''}: the same shard as ${earlier.file}${earlier.first > 0 ? `:${earlier.first}` : ''} (given twice?): counted once`);
        continue;
      }
      byHash.set(g.hash, g);
      if (g.rows === 0) onWarning(`${g.file}: a shard of no postings`);
    }
    const used = surveys.flatMap((s) => s.segments).filter((g) => g.use);
    const version = taxonomyVersion(taxonomyOptions);
    const agreed = used.length > 0 ? checkAgreement(used, version, options.top) : { profile: null, top: options.top ?? 20, fields: {} };
    yield* summarize(rowsOf(surveys, paths, onError), {
      taxonomy,
      taxonomyVersion: version,
      profile: agreed.profile,
      top: agreed.top,
      fields: agreed.fields,
      by: options.by ?? null,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
