/**
 * The reading stage: a text's structure as a careful recruiter reads it. Lines and soft wraps,
 * sections (from headings and from content), sentences, cues and their scope, alternatives,
 * boilerplate; all driven by the vocabulary files. Postings and resumes share it.
 *
 *   const reading = read(text, { company });          // sections, flow text, title, facts
 *   const mentions = new MentionReader(reading, tokens, matches);   // per-mention facts, lazily
 */

import { eachWordHash, keyHash, scanTokens } from '../lexicon/index.js';
import { indexIn } from '../white-space.js';
import type { Span } from '../lexicon/index.js';
import { readFlow } from './flow.js';
import { readHeading } from './headings.js';
import { employerKeys, employerNamed, headerEmployer, legalFormAt } from './employer.js';
import { NOT_ASKED, opensItem, splitSections, type Section } from './sections.js';
import { readTables, type TableCell } from './tables.js';
import { dashTitle, plainTitle, titleOf, withoutEmployer } from './title.js';
import { bundledVocabularies, type FactField, type Vocabulary, normalizeLabel } from './vocab.js';

export interface ReadOptions {
  kind?: 'posting' | 'resume';
  /** The vocabulary to read with; by default the bundled one whose language the text is in. */
  vocab?: Vocabulary;
  /** The vocabularies to choose from (the bundled ones by default). */
  vocabularies?: readonly Vocabulary[];
  /** The employer, when known: its name in a heading ("About Acme") is a heading word. */
  company?: string | null;
  /**
   * Facts a file's name guesses ("1042_Acme_Data-Scientist.txt"): weaker than the text's own. Its
   * employer is the posting's only where the text names none and its title line, if any, is the
   * name's title ("p15_devops_indeed.txt" is no employer "devops").
   */
  guess?: { title: string; company: string };
  /** The posting's title when known apart from its text (an export's field): its role nouns name the job's own people. */
  title?: string | null;
  /** Whether a word is a skill's, or the first word of one (the lexicon's): a name broken at a hyphen and a line break is joined again. */
  isSkillWord?: (word: string) => boolean;
  /** Where in a line's last words a skill's name starts that runs on into the next line's first words, or -1 (the lexicon's): such a break is soft. */
  nameAcross?: (before: string, after: string) => number;
  /** Where in a short label the lexicon names skills (see SectionOptions.skillSpans). */
  skillSpans?: (label: string) => readonly { start: number; end: number }[];
}

export interface Reading {
  text: string;
  /** The text with soft line breaks as spaces (same length): what the lexicon reads. */
  flow: string;
  vocab: Vocabulary;
  kind: 'posting' | 'resume';
  sections: Section[];
  /** The ranges of the text that may ask for skills (every section but benefits, company, legal...). */
  asking: Span[];
  /** The title line, when the text opens with one (never a sentence). */
  title: string | null;
  /** "Label: value" facts near the top ("Location: Berlin"). */
  facts: Partial<Record<FactField, string>>;
  /** Keys of the role nouns of the job's title (roles.nouns: "scientist" of "Senior Data Scientist"), empty when it has none. */
  role: readonly string[];
  /** Keys of the employer's name (without Inc, GmbH...), empty when unknown. */
  employer: readonly string[];
  /** The employer's name as the text (or a file's name it agrees with) gives it, when no one gave it (see ReadOptions.guess). */
  employerName: string | null;
  /** The cells of skills tables that say how much, and how long, their rows' skills are asked (text order). */
  tables: readonly TableCell[];
}

/** The vocabulary of the language a text is written in: the one whose frequent words it uses most. */
export function languageOf(text: string, vocabularies: readonly Vocabulary[] = bundledVocabularies()): Vocabulary {
  if (vocabularies.length === 1) return vocabularies[0]!;
  // The first words tell: their key hashes against each language's frequent words.
  const counts = new Array<number>(vocabularies.length).fill(0);
  eachWordHash(text, 0, Math.min(text.length, DETECT_CHARS), (h) => {
    for (let v = 0; v < vocabularies.length; v++) if (vocabularies[v]!.detectHashes.has(h)) counts[v]!++;
  });
  let best = 0;
  for (let v = 1; v < counts.length; v++) if (counts[v]! > counts[best]!) best = v;
  return vocabularies[best]!;
}

/** How much of a text tells its language. */
const DETECT_CHARS = 500;

