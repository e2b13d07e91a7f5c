import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { removeOnExit } from './cleanup.js';
import type { Io, RunState } from './io.js';
import { wrapText } from './wrap.js';

/** The temp file an output is written to before it is renamed into place: next to it, so the rename is atomic. */
export const tempPathFor = (output: string) => join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);

const cannotWrite = (output: string, err: unknown) => new ConfigError('output', `--output ${output}: cannot write: ${errorMessage(err)}`);

/** A file written whole: a temp file next to it, renamed over it by `commit`; `abort` (or an interrupt) removes the temp file. */
export interface AtomicFile {
  write(s: string): void;
  commit(): void;
  abort(): void;
}

export function openAtomic(output: string): AtomicFile {
  const tmp = tempPathFor(output);
  const unregister = removeOnExit(tmp);
  let fd: number | undefined;
  const abort = () => {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing
      }
      fd = undefined;
    }
    rmSync(tmp, { force: true });
    unregister();
  };
  try {
    fd = openSync(tmp, 'w');
  } catch (err) {
    abort();
    throw cannotWrite(output, err);
  }
  return {
    write(s) {
      try {
        writeSync(fd!, s);
      } catch (err) {
        abort();
        throw cannotWrite(output, err);
      }
    },
    commit() {
      try {
        closeSync(fd!);
        fd = undefined;
        renameSync(tmp, output);
      } catch (err) {
        abort();
        throw cannotWrite(output, err);
      }
      unregister();
    },
    abort,
  };
}

/** Write a command's result to stdout, or atomically to `--output FILE` (temp file, then rename). */
export function emit(io: Io, text: string, output: string | undefined): void {
  if (!output || output === '-') {
    io.stdout.write(text);
    return;
  }
  const f = openAtomic(output);
  f.write(text);
  f.commit();
}

/** Text reports wrap to a terminal's width; never in a file or a pipe, never JSON, CSV or Markdown. */
export function wrapWidth(io: Io, format: string, output: string | undefined): number | undefined {
  if (format !== 'text' || (output && output !== '-') || !io.stdout.isTTY) return undefined;
  return io.stdout.columns && io.stdout.columns > 0 ? io.stdout.columns : undefined;
}

/**
 * A command's report to stdout (a text report wrapped to the terminal's width) or to `--output FILE`
 * (whole, atomically, then "wrote N results to FILE" on stderr unless --quiet).
 */
export function deliver(state: RunState, text: string, o: { output: string | undefined; format: string; count: number }): void {
  const width = wrapWidth(state.io, o.format, o.output);
  emit(state.io, width ? wrapText(text, width) : text, o.output);
  if (o.output && o.output !== '-') state.info(wroteMessage(o.count, o.output));
}

export const wroteMessage = (n: number, file: string) => `wrote ${n} result${n === 1 ? '' : 's'} to ${file}`;
