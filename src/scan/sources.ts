import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError, errorMessage } from '../errors.js';
import { isUrl, STDIN } from '../ingest/index.js';
import { DEFAULT_MAX_BYTES } from '../ingest/read-input.js';
import { CSV_EXTENSIONS, JSON_EXTENSIONS, JSONL_EXTENSIONS, POSTING_EXTENSIONS } from './extensions.js';

/**
 * What a scan reads, one posting at a time: a file or URL to load, a row of an export (a JSONL line,
 * parsed by whoever processes it; a CSV record, already split into fields), or an input that failed
 * before any posting could be read from it (a missing folder, a bad CSV record).
 */
export type SourceItem =
  | { kind: 'spec'; source: string }
  | { kind: 'json'; source: string; line: string }
  /** A JSONL line as read from a file or standard input: its UTF-8 bytes, decoded by whoever processes it (a worker, in a large scan). */
  | { kind: 'json-bytes'; source: string; bytes: Uint8Array }
  | { kind: 'record'; source: string; record: Record<string, string> }
  /** One posting's text read from standard input (decoded by whoever processes it). */
  | { kind: 'text'; source: string; bytes: Uint8Array }
  | { kind: 'error'; source: string; error: { code: string; message: string } };

/** Which column of an export holds what; unset fields are found by common names. */
export interface FieldMap {
  text?: string;
  title?: string;
  company?: string;
  location?: string;
  url?: string;
  date?: string;
}

