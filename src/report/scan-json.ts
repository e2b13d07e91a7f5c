import type { ScanRow, ScanSummary } from '../scan/schema.js';

/**
 * `{ schemaVersion, summary, postings }`: the summary indented, then one posting a line (best fit
 * first with a profile, else input order). Yields pieces so that 100,000 postings never make one string.
 */
export function* scanJsonChunks(summary: ScanSummary, rows: Iterable<ScanRow>): Generator<string> {
  const head = JSON.stringify({ schemaVersion: summary.schemaVersion, summary }, null, 2);
  yield `${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "postings": [`;
  let first = true;
  for (const row of rows) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(row)}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]\n}\n`;
}
