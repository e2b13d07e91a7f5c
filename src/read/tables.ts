import type { Vocabulary } from './vocab.js';

/**
 * Tables of skills: rows of cells split by "|", tabs, commas or aligned columns under a header row,
 * as a skills matrix in a posting, a spreadsheet pasted in or an HTML table (whose cells the page
 * reader joins with " | ") writes them. A column of importance values ("Required", "Nice to have",
 * "must", "n/a"), a column headed by a years unit ("Years", "Min. yrs"), a yes/no column headed
 * "Mandatory", or columns headed "Required" / "Nice to have" (holding skills, or check marks) say how
 * much, and how many years, each row's skills are asked. The words are the vocabulary's (`tables`,
 * the nice-to-have and not-needed headings, the years units).
 */

/** A cell of a row whose skills the table says are asked (cue) and for how many years. */
export interface TableCell {
  start: number;
  end: number;
  cue: TableCue | null;
  years: number | null;
}

export type TableCue = 'required' | 'preferred' | 'negated';

/** What the vocabulary says of table cells, worked out on the first table (see Vocabulary.tableWords). */
export interface TableWords {
  /** Importance values by cell key ("required", "nice to have", "n/a"). */
  values: ReadonlyMap<string, TableCue>;
  marks: ReadonlySet<string>;
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  yesNoHeaders: readonly string[];
  /** Header words of a column of importance values ("Priority", "Importance"). */
  importanceHeaders: ReadonlySet<string>;
  /** Any header word that names a column (years units, importance and yes/no headers): a line split by commas or aligned columns is a header only with one. */
  headerWords: RegExp;
  /** Years units ("years", "yrs", "jahre"). */
  units: ReadonlySet<string>;
}

interface Cell {
  start: number;
  end: number;
  text: string;
}

type Delimiter = '|' | '\t' | ',' | '  ';
/** What NextOf looks for: the delimiters, and a comma as prose writes it. */
type Mark = Delimiter | ', ';

/** The most cells a row of a skills table has; a longer line split by commas is prose. */
const MAX_CELLS = 8;
/** The longest header line split by commas or aligned columns. */
const MAX_LOOSE_HEADER = 160;
/** The longest cell of a row split by commas or aligned columns: a longer one is prose. */
const MAX_LOOSE_CELL = 48;
/** The most years a cell gives (a table's column of years is the candidate's, never the company's). */
const MAX_YEARS = 30;

/** A cell's text as the vocabulary's words are compared with it: lower case, words only. */
export function cellKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}/'+]+|_/gu, ' ')
    .trim();
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** Whether the comma at `p` groups thousands: a digit before it, exactly three after it. */
const thousands = (text: string, p: number) =>
  isDigitCode(text.charCodeAt(p - 1)) && isDigitCode(text.charCodeAt(p + 1)) && isDigitCode(text.charCodeAt(p + 2)) && isDigitCode(text.charCodeAt(p + 3)) && !isDigitCode(text.charCodeAt(p + 4));

/** The cells of tables in a text that say how much, or how long, their rows' skills are asked, in text order. */
export function readTables(text: string, vocab: Vocabulary): TableCell[] {
  // Most postings hold no table: one look for a row's marks before any work (commas and aligned
  // columns make a table only under a header that names its columns, looked for line by line).
  if (!/[|\t]|\S {2,}\S|,/.test(text)) return [];
  const out: TableCell[] = [];
  let words: TableWords | undefined;
  const marks = new NextOf(text);
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let next = end + 1;
    if (nl !== -1) {
      for (const delimiter of marks.delimiters(start, end)) {
        if ((delimiter === ',' || delimiter === '  ') && !(words ??= vocab.tableWords).headerWords.test(text.slice(start, end))) continue;
        const header = cellsOf(text, start, end, delimiter);
        if (!header) continue;
        const rows: Cell[][] = [];
        let at = end + 1;
        while (at < text.length) {
          const e = text.indexOf('\n', at);
          const rowEnd = e === -1 ? text.length : e;
          if (!isRule(text, at, rowEnd)) {
            let cells = cellsOf(text, at, rowEnd, delimiter);
            // (A bar that ends a row which opens with none bounds an empty last cell: "Kenntnisse in
            // Python | X |" under "Anforderung | Muss | Kann", as a Word table's row is written.)
            if (cells && delimiter === '|' && cells.length === header.length - 1) cells = cellsOf(text, at, rowEnd, delimiter, true);
            if (!cells || cells.length !== header.length) break;
            rows.push(cells);
          }
          at = rowEnd + 1;
        }
        if (rows.length === 0) continue;
        const cells = readTable(header, rows, delimiter, (words ??= vocab.tableWords));
        if (cells === null) continue;
        out.push(...cells);
        next = at;
        break;
      }
    }
    start = next;
  }
  return out;
}

