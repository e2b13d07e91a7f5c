/**
 * Reading order of a PDF page from its positioned text runs: runs are grouped into lines by their
 * baseline, lines are cut into segments at wide horizontal gaps, column gutters are found where no
 * segment crosses, and the page is read band by band (a band ends at a line that spans the gutter,
 * like a centred name or a full-width heading), column by column inside a band.
 */

/** One run of text as the PDF places it: x, y of its baseline origin (y grows upwards), its width and font size. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Segment {
  runs: TextRun[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  chars: number;
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
};

/** Runs on (nearly) one baseline form a line; lines top to bottom. */
function groupLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - r.y) <= Math.max(1, 0.4 * Math.min(last.size, r.size))) {
      last.runs.push(r);
      last.size = Math.max(last.size, r.size);
    } else lines.push({ y: r.y, size: r.size, runs: [r] });
  }
  return lines.map((l) => ({ y: l.y, size: l.size, segments: cutSegments(l.runs) }));
}

/** A gap wider than about two ems between two runs of one line separates two columns (or a label and a date). */
function cutSegments(runs: TextRun[]): Segment[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  for (const r of sorted) {
    const last = segments[segments.length - 1];
    if (last && r.x - last.x1 <= 2 * Math.max(last.size, r.size)) {
      last.runs.push(r);
      last.x1 = Math.max(last.x1, r.x + r.width);
      last.size = Math.max(last.size, r.size);
      last.chars += r.text.length;
    } else segments.push({ runs: [r], x0: r.x, x1: r.x + r.width, y: r.y, size: r.size, chars: r.text.length });
  }
  return segments;
}

/**
 * Column gutters: vertical strips at least `minGap` wide that no narrow segment crosses, with a fair
 * share of the text on each side (a column of dates at the right margin is not a column of its own).
 */
function findGutters(lines: readonly Line[]): number[] {
  const segs = lines.flatMap((l) => l.segments);
  if (segs.length < 4) return [];
  const left = Math.min(...segs.map((s) => s.x0));
  const right = Math.max(...segs.map((s) => s.x1));
  const width = right - left;
  if (width <= 0) return [];
  // Segments wider than most of the page (a centred name, a full-width rule of text) are bridges, not columns.
  const narrow = segs.filter((s) => s.x1 - s.x0 < 0.6 * width);
  const totalChars = segs.reduce((n, s) => n + s.chars, 0);
  const minGap = Math.max(8, 1.2 * median(segs.map((s) => s.size)));
  const spans = narrow.map((s) => [s.x0, s.x1] as const).sort((a, b) => a[0] - b[0]);
  const gutters: number[] = [];
  let reach = spans[0]?.[1] ?? right;
  for (const [x0, x1] of spans.slice(1)) {
    if (x0 - reach >= minGap) {
      // (The cut goes past the wide lines that end before the next column too: a paragraph of the
      // main column beside a narrow box of facts is as wide as most of the page, yet ends before it.)
      let edge = reach;
      for (const s of segs) if (s.x1 > edge && s.x1 < x0 - MIN_CUT_GAP && s.x0 < reach) edge = s.x1;
      const cut = (edge + x0) / 2;
      const before = segs.filter((s) => s.x1 <= cut).reduce((n, s) => n + s.chars, 0);
      const after = segs.filter((s) => s.x0 >= cut).reduce((n, s) => n + s.chars, 0);
      const linesAfter = new Set(segs.filter((s) => s.x0 >= cut).map((s) => Math.round(s.y))).size;
      // (A narrow side column with lines of its own, a designed ad's box of facts beside its text
      // ("Location" / "Harrowgate" / "Salary" / ...), is a column too, small as its share is; a
      // column of dates beside a resume's job titles shares their lines.)
      const fair = (n: number, side: 'before' | 'after') => n >= 0.15 * totalChars || (n >= SIDE_COLUMN_CHARS && linesAlone(lines, cut, side) >= SIDE_COLUMN_LINES);
      if (fair(before, 'before') && fair(after, 'after') && Math.max(before, after) >= 0.15 * totalChars && linesAfter >= 3) gutters.push(cut);
    }
    reach = Math.max(reach, x1);
  }
  return gutters;
}

/** The least room a cut leaves between a column's widest line and the next column. */
const MIN_CUT_GAP = 4;

