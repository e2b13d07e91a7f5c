import { mergedKeywordsCsv } from '../keywords-csv.js';
import { scanCsvChunks } from '../scan-csv.js';
import type { ReportFormat } from './types.js';

/** Spreadsheets: keyword lists and scan rankings. */
export const csv: ReportFormat = {
  name: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  extension: '.csv',
  render: {
    keywords: (r) => mergedKeywordsCsv(r.merged),
    scan: (r) => scanCsvChunks(r.summary, r.rows ?? []),
  },
  scanRows: 'all',
};
