import { Readable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export interface FakeIo extends Io {
  out: () => string;
  err: () => string;
}

/** In-memory streams for `run()`: stdin from a string (or none), stdout/stderr collected. */
export function fakeIo(stdin?: string, env: NodeJS.ProcessEnv = {}): FakeIo {
  let out = '';
  let err = '';
  const input = Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]) as Readable & { isTTY?: boolean };
  input.isTTY = false;
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: input,
    env,
    out: () => out,
    err: () => err,
  };
}

/** The CLI run in-process on fake streams: its exit code and what it printed. */
export async function runCli(args: string[], stdin?: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(stdin, env);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}