export const FIELD_NAMES = ['text', 'title', 'company', 'location', 'url', 'date'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Column names looked for when a field is not mapped, in order of preference (compared without case or punctuation). */
const COMMON_NAMES: Record<FieldName, readonly string[]> = {
  text: ['text', 'description', 'jobdescription', 'descriptiontext', 'body', 'content', 'posting', 'details', 'fulltext', 'descriptionplain'],
  title: ['title', 'jobtitle', 'position', 'positiontitle', 'role', 'name'],
  company: ['company', 'companyname', 'employer', 'organization', 'organisation', 'hiringorganization'],
  location: ['location', 'joblocation', 'city', 'place'],
  url: ['url', 'joburl', 'link', 'applyurl', 'href', 'postingurl', 'absoluteurl', 'hostedurl'],
  date: ['dateposted', 'date', 'posted', 'postedat', 'postdate', 'posteddate', 'publishedat', 'published', 'firstpublished', 'createdat', 'datecreated'],
};

export { CSV_EXTENSIONS, JSONL_EXTENSIONS, POSTING_EXTENSIONS } from './extensions.js';
const URL_LIST_EXTENSIONS = new Set(['.urls']);

const GLOB_CHARS = /[*?[\]{}]/;

export interface SourceOptions {
  /** Skip dot-folders and node_modules in folder walks (default true). */
  skipHidden?: boolean;
  /** The longest JSONL line (one posting) read, in bytes; a longer one is an error item. Default 5 MB (`--max-size`). */
  maxBytes?: number;
  /** Standard input, for the input `-`: a JSONL, CSV or text stream (see stdinItems). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** The column mapping: to recognize a CSV header on standard input by its text column, and to refuse a CSV whose header has no text column once, not once a row. */
  fields?: FieldMap;
  /** What rows of standard input are named (`NAME#LINE`); default `stdin`. */
  stdinName?: string;
}

const keyOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Columns that hold a part of the posting besides its description, appended to it under their own
 * name as a heading ('preferred_qualifications' -> "Preferred qualifications"); a `...Plain` twin
 * (Lever's additionalPlain beside additional) is read only when the other is missing.
 */
export const SECTION_COLUMNS: readonly string[] = ['responsibilities', 'requirements', 'qualifications', 'minimumqualifications', 'basicqualifications', 'preferredqualifications', 'skills', 'benefits', 'additional', 'additionalinformation'];

/** The section columns present (see SECTION_COLUMNS) and not used for another field, in the row's order: [column, its name as a heading]. */
export function sectionColumns(columns: readonly string[], used: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  const present = new Set(columns.map(keyOf));
  for (const c of columns) {
    if (used.includes(c) || c.includes('.')) continue;
    let name = c;
    const key = keyOf(c);
    if (key.endsWith('plain') && SECTION_COLUMNS.includes(key.slice(0, -5))) {
      if (present.has(key.slice(0, -5))) continue;
      name = c.replace(/_?plain$/i, '');
    } else if (!SECTION_COLUMNS.includes(key)) continue;
    const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ').trim().toLowerCase();
    out.push([c, words.charAt(0).toUpperCase() + words.slice(1)]);
  }
  return out;
}

const dotted = (c: string) => c.lastIndexOf('.');

/**
 * The column each field reads from: the mapped one, else the first common name present. A nested
 * JSON field, a dotted column (`job.description`, see flattenRow), is found by its whole path
 * (`jobdescription`) and then by its last name (`categories.location` -> location), unless its
 * parent is itself a field's (`company.name` is the company's, never the title).
 */
export function resolveFields(columns: readonly string[], map: FieldMap = {}): Partial<Record<FieldName, string>> {
  const byKey = new Map<string, string>();
  for (const c of columns) if (!byKey.has(keyOf(c))) byKey.set(keyOf(c), c);
  let byLast: Map<string, string> | undefined;
  for (const c of columns) {
    const dot = dotted(c);
    if (dot < 0) continue;
    const parent = keyOf(c.slice(c.lastIndexOf('.', dot - 1) + 1, dot));
    if (FIELD_NAMES.some((f) => COMMON_NAMES[f].includes(parent))) continue;
    byLast ??= new Map();
    const key = keyOf(c.slice(dot + 1));
    if (!byLast.has(key)) byLast.set(key, c);
  }
  const out: Partial<Record<FieldName, string>> = {};
  const taken = (col: string) => Object.values(out).includes(col);
  for (const f of FIELD_NAMES) {
    const mapped = map[f];
    if (mapped !== undefined) {
      if (columns.includes(mapped)) out[f] = mapped;
      continue;
    }
    for (const byName of byLast ? [byKey, byLast] : [byKey]) {
      for (const n of COMMON_NAMES[f]) {
        const col = byName.get(n);
        if (col !== undefined && !taken(col)) {
          out[f] = col;
          break;
        }
      }
      if (out[f] !== undefined) break;
    }
  }
  return out;
}

/** The columns a posting's text may come from, in order of preference (the text field's common names present). */
export function textColumns(columns: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of COMMON_NAMES.text) for (const c of columns) if (keyOf(c) === n || (dotted(c) >= 0 && keyOf(c.slice(dotted(c) + 1)) === n)) if (!out.includes(c)) out.push(c);
  return out;
}

const MAX_FLAT_DEPTH = 3;
const MAX_FLAT_KEYS = 200;

/**
 * A JSON row with its nested objects' fields as dotted columns besides its own keys
 * (`{"job": {"title": ..}}` also gives `job.title`), up to three levels and 200 columns: exports
 * from APIs and scrapers nest the posting under a key, or its location under `categories`.
 */
export function flattenRow(row: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  let n = 0;
  const visit = (prefix: string, obj: Record<string, unknown>, depth: number) => {
    for (const [k, v] of Object.entries(obj)) {
      if (n >= MAX_FLAT_KEYS) return;
      const key = prefix === '' ? k : `${prefix}.${k}`;
      if (prefix !== '') {
        out![key] = v;
        n++;
      }
      if (depth < MAX_FLAT_DEPTH && typeof v === 'object' && v !== null && !Array.isArray(v)) {
        out ??= { ...row };
        visit(key, v as Record<string, unknown>, depth + 1);
      }
    }
  };
  visit('', row, 0);
  return out ?? row;
}

type PathKind = 'dir' | 'file' | 'missing' | { other: string };

/** What a stat says a path is that is neither a folder nor a regular file. */
function otherKind(info: import('node:fs').Stats): string {
  return info.isCharacterDevice() ? 'a character device' : info.isBlockDevice() ? 'a block device' : info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : 'not a regular file';
}

async function kindOf(path: string): Promise<PathKind> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : { other: otherKind(info) };
  } catch {
    return 'missing';
  }
}

