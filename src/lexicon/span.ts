/** A range of a text: [start, end) in JavaScript string indices. */
export interface Span {
  start: number;
  end: number;
}
