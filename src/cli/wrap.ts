// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

/** Columns a line takes on a terminal: colour codes take none (one column a code point otherwise). */
export const visibleWidth = (s: string): number => [...s.replace(SGR, '')].length;

/**
 * Text wrapped to `width` columns at spaces; a wrapped line continues under its first word, two
 * columns in (a report's lines are indented lists). A word longer than the line (a URL) stays whole.
 */
export function wrapText(text: string, width: number): string {
  if (!(width >= 20)) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (visibleWidth(line) <= width) return line;
  const indent = /^ */.exec(line.replace(SGR, ''))![0].length;
  const hang = ' '.repeat(Math.min(indent + 2, Math.floor(width / 2)));
  const words = line.trimStart().split(/ +/);
  const lines: string[] = [];
  let cur = line.slice(0, line.length - line.trimStart().length);
  let curWidth = visibleWidth(cur);
  let empty = true;
  for (const w of words) {
    const ww = visibleWidth(w);
    if (!empty && curWidth + 1 + ww > width) {
      lines.push(cur);
      cur = hang + w;
      curWidth = hang.length + ww;
      continue;
    }
    cur += empty ? w : ` ${w}`;
    curWidth += empty ? ww : ww + 1;
    empty = false;
  }
  lines.push(cur);
  return lines.join('\n');
}
