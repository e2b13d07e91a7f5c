/**
 * Soft-wrapped lines. Saved and exported postings are often hard-wrapped at 50-80 columns, and
 * pasted text breaks sentences mid-phrase ("machine" / "learning", "5+" / "years of Kubernetes").
 * The flow text has the same length as the text, so offsets stay exact: a soft line break becomes a
 * space, and a hyphenated break ("ma-" / "chine") becomes soft hyphens (U+00AD) that the tokenizer
 * reads through. What a user sees (mention texts) is always sliced from the original.
 */
import { BULLET_GLYPHS } from './bullets.js';

/** The longest last line of a cue cut by a line break that is read as the rest of its item ("Plus", "Vorteil"). */
const MAX_CUE_TAIL = 14;

/** The soft hyphen: the tokenizer treats it as nothing (a word continues through it, a gap of them joins). */
export const SOFT_HYPHEN = 0xad;

export interface Flow {
  /** The text with soft line breaks as spaces and hyphenated breaks as soft hyphens; same length. */
  flow: string;
  /** Offsets of the line breaks that were soft (ascending). */
  soft: number[];
}

const MAX_WRAP_WIDTH = 120;
/** The fewest lines, and the least share of the width every line but the last fills, of a text that is one paragraph wrapped. */
const MIN_BLOCK_LINES = 6;
const MIN_BLOCK_SHARE = 0.7;
/** The largest share of a block's lines that may open with an item's mark (see readLines). */
const MAX_BLOCK_ITEMS = 0.25;
/** A line at least this long (or 0.7 of a narrower width) that comes within 12 characters of the width is full. */
const FULL_LINE = 35;
/** A line shorter than this (after a break) is a list item or a heading, never wrapped prose by the second test. */
const MIN_PROSE_LINE = 40;
/** The shortest line of prose in a hard-wrapped text that goes on in the next line when that opens in lower case. */
const MIN_WRAPPED_LINE = 24;

/** A line that opens with the last words of a sentence and goes on ("Airflow. You will also maintain ..."). */
const SENTENCE_END_FIRST = /^[^\s.,;:!?()]+(?:\s+[^\s.,;:!?()]+){0,2}[.!?]\s+\p{Lu}/u;

/** The least share of a hard-wrapped text's full lines that break mid-sentence (the next line goes on in lower case). */
const MIN_MID_SENTENCE = 0.25;

/** A bulleted item at least this long, followed by a line in lower case that starts no item, wrapped there. */
const MIN_ITEM_LINE = 20;

/** The lines of a text as parallel arrays (one a line, no object each): start, end, first non-blank, length without trailing blanks. */
interface Lines {
  count: number;
  start: Int32Array;
  end: Int32Array;
  first: Int32Array;
  len: Int32Array;
}

function linesOf(text: string): Lines {
  let count = 1;
  for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) count++;
  const lines: Lines = { count, start: new Int32Array(count), end: new Int32Array(count), first: new Int32Array(count), len: new Int32Array(count) };
  let pos = 0;
  for (let i = 0; i < count; i++) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    let first = pos;
    while (first < end && isBlank(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isBlank(text.charCodeAt(last - 1))) last--;
    lines.start[i] = pos;
    lines.end[i] = end;
    lines.first[i] = first;
    lines.len[i] = last - pos;
    pos = nl + 1;
  }
  return lines;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 13;

/** The offset of the first blank in text[from, to), or -1. */
function indexOfBlank(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) if (isBlank(text.charCodeAt(p))) return p;
  return -1;
}
const isLower = (c: number) => (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase());

/** Whether the digits (and "+") that end at `at` close a word that opens with a letter ("S3", "EC2", "Web3"), looked at a few signs back, not before `from`. */
function namesNumber(text: string, at: number, from: number): boolean {
  let p = at;
  while (p > from && at - p < 8 && ((text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) || text.charCodeAt(p) === 43)) p--;
  return p < at && isLetter(text.charCodeAt(p));
}

