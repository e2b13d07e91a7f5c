import { rmSync } from 'node:fs';

/**
 * What to undo when the process ends early: temp files of outputs being written, the scan's spool
 * folder. Commands register a cleanup while the thing exists and unregister it once it is gone or
 * renamed into place. `installSignalHandlers` (bin/skillgap.js only: in-process `run()` and the library
 * never touch process handlers) runs them on SIGINT/SIGTERM, then exits 130/143, and on any exit.
 */
const pending = new Set<() => void>();

/** Register a cleanup; returns the function that unregisters it. */
export function onCleanup(fn: () => void): () => void {
  pending.add(fn);
  return () => void pending.delete(fn);
}

/** Register the removal of a temp path (file or folder). */
export function removeOnExit(path: string): () => void {
  return onCleanup(() => rmSync(path, { recursive: true, force: true }));
}

/** Run every registered cleanup once (synchronously, so it works in an 'exit' handler too). */
export function runCleanups(): void {
  for (const fn of [...pending]) {
    pending.delete(fn);
    try {
      fn();
    } catch {
      // best effort: the process is ending
    }
  }
}

/** How many cleanups are registered (for tests: none should be left after a run). */
export const pendingCleanups = (): number => pending.size;

let installed = false;

/** SIGINT exits 130 and SIGTERM 143 after the cleanups; a crash or any other exit runs them too. */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  const on = (signal: NodeJS.Signals, code: number) =>
    process.on(signal, () => {
      runCleanups();
      process.exit(code);
    });
  on('SIGINT', 130);
  on('SIGTERM', 143);
  process.on('exit', runCleanups);
}