/** How many lines of its own, and characters in all, a narrow side column has (see findGutters). */
const SIDE_COLUMN_LINES = 4;
const SIDE_COLUMN_CHARS = 40;

/** How many lines hold text on one side of a cut only, with a letter in it. */
function linesAlone(lines: readonly Line[], cut: number, side: 'before' | 'after'): number {
  let n = 0;
  for (const l of lines) {
    const here = l.segments.filter((s) => (side === 'before' ? s.x1 <= cut : s.x0 >= cut));
    if (here.length > 0 && here.length === l.segments.length && here.some((s) => s.runs.some((r) => /\p{L}{2}/u.test(r.text)))) n++;
  }
  return n;
}

/** The text of runs on one line of one column, with a space where the runs leave a gap. */
function segmentText(runs: readonly TextRun[]): string {
  let out = '';
  let end = -Infinity;
  for (const r of [...runs].sort((a, b) => a.x - b.x)) {
    if (out && r.x - end > 0.15 * r.size && !/\s$/.test(out) && !/^\s/.test(r.text)) out += ' ';
    out += r.text;
    end = r.x + r.width;
  }
  return out.replace(/\s+$/, '');
}

/** How much larger than the page's body text a line's type is for it to be a heading's. */
const HEADING_SCALE = 1.3;

/**
 * Lines of one column inside one band, with a blank line where the vertical gap is wide (a new
 * block). A heading set larger than the body (`body`, the size most of the page's text has) that
 * wraps onto a second line of its size right under it is one line: "Machine Learning Engineer,
 * Search" over "Relevance" is the title "Machine Learning Engineer, Search Relevance".
 */
function columnText(entries: readonly { y: number; size: number; text: string; row?: boolean }[], body: number): string[] {
  const out: string[] = [];
  let prev: { y: number; size: number; row?: boolean } | undefined;
  for (const e of entries) {
    const gap = prev ? prev.y - e.y : 0;
    if (prev && out.length > 0 && body > 0 && e.size >= HEADING_SCALE * body && Math.abs(prev.size - e.size) <= 0.05 * e.size && gap > 0 && gap <= 1.7 * e.size && !/[.:!?]$/.test(out[out.length - 1]!)) {
      out[out.length - 1] += ' ' + e.text.trimStart();
      prev = e;
      continue;
    }
    // (A table's rows stay together, however padded their cells: a blank line would end the table.)
    if (prev && gap > 1.9 * Math.max(prev.size, e.size) && !(prev.row && e.row)) out.push('');
    out.push(e.text);
    prev = e;
  }
  return out;
}

/** The size most of a page's characters are set in (its body text), 0 for none. */
function bodySize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) for (const s of l.segments) chars.set(Math.round(s.size * 2) / 2, (chars.get(Math.round(s.size * 2) / 2) ?? 0) + s.chars);
  let best = 0;
  let most = 0;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

/** The fewest rows of a table found by its columns (see tableRows). */
const MIN_TABLE_ROWS = 3;
/** A gap between two words of a line at least this many sizes wide may bound a table's cell. */
const CELL_GAP = 0.6;
/** A column's gap, where all rows leave it free, is at least this many sizes wide. */
const MIN_COLUMN_GAP = 0.5;

/** The pieces of a line: its runs with text (not the blank runs a PDF spans gaps with), merged across a word's space. */
function piecesOf(l: Line): { x0: number; x1: number; runs: TextRun[] }[] {
  const runs = l.segments.flatMap((s) => s.runs).filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
  const out: { x0: number; x1: number; runs: TextRun[] }[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && r.x - last.x1 < CELL_GAP * l.size) {
      last.runs.push(r);
      last.x1 = Math.max(last.x1, r.x + r.width);
    } else out.push({ x0: r.x, x1: r.x + r.width, runs: [r] });
  }
  return out;
}

/**
 * The rows of tables set without rules between their cells (a page's table printed from the browser:
 * "Skill   Must have   Nice to have" over "Programming   Python, C++   CUDA"), each as one line of
 * its cells joined by " | ", an empty cell kept ("Geospatial | | GDAL, remote sensing"), as a saved
 * page's table is read; keyed by line. A table is MIN_TABLE_ROWS lines or more in a run, each of two
 * pieces or more, at the body's leading, that leave the same vertical gaps free (its columns' gaps).
 */
