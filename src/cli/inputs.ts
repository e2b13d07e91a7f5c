import { loadPostings, STDIN, type LoadResult } from '../ingest/index.js';
import { loadTaxonomy, type CompiledTaxonomy } from '../taxonomy/index.js';
import type { Io } from './io.js';

export interface InputOptions {
  taxonomy?: string[];
  maxSize?: number;
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
  return loadPostings(list, { stdin: io.stdin, ...(options.maxSize ? { maxBytes: options.maxSize } : {}) });
}

export function taxonomyFor(options: InputOptions): CompiledTaxonomy {
  return loadTaxonomy({ overlays: options.taxonomy ?? [] });
}