/**
 * Where each delimiter next stands, kept from line to line: an indexOf per line for a delimiter a
 * text lacks would read the rest of the text each time.
 */
class NextOf {
  /** The next offset of each mark ('|', tab, ',', two spaces, ', '), -1 when there is none; -2 before the first look. */
  private readonly at = [-2, -2, -2, -2, -2];
  private static readonly MARKS: readonly Mark[] = ['|', '\t', ',', '  ', ', '];
  constructor(private readonly text: string) {}

  private within(k: number, start: number, end: number): boolean {
    let p = this.at[k]!;
    if (p === -2 || (p !== -1 && p < start)) this.at[k] = p = this.text.indexOf(NextOf.MARKS[k]!, start);
    return p !== -1 && p < end;
  }

  /** The delimiters a line could split a table's header by, most telling first (none, mostly). */
  delimiters(start: number, end: number): readonly Delimiter[] {
    const bar = this.within(0, start, end);
    const tab = this.within(1, start, end);
    const loose = end - start <= MAX_LOOSE_HEADER;
    // (A spreadsheet's row, "skill,min_years,priority": prose puts a space after its commas.)
    const comma = loose && this.within(2, start, end) && !this.within(4, start, end);
    const spaces = loose && this.within(3, start, end);
    if (!bar && !tab && !comma && !spaces) return NONE;
    const out: Delimiter[] = [];
    if (bar) out.push('|');
    if (tab) out.push('\t');
    if (comma) out.push(',');
    if (spaces) out.push('  ');
    return out;
  }
}

const NONE: readonly Delimiter[] = [];

/** A rule between rows: "|---|:--:|", "+----+----+", "=====". */
function isRule(text: string, from: number, to: number): boolean {
  let dash = false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 45 || c === 61) dash = true;
    else if (c !== 124 && c !== 43 && c !== 58 && c !== 32 && c !== 9 && c !== 13) return false;
  }
  return dash;
}

/** The cells of a line split by the delimiter (trimmed, with their offsets), or null when it is no row. */
function cellsOf(text: string, from: number, to: number, delimiter: Delimiter, lastCellEmpty = false): Cell[] | null {
  let start = from;
  let end = to;
  // (A tab at either end bounds an empty cell: "SQL\t\t✓", "SAP S/4HANA\t✓\t".)
  const blank = delimiter === '\t' ? /[ \r\u00a0]/ : /\s/;
  while (start < end && blank.test(text[start]!)) start++;
  while (end > start && blank.test(text[end - 1]!)) end--;
  if (start === end) return null;
  if (delimiter === '|') {
    // The outer bars of a Markdown or box table are no cells' bounds.
    const opens = text[start] === '|';
    if (opens) start++;
    if (end > start && text[end - 1] === '|' && (opens || !lastCellEmpty)) end--;
  }
  const cells: Cell[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    cells.push({ start: a, end: b, text: text.slice(a, b) });
  };
  let at = start;
  if (delimiter === '  ') {
    const re = / {2,}/g;
    re.lastIndex = start;
    for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
      push(at, m.index);
      at = m.index + m[0].length;
    }
  } else {
    // (A comma that groups a number's thousands is the number's: "$145,000/yr", "1,001-5,000 employees"; "3,5" is two cells.)
    for (let p = text.indexOf(delimiter, at), next = at; p !== -1 && p < end; p = text.indexOf(delimiter, next)) {
      next = p + 1;
      if (delimiter === ',' && thousands(text, p)) continue;
      push(at, p);
      at = p + 1;
    }
  }
  push(at, end);
  if (cells.length < 2 || cells.length > MAX_CELLS) return null;
  // Commas and aligned columns split prose too: a row of them holds short cells only.
  if ((delimiter === ',' || delimiter === '  ') && cells.some((c) => c.end - c.start > MAX_LOOSE_CELL)) return null;
  return cells;
}

