/** Sentence spans of a text: line breaks, `;`, and `.`/`!`/`?` followed by space and a capital or bullet. */
import type { Span } from '../lexicon/span.js';

export type { Span };

const BOUNDARY = /\n|;\s|[.!?]\s+(?=[\p{Lu}\d"'(•*-])/gu;

/** The sentences of text[from, to) (the whole text by default), with offsets into the text. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m !== null && m.index < to; m = BOUNDARY.exec(text)) {
    const end = Math.min(to, m.index + (m[0] === '\n' ? 0 : 1));
    if (end > start) spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (to > start) spans.push({ start, end: to });
  return spans;
}