export function read(text: string, options: ReadOptions = {}): Reading {
  const kind = options.kind ?? 'posting';
  const vocab = options.vocab ?? languageOf(text, options.vocabularies);
  const phrases = kind === 'resume' ? vocab.resumeHeadings : vocab.headings;
  const { flow, soft } = readFlow(
    text,
    vocab.continuers,
    (line) => (readHeading(line, vocab, phrases, { resume: kind === 'resume' })?.content ?? 0) < 0,
    vocab.strongContinuers,
    options.isSkillWord,
    (from, to) => opensItem(text, from, to, vocab),
    (before, after) => cueAcross(before, after, vocab),
    (line) => kind === 'posting' && vocab.factLabels.has(normalizeLabel(line)),
    options.nameAcross,
  );
  const facts = kind === 'posting' ? factsOf(text, vocab) : {};
  const company = options.company ?? facts.company;
  const employer = company ? employerKeys(company, vocab) : [];
  const split = (keys: readonly string[]) =>
    splitSections(text, flow, vocab, {
      kind,
      soft,
      extra: keys.length > 0 ? new Set(keys.map(keyHash)) : undefined,
      resume: kind === 'resume',
      ...(options.isSkillWord ? { isSkillWord: options.isSkillWord } : {}),
      ...(options.skillSpans ? { skillSpans: options.skillSpans } : {}),
    });
  let sections = split(employer);
  const titleSection = sections.find((s) => s.kind === 'title');
  const titleLine = titleSection ? text.slice(titleSection.start, titleSection.end) : undefined;
  let title = titleLine !== undefined ? ((kind === 'posting' ? fieldTitle(titleLine, vocab, true) : undefined) ?? titleOf(titleLine, vocab) ?? null) : kind === 'posting' ? leadingTitle(text, vocab) : null;
  // A pasted posting names its employer in its title line or a heading about it, if anywhere.
  // (A job board's line of facts under the title names it as a fact: "Snowflake · San Mateo, CA · 2 weeks ago".)
  const pasted = !company && kind === 'posting';
  const header = pasted ? headerEmployer(text, sections, vocab) : undefined;
  const guessed = options.guess && (title === null || sameWords(title, options.guess.title)) ? options.guess.company : undefined;
  const named = pasted ? (header ?? employerNamed(text, sections, title, vocab, options.isSkillWord) ?? guessed) : undefined;
  // An employer named in the text's own words heads its sections too: read again with its name
  // where a line opens with a heading of the employer's ("Why work with Summit?", "Life at Acme").
  if (named && employer.length === 0) {
    const keys = employerKeys(named, vocab);
    if (employerHeadingLine(text, keys, vocab)) sections = split(keys);
  }
  const asking: Span[] = [];
  for (const s of sections) {
    if (NOT_ASKED.has(s.kind)) continue;
    const last = asking[asking.length - 1];
    if (last && last.end === s.start) last.end = s.end;
    else asking.push({ start: s.start, end: s.end });
  }
  // (The employer after a dash is no part of the title: "DATA ENGINEER (STREAMING) — HELM LOGISTICS".)
  if (title !== null && (company ?? named)) title = withoutEmployer(title, (company ?? named)!, vocab.file.employer?.titleMarkers ?? []);
  // (Nor is the employer's name alone, naming no role: "Western Digital" / "The next big thing in data is you!".)
  if (title !== null && (company ?? named) && sameWords(title, (company ?? named)!, true) && titleOf(title, vocab, true) === undefined) title = null;
  const tables = readTables(text, vocab);
  const role = kind === 'posting' ? roleNouns(options.title ?? title ?? facts.title ?? null, vocab) : [];
  return { text, flow, vocab, kind, sections, asking, title, facts: header ? { ...facts, company: header } : facts, role, employer: named ? employerKeys(named, vocab) : employer, employerName: named ?? null, tables };
}

/** Keys of the role nouns in a title ("Senior Data Scientist": scientist). */
function roleNouns(title: string | null, vocab: Vocabulary): string[] {
  if (title === null) return [];
  const tokens = scanTokens(title);
  const out: string[] = [];
  for (let i = 0; i < tokens.count; i++) if (vocab.roleNounWords.has(tokens.keyHashOf(i))) out.push(tokens.key(i));
  return out;
}

/** Whether one title's words hold the other's ("Senior Data Scientist", "Data Scientist"), whatever the case and signs. */
function sameWords(a: string, b: string, exactly = false): boolean {
  const words = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const x = words(a);
  const y = words(b);
  return exactly ? x === y : x.includes(y) || y.includes(x);
}

