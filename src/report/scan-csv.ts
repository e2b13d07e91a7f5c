import type { ScanRow, ScanSummary } from '../scan/schema.js';

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const SCAN_CSV_COLUMNS = [
  'rank', 'score', 'status', 'source', 'title', 'company', 'location', 'url', 'date_posted',
  'required', 'preferred', 'missing_required', 'duplicate_of', 'error',
] as const;

/** A CSV of the postings, one a row (best fit first with a profile); skill lists by label, joined with "; ". */
export function* scanCsvChunks(summary: ScanSummary, rows: Iterable<ScanRow>): Generator<string> {
  const labels = new Map(summary.skills.map((s) => [s.id, s.label] as const));
  const names = (ids: readonly string[]) => ids.map((id) => labels.get(id) ?? id).join('; ');
  yield `${SCAN_CSV_COLUMNS.join(',')}\r\n`;
  for (const r of rows) {
    yield `${[
      r.rank, r.score, r.status, r.source, r.title, r.company, r.location, r.url, r.datePosted,
      names(r.required), names(r.preferred), names(r.missingRequired),
      r.duplicate ? r.duplicate.of : null, r.error ? r.error.message : null,
    ].map(csvField).join(',')}\r\n`;
  }
}
