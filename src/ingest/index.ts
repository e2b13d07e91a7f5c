import { extname } from 'node:path';
import { InputError, SkillgapError, errorMessage } from '../errors.js';
import type { Posting } from './posting.js';
import { decodeTextInput, readFileBytes, readStreamBytes, type ReadOptions } from './read-input.js';
import { postingFromText } from './text.js';

export interface IngestOptions extends ReadOptions {
  /** Where `-` (and no input at all) reads from. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export const STDIN = '-';
const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.md', '.markdown']);

export const isUrl = (spec: string) => /^https?:\/\//i.test(spec);

/** Read one input (a path, `-`) into a posting; errors are InputErrors naming the input. */
export async function loadPosting(spec: string, options: IngestOptions = {}): Promise<Posting> {
  if (spec === STDIN) {
    if (!options.stdin) throw new InputError('no-stdin', 'stdin: no standard input to read');
    const bytes = await readStreamBytes('stdin', options.stdin, options);
    return postingFromText(STDIN, decodeTextInput('stdin', bytes));
  }
  if (isUrl(spec)) throw new InputError('unsupported', `${spec}: URLs are not supported yet`);
  const ext = extname(spec).toLowerCase();
  const bytes = await readFileBytes(spec, options);
  if (TEXT_EXTENSIONS.has(ext) || !/^\.[a-z0-9]+$/.test(ext)) return postingFromText(spec, decodeTextInput(spec, bytes));
  throw new InputError('unsupported', `${spec}: unsupported file type '${ext}' (postings are .txt, .md or .html files, URLs, or - for stdin)`);
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
