import { scanJsonlRow, scanJsonlSummary } from '../scan-jsonl.js';
import type { ReportFormat } from './types.js';

/** Scans only: one line per posting as it finishes, then the summary line. */
export const jsonl: ReportFormat = {
  name: 'jsonl',
  mediaType: 'application/x-ndjson; charset=utf-8',
  extension: '.jsonl',
  render: {
    scan: (r) => [scanJsonlSummary(r.summary)],
  },
  scanRows: 'stream',
  scanRow: scanJsonlRow,
};
