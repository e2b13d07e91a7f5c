import { renameSync, writeFileSync } from 'node:fs';
import { ConfigError, errorMessage } from '../errors.js';
import type { Io } from './io.js';

/** Write a command's result to stdout, or atomically to `--output FILE` (temp file, then rename). */
export function emit(io: Io, text: string, output: string | undefined): void {
  if (!output || output === '-') {
    io.stdout.write(text);
    return;
  }
  const tmp = `${output}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, output);
  } catch (err) {
    throw new ConfigError('output', `--output ${output}: cannot write: ${errorMessage(err)}`);
  }
}
