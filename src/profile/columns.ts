/**
 * A two-column resume whose text came out line by line across both columns, as a PDF's text copied
 * with its layout kept does: "Python            Built batch pipelines in Apache Spark on AWS EMR feeding the"
 * / "Airflow           routing models; orchestrated 40 DAGs with Airflow." / "LEARNING          Junior Data
 * Engineer, Norrsken Retail" / "Kubernetes        Aug 2018 – Feb 2021". Read as written, the sidebar's
 * "LEARNING" heads the main column's next role and its skills are read as work. The columns are told
 * by a gutter of blanks at one position, line after line, and are read one after the other.
 *
 * A label and its value ("Languages      Python, SQL, Go", a skills table's "Python    Expert    6",
 * a role's "Data Engineer      2021 – Present") share the same shape: they stay rows. Columns are
 * columns only where their text runs on past the other's lines: a sentence of one column goes on
 * in the next line while the other column holds something else there ("... feeding the" / "Airflow
 * routing models"), or both columns hold a heading of their own (a line of capitals each).
 */

/** The fewest blanks between two columns. */
const GUTTER = 3;
/** The fewest lines that hold both columns for a block to be read as two. */
const MIN_SHARED = 3;
/** How many characters the right column's start may move from line to line. */
const SLACK = 1;
/** The longest line a layout of columns is looked for in (a paragraph on one line is none). */
const MAX_LINE = 240;

interface Row {
  left: string;
  right: string;
}

/** Where the right column starts on a line that holds both (the first gap of GUTTER blanks after text), or -1. */
function gutterOf(line: string): number {
  if (line.length > MAX_LINE) return -1;
  const m = /\S( {3,}|\t+ *)(?=\S)/.exec(line);
  return m ? m.index + 1 + m[1]!.length : -1;
}

/** A line of one column cut at `at` (the right column's start), or null when text crosses it. */
function rowOf(line: string, at: number): Row | null {
  if (line.trim() === '') return { left: '', right: '' };
  if (line.length > MAX_LINE || line.includes('\t')) return null;
  const lead = line.length - line.trimStart().length;
  // Right column only: the line starts at the column, give or take.
  if (lead >= at - SLACK) return Math.abs(lead - at) <= SLACK ? { left: '', right: line.trim() } : null;
  const end = line.trimEnd().length;
  // Left column only: it ends before the gutter.
  if (end <= at - GUTTER) return { left: line.trim(), right: '' };
  // Both: a gap of blanks ending at the column.
  for (let start = at - SLACK; start <= at + SLACK; start++) {
    if (start <= GUTTER || start >= end) continue;
    if (line[start] === ' ' || line[start - 1] !== ' ') continue;
    if (line.slice(start - GUTTER, start).trim() !== '') continue;
    return { left: line.slice(0, start).trim(), right: line.slice(start).trim() };
  }
  return null;
}

/** A heading set in capitals: "SKILLS", "PROFESSIONAL EXPERIENCE". */
const CAPS = /^[\p{Lu}&/ ]{4,40}$/u;
/** A cell whose sentence goes on in the next line: it ends in a word (no stop, colon or comma of a list). */
const OPEN_END = /[\p{Ll}]$/u;
/** A cell that goes on a sentence: it starts in lower case. */
const GOES_ON = /^\p{Ll}/u;

/** The fewest words of a cell whose sentence a next line goes on (a value of a label is shorter, or is its own list). */
const SENTENCE_WORDS = 3;

/** Whether a cell opens a sentence (a capital, a digit or a list mark first) of a few words that ends in a word: its next line may go on with it. */
const opensOpen = (cell: string) => !GOES_ON.test(cell) && OPEN_END.test(cell) && cell.split(/\s+/).length >= SENTENCE_WORDS;

/**
 * Whether the rows are two columns, not a label and its value (see the module's comment): two signs at least, each a
 * sentence of one column that goes on in the next line while the other column's next line holds other words, and
 * headings in capitals in both columns.
 */
function areColumns(rows: readonly Row[]): boolean {
  let leftHeading = false;
  let rightHeading = false;
  let signs = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (CAPS.test(r.left) && r.right !== '') leftHeading = true;
    if (CAPS.test(r.right) && r.left !== '') rightHeading = true;
    const next = rows[i + 1];
    if (!next) continue;
    if (opensOpen(r.right) && GOES_ON.test(next.right) && next.left !== '' && next.left !== r.left) signs++;
    if (opensOpen(r.left) && GOES_ON.test(next.left) && next.right !== '' && next.right !== r.right) signs++;
  }
  return signs + (leftHeading && rightHeading ? 1 : 0) >= 2;
}

/** The text with each block of lines laid out in two columns read column by column; other lines as they are. */
export function unweaveColumns(text: string): string {
  if (!text.includes('   ')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let changed = false;
  let i = 0;
  while (i < lines.length) {
    const at = gutterOf(lines[i]!);
    if (at < 0) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // The block: lines that fit this gutter, from here on.
    const rows: Row[] = [];
    let shared = 0;
    let j = i;
    for (; j < lines.length; j++) {
      const row = rowOf(lines[j]!, at);
      if (!row) break;
      rows.push(row);
      if (row.left !== '' && row.right !== '') shared++;
    }
    // (Trailing blank lines are no part of it.)
    while (rows.length > 0 && rows[rows.length - 1]!.left === '' && rows[rows.length - 1]!.right === '') {
      rows.pop();
      j--;
    }
    if (shared >= MIN_SHARED && areColumns(rows)) {
      // (A blank line across both columns is a break in each.)
      for (const side of ['left', 'right'] as const) {
        for (const r of rows) if (r[side] !== '' || (r.left === '' && r.right === '')) out.push(r[side]);
        if (side === 'left') out.push('');
      }
      changed = true;
      i = j;
    } else {
      // (Rows, as they are; the block is looked at once, so a long table costs one pass. A line no
      // row fits, not even its own gutter's, as a tab's, still moves the reading on.)
      for (j = Math.max(j, i + 1); i < j; i++) out.push(lines[i]!);
    }
  }
  return changed ? out.join('\n') : text;
}