type Column = { role: 'importance' } | { role: 'initials'; cues: ReadonlyMap<string, TableCue> } | { role: 'yes-no' } | { role: 'years' } | { role: 'kind'; cue: TableCue } | { role: 'skills' };

/** The cells a table says something of, or null when its header and values say nothing of importance or years. */
function readTable(header: Cell[], rows: Cell[][], delimiter: Delimiter, words: TableWords): TableCell[] | null {
  // The words of each header ("Mandatory (Y/N)": mandatory, y, n; "min_years": min, years).
  const headerParts = header.map((h) => cellKey(h.text).split(/[\s/]+/));
  const columns: Column[] = header.map((h, c) => {
    const key = cellKey(h.text);
    const parts = headerParts[c]!;
    if (parts.some((w) => words.units.has(w))) return { role: 'years' };
    if (words.yesNoHeaders.some((w) => parts.includes(w)) && isYesNoColumn(rows, c, words)) return { role: 'yes-no' };
    const cue = words.values.get(key);
    if (cue) return { role: 'kind', cue };
    // A column whose every cell gives years with their unit ("3+ years", "2 yrs"), whatever its header ("Experience").
    if (c > 0 && yearsColumn(rows, c, words)) return { role: 'years' };
    // A column of the initials of the importance values its header names ("E" and "D" under
    // "Essential / Desirable", as a person specification marks each criterion).
    const initials = c > 0 ? initialsColumn(rows, c, parts, words) : null;
    if (initials) return { role: 'initials', cues: initials };
    // A column of importance values, blanks and dashes ("Required", "Nice to have", "n/a").
    let values = 0;
    for (const r of rows) {
      const k = cellKey(r[c]!.text);
      if (k === '') continue;
      if (!words.values.has(k)) return { role: 'skills' };
      values++;
    }
    return values > 0 && c > 0 ? { role: 'importance' } : { role: 'skills' };
  });
  if (!columns.some((c) => c.role !== 'skills')) return null;
  // Commas and aligned columns split prose and lists too ("- Python, SQL" / "- Terraform preferred,
  // not required"): such a table names its columns itself ("skill,min_years,priority") and has rows.
  if (delimiter === ',' || delimiter === '  ') {
    const named = columns.some((c, i) => c.role === 'years' || c.role === 'yes-no' || (c.role === 'importance' && headerParts[i]!.some((w) => words.importanceHeaders.has(w))));
    if (!named || rows.length < 2) return null;
  }
  // A first line whose years cell holds a number is a row itself, its table without a header
  // ("| Java | 3+ years |" / "| Python | 2 years |").
  const body = header.some((h, c) => columns[c]!.role === 'years' && yearsIn(h.text) !== null) ? [header, ...rows] : rows;
  const out: TableCell[] = [];
  for (const row of body) {
    let cue: TableCue | null = null;
    let years: number | null = null;
    row.forEach((cell, c) => {
      const col = columns[c]!;
      const key = cellKey(cell.text);
      if (col.role === 'importance') cue ??= words.values.get(key) ?? null;
      else if (col.role === 'initials') cue ??= col.cues.get(key) ?? null;
      else if (col.role === 'yes-no') cue ??= words.yes.has(key) ? 'required' : words.no.has(key) ? 'preferred' : null;
      else if (col.role === 'years') years ??= yearsIn(cell.text);
      else if (col.role === 'kind' && isMark(cell, words)) cue ??= col.cue;
      // (Or years with their unit in a cell of another column: "| Power BI | Advanced, 3+ years | Essential |".)
      else if (col.role === 'skills' && c > 0 && withUnit(cell.text, words)) years ??= yearsIn(cell.text);
    });
    row.forEach((cell, c) => {
      const col = columns[c]!;
      if (isBlank(cell)) return;
      if (col.role === 'skills' && (cue !== null || years !== null)) out.push({ start: cell.start, end: cell.end, cue, years });
      else if (col.role === 'kind' && !isMark(cell, words) && !words.values.has(cellKey(cell.text))) out.push({ start: cell.start, end: cell.end, cue: col.cue, years });
    });
  }
  return out;
}

