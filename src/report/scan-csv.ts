import type { ScanRow, ScanSummary } from '../scan/schema.js';
import { csvChunks, csvRows, type CsvCell } from './csv.js';

/** One CSV field (RFC 4180, formula-guarded): the shared CSV writer, one cell. */
export function csvField(value: string | number | null): string {
  return csvRows([[value]]).replace(/\r\n$/, '');
}

export const SCAN_CSV_COLUMNS = [
  'rank', 'score', 'status', 'source', 'title', 'company', 'location', 'url', 'date_posted',
  'required', 'preferred', 'missing_required', 'duplicate_of', 'error',
] as const;

/** A CSV of the postings, one a row (best fit first with a profile); skill lists by label, joined with "; ". */
export function* scanCsvChunks(summary: ScanSummary, rows: Iterable<ScanRow>): Generator<string> {
  const labels = new Map(summary.skills.map((s) => [s.id, s.label] as const));
  const names = (ids: readonly string[]) => ids.map((id) => labels.get(id) ?? id).join('; ');
  function* cells(): Generator<CsvCell[]> {
    for (const r of rows) {
      yield [
        r.rank, r.score, r.status, r.source, r.title, r.company, r.location, r.url, r.datePosted,
        names(r.required), names(r.preferred), names(r.missingRequired),
        r.duplicate ? r.duplicate.of : null, r.error ? r.error.message : null,
      ];
    }
  }
  yield* csvChunks(SCAN_CSV_COLUMNS, cells());
}
