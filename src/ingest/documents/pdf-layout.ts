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
      const cut = (reach + x0) / 2;
      const before = segs.filter((s) => s.x1 <= cut).reduce((n, s) => n + s.chars, 0);
      const after = segs.filter((s) => s.x0 >= cut).reduce((n, s) => n + s.chars, 0);
      const linesAfter = new Set(segs.filter((s) => s.x0 >= cut).map((s) => Math.round(s.y))).size;
      if (before >= 0.15 * totalChars && after >= 0.15 * totalChars && linesAfter >= 3) gutters.push(cut);
    }
    reach = Math.max(reach, x1);
  }
  return gutters;
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

/** Lines of one column inside one band, with a blank line where the vertical gap is wide (a new block). */
function columnText(entries: readonly { y: number; size: number; text: string }[]): string[] {
  const out: string[] = [];
  let prev: { y: number; size: number } | undefined;
  for (const e of entries) {
    if (prev && prev.y - e.y > 1.9 * Math.max(prev.size, e.size)) out.push('');
    out.push(e.text);
    prev = e;
  }
  return out;
}

/** Plain text of one page in reading order. */
export function pageText(runs: readonly TextRun[]): string {
  const lines = groupLines(runs.filter((r) => r.text.length > 0));
  const gutters = findGutters(lines);
  if (gutters.length === 0) return columnText(lines.map((l) => ({ y: l.y, size: l.size, text: l.segments.map((s) => segmentText(s.runs)).join('   ') }))).join('\n');

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
        out.push(...columnText(entries));
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