function tableRows(lines: readonly Line[]): Map<Line, string> {
  const rows = new Map<Line, string>();
  const pieces = lines.map(piecesOf);
  const gapsOf = (k: number) => {
    const p = pieces[k]!;
    const out: [number, number][] = [];
    for (let i = 1; i < p.length; i++) out.push([p[i - 1]!.x1, p[i]!.x0]);
    return out;
  };
  for (let k = 0; k < lines.length; ) {
    let strips: [number, number][] = pieces[k]!.length >= 2 ? gapsOf(k) : [];
    let end = k + 1;
    for (; strips.length > 0 && end < lines.length; end++) {
      const l = lines[end]!;
      if (pieces[end]!.length < 2 || lines[end - 1]!.y - l.y > 2.5 * l.size || Math.abs(lines[end - 1]!.size - l.size) > 0.1 * l.size) break;
      const next: [number, number][] = [];
      for (const [a, b] of strips) for (const [c, d] of gapsOf(end)) if (Math.min(b, d) - Math.max(a, c) >= MIN_COLUMN_GAP * l.size) next.push([Math.max(a, c), Math.min(b, d)]);
      if (next.length === 0) break;
      strips = next;
    }
    if (strips.length === 0 || end - k < MIN_TABLE_ROWS) {
      k++;
      continue;
    }
    // (Rows that fill every cell, two at least: a table, not a paragraph with a river of spaces.)
    const cellsOf = (j: number) => {
      const cells: TextRun[][] = strips.map(() => []).concat([[]]);
      for (const piece of pieces[j]!) cells[strips.filter(([a]) => piece.x0 >= a).length]!.push(...piece.runs);
      return cells;
    };
    // (And every column holds words: a column of bullets or item numbers beside a list is no table's.)
    let full = 0;
    const worded = strips.map(() => false).concat([false]);
    for (let j = k; j < end; j++) {
      const cells = cellsOf(j);
      if (cells.every((c) => c.length > 0)) full++;
      cells.forEach((c, i) => (worded[i] ||= c.some((r) => /\p{L}{2}/u.test(r.text))));
    }
    if (full >= 2 && worded.every(Boolean)) for (let j = k; j < end; j++) rows.set(lines[j]!, cellsOf(j).map((c) => (c.length > 0 ? segmentText(c) : '')).join(' | ').replace(/ \|  \| /g, ' | | ').replace(/^ \| /, '| '));
    k = end;
  }
  return rows;
}

/** Plain text of one page in reading order. */
export function pageText(runs: readonly TextRun[]): string {
  const lines = groupLines(runs.filter((r) => r.text.length > 0));
  const gutters = findGutters(lines);
  const body = bodySize(lines);
  if (gutters.length === 0) {
    const table = tableRows(lines);
    return columnText(
      lines.map((l) => {
        const row = table.get(l);
        return row === undefined ? { y: l.y, size: l.size, text: l.segments.map((s) => segmentText(s.runs)).join('   ') } : { y: l.y, size: l.size, text: row, row: true };
      }),
      body,
    ).join('\n');
  }

  const columnOf = (s: Segment) => gutters.filter((g) => s.x0 >= g).length;
  const crosses = (s: Segment) => gutters.some((g) => s.x0 < g && s.x1 > g);
  const out: string[] = [];
  let band: Line[] = [];
  const flush = () => {
    if (band.length === 0) return;
    for (let c = 0; c <= gutters.length; c++) {
      const entries = band.flatMap((l) => {
        const segs = l.segments.filter((s) => columnOf(s) === c);
        return segs.length ? [{ y: l.y, size: l.size, text: segs.map((s) => segmentText(s.runs)).join('   ') }] : [];
      });
      if (entries.length) {
        if (out.length && out[out.length - 1] !== '') out.push('');
        out.push(...columnText(entries, body));
      }
    }
    band = [];
  };
  for (const l of lines) {
    if (l.segments.some(crosses)) {
      flush();
      if (out.length && out[out.length - 1] !== '') out.push('');
      out.push(l.segments.map((s) => segmentText(s.runs)).join('   '));
    } else band.push(l);
  }
  flush();
  return out.join('\n');
}