/** A line that starts a list item or a Markdown block: never the continuation of the line before. */
const STARTS_ITEM = new RegExp(`^(?:[-*${BULLET_GLYPHS}–—>#|]|\\d{1,2}[.)]\\s|[a-z][.)]\\s)`);
/** The line before ends a sentence, a label or a heading: ".", ":", "!", "?", ";", a closing Markdown mark. */
const ENDS_BLOCK_CHARS: ReadonlySet<number> = new Set([...'.:!?;*_|'].map((c) => c.charCodeAt(0)));

/** The word that opens text[from, to): letters, digits and the marks of names ("C++", "C#", ".NET", "Node.js"). */
function firstWord(text: string, from: number, to: number): string {
  let p = from;
  while (p < to && !isBlank(text.charCodeAt(p)) && text.charCodeAt(p) !== 44 && text.charCodeAt(p) !== 47 && text.charCodeAt(p) !== 41) p++;
  return text.slice(from, p);
}

/** Whether line i of the text (if any) ends in a comma. */
function endsInComma(text: string, lines: Lines, i: number): boolean {
  return i >= 0 && i < lines.count && lines.len[i]! > 0 && text.charCodeAt(lines.start[i]! + lines.len[i]! - 1) === 44;
}

/** The lower-cased word of letters with an inner dot that ends at the full stop at `dot`, not before `from` ("e.g", "z.b"), or '' ("Read on."). */
function dottedWord(text: string, from: number, dot: number): string {
  let p = dot;
  while (p > from && dot - p < 8 && (isLetter(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 46)) p--;
  const word = p < dot && text.charCodeAt(p) !== 46 && (p === from || !isLetter(text.charCodeAt(p - 1))) ? text.slice(p, dot) : '';
  return word.includes('.') ? word.toLowerCase() : '';
}

/** The length of the word at text[from, to). */
function wordLength(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && !isBlank(text.charCodeAt(p))) p++;
  return p - from;
}


/** A bracket opened in text[from, to) and not closed there (scanned back from the end). */
function unclosed(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 41) return false;
    if (c === 40) return true;
  }
  return false;
}

/** The lower-cased last word of a line, or ''. */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && !isWordChar(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordChar(s.charCodeAt(start - 1))) start--;
  // (The end of a name joined by "&" or "/" is no word of prose: "Financial Analyst - FP&A".)
  if (start > 0 && (s.charCodeAt(start - 1) === 38 || s.charCodeAt(start - 1) === 47)) return '';
  // (Nor is a place's region code in capitals after its name and a comma, though it is spelt as a
  // word: "Location: Portland, OR", "Columbus, IN".)
  if (end - start === 2 && s.trimEnd().length === end && isRegionCode(s, start)) return '';
  return s.slice(start, end).toLowerCase();
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/** Whether the two letters at s[at] are a region code in capitals after a place's name and a comma ("Portland, OR"). */
function isRegionCode(s: string, at: number): boolean {
  if (!isUpperAscii(s.charCodeAt(at)) || !isUpperAscii(s.charCodeAt(at + 1))) return false;
  let p = at;
  while (p > 0 && s.charCodeAt(p - 1) === 32) p--;
  if (p === at || p === 0 || s.charCodeAt(p - 1) !== 44) return false;
  // The place's name: a word in capitals just before the comma ("Portland,", "Salt Lake City,").
  let w = p - 1;
  while (w > 0 && isLetter(s.charCodeAt(w - 1))) w--;
  return p - 1 - w >= 3 && isUpperAscii(s.charCodeAt(w)) && isLower(s.charCodeAt(w + 1));
}

const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019;

/** The fewest lines of text a double-spaced text has (see doubleSpaced). */
const MIN_SPACED_LINES = 8;
/** The least share of its lines of text that a double-spaced text follows with one blank line. */
const MIN_SPACED_SHARE = 0.8;

/**
 * The blank lines of a double-spaced text, as [first line break, second line break] offset pairs:
 * every line of text followed by one blank line, as some exports give every line of a hard-wrapped
 * text ("Provides data management functions" / "" / "in the form of data governance, ..."). Null
 * for any other text.
 */
