import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Every test file under `dir`, as a path from the repository root. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Files that change what other files would see in the same worker: they mock modules, change the
 * working directory or fake the clock. They run isolated (a fresh module graph each); the rest share
 * one per worker, which spares importing the library again for each of 70 files (about 20 s of the
 * suite's minute on two cores).
 */
const SHARED_STATE = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(|process\.chdir\(/;
const isolated = testFiles('test').filter((f) => SHARED_STATE.test(readFileSync(f, 'utf8')));

export default defineConfig({
  test: {
    // (A scratch folder for the run: see test/global-setup.ts.)
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most test files wait on child processes, a browser or I/O: two files at a time even on two
    // cores (vitest's default, cores - 1, runs them one by one there and doubles the wall time).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: isolated, isolate: false } },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
  },
});