/** The error item of an input that is not a regular file: reading a device or a pipe would never end (or hang). */
function notAFile(path: string, what: string): SourceItem {
  const kind = what === 'not a regular file' ? what : `${what}, not a regular file`;
  return { kind: 'error', source: path, error: { code: 'not-a-file', message: `${path}: ${kind} (give a file, or - for standard input)` } };
}

type WalkItem = string | SourceItem;

function walkError(dir: string, err: unknown): SourceItem {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : errorMessage(err);
  return { kind: 'error', source: dir, error: { code: 'unreadable', message: `${dir}: cannot read this folder (${why}); the rest of the walk goes on` } };
}

/**
 * All files under a folder with a posting or export extension, in sorted order, walked lazily. A
 * folder that cannot be read is one error item, and the walk goes on with the rest.
 */
async function* walk(dir: string, skipHidden: boolean): AsyncGenerator<WalkItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield walkError(dir, err);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (skipHidden && (e.name.startsWith('.') || e.name === 'node_modules')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path, skipHidden);
    else if (e.isFile() || e.isSymbolicLink()) {
      const ext = extname(e.name).toLowerCase();
      if (POSTING_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext) || CSV_EXTENSIONS.has(ext) || URL_LIST_EXTENSIONS.has(ext)) yield path;
    }
  }
}

/** A .txt file whose non-blank, non-comment lines are all URLs is a list of URLs, not a posting. */
async function isUrlList(path: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, 'r');
    const buf = Buffer.alloc(16 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const lines = buf.subarray(0, bytesRead).toString('utf8').split('\n');
    if (bytesRead === buf.length) lines.pop(); // a partial last line
    const meaningful = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    return meaningful.length > 0 && meaningful.every((l) => isUrl(l) && !/\s/.test(l));
  } catch {
    return false; // loading it as a posting reports the problem
  } finally {
    await fh?.close();
  }
}

async function* urlList(path: string): AsyncGenerator<SourceItem> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (isUrl(line)) yield { kind: 'spec', source: line };
    else yield { kind: 'error', source: `${path}#${n}`, error: { code: 'bad-url', message: `${path}:${n}: not a URL: ${line.slice(0, 80)}` } };
  }
}

const mbOf = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Whether a line holds nothing but white space as `String.prototype.trim` sees it; bytes of UTF-8. */
function blankLine(line: Uint8Array): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    // Other ASCII is text; past ASCII a few characters are white space too (U+00A0, U+FEFF, U+2028...): decoded to tell.
    return c < 128 ? false : Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8').trim() === '';
  }
  return true;
}

/**
 * The lines of a JSONL export, each at most `maxBytes`: a longer line is never held whole (its bytes
 * are skipped to the next newline) and becomes one `too-large` error item naming the file and line.
 * Lines stay bytes: the thread that reads them, in a large scan the one every worker waits on,
 * only finds where they end; decoding is the work of whoever parses them.
 */
async function* jsonLines(path: string, maxBytes: number, input: AsyncIterable<Buffer> = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>): AsyncGenerator<SourceItem> {
  let n = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  function* finish(): Generator<SourceItem> {
    n++;
    if (over) {
      yield { kind: 'error', source: `${path}#${n}`, error: { code: 'too-large', message: `${path}:${n}: line is over the ${mbOf(maxBytes)} limit for one posting (--max-size); skipped` } };
    } else {
      let line = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      if (line.length > 0 && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
      if (!blankLine(line)) yield { kind: 'json-bytes', source: `${path}#${n}`, bytes: line };
    }
    parts = [];
    size = 0;
    over = false;
  }
  for await (const chunk of input) {
    let start = 0;
    for (let nl = chunk.indexOf(10); ; nl = chunk.indexOf(10, start)) {
      const end = nl === -1 ? chunk.length : nl;
      if (!over && end > start) {
        size += end - start;
        if (size > maxBytes) {
          over = true;
          parts = [];
        } else parts.push(chunk.subarray(start, end));
      }
      if (nl === -1) break;
      yield* finish();
      start = nl + 1;
    }
  }
  if (size > 0 || over) yield* finish();
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter a CSV header is written with: of comma, semicolon, tab and bar, the one found most
 * often outside quotes (Excel in a European locale saves `Job Title;Company;Description`); `fallback`
 * when none is (a header of one column).
 */
export function sniffDelimiter(header: string, fallback = ','): string {
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      const d = DELIMITERS.indexOf(c as (typeof DELIMITERS)[number]);
      if (d >= 0) counts[d]!++;
    }
  }
  let best = -1;
  for (let d = 0; d < counts.length; d++) if (counts[d]! > 0 && (best < 0 || counts[d]! > counts[best]!)) best = d;
  return best < 0 ? fallback : DELIMITERS[best]!;
}

