import { extname } from 'node:path';
import { ConfigError, InputError } from '../errors.js';
import { decodeTextInput } from '../ingest/read-input.js';
import { postingFromText } from '../ingest/text.js';
import type { Posting } from '../ingest/posting.js';
import { profileFromResumeText, profileFromSource } from '../profile/load.js';
import { readers } from '../ingest/documents/index.js';
import type { Profile } from '../profile/schema.js';
import { csvHeaderProblem, sniffDelimiter, type SourceItem } from '../scan/sources.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { parseSource } from '../yaml-source.js';

/** An uploaded file, held in memory only: never written to disk. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** What the "Resume" field takes: resumes and skillgap profiles. */
export const RESUME_EXTENSIONS = ['.pdf', '.docx', '.md', '.markdown', '.txt', '.json', '.yaml', '.yml'] as const;
/** What the scan view takes: posting files and exports of postings. */
export const POSTING_FILE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx', '.jsonl', '.ndjson', '.csv', '.tsv'] as const;

const has = (list: readonly string[], ext: string) => list.includes(ext);

/** A resume or profile from its bytes: PDF, DOCX, text, Markdown, JSON Resume, or a profile (YAML/JSON). */
export async function profileFromUpload(file: Upload, taxonomy: CompiledTaxonomy): Promise<Profile> {
  const ext = extname(file.name).toLowerCase();
  if (!has(RESUME_EXTENSIONS, ext)) {
    throw new InputError('unsupported', `${file.name}: not a resume skillgap reads (${ext || 'no extension'}); attach a PDF, Word (.docx), Markdown, text or JSON Resume file, or a profile (.yaml)`);
  }
  const reader = readers[ext];
  if (reader) return profileFromResumeText(file.name, await reader(file.name, file.bytes), taxonomy);
  const text = decodeTextInput(file.name, file.bytes);
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') {
    if (text.trim().length === 0) throw new ConfigError('profile-invalid', `${file.name}: is empty (a profile needs a skills list)`);
    return profileFromSource(parseSource(file.name, text), taxonomy);
  }
  return profileFromResumeText(file.name, text, taxonomy);
}

/** A pasted posting. */
export function postingFromPaste(text: string): Posting {
  return postingFromText('pasted posting', text);
}

/** A saved posting page, read statically (an uploaded page's scripts never run). */
async function htmlRecord(file: Upload): Promise<Record<string, string>> {
  const { postingFromHtml } = await import('../ingest/html/index.js');
  const read = postingFromHtml(file.name, file.bytes);
  if (read.posting.text.trim() === '') throw new InputError('no-posting', `${file.name}: no posting text found in the page`);
  const p = read.posting;
  const row: Record<string, string> = { text: p.text };
  for (const [k, v] of [['title', p.title], ['company', p.company], ['location', p.location], ['url', p.url], ['date', p.datePosted]] as const) if (v) row[k] = v;
  return row;
}

/**
 * The records of an uploaded or pasted CSV export, its delimiter read from its header as the command
 * line reads it (a semicolon as Excel writes it in much of Europe, a tab, a bar); a header without a
 * column for the posting text is one error for the export, naming its columns.
 */
function csvItems(name: string, text: string, parse: typeof import('csv-parse/sync').parse): SourceItem[] {
  const items: SourceItem[] = [];
  const nl = text.indexOf('\n');
  const delimiter = sniffDelimiter((nl < 0 ? text : text.slice(0, nl)).replace(/^\uFEFF/, ''), name.toLowerCase().endsWith('.tsv') ? '\t' : ',');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as never;
  } catch (err) {
    return [{ kind: 'error', source: name, error: { code: 'bad-csv', message: `${name}: not valid CSV: ${err instanceof Error ? err.message : String(err)}` } }];
  }
  const header = records[0]?.record.map((c) => c.trim());
  if (!header) return [{ kind: 'error', source: name, error: { code: 'empty', message: `${name}: is empty` } }];
  const problem = csvHeaderProblem(header, {}, 'rename the one with the posting text to "description"');
  if (problem !== null) return [{ kind: 'error', source: name, error: { code: 'no-text', message: `${name}: ${problem}` } }];
  for (const { record, info } of records.slice(1)) {
    const source = `${name}#${info.lines}`;
    if (record.length !== header.length) {
      items.push({ kind: 'error', source, error: { code: 'bad-row', message: `${name}:${info.lines}: ${record.length} fields where the header has ${header.length}` } });
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = record[i]!));
    items.push({ kind: 'record', source, record: row });
  }
  return items;
}

const jsonlItems = (name: string, text: string): SourceItem[] =>
  text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [{ kind: 'json' as const, source: `${name}#${i + 1}`, line }]));

/**
 * Scan items of uploaded files and a pasted export, all in memory: JSONL lines and CSV records one
 * posting each, a text or Markdown file one posting, a saved page read statically. A file of another
 * kind, or one that cannot be decoded, is an error item: the rest of the scan still runs.
 */
export async function scanItemsOf(files: readonly Upload[], pasted: string): Promise<SourceItem[]> {
  const { parse } = await import('csv-parse/sync');
  const items: SourceItem[] = [];
  for (const file of files) {
    const ext = extname(file.name).toLowerCase();
    try {
      if (!has(POSTING_FILE_EXTENSIONS, ext)) {
        throw new InputError('unsupported', `${file.name}: not a posting file (${ext || 'no extension'}); drop .txt, .md, .html, .pdf, .docx, .jsonl or .csv files`);
      }
      if (ext === '.html' || ext === '.htm') {
        items.push({ kind: 'record', source: file.name, record: await htmlRecord(file) });
        continue;
      }
      // (A PDF as the command line reads it: a page printed to PDF gives the job's title and
      // employer from its own title where its text names none.)
      if (ext === '.pdf') {
        const { postingFromPdf } = await import('../ingest/index.js');
        const told: { title?: string; company?: string } = {};
        const p = await postingFromPdf(file.name, file.bytes, told);
        items.push({ kind: 'record', source: file.name, record: { text: p.text, ...told } });
        continue;
      }
      const reader = readers[ext];
      if (reader) {
        items.push({ kind: 'record', source: file.name, record: { text: await reader(file.name, file.bytes) } });
        continue;
      }
      const text = decodeTextInput(file.name, file.bytes);
      if (ext === '.jsonl' || ext === '.ndjson') items.push(...jsonlItems(file.name, text));
      else if (ext === '.csv' || ext === '.tsv') items.push(...csvItems(file.name, text, parse));
      else if (text.trim() === '') throw new InputError('empty', `${file.name}: is empty`);
      else items.push({ kind: 'record', source: file.name, record: { text } });
    } catch (err) {
      const e = err instanceof InputError || err instanceof ConfigError ? err : new InputError('unreadable', `${file.name}: ${err instanceof Error ? err.message : String(err)}`);
      items.push({ kind: 'error', source: file.name, error: { code: e.code, message: e.message } });
    }
  }
  const paste = pasted.trim();
  if (paste !== '') {
    // A pasted export: JSONL when its first line is a JSON object, else CSV (its delimiter read from its header).
    const first = paste.slice(0, paste.indexOf('\n') === -1 ? paste.length : paste.indexOf('\n'));
    if (first.trimStart().startsWith('{')) items.push(...jsonlItems('pasted export', paste));
    else items.push(...csvItems('pasted export', paste, parse));
  }
  return items;
}