/**
 * Fields of a line run together, as a one-line export or a job board's header writes them:
 * "Title: Claims Analyst; Company: Beacon", "Senior Data Scientist • Hybrid, Seattle • About ...".
 */
const FIELD_SEPARATOR = /;\s+|\s+[|•·@]\s+/;
const FIELD_SEPARATORS = new RegExp(FIELD_SEPARATOR.source, 'g');
/** A field separator, then a label and its colon: the value before it is one field of a line of them. */
const NEXT_FIELD = new RegExp(`(?:${FIELD_SEPARATOR.source})[^:;|•·]{1,30}:\\s`);

/**
 * The title a text whose first line runs on opens with, before a field separator: "Lead Data
 * Scientist - Credit Risk | Northwind Bank | Remote. About us: ...". Only a name that names a role,
 * never a sentence (see titleOf).
 */
function leadingTitle(text: string, vocab: Vocabulary): string | null {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const head = first.slice(0, MAX_LEADING_TITLE + 4);
  // (Or, with none of those, a dash between spaces or the employer after "at": "Platform Engineer,
  // ML Infrastructure - Nimbus Genomics - Boston, MA - ...", "Senior Data Analyst, Growth at
  // Ridgeview Bank (Hybrid). About us: ...".)
  const field = FIELD_SEPARATOR.exec(head);
  const cut = field ?? LEADING_CUT.exec(head);
  // (A field's label before it, "Title: ...", is the facts' to read.)
  if (!cut || cut.index === 0 || first.lastIndexOf(':', cut.index) >= 0) return termsTitle(first, vocab);
  // (Before a dash or "at", only a title's few words ending in a role, before any comma: not a line's
  // fields run on, "Research Scientist Location Nebraska - Omaha", nor "As a Data Engineer at Acme".)
  if (!field && !roleEnded(first.slice(0, cut.index), vocab)) return termsTitle(first, vocab);
  return titleOf(first.slice(0, cut.index), vocab, true) ?? fieldTitle(first, vocab) ?? termsTitle(first, vocab);
}

/** The first bracket of a line, within MAX_LEADING_TITLE characters: its start, and the end of its content. */
const FIRST_BRACKET = /\(([^()]{1,40})\)/;

/**
 * The title a text of one paragraph opens with, before a bracket of the job's terms (title.terms,
 * as plainTitle reads them): "Java Entwickler (m/w/d) gesucht Für unseren Kunden ...", "Sr. Java
 * Developer (W2 only) We are looking for ...". Only a name that names a role (see titleOf).
 */
function termsTitle(first: string, vocab: Vocabulary): string | null {
  const m = FIRST_BRACKET.exec(first.slice(0, MAX_LEADING_TITLE + 4));
  if (!m || m.index === 0 || /\p{L}/u.test(m[1]!.replace(vocab.titleTerms, ' '))) return null;
  return titleOf(first.slice(0, m.index), vocab, true) ?? null;
}

/** The most words of a title read before a dash or "at" in a text of one line. */
const MAX_CUT_TITLE_WORDS = 6;

