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
function columnText(entries: readonly { y: number; size: number; text: string }[], body: number): string[] {
  const out: string[] = [];
  let prev: { y: number; size: number } | undefined;
  for (const e of entries) {
    const gap = prev ? prev.y - e.y : 0;
    if (prev && out.length > 0 && body > 0 && e.size >= HEADING_SCALE * body && Math.abs(prev.size - e.size) <= 0.05 * e.size && gap > 0 && gap <= 1.7 * e.size && !/[.:!?]$/.test(out[out.length - 1]!)) {
      out[out.length - 1] += ' ' + e.text.trimStart();
      prev = e;
      continue;
    }
    if (prev && gap > 1.9 * Math.max(prev.size, e.size)) out.push('');
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

/** Plain text of one page in reading order. */
export function pageText(runs: readonly TextRun[]): string {
  const lines = groupLines(runs.filter((r) => r.text.length > 0));
  const gutters = findGutters(lines);
  const body = bodySize(lines);
  if (gutters.length === 0) return columnText(lines.map((l) => ({ y: l.y, size: l.size, text: l.segments.map((s) => segmentText(s.runs)).join('   ') })), body).join('\n');

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
