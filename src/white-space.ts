/** Whether a UTF-16 code unit is white space as `\s` and String.prototype.trim see it. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000);
}

/** The first index of character `c` in text[from, to), or -1: never reads past `to` (String.indexOf would). */
export function indexIn(text: string, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The last index of character `c` in text[from, to), or -1: never reads before `from` (String.lastIndexOf would). */
export function lastIndexIn(text: string, c: number, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** Whether a blank line (one of white space alone) stands in text[from, to), `from` at a line break. */
export function blankBetween(text: string, from: number, to: number): boolean {
  let blank = true;
  for (let q = from + 1; q < to; q++) {
    const c = text.charCodeAt(q);
    if (c === 10) {
      if (blank) return true;
      blank = true;
    } else if (!isWhiteSpace(c)) blank = false;
  }
  return false;
}

/**
 * Whether all of a text's words stand on one line: no line break between two of them (blank lines
 * before or after, as a file's last line break, do not count). A text whose line breaks were lost
 * (an export's, a paste's) is read as one.
 */
export function onOneLine(text: string): boolean {
  let seenText = false;
  let breakAfterText = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (seenText) breakAfterText = true;
    } else if (!isWhiteSpace(c)) {
      if (breakAfterText) return false;
      seenText = true;
    }
  }
  return true;
}
