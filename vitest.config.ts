import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most test files wait on child processes, a browser or I/O: two files at a time even on two
    // cores (vitest's default, cores - 1, runs them one by one there and doubles the wall time).
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
