import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError, SkillgapError, errorMessage } from '../errors.js';
import { CSV_EXTENSIONS, JSONL_EXTENSIONS } from '../scan/extensions.js';
import type { Posting } from './posting.js';
import { decodeTextInput, readFileBytes, readStreamBytes, type ReadOptions } from './read-input.js';
import { postingFromText } from './text.js';
import type { UrlOptions } from './url.js';

export interface IngestOptions extends ReadOptions {
  /** Where `-` (and no input at all) reads from. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** For URLs: rendering, cache, offline mode, timeouts. */
  web?: Partial<UrlOptions>;
}

export const STDIN = '-';
const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.md', '.markdown']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

export const isUrl = (spec: string) => /^https?:\/\//i.test(spec);

/** Read one input (a path, `-`) into a posting; errors are InputErrors naming the input. */
export async function loadPosting(spec: string, options: IngestOptions = {}): Promise<Posting> {
  if (spec === STDIN) {
    if (!options.stdin) throw new InputError('no-stdin', 'stdin: no standard input to read');
    const bytes = await readStreamBytes('stdin', options.stdin, options);
    const warnings: string[] = [];
    return postingFromText(STDIN, decodeTextInput('stdin', bytes, warnings), warnings);
  }
  // HTML and the web load only when an input needs them: the HTML parser alone costs more than a whole text run.
  if (isUrl(spec)) {
    const { readUrl } = await import('./url.js');
    const read = await readUrl(spec, { render: 'auto', ...options.web, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) });
    return postingOrError(spec, read.posting, read.hasPosting);
  }
  const ext = extname(spec).toLowerCase();
  const bytes = await readFileBytes(spec, options);
  if (HTML_EXTENSIONS.has(ext)) return postingFromHtmlFile(spec, bytes, options.web?.render ?? 'auto');
  // A posting saved as PDF or Word is read as resumes are: its text in reading order.
  if (ext === '.pdf') return postingFromPdf(spec, bytes);
  if (ext === '.docx') {
    const { readers } = await import('./documents/index.js');
    return postingFromText(spec, await readers[ext]!(spec, bytes));
  }
  if (TEXT_EXTENSIONS.has(ext) || !/^\.[a-z0-9]+$/.test(ext)) {
    const warnings: string[] = [];
    return postingFromText(spec, decodeTextInput(spec, bytes, warnings), warnings);
  }
  // (An export of many postings is a scan's input, and a YAML file most likely a profile given
  // where postings go, its --profile forgotten: say so.)
  const scanIt =
    JSONL_EXTENSIONS.has(ext) || CSV_EXTENSIONS.has(ext)
      ? `; an export of many postings is read with \`skillgap scan ${spec}\``
      : ext === '.yaml' || ext === '.yml'
        ? `; a profile is given with --profile ${spec}`
        : '';
  throw new InputError('unsupported', `${spec}: unsupported file type '${ext}' (postings are .txt, .md, .html, .pdf or .docx files, URLs, or - for stdin${scanIt})`);
}

/**
 * A posting saved as PDF: its text, and the job's title and employer from the document's own title
 * where the text lacks them (a page printed from the browser keeps the page's title: "Data Engineer -
 * Manchester - Halden Rail | JobHarbour"), only a title that stands as a line of the text.
 */
export async function postingFromPdf(spec: string, bytes: Uint8Array, told: { title?: string; company?: string } = {}): Promise<Posting> {
  const { readPdf } = await import('./documents/pdf.js');
  const info: { title?: string } = {};
  const posting = postingFromText(spec, await readPdf(spec, bytes, { info }));
  if (info.title && (posting.title === null || posting.company === null)) {
    const { documentTitleFacts } = await import('./doc-title.js');
    const facts = documentTitleFacts(info.title, posting.text);
    // (`told`: what the document's title gave, for a caller that passes the text on as a record.)
    if (posting.title === null && facts.title) posting.title = told.title = facts.title;
    if (posting.company === null && facts.company) posting.company = told.company = facts.company;
  }
  return posting;
}

/**
 * A saved page. One saved before its posting was loaded by a script has no posting in its HTML:
 * with `render` auto or always it is opened in Chromium; without a browser the static reading stays.
 */
async function postingFromHtmlFile(spec: string, bytes: Uint8Array, render: 'auto' | 'always' | 'never'): Promise<Posting> {
  const { postingFromHtml } = await import('./html/index.js');
  const read = postingFromHtml(spec, bytes);
  if (render === 'never' || (render === 'auto' && read.hasPosting)) return postingOrError(spec, read.posting, read.hasPosting);
  const { chromiumPath, findChromium, noBrowser, renderPage } = await import('./render.js');
  if (!findChromium()) {
    if (render === 'always') throw noBrowser(spec, chromiumPath());
    return postingOrError(spec, read.posting, read.hasPosting);
  }
  const page = await renderPage(pathToFileURL(resolve(spec)).href);
  const rendered = postingFromHtml(spec, page.html);
  return rendered.hasPosting || !read.hasPosting ? postingOrError(spec, rendered.posting, rendered.hasPosting) : read.posting;
}

/** A page with no text at all is an error; one whose text does not look like a posting is still read. */
function postingOrError(spec: string, posting: Posting, hasPosting: boolean): Posting {
  if (posting.text.trim() === '') {
    const hint = isUrl(spec) ? ' (if the page is built by JavaScript, try --render always)' : ' (a page saved before its posting loaded? try the URL with --render always)';
    throw new InputError('no-posting', `${spec}: no posting text found in the page${hasPosting ? '' : hint}`);
  }
  return posting;
}

export type LoadResult = { ok: true; posting: Posting } | { ok: false; source: string; error: SkillgapError };

/** Load several inputs in order; a failure becomes an entry, never an exception, so the batch goes on. */
export async function loadPostings(specs: readonly string[], options: IngestOptions = {}): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for (const spec of specs) {
    try {
      out.push({ ok: true, posting: await loadPosting(spec, options) });
    } catch (err) {
      out.push({ ok: false, source: spec, error: toInputError(spec, err) });
    }
  }
  return out;
}

export function toInputError(spec: string, err: unknown): SkillgapError {
  return err instanceof SkillgapError ? err : new InputError('unreadable', `${spec}: ${errorMessage(err)}`);
}

export type { Posting } from './posting.js';
