import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { root } from '../helpers.js';
import { fakeIo } from './fake-io.js';

/**
 * Golden CLI runs: each folder of fixtures/cli holds `args.json` (argv, paths relative to the repo),
 * an optional `stdin`, and `expected.txt` (exit code, stdout, stderr). UPDATE_GOLDEN=1 rewrites them.
 */
const casesDir = join(root, 'fixtures/cli');
const cases = readdirSync(casesDir).filter((d) => existsSync(join(casesDir, d, 'args.json'))).sort();

function render(code: number, out: string, err: string): string {
  return `exit: ${code}\n--- stdout\n${out}--- stderr\n${err}`;
}

describe('golden CLI runs', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(casesDir, name);
    const args = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as string[];
    const stdin = existsSync(join(dir, 'stdin')) ? readFileSync(join(dir, 'stdin'), 'utf8') : undefined;
    const io = fakeIo(stdin);
    const cwd = process.cwd();
    process.chdir(root);
    let code: number;
    try {
      code = await run(args, io);
    } finally {
      process.chdir(cwd);
    }
    const actual = render(code, io.out(), io.err());
    const expectedFile = join(dir, 'expected.txt');
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedFile, actual);
    expect(existsSync(expectedFile), `${name}: no expected.txt yet; run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