/** A CSV file's delimiter, from its first line (see sniffDelimiter). */
async function fileDelimiter(path: string, fallback: string): Promise<string> {
  let fh;
  try {
    fh = await open(path, 'r');
    const buf = Buffer.alloc(16 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead);
    const nl = head.indexOf(10);
    return sniffDelimiter(head.subarray(0, nl < 0 ? head.length : nl).toString('utf8'), fallback);
  } catch {
    return fallback; // parsing it reports the problem
  } finally {
    await fh?.close();
  }
}

/** A CSV record, or the error that stopped the parse. */
type CsvEvent = { record: string[]; info: { lines: number }; raw: string } | { error: Error & { code?: string; lines?: number } };

/** The parser's output as events: records the parser produced before an error are all delivered, then the error. */
async function* csvEvents(path: string, delimiter: string, input?: AsyncIterable<Buffer>): AsyncGenerator<CsvEvent> {
  const { parse } = await import('csv-parse');
  const { Readable } = await import('node:stream');
  const parser = (input ? Readable.from(input) : createReadStream(path)).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true, raw: true }),
  );
  const queue: CsvEvent[] = [];
  let done = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  parser.on('data', (r: CsvEvent) => {
    queue.push(r);
    if (queue.length > 1000) parser.pause();
    notify();
  });
  parser.on('error', (error: Error) => {
    queue.push({ error });
    done = true;
    notify();
  });
  parser.on('end', () => {
    done = true;
    notify();
  });
  try {
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift()!;
        if (queue.length < 100 && parser.isPaused()) parser.resume();
        continue;
      }
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    parser.destroy();
  }
}

/**
 * Why no row of a CSV export can give a posting's text, from its header alone (the mapped text
 * column is not in it, or, unmapped, no column has a text-like name), or null: said once for the
 * file, with the columns it has, rather than once a row; `how` tells how to name the column.
 */
export function csvHeaderProblem(header: readonly string[], fields: FieldMap = {}, how = 'name the one with --text-field'): string | null {
  const columns = () => header.map((c) => `'${c}'`).join(', ');
  if (fields.text !== undefined) return header.includes(fields.text) ? null : `no column '${fields.text}' (--text-field): its columns are ${columns()}`;
  if (textColumns(header).length > 0) return null;
  return `no column with the posting text (looked for text, description, body, content, ...): its columns are ${columns()}; ${how}`;
}

