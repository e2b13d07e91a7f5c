/**
 * Soft-wrapped lines. Saved and exported postings are often hard-wrapped at 50-80 columns, and
 * pasted text breaks sentences mid-phrase ("machine" / "learning", "5+" / "years of Kubernetes").
 * The flow text has the same length as the text, so offsets stay exact: a soft line break becomes a
 * space, and a hyphenated break ("ma-" / "chine") becomes soft hyphens (U+00AD) that the tokenizer
 * reads through. What a user sees (mention texts) is always sliced from the original.
 */

/** The soft hyphen: the tokenizer treats it as nothing (a word continues through it, a gap of them joins). */
export const SOFT_HYPHEN = 0xad;

export interface Flow {
  /** The text with soft line breaks as spaces and hyphenated breaks as soft hyphens; same length. */
  flow: string;
  /** Offsets of the line breaks that were soft (ascending). */
  soft: number[];
}

const MAX_WRAP_WIDTH = 120;
/** A line shorter than this (after a break) is a list item or a heading, never wrapped prose by the second test. */
const MIN_PROSE_LINE = 40;

interface Line {
  start: number;
  end: number;
  /** Length without trailing white space. */
  len: number;
  /** Offset of the first non-blank character (end for a blank line). */
  first: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    let first = pos;
    while (first < end && isBlank(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isBlank(text.charCodeAt(last - 1))) last--;
    lines.push({ start: pos, end, len: last - pos, first });
    if (nl === -1) return lines;
    pos = nl + 1;
  }
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 13;
const isLower = (c: number) => (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase());
/** A line that starts a list item or a Markdown block: never the continuation of the line before. */
const STARTS_ITEM = /^(?:[-*•·▪‣◦–—>#|]|\d{1,2}[.)]\s|[a-z][.)]\s)/;
/** The line before ends a sentence, a label or a heading: ".", ":", "!", "?", ";", a closing Markdown mark. */
const ENDS_BLOCK = /[.:!?;*_|]$/;

/** A bracket opened and not closed on the line: "SAP Data Services (Data" / "Extract, Profiling)". */
function unclosed(s: string): boolean {
  const open = s.lastIndexOf('(');
  return open >= 0 && s.indexOf(')', open) < 0;
}

/** The lower-cased last word of a line (letters and digits), or ''. */
function lastWord(s: string): string {
  const m = /([\p{L}\p{N}'’.]+)[^\p{L}\p{N}]*$/u.exec(s);
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : '';
}

/**
 * The soft line breaks of a text, and its flow text. `continuers` are the words a line of prose
 * never ends with in the text's language ("Ruby on" / "Rails").
 */
export function readFlow(text: string, continuers: ReadonlySet<string> = new Set(), isHeading: (line: string) => boolean = () => false): Flow {
  if (!text.includes('\n')) return { flow: text, soft: [] };
  const lines = linesOf(text);
  // Hard-wrapped text: lines fill up to a width; a line broke there because its next word did not fit.
  let width = 0;
  let prose = 0;
  for (const l of lines) {
    if (l.len > width) width = l.len;
    if (l.len >= 20) prose++;
  }
  let full = 0;
  if (width <= MAX_WRAP_WIDTH) for (const l of lines) if (l.len >= width - 12 && l.len >= 35) full++;
  const wrapped = width <= MAX_WRAP_WIDTH && full >= 4 && full >= prose * 0.4;

  const soft: number[] = [];
  let chars: string[] | undefined;
  const set = (at: number, c: string) => {
    chars ??= text.split('');
    chars[at] = c;
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.len === 0 || b.first === b.end) continue;
    const aText = text.slice(a.first, a.start + a.len);
    const bText = text.slice(b.first, b.end);
    if (STARTS_ITEM.test(bText) || /^#|^\*\*|^__/.test(aText)) continue;
    const last = text.charCodeAt(a.start + a.len - 1);
    const next = text.charCodeAt(b.first);
    // The next word would not have fitted on the line: a break made by the wrapping.
    const wordLen = (/^\S+/.exec(bText)?.[0].length ?? 0);
    const filled = wrapped && a.len + 1 + wordLen > width && a.len >= 35;
    // A line of prose that stops mid-sentence: continued in lower case, or cut after a word no
    // sentence ends with ("Ruby on" / "Rails"), or after a number ("5+" / "years").
    const open = !ENDS_BLOCK.test(aText) && a.len >= (isLower(next) ? 12 : MIN_PROSE_LINE) && (continuers.has(lastWord(aText)) || /[\d+]$/.test(aText));
    const continued = !ENDS_BLOCK.test(aText) && ((isLower(next) && (a.len >= MIN_PROSE_LINE || open)) || unclosed(aText));
    if (!filled && !continued && !open) continue;
    // After a full stop or a colon, a capital starts a sentence or a heading: a break either way.
    if (ENDS_BLOCK.test(aText) && !isLower(next)) continue;
    // A heading is never part of a paragraph.
    if (isHeading(aText) || isHeading(bText)) continue;
    const nl = a.end;
    soft.push(nl);
    if (last === 45 && a.len >= 2 && isLetter(text.charCodeAt(a.start + a.len - 2)) && isLetter(next)) {
      // "ma-" / "chine": one word again when it goes on in lower case; "Ruby-on-" / "Rails": a hyphen join.
      for (let p = a.start + a.len; p < b.first; p++) set(p, '\u00ad');
      if (isLower(next)) set(a.start + a.len - 1, '\u00ad');
    } else {
      set(nl, ' ');
    }
  }
  return { flow: chars ? chars.join('') : text, soft };
}
