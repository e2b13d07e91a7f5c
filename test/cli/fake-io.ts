import { Readable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';

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