/** The records of a CSV export; a bad record (a stray quote) ends it with one error item naming its line, after the good rows. */
async function* csvRecords(path: string, delimiter: string, input?: AsyncIterable<Buffer>, fields: FieldMap = {}): AsyncGenerator<SourceItem> {
  let header: string[] | undefined;
  let lastLine = 0;
  let crlfInside = 0;
  for await (const event of csvEvents(path, delimiter, input)) {
    if ('error' in event) {
      const line = lastLine + 1;
      const why = event.error.message.split('\n')[0]!.replace(/ at line \d+/, '');
      yield { kind: 'error', source: `${path}#${line}`, error: { code: 'bad-csv', message: `${path}:${line}: bad CSV record, the rest of the file is not read (${why})` } };
      return;
    }
    const { record, info, raw } = event;
    // info.lines is the record's last line; a quoted field may span several. The parser counts a
    // CRLF inside a quoted field as two lines (and leaves the record's own LF out of raw): each
    // one seen so far is taken off.
    let breaks = 0;
    for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) {
      breaks++;
      if (i > 0 && raw.charCodeAt(i - 1) === 13) crlfInside++;
    }
    lastLine = info.lines - crlfInside;
    const line = lastLine - Math.max(0, breaks - (raw.endsWith('\n') ? 1 : 0));
    if (!header) {
      header = record.map((c) => c.trim());
      const problem = csvHeaderProblem(header, fields);
      if (problem !== null) {
        yield { kind: 'error', source: path, error: { code: 'no-text', message: `${path}: ${problem}` } };
        return;
      }
      continue;
    }
    const source = `${path}#${line}`;
    if (record.length !== header.length) {
      yield { kind: 'error', source, error: { code: 'bad-row', message: `${path}:${line}: ${record.length} fields where the header has ${header.length}` } };
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = record[i]!));
    yield { kind: 'record', source, record: row };
  }
}

/** The largest JSON document of postings read whole (a JSONL export is streamed, and has no such limit). */
export const MAX_JSON_DOCUMENT = 256 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The postings of a JSON document as APIs answer: an array of postings (Lever), or an object whose
 * longest array of objects holds them (Greenhouse's `{"jobs": [...], "meta": {...}}`, `data`,
 * `results`), or one posting. Each is a row named `FILE#N`, N its place in the array (from 1).
 */
export function jsonDocumentRows(path: string, text: string): SourceItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const hint = text.trimStart().startsWith('{') && /\}\s*\r?\n\s*\{/.test(text.slice(0, 1 << 20)) ? ' (one object a line: name it .jsonl)' : '';
    return [{ kind: 'error', source: path, error: { code: 'bad-json', message: `${path}: not valid JSON${hint}: ${errorMessage(err)}` } }];
  }
  let rows: unknown[] | undefined = Array.isArray(value) ? value : undefined;
  if (isObject(value)) {
    for (const v of Object.values(value)) if (Array.isArray(v) && v.some(isObject) && (rows === undefined || v.length > rows.length)) rows = v;
    rows ??= [value];
  }
  if (rows === undefined || rows.length === 0) return [{ kind: 'error', source: path, error: { code: 'empty', message: `${path}: no postings in this JSON (an array of postings, or an object holding one)` } }];
  return rows.map((r, i) =>
    isObject(r) ? { kind: 'json', source: `${path}#${i + 1}`, line: JSON.stringify(r) } : { kind: 'error', source: `${path}#${i + 1}`, error: { code: 'bad-row', message: `${path}:${i + 1}: posting ${i + 1} of the JSON is not an object` } },
  );
}

async function* jsonDocument(path: string): AsyncGenerator<SourceItem> {
  const { readFile } = await import('node:fs/promises');
  const size = (await stat(path)).size;
  if (size > MAX_JSON_DOCUMENT) {
    yield { kind: 'error', source: path, error: { code: 'too-large', message: `${path}: a JSON document over ${mbOf(MAX_JSON_DOCUMENT)} is not read whole: write it one posting a line (e.g. jq -c '.jobs[]' ${path} > postings.jsonl) and scan that` } };
    return;
  }
  yield* jsonDocumentRows(path, await readFile(path, 'utf8'));
}

