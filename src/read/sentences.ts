/** Sentence spans of a text: line breaks, `;`, and `.`/`!`/`?` followed by space and a capital or bullet. */
import type { Span } from '../lexicon/span.js';

export type { Span };

/** Boundaries without a vocabulary's abbreviations (a resume's lines, a test). */
const BOUNDARY = /\n|;\s|[.!?]\s+(?=[\p{Lu}\d"'(•*-])/gu;

/**
 * The sentences of text[from, to) (the whole text by default), with offsets into the text. A
 * vocabulary's `sentenceBoundary` knows its abbreviations ("e.g. PyTorch" goes on).
 */
export function splitSentences(text: string, from = 0, to = text.length, boundary: RegExp = BOUNDARY): Span[] {
  const spans: Span[] = [];
  let start = from;
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m !== null && m.index < to; m = boundary.exec(text)) {
    const end = Math.min(to, m.index + (m[0] === '\n' ? 0 : 1));
    if (end > start) spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (to > start) spans.push({ start, end: to });
  return spans;
}
