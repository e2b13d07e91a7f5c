import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import { CSV_EXTENSIONS, JSONL_EXTENSIONS, POSTING_EXTENSIONS } from '../scan/extensions.js';

/** Extensions a folder input is read for: a file of these inside a folder given as input is an input. */
const READ_IN_FOLDERS = new Set([...POSTING_EXTENSIONS, ...JSONL_EXTENSIONS, ...CSV_EXTENSIONS, '.urls']);

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** The real path of a file, or of the folder it would be created in when it does not exist yet. */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

function sameFile(a: string, b: string): boolean {
  if (realPath(a) === realPath(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `-o` naming a file the command reads (a posting, the profile, the resume, a taxonomy overlay, the
 * config), or a file it would read in a folder it reads, is refused before anything is read: writing
 * would destroy the input (a usage error, exit 2).
 */
export function refuseOutputOverInput(output: string | undefined, inputs: readonly { path: string; what: string }[]): void {
  if (!output || output === '-') return;
  for (const { path, what } of inputs) {
    if (!path || path === '-' || isUrl(path)) continue;
    if (isDir(path)) {
      const dir = realPath(path);
      if (realPath(output).startsWith(dir + sep) && READ_IN_FOLDERS.has(extname(output).toLowerCase())) {
        throw new ConfigError('usage', `--output ${output} is inside the folder ${path} (${what}), whose files are read: refusing to overwrite an input; write it elsewhere`);
      }
      continue;
    }
    if (sameFile(output, path)) throw new ConfigError('usage', `--output ${output} is the same file as ${what} ${path}: refusing to overwrite an input`);
  }
}