/** The items of one file, by its extension (and, for .txt, by whether it lists URLs). */
async function* fileItems(path: string, sniffUrls: boolean, maxBytes: number, fields: FieldMap = {}): AsyncGenerator<SourceItem> {
  const ext = extname(path).toLowerCase();
  try {
    // A device or a pipe under a posting's name would be read forever or hang: refused by its kind.
    const kind = await kindOf(path);
    if (typeof kind === 'object') {
      yield notAFile(path, kind.other);
      return;
    }
    if (JSONL_EXTENSIONS.has(ext)) yield* jsonLines(path, maxBytes);
    else if (JSON_EXTENSIONS.has(ext)) yield* jsonDocument(path);
    else if (CSV_EXTENSIONS.has(ext)) yield* csvRecords(path, await fileDelimiter(path, ext === '.tsv' ? '\t' : ','), undefined, fields);
    else if (URL_LIST_EXTENSIONS.has(ext) || (sniffUrls && ext === '.txt' && (await isUrlList(path)))) yield* urlList(path);
    else yield { kind: 'spec', source: path };
  } catch (err) {
    const e = err instanceof InputError ? err : new InputError('unreadable', `${path}: ${errorMessage(err)}`);
    yield { kind: 'error', source: path, error: { code: e.code, message: e.message } };
  }
}

/**
 * Expand scan inputs into a lazy stream of items, in a deterministic order: folders (recursive, by
 * extension, sorted), globs (sorted), lists of URLs (`.urls`, or a `.txt` of URLs), JSONL and CSV
 * exports (row by row), single files and URLs. Nothing is read ahead: memory stays flat.
 */
export async function* expandInputs(inputs: readonly string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const skipHidden = options.skipHidden ?? true;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fields = options.fields ?? {};
  for (const input of inputs) {
    if (input === STDIN && options.stdin) {
      yield* stdinItems(options.stdin, maxBytes, options.fields ?? {}, options.stdinName ?? STDIN_NAME);
      continue;
    }
    if (isUrl(input) || input === STDIN) {
      yield { kind: 'spec', source: input };
      continue;
    }
    const kind = await kindOf(input);
    if (kind === 'dir') {
      for await (const item of walk(input, skipHidden)) {
        if (typeof item === 'string') yield* fileItems(item, false, maxBytes, fields);
        else yield item;
      }
    } else if (kind === 'file') {
      yield* fileItems(input, true, maxBytes, fields);
    } else if (typeof kind === 'object') {
      yield notAFile(input, kind.other);
    } else if (GLOB_CHARS.test(input)) {
      const { glob } = await import('tinyglobby');
      const paths = (await glob(input, { onlyFiles: true, dot: !skipHidden, expandDirectories: false, absolute: isAbsolute(input) })).sort();
      if (paths.length === 0) yield { kind: 'error', source: input, error: { code: 'no-match', message: `${input}: no files match` } };
      for (const path of paths) yield* fileItems(path, false, maxBytes, fields);
    } else {
      yield { kind: 'error', source: input, error: { code: 'not-found', message: `${input}: no such file or folder` } };
    }
  }
}

/** The name rows of standard input go by: `stdin#12`, and `stdin:12` in messages. */
export const STDIN_NAME = 'stdin';

const toBuffer = (c: Uint8Array | string) => (typeof c === 'string' ? Buffer.from(c) : Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength));

/** A CSV header's cells (quotes honoured, no multi-line cells: a header is one line). */
function headerCells(line: string, delimiter = ','): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

/** What a stream on standard input holds, by its first line: `[`, or `{` alone, a JSON document of postings; `{` a JSONL export; a CSV header with a text-like column a CSV export; else one posting's text. */
export function sniffStdin(firstLine: string, fields: FieldMap = {}): 'jsonl' | 'json' | 'csv' | 'text' {
  const line = firstLine.replace(/^\uFEFF/, '').trim();
  // An API's answer piped in: an array, or an object written over lines (its first line no whole object).
  if (line.startsWith('[') || line === '{') return 'json';
  if (line.startsWith('{')) return 'jsonl';
  const cells = headerCells(line, sniffDelimiter(line));
  if (cells.length >= 2 && cells.every((c) => c.length > 0 && c.length <= 80) && resolveFields(cells, fields).text !== undefined) return 'csv';
  return 'text';
}

/**
 * The items of standard input, read as a stream (a mapper's input: `parallel --pipe`, Hadoop
 * Streaming, `RDD.pipe`): JSONL rows and CSV records one by one as they arrive, named `stdin#LINE`;
 * anything else is one posting's text, named `-`, read up to `maxBytes`.
 */