function doubleSpaced(text: string): number[] | null {
  const gaps: number[] = [];
  let lines = 0;
  let misses = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    let p = pos;
    while (p < end && isBlank(text.charCodeAt(p))) p++;
    if (p < end) {
      lines++;
      if (nl < 0) break;
      // One blank line, then a line of text.
      const second = text.indexOf('\n', nl + 1);
      if (second < 0) break;
      let q = nl + 1;
      while (q < second && isBlank(text.charCodeAt(q))) q++;
      let spaced = false;
      if (q === second) {
        let r = second + 1;
        while (r < text.length && isBlank(text.charCodeAt(r))) r++;
        spaced = r < text.length && text.charCodeAt(r) !== 10;
      }
      if (spaced) gaps.push(nl, second);
      // (Most texts are not: told from their first lines, before the whole is read.)
      else if (++misses > (lines - 1) * (1 - MIN_SPACED_SHARE) + 2) return null;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return lines >= MIN_SPACED_LINES && gaps.length / 2 >= (lines - 1) * MIN_SPACED_SHARE ? gaps : null;
}

/**
 * The soft line breaks of a text, and its flow text. `continuers` are the words a line of prose
 * never ends with in the text's language ("Ruby on" / "Rails"). In a double-spaced text, the blank
 * line after a line of text is read as the line's end: its second line break is the one that may be soft.
 */
export function readFlow(
  text: string,
  continuers: ReadonlySet<string> = new Set(),
  isHeading: (line: string) => boolean = () => false,
  strongContinuers: ReadonlySet<string> = new Set(),
  isSkillWord: (word: string) => boolean = () => false,
  opensItem: (from: number, to: number) => boolean = () => false,
  cueAcross: (before: string, after: string) => boolean = () => false,
  isLabel: (line: string) => boolean = () => false,
  nameAcross: (before: string, after: string) => number = () => -1,
): Flow {
  if (!text.includes('\n')) return { flow: withoutMojibake(text), soft: [] };
  const spaced = doubleSpaced(text);
  if (!spaced) return readLines(text, continuers, isHeading, strongContinuers, isSkillWord, opensItem, cueAcross, isLabel, nameAcross);
  // Read with each blank line closed up (its first line break and blanks as spaces, the same length).
  const edits: number[] = [];
  for (let g = 0; g < spaced.length; g += 2) for (let p = spaced[g]!; p < spaced[g + 1]!; p++) edits.push(p, 32);
  const read = readLines(applyEdits(text, edits), continuers, isHeading, strongContinuers, isSkillWord, opensItem, cueAcross, isLabel, nameAcross);
  // ... and a blank line whose break stays hard as it was.
  const soft = new Set(read.soft);
  const restore: number[] = [];
  for (let g = 0; g < spaced.length; g += 2) {
    if (soft.has(spaced[g + 1]!)) continue;
    for (let p = spaced[g]!; p < spaced[g + 1]!; p++) restore.push(p, text.charCodeAt(p));
  }
  return { flow: restore.length === 0 ? read.flow : applyEdits(read.flow, restore), soft: read.soft };
}

/** The soft line breaks and flow text of a text read line by line (see readFlow). */
function readLines(
  text: string,
  continuers: ReadonlySet<string>,
  isHeading: (line: string) => boolean,
  strongContinuers: ReadonlySet<string>,
  isSkillWord: (word: string) => boolean,
  opensItem: (from: number, to: number) => boolean,
  cueAcross: (before: string, after: string) => boolean,
  isLabel: (line: string) => boolean,
  nameAcross: (before: string, after: string) => number,
): Flow {
  const lines = linesOf(text);
  const { len: lens, start: starts, end: lineEnds, first: firsts } = lines;
  // Hard-wrapped text: lines fill up to a width; a line broke there because its next word did not fit.
  let width = 0;
  let prose = 0;
  for (let i = 0; i < lines.count; i++) {
    // (Not a line of one word, which the wrapping leaves whole however long: a link, "http://www.acme.com/careers/equal-opportunity".)
    if (lens[i]! > width && indexOfBlank(text, firsts[i]!, starts[i]! + lens[i]!) >= 0) width = lens[i]!;
    if (lens[i]! >= 20) prose++;
  }
  // (A narrow column fills less: a line of 21 characters is full at a width of 30.)
  const fullLine = Math.min(FULL_LINE, Math.round(width * 0.7));
  const wrappedLine = Math.min(MIN_WRAPPED_LINE, Math.round(width * 0.6));
  let full = 0;
  // ... and break mid-sentence: the next line of a full one goes on in lower case, as prose mostly
  // does; a list of items without bullets, whose lines are about as long, opens each in capitals.
  let midSentence = 0;
  if (width <= MAX_WRAP_WIDTH) {
    for (let i = 0; i < lines.count; i++) {
      if (lens[i]! < width - 12 || lens[i]! < fullLine) continue;
      full++;
      if (i + 1 < lines.count && isLower(text.charCodeAt(firsts[i + 1]!))) midSentence++;
    }
  }
  const wrapped = width <= MAX_WRAP_WIDTH && full >= 4 && full >= prose * 0.4 && midSentence >= Math.max(2, full * MIN_MID_SENTENCE);
  // A text that is one paragraph wrapped, with no line of its own (no blank line, no item, no short
  // line but the last): a text run on one line, cut at a width; every break is the wrapping's.
  let block = wrapped && lines.count >= MIN_BLOCK_LINES;
  // (A text run on one line that writes its items with a dash or bullet run in, "... deadlines -Flexible and
  // adaptable", has the wrapping open a line with one now and then: a few such lines, every line full up to
  // the width as the rest, are the wrapping's; a list of items, each on its lines, leaves most last lines short.)
  let items = 0;
  for (let i = 0; i < lines.count && block; i++) {
    const len = lens[i]! - (firsts[i]! - starts[i]!);
    // (Nor a line that opens an item of its own in capitals after a line that ends no sentence:
    // "... Preferred: Python, SQL, Bash" / "Experience with common data science libraries ...".)
    const marked = STARTS_ITEM.test(text.slice(firsts[i]!, firsts[i]! + 3));
    const item = i > 0 && !marked && !isLower(text.charCodeAt(firsts[i]!)) && !ENDS_BLOCK_CHARS.has(text.charCodeAt(starts[i - 1]! + lens[i - 1]! - 1)) && opensItem(firsts[i]!, lineEnds[i]!);
    if (marked) items++;
    if (len === 0 ? i < lines.count - 1 : (i < lines.count - 1 && len < width * MIN_BLOCK_SHARE) || item) block = false;
  }
  if (items > lines.count * MAX_BLOCK_ITEMS) block = false;

  const soft: number[] = [];
  // The characters to replace, in ascending order (the flow text is built once, from slices).
  const edits: number[] = [];
  const set = (at: number, c: string) => {
    edits.push(at, c.charCodeAt(0));
  };
  for (let i = 0; i + 1 < lines.count; i++) {
    const aLen = lens[i]!;
    const bFirst = firsts[i + 1]!;
    const bEnd = lineEnds[i + 1]!;
    if (bFirst === bEnd || aLen === 0) continue;
    if (block) {
      const at = starts[i]! + aLen;
      soft.push(lineEnds[i]!);
      // ("ma-" / "chine": one word again.)
      if (text.charCodeAt(at - 1) === 45 && aLen >= 2 && isLetter(text.charCodeAt(at - 2)) && isLower(text.charCodeAt(bFirst))) for (let p = at - 1; p < bFirst; p++) set(p, '\u00ad');
      else set(lineEnds[i]!, ' ');
      continue;
    }
    const last = text.charCodeAt(starts[i]! + aLen - 1);
    const next = text.charCodeAt(bFirst);
    const lower = isLower(next);
    // A number cut from its unit, however short the line: "You have 5+" / "years of Kubernetes",
    // "- 3" / "years of SQL".
    // (A number of its own, not a name's last sign: "... Lambda, and S3" / "Experience with Qlik ... a plus" are two items.)
    const endsNumber = ((last >= 48 && last <= 57) || last === 43) && !namesNumber(text, starts[i]! + aLen - 1, starts[i]!);
    const numberCut = lower && endsNumber;
    // (A line that itself continues the one before is prose, however short: "... working with big data" /
    // "technologies" / "distributed computing such as Hadoop", "... including" / "machine" / "learning, deep learning".)
    const inside = i > 0 && soft.length > 0 && soft[soft.length - 1] === lineEnds[i - 1];
    // Most lines end a sentence or a list item: told from a character or two, before any copy.
    if (aLen < 12 && !numberCut && !(inside && lower)) continue;
    const a = { start: starts[i]!, end: lineEnds[i]!, len: aLen, first: firsts[i]! };
    const b = { first: bFirst, end: bEnd };
    // (A line that ends in a continuer written with its dots ends no sentence: "... tools (e.g." /
    // "Power BI, Tableau)", "Tools wie z.B." / "Terraform".)
    const dotted = last === 46 ? dottedWord(text, a.first, a.start + a.len - 1) : '';
    const ends = ENDS_BLOCK_CHARS.has(last) && !(dotted !== '' && continuers.has(dotted));
    // The next word would not have fitted on the line: a break made by the wrapping.
    let filled = wrapped && a.len >= fullLine && a.len + 1 + wordLength(text, b.first, b.end) > width;
    if (ends && !(filled && lower)) continue;
    // "ma-" / "chine": a word broken by the wrapping.
    const hyphenated = last === 45 && a.len >= 2 && isLetter(text.charCodeAt(a.start + a.len - 2)) && isLetter(next);
    // "Type-" / "Script", "Graph-" / "QL": a name broken by the wrapping where its second part is in
    // capitals, told from a hyphen join ("Ruby-on-" / "Rails") by the lexicon: the word whole is a
    // skill's.
    const nameBroken = hyphenated && !lower && isSkillWord(wordAround(text, a.start + a.len - 1, b.first, b.end));
    // "SAP Data Services (Data" / "Extract, Profiling)": a bracket left open.
    const bracket = unclosed(text, a.start, a.start + a.len);
    const aText = text.slice(a.first, a.start + a.len);
    // A line cut after a word no line of prose or item ends with ("- You have used Ruby on" / "Rails
    // or Go"), however short; a short line of prose only after one that no line ends with even before a
    // capital ("We need someone with 3+ years of" / "Python"; "we value applicants with" / "Excellent
    // SQL" leads in a list).
    const endWord = ends ? '' : dotted !== '' ? dotted : lastWord(aText);
    const itemCut = !ends && STARTS_ITEM.test(aText) && continuers.has(endWord);
    const continuer = itemCut || (!ends && (lower ? continuers : strongContinuers).has(endWord));
    // A line that opens a qualification of its own ("Experience with ...", "Strong SQL skills") is an
    // item, not the rest of a line before it that happens to fill the width ("Preferred languages:
    // Python, SQL, Bash" / "Experience with data science libraries").
    if (filled && !lower && !continuer && !bracket && opensItem(b.first, b.end)) filled = false;
    // A cue cut after its first words, its last on a line of its own ("- Kenntnisse in Docker sind ein" /
    // "Plus", "- Experience with Docker is a big" / "Plus"): the rest of the item, not a heading.
    const cueCut = !ends && b.end - b.first <= MAX_CUE_TAIL && cueAcross(aText, text.slice(b.first, b.end).trimEnd());
    // A skill's name cut by the wrapping, its next words in capitals ("... production workloads on
    // Google" / "Cloud Platform and BigQuery", "* Working knowledge of Apache" / "Spark or Databricks"):
    // the lexicon knows the name whole, its words on the line in capitals too. Only from a line of
    // prose, or an item, whose next line opens no item ("... existing computer systems and software" /
    // "Development, design, and ...", "... such as Word and Excel" / "Experience using JMP"), and
    // past the line's first word unless the line goes on from the one before: a list of one name a
    // line ("Spark" / "SQL") is no "Spark SQL".
    const nameCut = !ends && !lower && isLetter(next) && (a.len >= MIN_PROSE_LINE || inside || (wrapped && a.len >= wrappedLine) || (a.len >= MIN_ITEM_LINE && STARTS_ITEM.test(aText))) && nameRunsOn(text, a.first, a.start + a.len, b.first, b.end, inside, nameAcross) && !opensItem(b.first, b.end);
    // A bulleted item cut after a comma, its list of skills going on in a line that opens no item and
    // with a skill's word ("- 4+ years with Terraform," / "Kubernetes and Go"): not where the lines
    // around end in commas too.
    const itemComma = last === 44 && a.len >= MIN_ITEM_LINE && STARTS_ITEM.test(aText) && !endsInComma(text, lines, i - 1) && !endsInComma(text, lines, i + 1) && isSkillWord(firstWord(text, b.first, b.end)) && !opensItem(b.first, b.end);
    if (!filled && !lower && !bracket && !inside && !continuer && !cueCut && !nameCut && !itemComma && a.len < MIN_PROSE_LINE) continue;
    const bText = text.slice(b.first, b.end);
    // (A Markdown heading, or a line all in bold, is a heading; a bold label before prose is not:
    // "**Please note:** this is not a machine learning role, and no" / "experience with ...".)
    if (STARTS_ITEM.test(bText) || /^#/.test(aText) || /^(\*\*|__).*(\*\*|__):?\s*$/.test(aText)) continue;
    // A line of prose that stops mid-sentence: continued in lower case, or cut after a word no
    // sentence ends with ("Ruby on" / "Rails"), or after a number ("5+" / "years").
    const cut = cueCut || numberCut || (continuer && (itemCut || a.len >= 12)) || (!ends && a.len >= (lower || inside ? 12 : MIN_PROSE_LINE) && (endsNumber || continuers.has(endWord)));
    // A bulleted item whose next line is no item and goes on in lower case: the item wrapped.
    const item = lower && a.len >= MIN_ITEM_LINE && STARTS_ITEM.test(aText);
    // A long line of prose that ends no sentence goes on in a line that opens with the end of a
    // sentence, whatever its first letter ("... orchestrating pipelines with Apache" / "Airflow. You will ...").
    const flowing = a.len >= MIN_PROSE_LINE && isLetter(last) && !STARTS_ITEM.test(aText) && SENTENCE_END_FIRST.test(text.slice(b.first, b.end));
    // (In a hard-wrapped text a shorter line goes on too: "five years' experience with liquid" / "chromatography ...".)
    const prose = a.len >= MIN_PROSE_LINE || inside || (wrapped && a.len >= wrappedLine && !STARTS_ITEM.test(aText));
    // A line of prose cut after a comma, its list of skills going on in the next line ("... including
    // Python, R, Scala," / "Julia or SAS"): not where items end in commas, the line before or after
    // ending in one too, nor before a line of prose of its own ("Knowledge of statistics and data mining
    // techniques: ...") or one that opens an item or with a word no skill's.
    const commaCut = last === 44 && a.len >= MIN_PROSE_LINE && b.end - b.first < MIN_PROSE_LINE && !STARTS_ITEM.test(aText) && !endsInComma(text, lines, i - 1) && !endsInComma(text, lines, i + 1) && isSkillWord(firstWord(text, b.first, b.end)) && !opensItem(b.first, b.end);
    // A line of prose that goes on in a bracket, what it named explained ("... Model Predictive Control" / "(MPC), MMPC, AI/Machine learning").
    const bracketAfter = next === 40 && prose && !STARTS_ITEM.test(aText);
    const continued = !ends && ((lower && (prose || cut || hyphenated || item)) || bracket || flowing || nameBroken || commaCut || itemComma || bracketAfter || nameCut);
    if (!filled && !continued && !cut) continue;
    // A heading is never part of a paragraph; but a line that goes on in lower case after one that
    // ends no sentence is the rest of it, whatever its words ("- Docker, though it is not" / "required").
    // (In a hard-wrapped text, a long line that fills the width and goes on in lower case is cut
    // mid-sentence, even where it ends in a colon: "Experience applying advanced techniques such as:" /
    // "significance testing, GLM, Random Forest".)
    if ((isHeading(aText) && !(filled && lower)) || (isHeading(bText) && !(lower && !ends) && !cueCut)) continue;
    // (Nor is a field's label alone on its line, its value on the next: Workday's "Senior Data Engineer" / "locations" / "Charlotte, NC".)
    // (Not a word the wrapping put on a line of its own: "... across the" / "company".)
    if (!filled && !continuer && (isLabel(bText.trim()) || isLabel(aText.trim()))) continue;
    const nl = a.end;
    soft.push(nl);
    if (hyphenated) {
      // "ma-" / "chine", "Type-" / "Script": one word again; "Ruby-on-" / "Rails": a hyphen join.
      if (lower || nameBroken) set(a.start + a.len - 1, '\u00ad');
      for (let p = a.start + a.len; p < b.first; p++) set(p, '\u00ad');
    } else {
      set(nl, ' ');
    }
  }
  return { flow: withoutMojibake(edits.length === 0 ? text : applyEdits(text, edits)), soft };
}

/**
 * A no-break space that went through the wrong encoding shows as "Â" (its first byte read as
 * Latin-1), often with the space itself lost: "experience ofÂDeep Learning", "largeÂdataÂstores".
 * After a lower-case letter, a digit or a stop it is never a letter of a word: the flow reads it as a space.
 */
const MOJIBAKE_SPACE = /(?<=[\p{Ll}\p{N},.;:)])\u00c2(?=[\p{L}\p{N}\s\u00a0(])/gu;

function withoutMojibake(flow: string): string {
  return flow.includes('\u00c2') ? flow.replace(MOJIBAKE_SPACE, ' ') : flow;
}

/** How many characters on either side of a line break are read for a name that runs across it. */
const NAME_REACH = 40;

/**
 * Whether a skill's name (`nameAcross`) runs from the line text[aFirst, aEnd) into the line at
 * text[bFirst, bEnd), starting past the line's first word unless `inside` (the line goes on from the
 * one before). The next line must open no item of its own.
 */
function nameRunsOn(text: string, aFirst: number, aEnd: number, bFirst: number, bEnd: number, inside: boolean, nameAcross: (before: string, after: string) => number): boolean {
  // (The line's last word is the name's, so in capitals: told before any copy.)
  let w = aEnd;
  while (w > aFirst && !isBlank(text.charCodeAt(w - 1))) w--;
  if (isLower(text.charCodeAt(w))) return false;
  if (STARTS_ITEM.test(text.slice(bFirst, bFirst + 3))) return false;
  // (Whole words only: a cut in a word moves to the next blank.)
  let from = Math.max(aFirst, aEnd - NAME_REACH);
  if (from > aFirst) while (from < aEnd && !isBlank(text.charCodeAt(from - 1))) from++;
  let to = Math.min(bEnd, bFirst + NAME_REACH);
  if (to < bEnd) while (to > bFirst && !isBlank(text.charCodeAt(to))) to--;
  if (from >= aEnd || to <= bFirst) return false;
  const at = nameAcross(text.slice(from, aEnd), text.slice(bFirst, to));
  if (at < 0) return false;
  // (Its words on the line in capitals: a proper name cut, as "Google" / "Cloud Platform"; "software" /
  // "Development" are two items.)
  for (let p = from + at; p < aEnd; p++) if ((p === from + at || isBlank(text.charCodeAt(p - 1))) && isLower(text.charCodeAt(p))) return false;
  if (inside) return true;
  // The name starts past the line's first word (a bullet is no word).
  let p = aFirst;
  while (p < aEnd && !isLetter(text.charCodeAt(p)) && !(text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57)) p++;
  return from + at > p;
}

/** The word broken at a hyphen (`hyphen`) and a line break: its letters before, and after from `from` (up to `to`). */
function wordAround(text: string, hyphen: number, from: number, to: number): string {
  let start = hyphen;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  let end = from;
  while (end < to && isLetter(text.charCodeAt(end))) end++;
  return text.slice(start, hyphen) + text.slice(from, end);
}

/** The text with the code unit at each edit's offset replaced (edits: offset, code pairs, ascending). */
function applyEdits(text: string, edits: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let e = 0; e < edits.length; e += 2) {
    const at = edits[e]!;
    parts.push(text.slice(from, at), String.fromCharCode(edits[e + 1]!));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
