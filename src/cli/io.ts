import { ConfigError } from '../errors.js';

/** What a command may touch: streams and environment, injected so `run()` is testable in-process. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

/** Tracks whether any input failed, for exit code 1 at the end of a batch. */
export class RunState {
  failed = 0;
  constructor(readonly io: Io) {}
  error(message: string): void {
    this.failed++;
    this.io.stderr.write(`skillgap: ${message}\n`);
  }
  /** Report a failed input on stderr and turn it into the entry that stands in its place in the output. */
  failedEntry(r: { source: string; error: { code: string; message: string } }): { source: string; error: { code: string; message: string } } {
    this.error(r.error.message);
    return { source: r.source, error: { code: r.error.code, message: r.error.message } };
  }

  warn(message: string): void {
    this.io.stderr.write(`skillgap: warning: ${message}\n`);
  }
}

export function parseFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError('usage', `--format: '${value}' is not one of ${allowed.join(', ')}`);
}

export function parseSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new ConfigError('usage', `--max-size: '${value}' is not a positive number of megabytes`);
  return Math.round(mb * 1024 * 1024);
}

/** Collect a repeatable option into an array. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];
