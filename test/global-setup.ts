import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every scratch folder the tests make (theirs, the CLI's they spawn, the browser's) goes under one
 * folder of the run, removed when the run ends: a run leaves nothing in the system's temp folder.
 * (Once per run, though each project of the config calls it: a folder inside the folder would
 * make Chromium's socket path too long.)
 */
export default function setup(): (() => void) | undefined {
  if (process.env.SKILLGAP_TEST_TMP) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'skillgap-test-'));
  process.env.SKILLGAP_TEST_TMP = root;
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