export async function* stdinItems(stream: AsyncIterable<Uint8Array | string>, maxBytes: number, fields: FieldMap = {}, name = STDIN_NAME): AsyncGenerator<SourceItem> {
  const it = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  // Read until the first line is complete (or a few KB: a header is short; a text's first line may not be).
  while (!ended) {
    const r = await it.next();
    if (r.done) ended = true;
    else {
      const b = toBuffer(r.value);
      head.push(b);
      size += b.length;
      if (b.includes(10) || size >= 64 * 1024) break;
    }
  }
  const first = Buffer.concat(head);
  const nl = first.indexOf(10);
  const firstLine = first.subarray(0, nl < 0 ? Math.min(first.length, 64 * 1024) : nl).toString('utf8');
  const kind = sniffStdin(firstLine, fields);
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    head.length = 0;
    if (!ended) for (let r = await it.next(); !r.done; r = await it.next()) yield toBuffer(r.value);
  }
  if (kind === 'jsonl') {
    yield* jsonLines(name, maxBytes, rest());
    return;
  }
  if (kind === 'json') {
    const parts: Buffer[] = [];
    let total = 0;
    for await (const b of rest()) {
      total += b.length;
      if (total > MAX_JSON_DOCUMENT) {
        yield { kind: 'error', source: STDIN, error: { code: 'too-large', message: `${name}: a JSON document over ${mbOf(MAX_JSON_DOCUMENT)} is not read whole: give it one posting a line (e.g. jq -c '.jobs[]')` } };
        return;
      }
      parts.push(b);
    }
    yield* jsonDocumentRows(name, Buffer.concat(parts).toString('utf8'));
    return;
  }
  if (kind === 'csv') {
    yield* csvRecords(name, sniffDelimiter(firstLine.replace(/^\uFEFF/, '')), rest(), fields);
    return;
  }
  const parts: Buffer[] = [];
  let total = 0;
  for await (const b of rest()) {
    total += b.length;
    if (total > maxBytes) {
      yield { kind: 'error', source: STDIN, error: { code: 'too-large', message: `${name}: over the ${mbOf(maxBytes)} limit for one posting (--max-size)` } };
      return;
    }
    parts.push(b);
  }
  if (total === 0 || Buffer.concat(parts).toString('utf8').trim() === '') {
    yield { kind: 'error', source: STDIN, error: { code: 'empty', message: `${name}: empty input: nothing to scan` } };
    return;
  }
  yield { kind: 'text', source: STDIN, bytes: new Uint8Array(Buffer.concat(parts)) };
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? n : n + 1;
}

/**
 * About how many postings the inputs hold, for a progress bar's total: files are counted, JSONL
 * lines and URL lines too (blank lines included). Undefined when a CSV or glob makes it unknowable cheaply.
 */
export async function estimateTotal(inputs: readonly string[]): Promise<number | undefined> {
  let total = 0;
  const countFile = async (path: string, sniff: boolean): Promise<number | undefined> => {
    const ext = extname(path).toLowerCase();
    if ((await kindOf(path)) !== 'file') return 1; // a device or a pipe: one error item, never read
    if (JSONL_EXTENSIONS.has(ext) || URL_LIST_EXTENSIONS.has(ext) || (sniff && ext === '.txt' && (await isUrlList(path)))) return countLines(path);
    if (CSV_EXTENSIONS.has(ext)) return undefined;
    return 1;
  };
  try {
    for (const input of inputs) {
      let n: number | undefined = 0;
      if (isUrl(input) || input === STDIN) n = 1;
      else {
        const kind = await kindOf(input);
        if (kind === 'dir') {
          for await (const p of walk(input, true)) {
            const c = typeof p === 'string' ? await countFile(p, false) : 1;
            if (c === undefined) return undefined;
            n += c;
          }
        } else if (kind === 'file') n = await countFile(input, true);
        else if (typeof kind === 'object') n = 1;
        else return undefined;
      }
      if (n === undefined) return undefined;
      total += n;
    }
  } catch {
    return undefined;
  }
  return total;
}
