/**
 * Splits a text into sections by its headings ("Requirements", "Nice to have", "Benefits"...),
 * so each mention knows where it stands. Postings and resumes use different vocabularies.
 */

import { isWhiteSpace } from '../white-space.js';

export const POSTING_SECTIONS = [
  'title',
  'summary',
  'responsibilities',
  'requirements',
  'preferred',
  'benefits',
  'about',
  'equal-opportunity',
  'other',
] as const;
export const RESUME_SECTIONS = ['title', 'summary', 'skills', 'experience', 'projects', 'education', 'other'] as const;
export type SectionKind = (typeof POSTING_SECTIONS)[number] | (typeof RESUME_SECTIONS)[number];

export interface Section {
  kind: SectionKind;
  /** The heading as written, or null for the text before the first heading. */
  heading: string | null;
  start: number;
  end: number;
}

/** Sections whose mentions are not skills asked for: benefits, company boilerplate, equal opportunity. */
export const NOT_ASKED: ReadonlySet<SectionKind> = new Set(['benefits', 'about', 'equal-opportunity']);

type Vocabulary = readonly (readonly [RegExp, SectionKind])[];

/** Heading words of postings, tried in order: the first that matches names the section. */
const POSTING_HEADINGS: Vocabulary = [
  [/equal (employment )?opportunit|\beeo\b|diversity|inclusion|accommodation|non-?discrimination/, 'equal-opportunity'],
  [/benefit|perks|what we offer|we offer|our offer|compensation|salary|pay range|what'?s in it for you|why (join|work)|rewards/, 'benefits'],
  [/nice[ -]to[ -]haves?|bonus|preferred|\bplus(es)?\b|desired|desirable|good[ -]to[ -]have|extra credit|would be (great|nice)|optional|ideally|stand out/, 'preferred'],
  [/require|qualifications?|what you('ll| will)? (need|bring|have)|who you are|about you|you (have|bring|are|might be)|skills|must[ -]haves?|experience|what we('re| are) looking for|looking for|your profile|profile|competenc|ideal candidate|is this you|knowledge|expertise|background|essential/, 'requirements'],
  [/responsib|what you('ll| will)? (do|work on|build)|what you'?ll be doing|the role|your role|duties|day[ -]to[ -]day|in this role|you will|job description|role description|about the (role|job|position|opportunity)|position (summary|overview)|the (job|position|opportunity)|overview|your (mission|impact)|tasks|the work/, 'responsibilities'],
  [/about (us|the company|[a-z0-9&.' ]+)$|who we are|our (company|story|mission|values|culture|team)|company (overview|description|info)|life at|why us/, 'about'],
];

const RESUME_HEADINGS: Vocabulary = [
  [/skills|technolog|tech stack|tools|competenc|expertise|proficienc|languages|toolbox/, 'skills'],
  [/experience|employment|work history|career|positions|professional background/, 'experience'],
  [/projects?|portfolio|open source|publications|research/, 'projects'],
  [/education|degrees?|certifications?|courses|training|academic/, 'education'],
  [/summary|profile|about me|objective|overview/, 'summary'],
  [/interests|hobbies|awards|honou?rs|achievements|references|contact|volunteer|activities|links|personal/, 'other'],
];

/**
 * Lines of a posting about benefits or equal opportunity, wherever they stand (outside the
 * requirements): "We offer health insurance", "...an equal opportunity employer".
 */
export function notAskedLine(line: string): 'equal-opportunity' | 'benefits' | undefined {
  return EEO_LINE.test(line) ? 'equal-opportunity' : BENEFIT_LINE.test(line) ? 'benefits' : undefined;
}

const EEO_LINE = /equal opportunity employer|without regard to (race|sex|age)|race, colou?r, religion|affirmative action|protected veteran|reasonable accommodation|sexual orientation|gender identity/i;
const BENEFIT_LINE = /\b(401\s?\(?k\)?|paid time off|\bpto\b|health (insurance|care plan|benefits)|dental|vision (insurance|coverage)|parental leave|stock options|equity package|gym membership|learning (and development )?budget|relocation (package|assistance)|pension|commuter)\b/i;

const MAX_HEADING_WORDS = 9;
const MAX_HEADING_CHARS = 100;

function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Labels already classified, per vocabulary; null: none. Lines that may be headings are mostly
 * unique, their labels repeat ("Location", "Job Type", "Requirements"). Kept to MEMO_LIMIT each.
 */
const MEMO_LIMIT = 5000;
const labelKinds = new Map<Vocabulary, Map<string, SectionKind | null>>();

function classify(label: string, vocabulary: Vocabulary): SectionKind | undefined {
  let memo = labelKinds.get(vocabulary);
  if (!memo) labelKinds.set(vocabulary, (memo = new Map()));
  let kind = memo.get(label);
  if (kind === undefined) {
    const l = label.toLowerCase().replace(/[’]/g, "'");
    kind = vocabulary.find(([re]) => re.test(l))?.[1] ?? null;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(label, kind);
  }
  return kind ?? undefined;
}

interface HeadingLine {
  label: string;
  kind: SectionKind | undefined;
}

/**
 * Is text[from, to) a heading, and of what? `Requirements:`, `## Nice to have`, `**Benefits**`,
 * `WHAT YOU'LL DO`. `colon` is the first ':' at or after `from` (-1 for none): most lines are
 * told apart in place, before any copy or regular expression.
 */
function readHeading(text: string, from: number, to: number, colon: number, vocabulary: Vocabulary): HeadingLine | undefined {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  if (to === from || to - from > 80) return undefined;
  // Without a "Label:" near its start (which may open a section inline), a list item, a sentence or
  // a line of many words is no heading.
  if (colon < 0 || colon >= to || colon - from > 48) {
    const first = text.charCodeAt(from);
    const last = text.charCodeAt(to - 1);
    // "- item", "• item", "* item" (but "**Bold**" may be a heading); "A sentence." / "Really?"
    if (first === 0x2d || first === 0x2022 || first === 0xb7 || (first === 0x2a && text.charCodeAt(from + 1) !== 0x2a)) return undefined;
    if (last === 0x2e || last === 0x21 || last === 0x3f) return undefined;
    let spaces = 0;
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 32 && ++spaces >= MAX_HEADING_WORDS) return undefined;
  }
  return headingOf(text.slice(from, to), vocabulary);
}

/** What a short, trimmed line that may be a heading is. */
function headingOf(t: string, vocabulary: Vocabulary): HeadingLine | undefined {
  // (Markdown and bold marks are looked for only after a '#', '*' or '_'.)
  const c = t.charCodeAt(0);
  const md = c === 0x23 && /^#{1,6}\s+/.test(t);
  const bold = (c === 0x2a || c === 0x5f) && /^(\*\*|__)(.+?)\1:?$/.test(t);
  let stripped = md ? t.replace(/^#{1,6}\s+/, '') : t;
  const s0 = stripped.charCodeAt(0);
  if (s0 === 0x2a || s0 === 0x5f) stripped = stripped.replace(/^(\*\*|__)(.+?)\1(:?)$/, '$2$3');
  stripped = stripped.trim();
  const labelEnd = stripped.indexOf(':');
  // "Requirements: Python, SQL" - a known label before a colon starts a section on its own line.
  if (labelEnd > 0 && labelEnd < stripped.length - 1) {
    const label = stripped.slice(0, labelEnd).trim();
    if (label.split(/\s+/).length > 5) return undefined;
    const kind = classify(label, vocabulary);
    return kind ? { label, kind } : undefined;
  }
  const label = stripped.replace(/:$/, '').trim();
  const words = label.split(/\s+/).length;
  if (words > MAX_HEADING_WORDS || /[.!?]$/.test(label) || /^[-*•·]/.test(label)) return undefined;
  const marked = md || bold || stripped.endsWith(':');
  const shouted = label === label.toUpperCase() && /[A-Z]/.test(label);
  // Unmarked, in mixed case and more than five words: no heading, whatever its words.
  if (!marked && !shouted && words > 5) return undefined;
  const kind = classify(label, vocabulary);
  // In a resume a lone capitalised word is more often a skill on its own line (SQL, AWS) than a heading
  // nobody knows: there, an unknown heading needs Markdown, bold, a colon or more than one word.
  if (marked || (shouted && (kind || vocabulary !== RESUME_HEADINGS || words > 1))) return { label, kind };
  // A bare line that is only heading words ("Requirements", "Nice to have") is a heading too.
  return kind && words <= 5 ? { label, kind } : undefined;
}

function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 100 && t.split(/\s+/).length <= 14 && !/[.!?]$/.test(t);
}

export function splitSections(text: string, kind: 'posting' | 'resume' = 'posting'): Section[] {
  const vocabulary = kind === 'posting' ? POSTING_HEADINGS : RESUME_HEADINGS;
  const sections: Section[] = [];
  // Sections holding only blank lines are left out: no mention can fall in them.
  const push = (s: Section) => {
    if (hasText(text, s.start, s.end)) sections.push(s);
  };
  let current: Section = { kind: 'summary', heading: null, start: 0, end: text.length };
  let first = true;
  let pos = 0;
  let colon = text.indexOf(':');
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    // A long line is neither a heading nor (after the first) a title: no need to look at it.
    if (end - pos > MAX_HEADING_CHARS && !first) {
      pos = end + 1;
      continue;
    }
    if (colon >= 0 && colon < pos) colon = text.indexOf(':', pos);
    if (hasText(text, pos, end)) {
      const heading = readHeading(text, pos, end, colon, vocabulary);
      if (heading) {
        push({ ...current, end: pos });
        current = { kind: heading.kind ?? 'other', heading: heading.label, start: pos, end: text.length };
      } else if (first && looksLikeTitle(text.slice(pos, end))) {
        sections.push({ kind: 'title', heading: null, start: pos, end });
        current = { kind: 'summary', heading: null, start: end, end: text.length };
      }
      first = false;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  push({ ...current, end: text.length });
  if (sections.length === 0) sections.push({ ...current, start: 0, end: text.length });
  return sections;
}
