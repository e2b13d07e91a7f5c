import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+cmd`, `-1+1`, `@SUM`, or a leading
 * tab or carriage return, which some spreadsheets trim before reading a formula) gets a leading
 * apostrophe. The cell is checked as it is, never trimmed first. Numbers are data, never guarded.
 */
export function guardFormula(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const OPTIONS = {
  record_delimiter: '\r\n',
  // Line breaks (a lone \n too), and leading or trailing white space, are quoted so that no reader splits or trims them.
  quoted_match: /^\s|\s$|[\r\n]/,
} as const;

/** Rows as RFC 4180 CSV (CRLF line ends, quotes where needed), every cell through the formula guard: the one CSV writer. */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  return stringify(rows.map((r) => r.map(guardFormula)) as unknown[][], OPTIONS);
}

/** CSV in pieces, `batch` rows each, for outputs too large to be one string (a scan of 100,000 postings). */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly CsvCell[]>, batch = 512): Generator<string> {
  yield csvRows([header]);
  let block: (readonly CsvCell[])[] = [];
  for (const r of rows) {
    block.push(r);
    if (block.length >= batch) {
      yield csvRows(block);
      block = [];
    }
  }
  if (block.length > 0) yield csvRows(block);
}
