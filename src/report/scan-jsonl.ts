import type { ScanRow, ScanSummary } from '../scan/schema.js';

/** JSONL: one line per posting as it finishes (`"type":"posting"`), in input order, then one `"type":"summary"` line. */
export const scanJsonlRow = (row: ScanRow) => `${JSON.stringify({ type: 'posting', ...row })}\n`;

export const scanJsonlSummary = (summary: ScanSummary) => `${JSON.stringify({ type: 'summary', ...summary })}\n`;