/** An empty cell, or one of a dash alone ("-", "—"). */
const isBlank = (cell: Cell): boolean => cell.text === '' || /^[-–—]$/.test(cell.text);

/** A cell of a check mark alone ("x", "✓"). */
const isMark = (cell: Cell, words: TableWords): boolean => words.marks.has(cell.text.toLowerCase());

/**
 * The importance each initial stands for in a column headed by two importance values or more
 * ("Essential / Desirable": e, d), when the column's cells are those initials alone, and blanks
 * (one at least); else null.
 */
function initialsColumn(rows: readonly Cell[][], c: number, headerWords: readonly string[], words: TableWords): Map<string, TableCue> | null {
  const cues = new Map<string, TableCue>();
  for (const w of headerWords) {
    const cue = words.values.get(w);
    if (!cue) continue;
    const initial = w[0]!;
    if (cues.has(initial) && cues.get(initial) !== cue) return null;
    cues.set(initial, cue);
  }
  if (new Set(cues.values()).size < 2) return null;
  let found = 0;
  for (const r of rows) {
    if (isBlank(r[c]!)) continue;
    if (!cues.has(cellKey(r[c]!.text))) return null;
    found++;
  }
  return found > 0 ? cues : null;
}

/** Whether a column holds yes and no only, and blanks ("Y", "N", "-"), at least one of them. */
function isYesNoColumn(rows: readonly Cell[][], c: number, words: TableWords): boolean {
  let answers = 0;
  for (const r of rows) {
    if (isBlank(r[c]!)) continue;
    const k = cellKey(r[c]!.text);
    if (!words.yes.has(k) && !words.no.has(k)) return false;
    answers++;
  }
  return answers > 0;
}

/** Whether a cell gives years with their unit ("3+ years", "Advanced, 2 yrs"). */
function withUnit(text: string, words: TableWords): boolean {
  return yearsIn(text) !== null && cellKey(text).split(/[\s+,;()]+/).some((w) => words.units.has(w));
}

/** Whether every cell of column c with text gives years with a unit ("3+ years"; blanks and dashes pass), one at least. */
function yearsColumn(rows: Cell[][], c: number, words: TableWords): boolean {
  let found = 0;
  for (const r of rows) {
    const text = r[c]?.text ?? '';
    const key = cellKey(text);
    if (key === '' || /^[-–—]+$/.test(key) || key === 'n/a') continue;
    if (yearsIn(text) === null || !key.split(/[\s+]+/).some((w) => words.units.has(w))) return false;
    found++;
  }
  return found > 0;
}

/** The least years a cell gives ("4+", "3-5", "2 years"), or null ("-", "n/a", blank). */
function yearsIn(text: string): number | null {
  const m = /\d{1,2}/.exec(text);
  if (!m) return null;
  const n = Number(m[0]);
  return n > 0 && n <= MAX_YEARS ? n : null;
}
