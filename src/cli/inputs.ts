import { loadPostings, STDIN, type IngestOptions, type LoadResult } from '../ingest/index.js';
import { defaultCacheDir } from '../ingest/fetch.js';
import { loadTaxonomy, type CompiledTaxonomy, type LoadTaxonomyOptions } from '../taxonomy/index.js';
import type { Io } from './io.js';

export interface InputOptions {
  taxonomy?: string[];
  maxSize?: number;
  render?: 'auto' | 'always' | 'never';
  cacheDir?: string;
  offline?: boolean;
  timeout?: number;
}

/** The web options of the command line, for URL inputs. */
export function webOptions(options: InputOptions): IngestOptions['web'] {
  return {
    render: options.render ?? 'auto',
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.offline ? { offline: true } : {}),
    ...(options.timeout ? { timeoutMs: options.timeout * 1000 } : {}),
  };
}

/**
 * The inputs of a command: the paths given, or standard input when none is given. On a terminal
 * with no input, ask the user to paste the posting.
 */
export async function readPostings(specs: readonly string[], io: Io, options: InputOptions): Promise<LoadResult[]> {
  const list = specs.length > 0 ? specs : [STDIN];
  if (list.includes(STDIN) && io.stdin.isTTY) {
    io.stderr.write('Paste the job posting, then press Ctrl-D on an empty line (Ctrl-Z then Enter on Windows).\n');
  }
  return loadPostings(list, { stdin: io.stdin, web: webOptions(options), ...(options.maxSize ? { maxBytes: options.maxSize } : {}) });
}

/** What loads the taxonomy, with the user's overlays: one compiled with them is kept in the cache folder. */
export function taxonomyOptions(options: InputOptions): LoadTaxonomyOptions {
  return { overlays: options.taxonomy ?? [], cacheDir: options.cacheDir ?? defaultCacheDir() };
}

export function taxonomyFor(options: InputOptions, details = false): CompiledTaxonomy {
  return loadTaxonomy({ ...taxonomyOptions(options), details });
}
