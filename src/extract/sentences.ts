/** Sentence spans of a text: line breaks, `;`, and `.`/`!`/`?` followed by space and a capital or bullet. */
export interface Span {
  start: number;
  end: number;
}

const BOUNDARY = /\n|;\s|[.!?]\s+(?=[\p{Lu}\d"'(•*-])/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const end = m.index + (m[0] === '\n' ? 0 : 1);
    if (end > start) spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (text.length > start) spans.push({ start, end: text.length });
  return spans;
}
