import { ConfigError } from '../errors.js';
import { sanitize } from '../report/sanitize.js';
import { styleFor, type Style } from '../report/style.js';

/** What a command may touch: streams and environment, injected so `run()` is testable in-process. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

/** The options every command shares (`--quiet`, `--verbose`, `--color`/`--no-color`). */
export interface GlobalFlags {
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  config?: string;
}

/** Tracks whether any input failed, for exit code 1 at the end of a batch; says what happened on stderr. */
export class RunState {
  failed = 0;
  quiet = false;
  verbose = false;
  /** --color (true) or --no-color (false); undefined: decided by the stream and NO_COLOR/FORCE_COLOR. */
  color: boolean | undefined;
  constructor(readonly io: Io) {}

  configure(flags: GlobalFlags): void {
    this.quiet = flags.quiet === true;
    this.verbose = flags.verbose === true && !this.quiet;
    this.color = flags.color;
  }

  /** An error, always printed (even with --quiet); the names and titles it echoes are sanitized. */
  error(message: string): void {
    this.failed++;
    this.io.stderr.write(`skillgap: ${sanitize(message)}\n`);
  }
  /** Report a failed input on stderr and turn it into the entry that stands in its place in the output. */
  failedEntry(r: { source: string; error: { code: string; message: string } }): { source: string; error: { code: string; message: string } } {
    this.error(r.error.message);
    return { source: r.source, error: { code: r.error.code, message: r.error.message } };
  }

  warn(message: string): void {
    if (!this.quiet) this.io.stderr.write(`skillgap: warning: ${sanitize(message)}\n`);
  }

  /** What happened, for a person (not with --quiet): "wrote 3 results to out.json". */
  info(message: string): void {
    if (!this.quiet) this.io.stderr.write(`skillgap: ${sanitize(message)}\n`);
  }

  /** Details for --verbose only: which profile, config and taxonomy were used, timings. */
  debug(message: string): void {
    if (this.verbose) this.io.stderr.write(`skillgap: ${sanitize(message)}\n`);
  }

  /** The style of a report: coloured on a terminal (or as --color, NO_COLOR, FORCE_COLOR say), plain in a file. */
  style(output: string | undefined): Style {
    return styleFor(output && output !== '-' ? {} : this.io.stdout, this.io.env, this.color);
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