/** Whether a few words are a title that ends in a role word, before its comma if it has one ("Research Scientist, Immunology"). */
function roleEnded(piece: string, vocab: Vocabulary): boolean {
  const words = piece.trim().split(/\s+/);
  if (words.length > MAX_CUT_TITLE_WORDS || /\d|['’]s\b/.test(piece) || /^as$/i.test(words[0]!)) return false;
  const head = piece.split(',', 1)[0]!.trim();
  const last = head.slice(head.lastIndexOf(' ') + 1);
  return vocab.titleRoleWords.inText(last).length > 0;
}

/** Where a one-line text's title may end without a field separator: a dash between spaces, or "at" before a capitalised name. */
const LEADING_CUT = /\s+[-–—]\s+|\s+at\s+(?=\p{Lu})/u;

/** The most fields of a line looked through for the one that names the role. */
const MAX_TITLE_FIELDS = 4;

/**
 * The title among a line's fields, the first that names a role: "Lumenfold | Senior ML Engineer |
 * Remote (US) | $180k | Python", as a job board's header or a "Who's hiring" post writes it; a
 * labelled field ("Loc: Remote") is none. Undefined for a line of one field.
 */
function fieldTitle(line: string, vocab: Vocabulary, titleLine = false): string | undefined {
  const fields = line.split(FIELD_SEPARATORS);
  if (fields.length < 2) return dashTitle(line, vocab);
  for (const field of fields.slice(0, MAX_TITLE_FIELDS)) {
    if (field.includes(':') || field.length > MAX_LEADING_TITLE) continue;
    const title = titleOf(field, vocab, true);
    if (title) return title;
  }
  // None names a role: on a title line, the first, when it is no label ("Salesforce Admin | Loc:
  // Remote (US) | Type: C2H").
  const first = fields[0]!;
  return !titleLine || first.includes(':') ? undefined : titleOf(first, vocab);
}

const MAX_LEADING_TITLE = 100;

/** How far into a text its "Field: value" lines are looked for. */
const FACTS_HEAD = 3000;

/** A bracket of two words or more ending a company's value: what the company is or does, no part of its name. */
const COMPANY_BLURB = /\s+\((?=[^()]*\s)[^()]{3,}\)\s*$/;

/** "Field: value" lines in the first 3,000 characters, for the fields the vocabulary names. */
export function factsOf(text: string, vocab: Vocabulary): Partial<Record<FactField, string>> {
  const facts: Partial<Record<FactField, string>> = {};
  const labels = vocab.factLabels;
  const head = Math.min(text.length, FACTS_HEAD);
  // Past the first field of a line of fields run together: every value ends at a separator.
  let runOn = false;
  for (let pos = 0; pos < head; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 || nl > head ? head : nl;
    let colon = indexIn(text, 58, pos, Math.min(end, pos + 46));
    // (Or a table's row of two cells, a label and its value: "Job Title | Credit Risk Data Analyst",
    // "| Location | Leeds |", as a Word job description's table or a saved page's is read; or of
    // two such pairs side by side: "Job title | Analytics Engineer | Grade | G7".)
    const pairs = colon > pos ? null : cellPairs(text, pos, end);
    if (pairs && pairs.length > 1) {
      for (const p of pairs) {
        const field = labels.get(normalizeLabel(text.slice(p.from, p.bar)));
        let value = text.slice(p.bar + 1, p.to).replace(/[*_]{2}/g, '').trim();
        if (!field || !value || value.length > 120 || labels.has(normalizeLabel(value))) continue;
        if (field === 'title') value = dashTitle(value, vocab) ?? (plainTitle(value, vocab) || value);
        facts[field] ??= value;
      }
      runOn = false;
      pos = end + 1;
      continue;
    }
    const cell = pairs?.[0];
    if (cell) {
      colon = cell.bar;
      pos = cell.from;
    }
    if (colon > pos) {
      const field = labels.get(normalizeLabel(text.slice(pos, colon)));
      // (A label's cell that ends with its colon: "Position Title: | Data Analyst II".)
      let value = text.slice(colon + 1, cell ? cell.to : end).replace(/[*_]{2}/g, '').replace(/^\s*\|(?=\s)/, '').trim();
      // (A line of fields run together: each field's value ends at the next separator.)
      // ("Title: Salesforce Admin | Loc: Remote (US) | Type: C2H": a separator before another label.)
      const cut = value.length > 120 || runOn || NEXT_FIELD.test(value) ? FIELD_SEPARATOR.exec(value) : null;
      if (cut) value = value.slice(0, cut.index).trim();
      // (A title without the terms around it: "Job Title: Sr. Java Developer (W2 only)".)
      // (Or the terms after a dash: "Subject: Data Analyst – retail – Nottingham – up to £42k".)
      if (field === 'title' && value) value = dashTitle(value, vocab) ?? (plainTitle(value, vocab) || value);
      // (A company without the words about it in a bracket after it: "Company: Tallyhouse (accounting software for small businesses)".)
      if (field === 'company') value = value.replace(COMPANY_BLURB, '');
      // (Nor its place after its legal form: "Arbeitgeber: Seeland Versicherungen AG, Bern"; "Acme, Inc." stays whole.)
      if (field === 'company') {
        const comma = value.indexOf(',');
        if (comma > 0 && legalFormAt(value.slice(0, comma).trim().split(/\s+/), vocab) > 0) value = value.slice(0, comma).trim();
      }
      if (field && value && value.length <= 120) facts[field] ??= value;
      if (cut) {
        // The next field on the same line.
        const next = text.indexOf(cut[0], colon + 1) + cut[0].length;
        if (next > pos && next < end) {
          pos = next;
          runOn = true;
          continue;
        }
      }
    }
    runOn = false;
    pos = end + 1;
  }
  return facts;
}

/** The most label and value pairs a table's row holds side by side. */
const MAX_CELL_PAIRS = 3;

/**
 * A line of table cells split by bars, two, four or six of them, each pair a label (no longer than
 * a label is) and its value, without the outer bars of a Markdown row: where each label starts, its
 * bar, and where its value ends. Null otherwise.
 */
function cellPairs(text: string, from: number, to: number): { from: number; bar: number; to: number }[] | null {
  while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (text.charCodeAt(from) === 124) from++;
  if (to > from && text.charCodeAt(to - 1) === 124) to--;
  const pairs: { from: number; bar: number; to: number }[] = [];
  for (let at = from; at < to; ) {
    const bar = indexIn(text, 124, at, Math.min(to, at + 46));
    if (bar <= at || text.slice(at, bar).trim() === '' || pairs.length === MAX_CELL_PAIRS) return null;
    const next = indexIn(text, 124, bar + 1, to);
    const end = next === -1 ? to : next;
    pairs.push({ from: at, bar, to: end });
    at = next === -1 ? to : next + 1;
  }
  return pairs.length > 0 ? pairs : null;
}

/** A field label as the vocabulary lists it: lower case, single spaces, without bold marks. */
export { normalizeLabel };

/** Whether a short line opens with a heading phrase of the employer's (vocab employer.headings: "why work with") and names a word of `keys`. */
function employerHeadingLine(text: string, keys: readonly string[], vocab: Vocabulary): boolean {
  const heads = vocab.file.employer?.headings ?? [];
  if (heads.length === 0 || keys.length === 0) return false;
  for (const raw of text.split('\n')) {
    const line = raw.trim().toLowerCase().replace(/^[#*\s]+/, '');
    if (line.length === 0 || line.length > MAX_EMPLOYER_HEADING) continue;
    if (heads.some((h) => line.startsWith(`${h} `)) && keys.some((k) => line.includes(k))) return true;
  }
  return false;
}

/** The longest line read as a heading of the employer's by employerHeadingLine. */
const MAX_EMPLOYER_HEADING = 60;

/** Whether a cue phrase of the vocabulary starts in `before` and ends with `after`, a word or two: "... sind ein" / "Plus". */
function cueAcross(before: string, after: string, vocab: Vocabulary): boolean {
  if (/\s/.test(after)) return false;
  const joined = `${before} ${after}`;
  const tokens = scanTokens(joined);
  const from = before.length + 1;
  let found = false;
  vocab.cues.each(tokens, Math.max(0, tokens.count - 6), tokens.count, (_tag, first, last) => {
    if (last === tokens.count && tokens.start[first]! < from && tokens.end[last - 1]! > from) found = true;
  });
  return found;
}

/** A level a word gives (vocab resume.levels). */
type WordLevel = 'beginner' | 'intermediate' | 'advanced' | 'expert';

/**
 * The level a wording asks with a level word in it ("Fluent German", "Advanced SQL", "verhandlungssicheres
 * Englisch" in any bundled language), and the wording without that word; undefined when it has none.
 */
export function askedLevel(wording: string, vocabularies: readonly Vocabulary[] = bundledVocabularies()): { level: WordLevel; rest: string } | undefined {
  const tokens = scanTokens(wording);
  for (const vocab of vocabularies) {
    let found: { level: WordLevel; start: number; end: number } | undefined;
    vocab.levelWords.each(tokens, 0, tokens.count, (level, first, last) => {
      if (!found || tokens.end[last - 1]! - tokens.start[first]! > found.end - found.start) found = { level, start: tokens.start[first]!, end: tokens.end[last - 1]! };
    });
    if (found) return { level: found.level, rest: `${wording.slice(0, found.start)} ${wording.slice(found.end)}`.replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

export { NOT_ASKED, ASKING, splitSections, type Section } from './sections.js';
export { BULLET_GLYPHS, isBulletGlyph } from './bullets.js';
export type { SectionKind, PostingSection, ResumeSection } from './schema.js';
export { POSTING_SECTIONS, RESUME_SECTIONS } from './schema.js';
export { bundledVocabularies, listVocabFiles, loadVocabularies, readVocabFiles, Vocabulary } from './vocab.js';
export { splitSentences } from './sentences.js';
export { LIST_COVERED, listWordsIn, MentionReader } from './mentions.js';
export type { Span };
