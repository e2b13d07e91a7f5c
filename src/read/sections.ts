/**
 * A text's sections, from its headings and, where there is no heading or the heading lies, from
 * its content: a company or benefits section ends where requirement-like content starts, and a
 * text without line breaks is read sentence by sentence for its inline labels.
 */

import type { PhraseSet } from '../lexicon/index.js';
import { keyHash, scanTokens, type Tokens } from '../lexicon/index.js';
import { blankBetween, indexIn, isWhiteSpace, lastIndexIn, onOneLine } from '../white-space.js';
import { coveredKind, edgeWordIn, labelKind, lastPhrase, markedLabelKind, mayBeHeading, MIN_MISSPELT, misspeltOf, readHeading, type HeadingOptions } from './headings.js';
import type { SectionKind } from './schema.js';
import { endsClauseAt } from './patterns.js';
import { splitSentences } from './sentences.js';
import { titleOf } from './title.js';
import { normalizeLabel, type HeadingTag, type Vocabulary } from './vocab.js';
import { BULLET_GLYPHS, BULLET_START, emojiAt, isBulletGlyph } from './bullets.js';
import { ownedByEmployer } from './employer.js';
import { MAX_SKILL_YEARS } from './years.js';

export interface Section {
  kind: SectionKind;
  /** The heading as written, or null (the text before the first heading, a title, a section told by content). */
  heading: string | null;
  start: number;
  end: number;
  /** Where the heading's own words end (`start` without a heading): a skill named in a heading ("Security Requirements") is not asked by it. */
  headingEnd: number;
  /** The heading says the section lists what the job does not need ("Not needed", "We don't expect you to"). */
  notNeeded: boolean;
  /** The section goes on the one before it after a heading of this kind run into a text, which opens none ("... Rabbit MQ Benefits Medical, dental ..."), or null. */
  runIn: SectionKind | null;
}

/** Sections whose text asks for no skill: it is never matched. */
export const NOT_ASKED: ReadonlySet<SectionKind> = new Set(['benefits', 'about', 'equal-opportunity', 'legal', 'hiring-process']);
/** Sections whose every line asks (their kind gives the importance). */
export const ASKING: ReadonlySet<SectionKind> = new Set(['requirements', 'preferred']);

/** A line longer than this is prose: read sentence by sentence for inline labels. */
const LONG_LINE = 300;
/** A shorter line is read sentence by sentence only when it holds a colon ("... robots. Requirements: Python"). */
const SHORT_LINE = 60;
/** The shortest paragraph read as the employer's story after a list that asks ("We are a Kubernetes shop."). */
const MIN_STORY = 20;
/** The longest line that may head a job board's widget ("Profile insights"): longer lines are not read for one. */
const MAX_WIDGET_HEADING = 40;
/** The most lines of a job board's widget ("Profile insights" ... "Full job description") when no line closes it. */
const MAX_WIDGET_LINES = 16;
/** How many lines may stand before a title line (a teaser, a job board's status line) when they open no section. */
const MAX_PREAMBLE = 4;

export interface SectionOptions extends HeadingOptions {
  kind?: 'posting' | 'resume';
  /** Soft line breaks (see flow.ts): a line that continues the one before is never a heading. */
  soft?: readonly number[];
  /** Whether a word starts a skill's name (the taxonomy): a line of them is a list item, not a heading of no known kind. */
  isSkillWord?: (word: string) => boolean;
  /** Where in a short label the lexicon names skills (offsets into the label): a label of skills' names alone is an item of a list that asks. */
  skillSpans?: (label: string) => readonly { start: number; end: number }[];
}

let scratch: Tokens | undefined;

/** Whether flow[start, end) holds the job's own content: requirement-like ("you have", "experience with") or duties ("you will"). */
export function asksInRange(flow: string, start: number, end: number, vocab: Vocabulary): boolean {
  const tokens = (scratch = scanTokens(flow, scratch, [{ start, end }]));
  // (Not a phrase the employer owns: "Diversity strengthens our ability to serve our members"; nor
  // one inside a phrase that holds a cue's words but is none, what the job offers: "you will have
  // access to clinical datasets", "you'll have the opportunity to rotate between products".)
  // The cues are read only where such a phrase stands (most ranges hold none).
  let asks: number[] | undefined;
  vocab.jobContent.each(tokens, 0, tokens.count, (_tag, first) => {
    if (!ownedByEmployer(tokens, first, 0, vocab)) (asks ??= []).push(first);
  });
  if (!asks) return opensWithYears(flow, start, end, vocab);
  let neutral: number[] | undefined;
  vocab.cues.each(tokens, 0, tokens.count, (tag, first, last) => {
    if (tag.type === 'neutral') (neutral ??= []).push(first, last);
  });
  return asks.some((first) => !within(neutral, first));
}

/**
 * Whether flow[start, end) opens with years of experience, a bullet before or none, as an item of a
 * list that asks does ("- 3+ years of Python", "5 years Go"): no more years than a skill's (not "150
 * years of service"), and none of the employer's ("5 years ago").
 */
function opensWithYears(flow: string, start: number, end: number, vocab: Vocabulary): boolean {
  let s = start;
  while (s < end && isWhiteSpace(flow.charCodeAt(s))) s++;
  const bullet = BULLET_START.exec(flow.slice(s, Math.min(end, s + 4)));
  if (bullet) for (s += bullet[0].length; s < end && isWhiteSpace(flow.charCodeAt(s)); ) s++;
  if (s >= end || !/\p{N}|\p{L}/u.test(flow[s]!)) return false;
  const found = vocab.years.find(flow, s, Math.min(end, s + YEARS_OPENING_CHARS), MAX_SKILL_YEARS);
  return found.length > 0 && found[0]!.start === s;
}

/** How far into a line its opening years are looked for ("three (3) or more years" is one of the longest). */
const YEARS_OPENING_CHARS = 40;

/** Whether token `at` stands in one of the [first, last) pairs of `spans`. */
function within(spans: readonly number[] | undefined, at: number): boolean {
  if (spans) for (let i = 0; i < spans.length; i += 2) if (spans[i]! <= at && at < spans[i + 1]!) return true;
  return false;
}

/** Whether a phrase of `set` stands in flow[start, end). */
function inRange(flow: string, start: number, end: number, set: PhraseSet<true>): boolean {
  return inTokens((scratch = scanTokens(flow, scratch, [{ start, end }])), set);
}

/** Whether text[start, end) is a heading of the job's lists of two words or more, or one with its colon ("Minimum Qualifications:"; not "Skills"). */
function jobListHeading(text: string, start: number, end: number, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<SectionKind>>, options: SectionOptions): boolean {
  if (end - start > LONG_LINE || !mayBeHeading(text, start, end, vocab, options.extra)) return false;
  const h = readHeading(text.slice(start, end), vocab, phrases, options);
  return h?.kind !== undefined && (ASKING.has(h.kind) || h.kind === 'responsibilities') && (/:\s*$/.test(text.slice(start, end)) || /\S\s+\S/.test(h.label));
}

/** Whether the next line with text after the line break at `end` (a blank line or two between) heads no section but a skills section. */
function roleGoesOn(text: string, end: number, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<SectionKind>>, options: SectionOptions): boolean {
  let p = end;
  // (Looked for a few blank lines on only: bounded.)
  for (let n = 0; n < 200 && p < text.length && isWhiteSpace(text.charCodeAt(p)); n++) p++;
  if (p >= text.length || isWhiteSpace(text.charCodeAt(p))) return false;
  const nl = indexIn(text, 10, p, Math.min(text.length, p + LONG_LINE + 1));
  const lineEnd = nl < 0 ? Math.min(text.length, p + LONG_LINE + 1) : nl;
  if (lineEnd - p > LONG_LINE || !mayBeHeading(text, p, lineEnd, vocab, options.extra)) return true;
  // (Nor is it where a skills section of its own follows: "Skills: Excel · SAP ERP" / "" / "Skills".)
  const kind = readHeading(text.slice(p, lineEnd), vocab, phrases, options)?.kind;
  return kind === undefined || kind === 'skills';
}

/** Whether a phrase of `set` is the whole of flow[start, end), but for punctuation ("Profile insights", "Full job description:"). */
function wholeLine(flow: string, start: number, end: number, set: PhraseSet<true>): boolean {
  const tokens = (scratch = scanTokens(flow, scratch, [{ start, end }]));
  let whole = false;
  if (tokens.count > 0 && set.mayStartAt(tokens, 0)) set.each(tokens, 0, tokens.count, (_tag, first, last) => (whole ||= first === 0 && last === tokens.count));
  return whole;
}

/** Whether a phrase of the job's introduction stands in the tokens, no jobIntroNot word right after it ("we need to get the job done" is none). */
function introIn(tokens: Tokens, vocab: Vocabulary): boolean {
  let found = false;
  vocab.jobIntro.each(tokens, 0, tokens.count, (_tag, _first, b) => (found ||= vocab.introducesAt(tokens, b)));
  return found;
}

/**
 * Whether flow[start, end) introduces the person the job seeks: a phrase of the job's introduction
 * with a role noun or a word of the candidate a few words after it ("We are looking for a Data
 * Analyst who ..."; not "Acme is seeking bright minds across Denver to grow its practice").
 */
function introducesRole(flow: string, start: number, end: number, vocab: Vocabulary): boolean {
  const tokens = (scratch = scanTokens(flow, scratch, [{ start, end }]));
  let found = false;
  vocab.jobIntro.each(tokens, 0, tokens.count, (_tag, _first, b) => {
    if (found || !vocab.introducesAt(tokens, b)) return;
    const stop = Math.min(tokens.count, b + INTRO_ROLE_REACH);
    // (A trait alone names no one: "we are looking for outstanding talent to join our quest" is the company's story.)
    for (let i = b; i < stop && !found; i++) found = vocab.roleNounWords.has(tokens.keyHashOf(i)) || (vocab.candidate.startsAt(tokens, i, stop) && !vocab.companyTraits.has(tokens.keyHashOf(i)));
  });
  return found;
}

/** How many words after a phrase of the job's introduction may name the person sought ("a Senior Data Analyst"). */
const INTRO_ROLE_REACH = 6;

/** Whether a phrase of `set` stands among the tokens. */
function inTokens(tokens: Tokens, set: PhraseSet<true>): boolean {
  let found = false;
  set.each(tokens, 0, tokens.count, () => (found = true));
  return found;
}

/**
 * The sections of a text, contiguous and in order (blank-only stretches left out). `flow` is the
 * text with soft line breaks as spaces (same length); headings are read from `text`.
 */
export function splitSections(text: string, flow: string, vocab: Vocabulary, options: SectionOptions = {}): Section[] {
  const resume = options.kind === 'resume';
  const phrases: PhraseSet<HeadingTag<SectionKind>> = resume ? vocab.resumeHeadings : vocab.headings;
  const softSet = options.soft && options.soft.length > 0 ? new Set(options.soft) : undefined;
  // Array.of, not a literal: V8 took the literal's allocation site for a long-lived one and
  // allocated every posting's sections in the old generation, promoting its headings and, through
  // them (sliced strings), its whole text: on 30,000 postings a scan's worker promoted 154 MB, not
  // 61, and marked its heap 11 times, not 5.
  const sections: Section[] = Array.of();
  const push = (s: Section) => {
    if (s.end > s.start && hasText(text, s.start, s.end)) sections.push(s);
  };
  // (Every section has every field, in one order: code that reads them stays monomorphic.)
  let current: Section = { kind: 'summary', heading: null, start: 0, end: text.length, headingEnd: 0, notNeeded: false, runIn: null };
  /** Start a section at `at` (the current one ends there), its heading's words ending at `headingEnd`. */
  const open = (at: number, kind: SectionKind, heading: string | null, headingEnd = at, notNeeded = false, runIn?: SectionKind) => {
    // (Never before the current one's start: a sentence's text read again after a heading run into
    // it opened a section there would overlap that section.)
    if (at < current.start) {
      headingEnd = Math.max(headingEnd, current.start);
      at = current.start;
    }
    push({ ...current, end: at });
    current = { kind, heading, start: at, end: text.length, headingEnd, notNeeded, runIn: runIn ?? null };
  };
  /**
   * Labels on a label's line after its items begin, read as a long line's are: "Job Requirements:
   * Strong Python. Preferred Qualifications: Databricks certification. Experience with Kafka.".
   */
  const moreLabels = (from: number, to: number) => {
    if (!resume && hasColon(text, from, to) && inlineLabels(text, from, to, vocab, phrases, options).length > 0) readLongLine(text, flow, from, to, vocab, phrases, options, () => current, open);
  };
  /** Lines read so far before any title or section (a teaser, a job board's status line): a title line may still follow. */
  let preamble = 0;
  /** Whether a line of the job page's own words stood in the preamble (see pageChrome). */
  let chromeSeen = false;
  /** A list item ending in a colon whose sub-items take its section ("- Nice to have:" / "  - Docker"): its indent and the section it interrupts. */
  let nested: { indent: number; resume: Section; opened: number } | undefined;
  /** Lines read of a job board's widget (see below); 0 outside one. */
  let widget = 0;
  let pos = 0;
  // A whole posting on one line (an export's, a paste's) is read sentence by sentence, however short.
  const oneLine = onOneLine(text) || onOneLine(flow);
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const continues = softSet?.has(pos - 1) ?? false;
    const opensLine = !continues && hasText(text, pos, end);
    // (The sub-items end at a line indented no deeper than their item.)
    if (nested && opensLine && indentOf(text, pos, end) <= nested.indent) {
      // (Unless a heading opened another section among them.)
      if (current.start === nested.opened) open(pos, nested.resume.kind, nested.resume.heading, pos, nested.resume.notNeeded === true);
      nested = undefined;
    }
    // A job board's widget pasted with the posting ("Profile insights" / "Skills" / "Tableau" / "Full
    // job description"): its lines, headings among them, are the page's, up to the line that closes it.
    // (A widget that no line closes ends after a few lines, or at a heading of the job's lists of two
    // words or more or with its colon, "Minimum Qualifications:": the posting's text is never lost to it.)
    if (widget > 0 && opensLine && (widget++ > MAX_WIDGET_LINES || jobListHeading(text, pos, end, vocab, phrases, options))) {
      widget = 0;
      open(pos, 'summary', null);
    }
    if (!resume && opensLine && (widget > 0 || (end - pos <= MAX_WIDGET_HEADING && wholeLine(flow, pos, end, vocab.widgetOpens)))) {
      if (widget === 0) {
        widget = 1;
        // (Its skills and screening questions, "Do you have experience in Tableau?", are the application's.)
        open(pos, 'hiring-process', text.slice(pos, end).trim(), end);
      } else if (wholeLine(flow, pos, end, vocab.widgetCloses)) {
        widget = 0;
        open(end, 'summary', null);
      }
    } else if (opensLine) {
      /** Where the paragraph this line opens ends: past the lines soft-wrapped into it. */
      const para = softEnd(text, end, softSet);
      // (Most lines are no heading, told in place: a line is copied only to be read as one.)
      // (A whole posting on one line is no heading line: its labels are read sentence by sentence.)
      const runOn = oneLine && para - pos > SHORT_LINE;
      // (A heading hard-wrapped over lines, its colon on the last: "Experience with the following tools is" / "required:"
      // is read whole, as one line; the lines wrapped into it continue it.)
      const headEnd = para > end && para - pos <= LONG_LINE && /:\s*$/.test(text.slice(end, para)) ? para : end;
      const candidate = !runOn && end - pos <= LONG_LINE && mayBeHeading(flow, pos, headEnd, vocab, options.extra);
      let heading = candidate ? readHeading(flow.slice(pos, headEnd), vocab, phrases, options) : undefined;
      // In a list that asks, a line ending in a colon that opens a qualification or a list of
      // alternatives introduces what follows ("Preferred qualifications" / "Experience with the
      // following:" / "- Kafka", "Any of these:"), rather than heading a section of its own.
      if (heading?.loose && ASKING.has(current.kind) && (heading.kind === undefined || ASKING.has(heading.kind)) && !resume && introducesList(heading.label, vocab)) heading = undefined;
      // "Not needed", "We don't expect you to": a list of what the job does not need.
      let notNeeded = false;
      // (A label that is only such words names a list of what is not needed even where it reads as a
      // nice-to-have heading too: "Not required: Kubernetes certification"; "Preferred (not
      // required)" stays a nice-to-have. So for a duties heading: "What you won't be doing:" is
      // read as "What you will be doing" by its words, but lists what the job leaves out.)
      if (candidate && !resume && (!heading?.kind || heading.kind === 'preferred' || heading.kind === 'responsibilities') && edgeWordIn(text, pos, end, vocab.notNeededEdges)) {
        const negating = readHeading(text.slice(pos, end), vocab, vocab.notNeededHeadings, options);
        if (negating?.kind && (!heading?.kind || coveredKind(negating.label, vocab, vocab.notNeededHeadings) !== undefined)) {
          heading = negating;
          notNeeded = true;
        }
      }
      // A line in capitals that names no section, with another such line right before or after it,
      // is an item of a list written in capitals ("BIG DATA ANALYTICS\nCRITICAL THINKING"), no heading;
      // so is one with a comma in it ("PL/SQL, SQL", "AWS, GCP").
      if (heading && heading.content < 0 && !heading.kind && !resume && shouted(text, pos, end) && (shoutedBefore(text, pos) || shoutedAfter(text, end) || indexIn(text, 44, pos, end) >= 0)) heading = undefined;
      // So is a numbered step of the hiring process ("4. Meet the team and the hiring manager"), unless it names a list the job asks.
      if (heading && !resume && current.kind === 'hiring-process' && NUMBERED.test(text.slice(pos, end)) && !(heading.kind && ASKING.has(heading.kind))) heading = undefined;
      // So is a line of skills' names alone, with list words between ("HTML5 CSS3", "TCP/IP DNS"),
      // unless a colon makes it a label ("Leadership:").
      if (heading && heading.content < 0 && !heading.kind && options.isSkillWord && !/:\s*$/.test(text.slice(pos, end)) && namesOnly(heading.label, vocab, options.isSkillWord)) heading = undefined;
      // In a list that asks, so is a label with its colon that is skills' names alone, a level in
      // brackets after them, the skill told on the lines below ("Teamwork (Advanced):" / "Works
      // with others toward a shared result."): an item of the list, its skill asked as the list
      // asks, not a section of no known kind that would end the list.
      if (heading && heading.content < 0 && !heading.kind && !resume && ASKING.has(current.kind) && options.skillSpans && skillsAlone(heading.label, vocab, options.skillSpans)) heading = undefined;
      // The first line is the title when it reads as one, marked ("# ML Engineer") or not, unless it names a section.
      // After a first line or two that are no title and opened no section ("Love building pipelines in
      // Scala? Read on.", "Actively hiring"), a line that names a role is the title.
      const first = preamble === 0 && !chromeSeen;
      const maybeTitle =
        (first || (preamble < MAX_PREAMBLE && sections.length === 0 && current.heading === null)) &&
        !resume &&
        // (A whole posting on one line is no title line: "Data Engineer @ Acme Acme is a bank. ...".)
        !runOn &&
        // (A first line in a heading's marks that names a role is the title even where a word of it
        // names an other section: "# Product Analyst (London or remote UK)".)
        (!heading ||
          (heading.content < 0 && (!heading.kind || (first && heading.kind === 'other' && titleOf(text.slice(pos, end), vocab, true) !== undefined))) ||
          // (Nor a first line of a label that announces the title and a title after it, the label
          // a heading's too: "Job Description: Senior Data Engineer". See plainTitle.)
          (first && heading.content > 0 && !heading.item && heading.at === undefined && vocab.titleLabels.test(heading.label))) &&
        !continuesNext(end, softSet) &&
        titleOf(text.slice(pos, end), vocab, !first) !== undefined &&
        // (Nor a line that names no role and whose sentence goes on in lower case on the next line:
        // "MITRE" / "is a trusted operator of ...", a hard-wrapped text.)
        !(lowerNext(text, end) && titleOf(text.slice(pos, end), vocab, true) === undefined);
      // A first line that names no role, a letterhead ("NORTHWIND ENERGY COOPERATIVE", "VACANCY
      // NOTICE"), gives way to a line that names one right after it: it is neither title nor heading.
      const letterhead = maybeTitle && first && titleOf(text.slice(pos, end), vocab, true) === undefined && roleLineSoon(text, end, vocab);
      const title = maybeTitle && !letterhead;
      if (letterhead) {
        // (Read as the preamble.)
      } else if (title) {
        // A title line (never a sentence: see title.ts) is a section of its own.
        open(pos, 'title', null);
        open(end, 'summary', null);
      } else if (heading && heading.content < 0 && !resume && wrappedHeading(text, current, pos, end, heading.kind, vocab, phrases, options)) {
        // "Preferred" / "Qualifications:": one heading broken over two lines (hard-wrapped text).
        current.heading = `${current.heading} ${heading.label}`;
        current.headingEnd = end;
      } else if (heading && heading.content < 0 && resume && (!heading.kind || labelKind(heading.label, vocab, phrases) === undefined) && (current.kind === 'experience' || current.kind === 'projects') && deeperMarked(text, pos, current)) {
        // "### Frontend Developer — Kiezkasse GmbH" under "## Experience": a role's or a project's
        // heading, in its section (a heading that names a section opens it, as anywhere; one whose
        // words are not all a heading's names none: "### Machine Learning Engineer — Acme").
      } else if (heading && heading.content < 0 && resume && heading.kind === 'learning' && labelKind(heading.label, vocab, phrases) === undefined) {
        // "MACHINE LEARNING ENGINEER", "Deep Learning Researcher": a skill's word in a role's line,
        // not what the person is learning, which a heading of its own words alone names ("Currently learning").
      } else if (heading && heading.content < 0) {
        // A heading of the asked skills right under a heading of the nice-to-haves, nothing between,
        // is its sub-heading ("PREFERRED QUALIFICATIONS" / "Skills/Abilities and Knowledge" / "- R"):
        // what it lists is preferred too, unless its own words ask ("Required Skills").
        const under = !resume && heading.kind === 'requirements' && current.kind === 'preferred' && current.heading !== null && !hasText(text, current.headingEnd, pos) && !cueIn(heading.label, 'required', vocab);
        // A heading of no known kind in the company's section, the employer's story going on right
        // under it ("What we do" / "We run ..." / "Huge Volumes:" / "Our pipeline on AWS takes in ten
        // terabytes a day"), heads more of that story: the company's still.
        const story = !resume && !heading.kind && current.kind === 'about' && storyUnder(text, flow, end, softSet, vocab);
        open(pos, under ? 'preferred' : story ? 'about' : (heading.kind ?? 'other'), heading.label, end, notNeeded);
      } else if (heading && !resume && heading.content > 0 && shortenedList(text, pos, end, vocab)) {
        // "Skills: SQL, Tableau, +8 more": a job board's shortened list of the posting's skills
        // (LinkedIn's), the page's, not a list the posting asks.
        open(pos, 'other', heading.label, end);
      } else if (heading && resume && heading.content > 0 && heading.kind === 'skills' && (current.kind === 'experience' || current.kind === 'projects') && roleGoesOn(text, para, vocab, phrases, options)) {
        // "Skills: dbt · Snowflake · Looker" under a role, more of the section after it (LinkedIn's roles): the
        // role's skills, a line of its section, not a skills section that ends the experience.
      } else if (heading && resume && heading.item) {
        // "- Languages: Python, SQL" in a resume's skills list: a category of the list, not a section.
      } else if (heading && heading.kind === 'other' && !resume && ASKING.has(current.kind) && namesSkills(heading.label, vocab)) {
        // "Deployment Tools: Maven, Docker" among "Object-Oriented Development: Java, C#" lines of a
        // list that asks: an item of the list, not a tech-stack section of its own.
      } else if (heading && !itemLeadIn(current.kind, heading.kind, heading.label, vocab)) {
        const kind = heading.kind!;
        // "Nice to have: Airflow" inside a list of requirements qualifies its own line only; so does a
        // label in a list item or after the item's first words, whatever the list ("- Bonus: Rust"
        // among duties), and it opens its section where it starts ("Python, SQL. Nice to have: Airflow").
        const at = pos + (heading.at ?? 0);
        // (So does a field of the posting's header with its value on its line, "Salary: $100,000 -
        // 150,000", where a blank line or another label's line comes next: the header's fields
        // head nothing below them.)
        const field = !resume && heading.content > 0 && vocab.factLabels.has(normalizeLabel(heading.label)) && fieldLineEnds(text, para);
        // (And so does any label with its items on its line among the header's labels, another's line right
        // after it: "Must have: Python, SQL | Nice to have: Spark" / "Location: Remote (UK)".)
        const headerLabel = !resume && heading.content > 0 && (current.kind === 'title' || current.kind === 'summary') && labelLineNext(text, para);
        const ownLine = (ASKING.has(current.kind) && ASKING.has(kind)) || heading.item || heading.at !== undefined || field || headerLabel;
        if (!resume && current.notNeeded && heading.item && ASKING.has(kind)) {
          // "- Experience with Rust: we don't expect you to know it" in a list of what is not
          // needed: an item of that list.
        } else if (!resume && ownLine) {
          // (Its line and the lines wrapped into it: "Nice to have: SQL Server reporting" / "services, Tableau".)
          const resumeWith = current;
          open(at, kind, heading.label, pos + heading.content, notNeeded);
          moreLabels(pos + heading.content, para);
          // (And the sub-items below an item that ends in its colon: "- Nice to have:" / "  - Docker".)
          if (subItemsAfter(text, pos, para)) nested = { indent: indentOf(text, pos, end), resume: resumeWith, opened: current.start };
          else open(para, resumeWith.kind, resumeWith.heading, para, resumeWith.notNeeded === true);
        } else {
          open(at, kind, heading.label, pos + heading.content, notNeeded);
          moreLabels(pos + heading.content, para);
        }
      } else if (!resume && !runOn && current.kind === 'responsibilities' && current.heading !== null && !hasText(text, current.headingEnd, pos) && para - pos > SHORT_LINE && leadingStory(flow, pos, para, vocab)) {
        // "About the job" / "At Acme, we help hospitals ... Our platform integrates with Epic." / "In
        // this role, you will ...": a paragraph of the employer's story that opens a section about
        // the job, before the job is told, is the company's; the section goes on after it.
        const resumeWith = current;
        open(pos, 'about', null);
        open(para, resumeWith.kind, resumeWith.heading, para);
      } else if (!resume && ((para - pos > LONG_LINE && (NOT_ASKED.has(current.kind) || hasColon(text, pos, para))) || (para - pos > SHORT_LINE && (hasColon(text, pos, para) || runOn)))) {
        // (A paragraph hard-wrapped over lines reads as the one line it was: its labels and
        // sentences are the line's.)
        // (A company's story with a colon in it and no label is still the story, told in its own
        // voice: "We focus on four components of the UC spectrum: Conferencing & Collaboration, ...".)
        if (companyStory(text, flow, pos, end, current, softSet, vocab, options.extra) && inRange(flow, pos, para, vocab.employerVoice) && inlineLabels(text, pos, para, vocab, phrases, options).length === 0) open(pos, 'other', null);
        else readLongLine(text, flow, pos, para, vocab, phrases, options, () => current, open);
      } else if (!resume && NOT_ASKED.has(current.kind) && (asksInRange(flow, pos, para, vocab) || (current.kind === 'about' && introducesRole(flow, pos, para, vocab))) && !(current.kind === 'hiring-process' && current.heading !== null && !hasText(text, current.headingEnd, pos)) && !(current.kind === 'about' && companyTold(flow, pos, para, vocab)) && !(current.kind === 'benefits' && (offerTold(flow, pos, para, vocab) || offerListGoesOn(text, current, pos, vocab)))) {
        // A company or benefits section ends where requirement-like content starts, and the company's
        // where a paragraph introduces the person sought ("Who We Are!" / "Acme moves freight ..." /
        // "We are looking for a Data Analyst who is comfortable with SQL"). (Not the first
        // paragraph under a heading of the hiring process, which tells the steps: "Hiring Process" /
        // "Recruiter screen, then a deep dive on an LLM project you have shipped"; nor a paragraph of
        // the company's section that a strong phrase of its story tells, no word of the candidate's:
        // "With expertise in security and health, our experience base covers ...". Nor a line
        // of the list right under a heading of the offer: "What you will gain" / "Experience with
        // research on speech".)
        open(pos, 'other', null);
      } else if (!resume && companyStory(text, flow, pos, end, current, softSet, vocab, options.extra)) {
        open(pos, 'other', null);
      }
      // A sentence too long for a heading that ends in a colon introduces the list after it, and
      // may say what the list is: "If you have the following, it would be a plus:".
      const lead = !title && !heading && !resume ? leadIn(text, flow, pos, end, softSet, vocab, phrases, current.kind) : undefined;
      if (lead) {
        const resumeWith = current;
        open(lead.end, lead.kind, null, lead.end, lead.notNeeded === true);
        // (A list item's lead-in: its sub-items only.)
        if (lead.item) nested = { indent: indentOf(text, pos, end), resume: resumeWith, opened: current.start };
      }
      // (A line of the job page's own, "Quarry Health logo", "Share", "Show more options", as a pasted
      // LinkedIn page opens, is no line of the preamble: the title may stand after a few.)
      // (The line after one is no first line: "Search by Keyword" / "More Options" is no title.)
      const chrome = !title && preamble < MAX_PREAMBLE && !heading && pageChrome(text.slice(pos, end), vocab);
      if (chrome) chromeSeen = true;
      preamble = title ? MAX_PREAMBLE : chrome ? preamble : preamble + 1;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  push({ ...current, end: text.length });
  if (sections.length === 0) sections.push({ ...current, start: 0, end: text.length });
  if (!resume) softRequirements(text, sections, vocab);
  return sections;
}

/** A line that opens with a list number ("4. Meet the team", "2) Technical interview"). */
const NUMBERED = /^\s*\d{1,2}[.)]\s/;

/** How many lines after the first a line that names a role is looked for (see roleLineSoon). */
const ROLE_LINE_LOOK = 3;

/** Whether a line is the job page's own words (title.chrome), naming no role: "Acme logo", "Share", "Show more options". */
function pageChrome(line: string, vocab: Vocabulary): boolean {
  return line.length <= MAX_CHROME_LINE && vocab.titleChrome.inText(line).length > 0 && vocab.titleRoleWords.inText(line).length === 0;
}

/** The longest line read as a job page's own words. */
const MAX_CHROME_LINE = 60;

/** Whether one of the few non-blank lines after the one ending at `end` names a role as a title does ("Data Engineer III"). */
function roleLineSoon(text: string, end: number, vocab: Vocabulary): boolean {
  let pos = end + 1;
  for (let seen = 0; seen < ROLE_LINE_LOOK && pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const stop = nl === -1 ? text.length : nl;
    if (hasText(text, pos, stop)) {
      if (titleOf(text.slice(pos, stop), vocab, true) !== undefined) return true;
      if (!pageChrome(text.slice(pos, stop), vocab)) seen++;
    }
    pos = stop + 1;
  }
  return false;
}

/** Whether a heading asks softly ("You'd be a great fit if"), with no firmer requirement heading's words besides ("What makes you a great fit (Requirements)"). */
function softOnly(heading: string, vocab: Vocabulary): boolean {
  const soft = vocab.softRequirementHeadings.inText(heading);
  if (soft.length === 0) return false;
  return !vocab.headings.inText(heading).some((h) => h.tag.kind === 'requirements' && !soft.some((f) => f.first < h.last && h.first < f.last));
}

/**
 * "You'd be a great fit if", "Sounds like you?" head the requirements, unless a requirements
 * section with items of its own came before and no nice-to-have section comes after: then they ask
 * what is welcome besides the requirements ("Minimum Qualifications" / items / "You'd be a great
 * fit if" / items). Under "Qualifications" / "You'd be a great fit if" / "It'd be even better if
 * you", they are the requirements.
 */
function softRequirements(text: string, sections: Section[], vocab: Vocabulary): void {
  // "Was dich erwartet" after "Das bringst du mit": what the job brings, its benefits (lateBenefitHeadings).
  let listed = false;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    if (s.kind === 'requirements' || s.kind === 'preferred') listed = true;
    else if (listed && s.kind === 'responsibilities' && s.heading !== null && vocab.lateBenefitHeadings.inText(s.heading).length > 0) sections[i] = { ...s, kind: 'benefits' };
  }
  wishRequirements(text, sections, vocab);
  firstBesides(text, sections, vocab);
  let asked = false;
  const lastPreferred = sections.findLastIndex((t) => t.kind === 'preferred');
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    if (s.kind !== 'requirements') continue;
    if (asked && s.heading !== null && lastPreferred < i && softOnly(s.heading, vocab)) {
      sections[i] = { ...s, kind: 'preferred' };
      continue;
    }
    if (hasText(text, s.headingEnd, s.end)) asked = true;
  }
}

/**
 * "Additional Qualifications" after "Responsibilities" heads the requirements: no list came before
 * for its items to come besides. After "Qualifications" / items, it heads what is welcome.
 */
function firstBesides(text: string, sections: Section[], vocab: Vocabulary): void {
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    if (s.kind === 'requirements' || (s.kind === 'preferred' && !(s.heading !== null && besidesOnly(s.heading, vocab)))) {
      if (hasText(text, s.headingEnd, s.end)) return;
      continue;
    }
    if (s.kind !== 'preferred' || !hasText(text, s.headingEnd, s.end)) continue;
    sections[i] = { ...s, kind: 'requirements' };
    return;
  }
}

/** Whether a nice-to-have heading says no more than that its items come besides ("Additional Skills:"), no other nice-to-have words ("Additional preferred qualifications"). */
function besidesOnly(heading: string, vocab: Vocabulary): boolean {
  const besides = vocab.besidesHeadings.inText(heading);
  if (besides.length === 0) return false;
  return !vocab.headings.inText(heading).some((h) => h.tag.kind === 'preferred' && !besides.some((f) => f.first <= h.first && h.last <= f.last));
}

/**
 * "The ideal candidate will have:" heads the requirements, unless another requirements heading of
 * the posting, with items of its own, names them as the minimum ("Required", "Minimum
 * Qualifications", before or after): then the ideal candidate's list is what is welcome beyond
 * them. ("Qualifications" / "The ideal candidate will have the following:" stays asked.)
 */
function wishRequirements(text: string, sections: Section[], vocab: Vocabulary): void {
  /** The ideal candidate's sections that name no minimum themselves ("Ideal candidate minimum requirements" does). */
  const wishes: number[] = [];
  let firm = false;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    if (s.kind !== 'requirements' || s.heading === null) continue;
    const minimum = vocab.firmRequirementHeadings.inText(s.heading).length > 0;
    if (vocab.wishRequirementHeadings.inText(s.heading).length > 0) {
      if (!minimum) wishes.push(i);
    } else if (minimum && hasText(text, s.headingEnd, s.end)) firm = true;
  }
  if (firm) for (const i of wishes) sections[i] = { ...sections[i]!, kind: 'preferred' };
}

/** Whether the line right before the one at `pos` (blank lines not passed over) is shouted. */
const shoutedBefore = (text: string, pos: number) => pos > 0 && shouted(text, text.lastIndexOf('\n', pos - 2) + 1, pos - 1);

/** Whether the line right after the one ending at `end` is shouted. */
function shoutedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const nl = text.indexOf('\n', end + 1);
  return shouted(text, end + 1, nl === -1 ? text.length : nl);
}

/** Whether text[from, to) is a short line in capitals with no colon or Markdown mark: "BIG DATA ANALYTICS". */
function shouted(text: string, from: number, to: number): boolean {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  if (to === from || to - from > 60) return false;
  const line = text.slice(from, to);
  return !/[:#*]/.test(line) && /\p{Lu}/u.test(line) && line === line.toUpperCase();
}

/** The longest sentence read as the lead-in of a list. */
const MAX_LEAD_IN = 240;

/**
 * The section a list takes from the sentence that introduces it, a line (soft-wrapped lines
 * taken in) that ends in a colon and is no heading: a preference cue makes the list nice to have
 * ("If you have the following characteristics, it would be a plus:", "Experience with the
 * following is not required, but nice to have:"); a heading phrase of requirements at its end
 * makes it asked where the section did not ask ("In order to take on these challenges, you'll
 * need to have:"), one of benefits makes it the employer's offer ("... a benefits package that
 * includes:"). A list item is no lead-in: its sub-items stand in its own list.
 */
function leadIn(
  text: string,
  flow: string,
  pos: number,
  end: number,
  soft: ReadonlySet<number> | undefined,
  vocab: Vocabulary,
  phrases: PhraseSet<HeadingTag<SectionKind>>,
  currentKind: SectionKind,
): { kind: SectionKind; end: number; item: boolean; notNeeded?: true } | undefined {
  const to = softEnd(text, end, soft);
  let last = to;
  while (last > pos && isWhiteSpace(text.charCodeAt(last - 1))) last--;
  if (last - pos > MAX_LEAD_IN || text.charCodeAt(last - 1) !== 58) return undefined;
  let first = pos;
  while (first < last && isWhiteSpace(text.charCodeAt(first))) first++;
  // A list item leads in only the sub-items indented below it ("- Familiarity with the following is a plus:" / "  - Docker").
  const nested = BULLET_START.test(text.slice(first, first + 3));
  if (nested && !subItemsAfter(text, pos, to)) return undefined;
  if (nested) first += BULLET_START.exec(text.slice(first, first + 4))![0].length;
  /** The list the line leads in: an item's, its sub-items only (`item`; see splitSections). */
  const lead = (kind: SectionKind, notNeeded = false) => ({ kind, end: to, item: nested, ...(notNeeded ? { notNeeded: true as const } : {}) });
  // The sentence the colon ends is the lead-in, not the lines of prose before it that a wrap joined
  // to it ("Bachelor's degree required, Master's preferred ... In addition, we are looking for:").
  const sentences = splitSentences(flow, first, last, vocab.abbreviations);
  if (sentences.length > 1) first = sentences[sentences.length - 1]!.start;
  const tokens = (scratch = scanTokens(flow, scratch, [{ start: first, end: last }]));
  let preferred = false;
  let negated = false;
  vocab.sentencePhrases.each(tokens, 0, tokens.count, (tag, a, b) => {
    // (A cue that must end its clause, only where it does: not "proficiencies that will help make our team stronger:".)
    if (tag.set === 'cue' && tag.cue.final && !endsClauseAt(flow, tokens.end[b - 1]!)) return;
    // (Not a cue in a bracket: "must be attached to your application (PDF format preferred):".)
    // (Nor one only of a list's items: "The ideal candidate will have the following:" leads in requirements.)
    if (tag.set === 'cue' && tag.cue.type === 'preferred' && !tag.cue.listed && !inBracket(flow, first, tokens.start[a]!)) preferred = true;
    if (tag.set === 'cue' && tag.cue.type === 'negated') negated = true;
  });
  // (An item's sub-items it says are not needed: "- Not required:" / "  - Kubernetes".)
  if (negated && nested) return lead('other', true);
  if (preferred) return currentKind === 'preferred' ? undefined : lead('preferred');
  // The job's introduction ends in a colon: the list is the person sought ("USEReady is looking for
  // 2-3 Data Scientists to join our Team:" / "Predictive models in R or Python").
  if (!ASKING.has(currentKind)) {
    let intro = false;
    vocab.jobIntro.each(tokens, 0, tokens.count, (_tag, _first, b) => (intro ||= vocab.introducesAt(tokens, b)));
    if (intro) return lead('requirements');
  }
  const phrase = lastPhrase(flow.slice(first, last), phrases);
  // (A word alone asks nothing in a sentence: "document business requirements:".)
  if (phrase?.kind === 'requirements' && phrase.words > 1 && !ASKING.has(currentKind)) return lead(phrase.kind);
  if (phrase?.kind === 'benefits' && currentKind !== 'benefits') return lead(phrase.kind);
  return undefined;
}

/** Whether the line after the one ending at `end` is blank or opens with a label's colon ("Contact: ..."), as a header's fields run. */
function fieldLineEnds(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = lineAfter(text, end).trim();
  return next === '' || LABEL_LINE.test(next);
}

/** Whether the line right after the one ending at `end` (no blank line between) is a label's line ("Location: Remote"). */
function labelLineNext(text: string, end: number): boolean {
  return end < text.length && LABEL_LINE.test(lineAfter(text, end).trim());
}

/** The line after the one ending at `end` (a line break there). */
function lineAfter(text: string, end: number): string {
  const nl = text.indexOf('\n', end + 1);
  return text.slice(end + 1, nl === -1 ? text.length : nl);
}

/** A label of a few words and its colon, at a trimmed line's start: "Location: Remote (UK)". */
const LABEL_LINE = /^[\p{L}][\p{L} ]{0,30}:\s/u;

/** How far the line at `pos` is indented: its leading blanks, a tab as four. */
function indentOf(text: string, pos: number, end: number): number {
  let n = 0;
  for (let p = pos; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 0xa0) n++;
    else if (c === 9) n += 4;
    else break;
  }
  return n;
}

/** Whether the next line with text after the one at [pos, end) is a list item indented deeper than it (its sub-item). */
function subItemsAfter(text: string, pos: number, end: number): boolean {
  let next = end + 1;
  while (next < text.length) {
    const nl = text.indexOf('\n', next);
    const stop = nl === -1 ? text.length : nl;
    if (hasText(text, next, stop)) {
      const indent = indentOf(text, next, stop);
      return indent > indentOf(text, pos, end) && BULLET_START.test(text.slice(next + indent, next + indent + 3));
    }
    next = stop + 1;
  }
  return false;
}

/**
 * Whether a label opens a qualification ("Experience with the following", "Familiarity with") or
 * holds a lead-in of alternatives ("Any of these", "At least one of the following").
 */
function introducesList(label: string, vocab: Vocabulary): boolean {
  const tokens = (scratch = scanTokens(label, scratch));
  let found = false;
  vocab.sentencePhrases.each(tokens, 0, tokens.count, (tag, first) => {
    if (tag.set === 'opening' && first === 0) found = true;
  });
  if (!found) vocab.alternatives.each(tokens, 0, tokens.count, (tag) => {
    if (tag === 'leadIn') found = true;
  });
  return found;
}

/** Whether a bracket opened in text[from, at) is still open at `at`. */
function inBracket(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let p = from; p < at; p++) {
    const c = text.charCodeAt(p);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Whether the heading line text[pos, end) ends a heading of one word broken off on the line before,
 * with nothing between them ("Preferred" / "Qualifications:", as hard-wrapped text breaks it): a
 * word of the nice-to-haves that, read with the line after it, still names them, where that line
 * alone names the requirements.
 */
function wrappedHeading(
  text: string,
  current: Section,
  pos: number,
  end: number,
  kind: SectionKind | undefined,
  vocab: Vocabulary,
  phrases: PhraseSet<HeadingTag<SectionKind>>,
  options: SectionOptions,
): boolean {
  const before = current.heading;
  if (kind !== 'requirements' || current.kind !== 'preferred' || before === null || hasText(text, current.headingEnd, pos)) return false;
  if (!/^[\p{L}]+$/u.test(before)) return false;
  return readHeading(`${before} ${text.slice(pos, end).trim()}`, vocab, phrases, options)?.kind === current.kind;
}

/**
 * A paragraph of prose after a list of requirements, with nothing of the job in it (the company's
 * story, a note): no longer the list, it asks for nothing by its place.
 */
function companyStory(text: string, flow: string, pos: number, end: number, current: Section, soft: ReadonlySet<number> | undefined, vocab: Vocabulary, employer?: ReadonlySet<number>): boolean {
  if (!ASKING.has(current.kind) || !hasText(text, current.headingEnd, pos)) return false;
  const to = softEnd(text, end, soft);
  // (A short one only after a blank line, all in the employer's voice: "We are a Kubernetes shop.",
  // "Our engineering blog covers Kubernetes." under the list.)
  const short = to - pos <= LONG_LINE;
  if ((short && (to - pos < MIN_STORY || !afterBlank(text, pos))) || asksInRange(flow, pos, to, vocab)) return false;
  // (Opening in that voice, as no item or label does: "We are ...", "Our ...".)
  // (Or, with no colon, told by a strong phrase of the company's story whoever speaks: "Founded in
  // 2011, Acme Health is a health-tech company whose platform uses machine learning ...".)
  if (short) return !hasColon(text, pos, to) && ((opensInEmployerVoice(flow, pos, to, vocab) && employersOwn(flow, pos, to, vocab)) || companyTold(flow, pos, to, vocab));
  // (Right under the list, no blank line between, only in the employer's voice throughout: "Kronos
  // Bio, Inc. is dedicated to ... We leverage deep capabilities in ...", or opening with the
  // employer's name: "Acme was developed for clinicians by clinicians. The story of Acme begins ...".)
  return afterBlank(text, pos) || employersOwn(flow, pos, to, vocab) || namesEmployer(flow, pos, to, vocab, employer) || companyTold(flow, pos, to, vocab);
}

const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && !isWhiteSpace(c));

function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Whether text[from, to) holds a label's colon: after a letter, before a space ("Requirements: ..."). */
function hasColon(text: string, from: number, to: number): boolean {
  for (let c = indexIn(text, 58, from, to); c >= 0; c = indexIn(text, 58, c + 1, to)) {
    if (c > from && isLetterCode(text.charCodeAt(c - 1)) && (c + 1 >= to || followsLabelColon(text.charCodeAt(c + 1)))) return true;
  }
  return false;
}

/** Whether a cue of `type` stands in `label` ("Required Skills", "Must have"). */
function cueIn(label: string, type: 'required' | 'preferred', vocab: Vocabulary): boolean {
  const tokens = (scratch = scanTokens(label, scratch, [{ start: 0, end: label.length }]));
  let found = false;
  vocab.cues.each(tokens, 0, tokens.count, (tag, _first, last) => {
    // (A cue that must end its clause, only where it does: "It helps:", not "proficiencies that will help make our team stronger:".)
    // (Nor one only of a list's items: "The ideal candidate will have the following:" heads requirements.)
    if (tag.type === type && !tag.listed && !(tag.final && !endsClauseAt(label, tokens.end[last - 1]!))) found = true;
  });
  return found;
}

/** Whether the line at `pos` follows a blank line. */
function afterBlank(text: string, pos: number): boolean {
  if (pos < 2) return false;
  let p = pos - 2;
  while (p >= 0 && text.charCodeAt(p) !== 10) {
    if (!isWhiteSpace(text.charCodeAt(p))) return false;
    p--;
  }
  return p >= 0;
}

/** Where a line ends once the lines that continue it (soft breaks) are taken in. */
function softEnd(text: string, end: number, soft: ReadonlySet<number> | undefined): number {
  while (soft?.has(end)) {
    const nl = text.indexOf('\n', end + 1);
    end = nl === -1 ? text.length : nl;
  }
  return end;
}

/**
 * A long line (a paragraph, or a whole posting without line breaks): each sentence that opens with
 * a known label ("Requirements: ...", "Benefits: ...") starts a section; in a company or benefits
 * section, a sentence with requirement-like content ends it.
 */
function readLongLine(
  text: string,
  flow: string,
  start: number,
  end: number,
  vocab: Vocabulary,
  phrases: PhraseSet<HeadingTag<SectionKind>>,
  options: SectionOptions,
  current: () => Section,
  open: (at: number, kind: SectionKind, heading: string | null, headingEnd?: number, notNeeded?: boolean, runIn?: SectionKind) => void,
): void {
  const before = current();
  const runOn = !hasText(text, 0, start) && !hasText(text, end, text.length);
  /** The list that asks a story in the employer's voice interrupted (see below). */
  let asking: Section | null = null;
  /** The section about the job a story in the employer's voice opens (see below). */
  let story: Section | null = null;
  // Labels inside each sentence: a flattened posting runs its list items and headings together
  // ("... with the unknown Qualifications: Degree in statistics ..."). All found first: a duties
  // heading run into the text is read as such only where a heading of the job's asked lists is
  // found after it, to end the duties; else they are read as the text around them is (asked where
  // they ask): a missed requirements heading would leave every requirement a duty.
  const sentences = splitSentences(flow, start, end, vocab.abbreviations).map((s) => {
    const labels = inlineLabels(text, s.start, s.end, vocab, phrases, options);
    if (runOn) {
      // (A lead-in read whole first: "... with Python You'll go beyond our minimum if you... • Have ..." is one
      // heading of the nice-to-haves, not "You'll" of the duties with words after it.)
      const runIn: Label[] = leadLabels(flow, s.start, s.end, vocab, phrases);
      mergeLabels(runIn, shoutedLabels(flow, s.start, s.end, vocab, phrases));
      mergeLabels(runIn, runInLabels(flow, s.start, s.end, vocab, phrases));
      mergeLabels(runIn, boldLabels(flow, s.start, s.end, vocab, phrases));
      mergeLabels(runIn, snakeLabels(flow, s.start, s.end, vocab, phrases));
      mergeLabels(runIn, titledLabels(text, s.start, s.end, vocab, phrases));
      mergeLabels(runIn, colonLeadLabels(flow, s.start, s.end, vocab, phrases).map((l) => ({ ...l, lead: true as const })));
      mergeLabels(labels, runIn.map((l) => ({ ...l, runIn: true as const })));
    }
    return { s, labels };
  });
  let askedAfter = -1;
  for (const { labels } of sentences) for (const l of labels) if (l.kind === 'requirements' || l.kind === 'preferred') askedAfter = l.start;
  /**
   * A heading of what asks nothing run into the text ("... Python, SQL About Acme: Acme is ...")
   * and the section it interrupted: its first sentence is told by it (see runInLabels); the
   * sentences after it are its section's too, up to one that asks or introduces the job again, or
   * has a label of its own ("We are looking for people in these areas: ..."), read as before the
   * story. (Not after a heading of the hiring process: a page's "Apply Now" before the job's text.)
   */
  let told: { kind: SectionKind; heading: string; resume: Section; opened: boolean } | null = null;
  for (const { s, labels } of sentences) {
    if (told) {
      const back = labels.length > 0 || ((asksInRange(flow, s.start, s.end, vocab) || introIn((scratch = scanTokens(flow, scratch, [{ start: s.start, end: s.end }])), vocab)) && !employerSays(flow, s.start, s.end, vocab) && !namesEmployer(flow, s.start, s.end, vocab, options.extra) && !companyTold(flow, s.start, s.end, vocab));
      if (back) {
        if (told.opened) open(s.start, told.resume.kind, told.resume.heading, s.start, told.resume.notNeeded === true);
        told = null;
      } else if (!told.opened) {
        open(s.start, told.kind, told.heading, s.start);
        told.opened = true;
      }
    }
    let from = s.start;
    for (const label of labels) {
      if (label.cut) {
        // (The section goes on after it: a sentence ends there; see runInLabels.)
        const at = current();
        open(label.start, at.kind, at.heading, label.start, at.notNeeded === true, label.kind);
        if (!NOT_ASKED.has(at.kind) && label.kind !== 'hiring-process') told = { kind: label.kind, heading: label.label, resume: at, opened: false };
        from = label.start;
        continue;
      }
      if (itemLeadIn(current().kind, label.kind, label.label, vocab)) continue;
      // (A lead-in a colon ends starts the job's lists, never one inside them: there it is an item's
      // label, "Deep technical knowledge: You have performed ..."; but a nice-to-have list's lead-in may
      // follow the requirements: "... datasets. Below experience is preferred but not required: Experience with ...".)
      if (label.lead && ASKING.has(current().kind) && !(label.listHead && current().kind === 'requirements')) continue;
      if (label.start > from && NOT_ASKED.has(current().kind) && asksInRange(flow, from, label.start, vocab)) open(from, 'other', null);
      const kind = label.runIn && label.kind === 'responsibilities' && askedAfter < label.start ? 'summary' : label.kind;
      open(label.start, kind, label.label, label.end, label.notNeeded === true);
      from = label.start;
      told = null;
    }
    // "About the job At Acme, we help hospitals ... Our platform connects to Epic. We're looking for
    // ...": the employer's story run in right after a heading of the job's description is the
    // company's, up to the first sentence that is not (as for a paragraph: see leadingStory).
    if (runOn) {
      const at = current();
      if (story) {
        if (at.kind === 'about' && at.heading === null && !leadingStory(flow, s.start, s.end, vocab)) {
          open(s.start, story.kind, story.heading, s.start);
          story = null;
        } else if (at.kind !== 'about') story = null;
      } else if (at.kind === 'responsibilities' && at.heading !== null && at.headingEnd >= s.start && at.headingEnd < s.end && leadingStory(flow, at.headingEnd, s.end, vocab)) {
        story = at;
        open(at.headingEnd, 'about', null);
      }
    }
    // (Not a sentence the employer says of itself: "Our team applies their knowledge of energy
    // systems, IoT, machine learning ..." goes on with the company's story.)
    // (Nor one that opens with the employer's name: "The name Acme was born from two ideas: the
    // power to see ... and the ability to collect insights".)
    // (Nor one a strong phrase of the company's story tells, no word of the candidate's: "With expertise in
    // cybersecurity and public health, our experience base spans federal, state, and local governments".)
    // (Nor, in the company's section, than where a sentence introduces the person sought, as a paragraph does: "Acme serves
    // 20,000 retailers ... We are looking for a Data Scientist to help build our ranking models. You thrive in a start-up".)
    if (from === s.start && NOT_ASKED.has(current().kind) && (asksInRange(flow, s.start, s.end, vocab) || (current().kind === 'about' && introducesRole(flow, s.start, s.end, vocab))) && !employerSays(flow, s.start, s.end, vocab) && !namesEmployer(flow, s.start, s.end, vocab, options.extra) && !companyTold(flow, s.start, s.end, vocab) && !(current().kind === 'benefits' && offerTold(flow, s.start, s.end, vocab))) open(s.start, 'other', null);
    // A list that asks, run into the company's story with no heading between ("... Python, SQL Our technical competencies
    // include Big Data analytics ..."): a sentence in the employer's voice, long, that asks nothing of a candidate is no
    // longer the list; a sentence that asks again goes back to it.
    if (runOn && labels.every((l) => l.cut)) {
      const at = current();
      if (ASKING.has(at.kind) && s.end - s.start > MIN_STORY_SENTENCE && (employersOwn(flow, s.start, s.end, vocab) || employerNamedStory(flow, s.start, s.end, vocab, options.extra))) {
        asking = at;
        open(s.start, 'other', null);
      } else if (asking && at.kind === 'other' && at.heading === null && asksInRange(flow, s.start, s.end, vocab)) {
        open(s.start, asking.kind, asking.heading);
        asking = null;
      }
    }
  }
  // "Python and SQL. Nice to have: Airflow." inside a requirements list: the label qualifies its line only.
  const after = current();
  if (after !== before && ASKING.has(before.kind) && ASKING.has(after.kind)) open(end, before.kind, before.heading);
}

/** The shortest sentence read as the company's story inside a list run together (see readLongLine). */
const MIN_STORY_SENTENCE = 80;

/** Whether flow[start, end) opens in the employer's voice ("Our team ...", "We ...") with no candidate word and no job introduction ("we need") in it. */
function employerSays(flow: string, start: number, end: number, vocab: Vocabulary): boolean {
  const tokens = (scratch = scanTokens(flow, scratch, [{ start, end }]));
  if (tokens.count === 0) return false;
  let opens = false;
  vocab.employerVoice.each(tokens, 0, 1, () => (opens = true));
  return opens && !inTokens(tokens, vocab.candidate) && !introIn(tokens, vocab);
}

/** Whether flow[start, end) is the employer's story: its voice, no requirement phrase or duty, no candidate word, no introduction of the job ("we are looking for"). */
function leadingStory(flow: string, start: number, end: number, vocab: Vocabulary): boolean {
  // (A list item is a duty: "- Build out our scoring platform".)
  let p = start;
  while (p < end && isWhiteSpace(flow.charCodeAt(p))) p++;
  if (BULLET_START.test(flow.slice(p, p + 3))) return false;
  if (!employersOwn(flow, start, end, vocab)) return false;
  // (employersOwn scanned the paragraph's words into the scratch tokens.)
  const tokens = scratch!;
  if (introIn(tokens, vocab)) return false;
  // (The job's own team is no company story: "Our team builds models in Python", "Our engineers ship in Rust".)
  for (let i = 0; i < Math.min(tokens.count, MAX_STORY_OPENING); i++) if (vocab.roleNounWords.has(tokens.keyHashOf(i))) return false;
  // It opens in that voice, or after a phrase set off by a comma: "At Acme, we ...", "Since 1998, our team ...".
  if (vocab.employerVoice.startsAt(tokens, 0)) return true;
  for (let i = 1; i < Math.min(tokens.count, MAX_STORY_OPENING); i++) {
    if (flow.slice(tokens.end[i - 1]!, tokens.start[i]!).includes(',')) return vocab.employerVoice.startsAt(tokens, i);
  }
  return false;
}

/** Whether the first line with text after `end` (a heading's line end), with the lines wrapped into it, is the employer's story (see leadingStory). */
function storyUnder(text: string, flow: string, end: number, soft: ReadonlySet<number> | undefined, vocab: Vocabulary): boolean {
  let p = end;
  while (p < text.length && isWhiteSpace(text.charCodeAt(p))) p++;
  if (p >= text.length) return false;
  const nl = indexIn(text, 10, p, text.length);
  return leadingStory(flow, p, softEnd(text, nl < 0 ? text.length : nl, soft), vocab);
}

/** The most words of a phrase set off by a comma before the employer's voice opens its story (see leadingStory). */
const MAX_STORY_OPENING = 8;

/** Whether flow[start, end) opens with the employer's name (`employer`: its key hashes) in its first few words, and introduces no job ("Acme is looking for"). */
function namesEmployer(flow: string, start: number, end: number, vocab: Vocabulary, employer: ReadonlySet<number> | undefined): boolean {
  if (!employer) return false;
  const tokens = (scratch = scanTokens(flow, scratch, [{ start, end }]));
  let named = false;
  for (let i = 0; i < Math.min(tokens.count, EMPLOYER_OPENING) && !named; i++) named = employer.has(tokens.keyHashOf(i)) && /^\p{Lu}/u.test(tokens.raw(i));
  return named && !introIn(tokens, vocab);
}

/** How many words may open a sentence before the employer's name it is about ("The name Acme ..."). */
const EMPLOYER_OPENING = 3;

/** Whether text[start, end) opens with a word of the employer's voice ("We", "Our"), nothing before it. */
function opensInEmployerVoice(flow: string, start: number, end: number, vocab: Vocabulary): boolean {
  const tokens = (scratch = scanTokens(flow, scratch, [{ start, end }]));
  // (Not where it values what it asks: "We value Kubernetes experience.")
  return tokens.count > 0 && /^\s*$/.test(flow.slice(start, tokens.start[0]!)) && vocab.employerVoice.startsAt(tokens, 0, tokens.count) && !inTokens(tokens, vocab.experience);
}

/**
 * Whether the line at `pos` stands in the list right under a heading of the offer (offerHeadings:
 * "What we offer", "What you will gain"), no blank line between it and the list's first line: the
 * offer, though it reads like an ask ("Experience with both large and small clients").
 */
function offerListGoesOn(text: string, current: Section, pos: number, vocab: Vocabulary): boolean {
  if (current.heading === null || vocab.offerHeadings.inText(current.heading).length === 0) return false;
  let p = current.headingEnd;
  while (p < pos && isWhiteSpace(text.charCodeAt(p))) p++;
  // (From the list's first line break on: no copy of the text, which this asks of each line of the list.)
  const lineBreak = indexIn(text, 10, p, pos);
  return lineBreak < 0 || !blankBetween(text, lineBreak, pos);
}

/**
 * Whether flow[start, end) tells what the employer offers by a strong phrase of its benefits ("You'll
 * get the chance to shape the product", "You will receive a training budget") and introduces no job:
 * in a benefits section, the offer goes on, though its "you'll" reads like a duty.
 */
function offerTold(flow: string, start: number, end: number, vocab: Vocabulary): boolean {
  const tokens = (scratch = scanTokens(flow, scratch, [{ start, end }]));
  let told = false;
  vocab.boilerplate.each(tokens, 0, tokens.count, (tag) => {
    if (tag.kind === 'benefits' && tag.strong) told = true;
  });
  return told && !introIn(tokens, vocab);
}

/**
 * Whether flow[start, end) tells of the company by a strong phrase of its story ("Founded in 2011,
 * ...", "Acme is a leading provider of ...", "headquartered in", "trusted by", "our experience base")
 * with no word of the candidate and no introduction of the job: the company's story, whoever speaks
 * (its name, "we" or no subject at all), even where a word of the job's content stands in it
 * ("With expertise in cybersecurity, our experience base spans federal and local governments").
 */
function companyTold(flow: string, start: number, end: number, vocab: Vocabulary): boolean {
  const tokens = (scratch = scanTokens(flow, scratch, [{ start, end }]));
  let told = false;
  vocab.boilerplate.each(tokens, 0, tokens.count, (tag) => {
    if (tag.kind === 'about' && tag.strong) told = true;
  });
  if (!told || introIn(tokens, vocab)) return false;
  // (A word of the candidate's that the company says of itself too is no ask here: "Acme delivers
  // highly scalable analytics ... Acme is headquartered in McLean".)
  let candidate = false;
  vocab.candidate.each(tokens, 0, tokens.count, (_tag, first, last) => {
    if (last - first > 1 || !vocab.companyTraits.has(tokens.keyHashOf(first))) candidate = true;
  });
  return !candidate;
}

/**
 * Whether flow[start, end) opens with the employer's name and asks nothing of a candidate: no word of the
 * candidate's, no job content ("Acme delivers scalable analytics to agencies ..." after the requirements of a
 * text whose line breaks were lost).
 */
function employerNamedStory(flow: string, start: number, end: number, vocab: Vocabulary, employer: ReadonlySet<number> | undefined): boolean {
  if (!namesEmployer(flow, start, end, vocab, employer)) return false;
  // (namesEmployer scanned the sentence's words into the scratch tokens.)
  const tokens = scratch!;
  return !inTokens(tokens, vocab.jobContent) && !inTokens(tokens, vocab.candidate);
}

function employersOwn(flow: string, start: number, end: number, vocab: Vocabulary): boolean {
  // (The sentence's words scanned once for the three sets.)
  const tokens = (scratch = scanTokens(flow, scratch, [{ start, end }]));
  return inTokens(tokens, vocab.employerVoice) && !inTokens(tokens, vocab.jobContent) && !inTokens(tokens, vocab.candidate);
}

/**
 * "Label:" anywhere in text[start, end): the words before a colon, back to a stop or at most five,
 * that read as a heading in Title Case ("Qualifications:", "Nice to Have:"), longest first.
 */
function inlineLabels(
  text: string,
  start: number,
  end: number,
  vocab: Vocabulary,
  phrases: PhraseSet<HeadingTag<SectionKind>>,
  options: SectionOptions,
): Label[] {
  const out: Label[] = [];
  eachLabelColon(text, start, end, (colon, words, base, labelEnd) => {
    for (let n = Math.min(MAX_INLINE_LABEL_WORDS, words.length); n >= 1; n--) {
      const word = words[words.length - n]!;
      // (A label glued to the item before it, as stripped markup leaves it: "... Bayesian statisticsBonus points:", "... prospectsQUALIFICATIONS:".)
      const glue = GLUED_WORD.exec(word[0]);
      let at = base + word.index! + (glue ? glue.index + 1 : 0);
      let label = text.slice(at, labelEnd).trimEnd();
      // (A comma only between heading words in Title Case, each word of the label one: "Desired Experience,
      // Skills & Technologies:", "Duties, Tasks & Responsibilities:"; never a list's items before a label,
      // "Python, SQL Requirements:", nor a lead-in of a sentence's words, "In this role, you will:".)
      if (/[.!?;()]/.test(label) || !/^\p{Lu}/u.test(label)) continue;
      if (label.includes(',') && (n > MOST_INLINE_LABEL_WORDS || /(?:^|\s)\p{Ll}[\p{L}'’]{3}/u.test(label) || labelKind(label, vocab, phrases) === undefined)) continue;
      // (A label of more words than most, "What you need to be successful in this role:", only where
      // a sentence starts: read everywhere, every capitalized word before a colon was a candidate.)
      // (Or one a bullet follows, opening a list, in a text whose line breaks were lost: "... causal
      // inference It would be great if you also have: • Experience with ...".)
      if (n > MOST_INLINE_LABEL_WORDS && at > start && !/[.!?:]\s+$/.test(text.slice(Math.max(start, at - 3), at)) && !bulletAt(text, colon + 1, Math.min(text.length, colon + 8))) continue;
      let kind = labelKind(label, vocab, phrases);
      // ("Not needed: C#": a list of what the job does not need, inline; also where it reads as a
      // nice-to-have label too, its words all the negation's: "... with Ray. Not required: a robotics degree".)
      // (Only a label that opens its sentence: "Nice to Have Skills, but Not Required: ..." welcomes.)
      const opens = at === start || /[.!?:]\s+$/.test(text.slice(Math.max(start, at - 3), at));
      const notNeeded = !options.resume && (!kind || (kind === 'preferred' && opens && coveredKind(label, vocab, vocab.notNeededHeadings) !== undefined)) && labelKind(label, vocab, vocab.notNeededHeadings) !== undefined;
      if (notNeeded) kind = undefined;
      // (A label a bracket explains heads only the job's asked lists: "Technology (Advanced): Uses ..." is an item.)
      if (labelEnd < colon && (kind || notNeeded) && !(kind && ASKING.has(kind))) break;
      if (kind || notNeeded) {
        // (A job board's button run into the label after it names no hiring process: "Apply Now Job
        // Description: ...", "Apply now Responsibilities: ..." are the button, then the label.)
        for (let m = n - 1; m >= 1 && kind === 'hiring-process'; m--) {
          const innerAt = base + words[words.length - m]!.index!;
          const inner = text.slice(innerAt, labelEnd).trimEnd();
          const innerKind = labelKind(inner, vocab, phrases);
          if (innerKind && !NOT_ASKED.has(innerKind) && labelKind(text.slice(at, innerAt), vocab, phrases) === 'hiring-process') {
            kind = innerKind;
            at = innerAt;
            label = inner;
          }
        }
        if (at >= start && (out.length === 0 || at > out[out.length - 1]!.start)) out.push({ start: at, end: colon + 1, kind: kind ?? 'other', label, ...(notNeeded ? { notNeeded: true as const } : {}) });
        break;
      }
    }
  }, true);
  return out;
}

/** The most words an inline label may have ("What you need to be successful in this role: ..."), as a label line may. */
const MAX_INLINE_LABEL_WORDS = 9;
/** The most words of an inline label anywhere in a sentence ("Your background and who you are: ..."); longer ones open it. */
const MOST_INLINE_LABEL_WORDS = 6;

/** A lower-case letter glued to a capitalized word or one in capitals: where a label's first word was glued to the text before it ("statisticsBonus", "prospectsQUALIFICATIONS"). */
const GLUED_WORD = /\p{Ll}(?=\p{Lu}(?:\p{Ll}|\p{Lu}\p{Lu}))/u;

/**
 * Each colon of text[start, end) that may end a label, with the words of the 60 characters before
 * it and the offset they are counted from. A label's colon follows a letter and is followed by a
 * space, a capital, a bullet or the end ("https://", "9:00" are none); one space may stand before it.
 */
function eachLabelColon(text: string, start: number, end: number, visit: (colon: number, words: RegExpExecArray[], base: number, labelEnd: number) => void, bracketed = false): void {
  for (let colon = indexIn(text, 58, start, end); colon >= 0; colon = indexIn(text, 58, colon + 1, end)) {
    // (Or after one space, as some write it: "Principal Duties : Work with ...".)
    const spaced = colon > start + 1 && text.charCodeAt(colon - 1) === 32 && isLetterCode(text.charCodeAt(colon - 2));
    const prev = colon > start ? text.charCodeAt(spaced ? colon - 2 : colon - 1) : 32;
    const next = colon + 1 < end ? text.charCodeAt(colon + 1) : 32;
    // (Or a capital or a bullet right after it, as an export that glued its lines has it: "... Python.Preferred
    // Qualifications:Databricks ...", "Nice-to-haves:- C++.- Ray.")
    if (!followsLabelColon(next)) continue;
    // With `bracketed`, also a colon after a bracket that explains the label, the label's words those before the
    // bracket, as a heading line is read: "... Tableau Preferred Background (or a wish to learn it): dbt ...".
    let labelEnd = colon;
    if (bracketed && prev === 41 && !spaced) {
      const open = lastIndexIn(text, 40, Math.max(start, colon - MAX_LABEL_BRACKET), colon);
      if (open <= start + 1 || text.charCodeAt(open - 1) !== 32 || !isLetterCode(text.charCodeAt(open - 2)) || indexIn(text, 41, open, colon - 1) >= 0) continue;
      labelEnd = open - 1;
    } else if (!isLetterCode(prev)) continue;
    const base = Math.max(start, labelEnd - 90);
    visit(colon, [...text.slice(base, labelEnd).matchAll(/[\p{L}][\p{L}\p{N}'’&/-]*/gu)], base, labelEnd);
  }
}

/** The most characters of a bracket between a label's words and its colon ("(or a wish to learn it)"). */
const MAX_LABEL_BRACKET = 40;

/**
 * `cut`: a heading of a section that asks for nothing run into a text, which opens none but ends the sentence before it
 * (see runInLabels); `lead`: a lead-in a colon ends (see colonLeadLabels); `listHead`: such a lead-in, a sentence of its
 * own, that heads a nice-to-have list (it may follow the requirements).
 */
type Label = { start: number; end: number; kind: SectionKind; label: string; notNeeded?: true; runIn?: true; cut?: true; lead?: true; listHead?: true };

/** Labels of both kinds in text order, a run-in one inside a colon's dropped. */
function mergeLabels(into: Label[], more: readonly Label[]): void {
  for (const l of more) if (!into.some((o) => l.start < o.end && o.start < l.end)) into.push(l);
  into.sort((a, b) => a.start - b.start);
}

/**
 * Headings run into the text without a colon, as a text whose line breaks were lost has them
 * ("... travel 5% Basic Qualifications 4 years of experience ...", "... in Python Responsibilities
 * Develop models ..."): a heading phrase that is the whole label, in Title Case or capitals, after a
 * sentence's end or an item's last word (never after "the", "our", "of" ...), before a capitalized
 * word, a number or a bullet.
 */
function runInLabels(flow: string, start: number, end: number, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<SectionKind>>): Label[] {
  // (A language whose vocabulary says nothing of them has none; German, which capitalizes every
  // noun, has them only before a bullet.)
  if (!vocab.file.runInHeadings) return [];
  const onlyBeforeBullets = vocab.file.runInHeadings.onlyBeforeBullets === true;
  const glued = gluePoints(flow, start, end);
  const tokens = (scratch = scanTokens(flow, scratch, glued.length === 0 ? [{ start, end }] : spansBetween(start, end, glued)));
  const out: Label[] = [];
  const found: { tag: HeadingTag<SectionKind>; first: number; last: number }[] = [];
  phrases.each(tokens, 0, tokens.count, (tag, first, last) => void found.push({ tag, first, last }));
  /** Where the longest phrase found at each token ends (a heading run's next phrase, told at once). */
  const starts = new Map<number, number>();
  for (const f of found) if ((starts.get(f.first) ?? 0) < f.last) starts.set(f.first, f.last);
  for (const phrase of found) {
    const { tag, first } = phrase;
    // (A heading of a section that asks for nothing, "Benefits", "About Us", opens none: one missed
    // would leave the rest of the list hidden. It ends the sentence before it: "... and Rabbit MQ
    // Benefits Medical, dental ..." is no sentence of Rabbit MQ's.)
    const kind = runInKind(tag.kind) ?? (NOT_ASKED.has(tag.kind) ? tag.kind : undefined);
    if (!kind) continue;
    const cut = !runInKind(kind);
    const from = tokens.start[first]!;
    // A heading word misspelt right before or after the phrase ("... 3+ years of Python PREFFERRED EDUCATION AND
    // EXPERIENCE MS degree ...", "... with Docker Preferred Qualfications Strong coding ..."): the label is read
    // with it, corrected, as a heading line is (a word alone is compared only on a line of its own).
    const longer = headingRunEnd(tokens, starts, phrase.last, vocab.headingFiller, flow);
    const lo = first > 0 && misspeltHeadingWord(tokens.raw(first - 1), vocab) ? first - 1 : first;
    const hi = longer < tokens.count && misspeltHeadingWord(tokens.raw(longer), vocab) ? longer + 1 : longer;
    if (lo < first || hi > longer) {
      const fixed = labelKind(flow.slice(tokens.start[lo]!, tokens.end[hi - 1]!), vocab, phrases);
      const fixedKind = runInKind(fixed) ?? (fixed && NOT_ASKED.has(fixed) ? fixed : undefined);
      if (fixedKind && label(lo, tokens.start[lo]!, fixedKind, !runInKind(fixedKind), hi, true)) continue;
    }
    // Before a bullet, a heading may say more than its phrase, in more phrases and filler words
    // ("You might be a good fit if you - Have 3+ years ..."); so may one in Title Case before a
    // capital ("... for analysis Qualifications and Skills 3+ years ...", "Education & Experience").
    if (longer > phrase.last) {
      if (bulletAt(flow, tokens.end[longer - 1]!, flow.length) || ellipsisAt(flow, tokens.end[longer - 1]!) > 0) {
        if (label(first, from, kind, cut, longer)) continue;
      } else {
        let runEnd = longer;
        while (runEnd > phrase.last && !isUpperCode(tokens.raw(runEnd - 1).charCodeAt(0))) runEnd--;
        // (A phrase written in lower case goes on in no capital: "About the job At Acme, we ..." is the
        // heading and a sentence.)
        if (!isUpperCode(tokens.raw(phrase.last - 1).charCodeAt(0))) runEnd = phrase.last;
        // (Never across words glued together, where stripped markup ran headings into each other: "ResponsibilitiesJob Duties".)
        // (Nor two words that each may be a cue or a field alone: "... Engineering Preferred Minimum 1-3 years ...". Joined
        // by a filler word or a sign, or with a list's own name or a phrase of two words or more in it: "Qualifications and
        // Skills", "Education & Experience", "Knowledge/Skills/Abilities".)
        // (And no heading of another kind run in after its first phrase: "... Security Clearance Position Overview Acme is seeking ...".)
        let heads = found.some((o) => o.first >= first && o.last <= runEnd && o.last - o.first >= 2);
        for (let k = first; k < runEnd && !heads; k++) {
          heads = vocab.headingFiller.has(tokens.keyHashOf(k)) || vocab.runInWords.has(tokens.keyHashOf(k)) || (k > first && /[&/,]/.test(flow.slice(tokens.end[k - 1]!, tokens.start[k]!)));
        }
        // (A list's own name that ends it takes its kind: "Nice-to-Have Qualifications" is a nice-to-have list.)
        // (Nor does a filler word that is a heading of its own: "Ideal Person for this Role".)
        const own = (o: { first: number; last: number }) =>
          (o.last === runEnd && o.last - o.first === 1 && vocab.runInWords.has(tokens.keyHashOf(o.first))) || (o.last - o.first === 1 && vocab.headingFiller.has(tokens.keyHashOf(o.first)));
        if (found.some((o) => o.first >= phrase.last && o.first < runEnd && o.tag.kind !== tag.kind && !own(o))) heads = false;
        const joins = heads && runEnd > phrase.last && !glued.some((g) => g > from && g < tokens.end[runEnd - 1]!);
        if (joins && label(first, from, kind, cut, runEnd, true)) continue;
      }
    }
    // ("... in Python Qualifications for Data Engineer 1-3+ years ...": a link word and the role the
    // list is for, its last word a role noun, in Title Case.)
    if (!cut && phrase.last < tokens.count && vocab.headingLinks.has(tokens.keyHashOf(phrase.last))) {
      let role = -1;
      for (let k = phrase.last + 1; k < Math.min(tokens.count, phrase.last + 1 + MAX_AUDIENCE_WORDS) && role < 0; k++) if (vocab.roleNounWords.has(tokens.keyHashOf(k))) role = k;
      if (role > 0 && label(first, from, kind, cut, role + 1, true)) continue;
    }
    label(first, from, kind, cut, phrase.last);
  }
  return out;

  /** Read tokens [first, last) as a run-in heading of `kind`: false where it is none. `joined`: a longer run of phrases and filler words, each word of four letters or more capitalized. */
  function label(first: number, from: number, kind: SectionKind, cut: boolean, last: number, joined = false): boolean {
    let to = tokens.end[last - 1]!;
    // ("What would make you stand out? - Python or R", "... stand out? Python or R": a question heading.)
    let question = flow.charCodeAt(to) === 63;
    if (question) to++;
    // ("You'd be a great fit if… You have ...", "What you'll do... Build models ...": an ellipsis
    // ends a heading as a colon does.)
    const trailing = question ? 0 : ellipsisAt(flow, to);
    to += trailing;
    const beforeBullet = bulletAt(flow, to, flow.length);
    // (Without a bullet, only before items run together with no stop, or before a sentence that
    // opens a qualification (asking.opening): "Sound like you? Please consider joining our team."
    // closes a list, it heads none; "What would make you stand out? Experience with market
    // microstructure. C++." heads one.)
    // (But a question that is a sentence of its own, all of it heading words, heads what follows
    // whatever it is: "... \"The IZEA Way.\" Why would you want to work here? Our developers use ...",
    // "Who Are We? Acme is ...", "What will you do? You will build ..."; one of the job's asked
    // lists only before a sentence that asks, "What skills should you bring? You have 3+ years ...",
    // not the closing "Sound like you? Please consider joining our team.".)
    if (question && !beforeBullet && !(wholeQuestion(first) && (!ASKING.has(kind) || nextAsks(flow, to, vocab))) && indexIn(flow, 46, to, Math.min(flow.length, to + QUESTION_LIST_REACH)) >= 0 && !opensItem(flow, to, flow.length, vocab)) question = false;
    if (onlyBeforeBullets && !beforeBullet) return false;
    // One word alone only where it is the list's own name ("Responsibilities"), not a cue or a
    // field ("Minimum 3 years", "Education Level", "Skills"), nor part of a longer phrase of
    // another kind ("Travel Requirements"); or where a bullet follows it and none stands before it
    // ("... a plus Bonus - Rust ...", not "Salary • Bonus • Equity").
    // (Glued to the next word, one word is a heading too: only a stripped block ends a word so.)
    // (Or one word in capitals after a sentence's end: "... data warehouse DBA. PREFERRED Must be ...".)
    // ("Desired Skills/Qualifications", "REQUIRED SKILLS/KNOWLEDGE/ABILITIES": words after a slash are part of the label;
    // one word of a list that asks with more after a slash is a label of two: "... and direction. Skills/Technologies Big
    // Data - Hadoop ..."; not one of a section that asks for nothing: "JOB FUNCTION Modelling COMPANY/DIVISION Pharma".)
    const slashed = /^(?:\/\p{Lu}[\p{L}]*)+/u.exec(flow.slice(to, to + 60));
    if (last - first === 1 && !(slashed && !cut) && (!((cut ? vocab.runInBreakWords : vocab.runInWords).has(tokens.keyHashOf(first)) || glued.includes(to) || (beforeBullet && !bulletBefore(flow, from, start, false)) || shoutedAfterStop(flow, tokens, first, start)) || found.some((o) => o.last - o.first > 1 && o.first <= first && o.last >= last))) return false;
    if (slashed) to += slashed[0].length;
    // What follows: a capitalized word, a number or a bullet, never a colon (a label's, read above).
    let q = to;
    while (q < end && isWhiteSpace(flow.charCodeAt(q))) q++;
    // (A list run together ends a sentence before each dash item: the heading ends one too.)
    if (q >= end && (beforeBullet || question || trailing > 0)) while (q < flow.length && isWhiteSpace(flow.charCodeAt(q))) q++;
    else if ((q === to && !glued.includes(to)) || q >= end) return false;
    const next = flow.charCodeAt(q);
    const bullet = beforeBullet || BULLETS.has(next) || (next >= 48 && next <= 57);
    if (!(isUpperCode(next) || bullet)) return false;
    // Title Case or capitals: the first word, and every word of four letters or more; before a
    // bullet, a phrase of three words or more needs only its first ("What we're looking for • ..."),
    // of two before a dash or glyph bullet ("Bonus points - Rust") or as a question before items
    // ("What would make you stand out? Python or R for analysis Experience with Looker ..."),
    // and so does one that ends in a list's own name ("Preferred qualifications Experience with ...").
    const named = last - first >= 2 && vocab.runInWords.has(tokens.keyHashOf(last - 1));
    // A heading of two words or more in sentence case after an item's last word ("... camera calibration Required
    // skills 4+ years ...", "... CUDA or TensorRT Desired skills ROS ..."): its capital stands where no sentence starts.
    // (So is one a bullet or an emoji opens: "... customers ➕ Nice to have Kubernetes ...".)
    const sentenceCased = first > 0 || bulletBefore(flow, from, start);
    // A question's filler words before the phrase, from a capitalized word after a sentence's end,
    // are the heading's own: "... his or her career. What are the required qualifications? At least ...".
    let begin = first;
    if (question) {
      begin = questionBegin(first);
      from = tokens.start[begin]!;
    }
    const asked = begin < first;
    let titled = true;
    for (let k = first; k < last && titled && !asked; k++) {
      const w = tokens.raw(k);
      // (A joined run in Title Case writes its filler words in lower case, however long: "Ideal Person for this Role".)
      if ((k === first || (w.length >= 4 && !(joined && vocab.headingFiller.has(tokens.keyHashOf(k))))) && !isUpperCode(w.charCodeAt(0))) titled = !joined && k > first && ((bullet && last - first >= 3) || ((beforeBullet || question || trailing > 0) && last - first >= 2) || named || (last - first >= 2 && sentenceCased));
    }
    if (!titled) return false;
    // What comes before: the text's start, a sentence's end, or an item's last word.
    // (A word that would put the phrase inside a sentence, capitalized as the heading is, is the
    // heading's own: "... and Kafka THE SKILL SET 5 years ...", "... in Go Our Benefits Health ...";
    // a determiner, not a preposition: "Share on LinkedIn Job Description".)
    if (!asked && begin > 0 && vocab.runInLeadWords.has(tokens.keyHashOf(begin - 1)) && capitalizedAs(tokens.raw(begin - 1), tokens.raw(first))) {
      begin--;
      from = tokens.start[begin]!;
    }
    if (begin > 0) {
      if (vocab.runInNotAfter.has(tokens.keyHashOf(begin - 1))) return false;
      let p = from - 1;
      while (p >= 0 && isWhiteSpace(flow.charCodeAt(p))) p--;
      const c = flow.charCodeAt(p);
      if (c === 44 || c === 40 || c === 58 || c === 47 || c === 38) return false;
      // ("the company's Core Requirements": a name's.)
      if (/['’]s$/i.test(tokens.raw(begin - 1))) return false;
    }
    if (out.length > 0 && out[out.length - 1]!.end > from) {
      if (out[out.length - 1]!.end - out[out.length - 1]!.start >= to - from) return false;
      out.pop();
    }
    out.push({ start: from, end: to, kind, label: flow.slice(from, to), ...(cut ? { cut: true as const } : {}) });
    return true;
  }

  /** Where a question heading that ends at phrase token `first`'s phrase starts: its filler words before the phrase, from a capitalized word after a sentence's end. */
  function questionBegin(first: number): number {
    let begin = first;
    while (begin > 0 && first - begin < MAX_QUESTION_FILLER && vocab.headingFiller.has(tokens.keyHashOf(begin - 1))) begin--;
    while (begin < first && !isUpperCode(tokens.raw(begin).charCodeAt(0))) begin++;
    return begin < first && !afterStop(flow, tokens.start[begin]!, start) ? first : begin;
  }

  /** Whether the question whose phrase starts at token `first` is a sentence of its own: its filler words and the phrase, after a sentence's end. */
  function wholeQuestion(first: number): boolean {
    const begin = questionBegin(first);
    return isUpperCode(tokens.raw(begin).charCodeAt(0)) && afterStop(flow, tokens.start[begin]!, start);
  }
}

/** Whether `word`, capitalized, is no heading word but one edit away from one ("Qualfications", "PREFFERRED"). */
function misspeltHeadingWord(word: string, vocab: Vocabulary): boolean {
  if (word.length < MIN_MISSPELT || !isUpperCode(word.charCodeAt(0)) || !/^[\p{L}']+$/u.test(word)) return false;
  return misspeltOf(word, vocab.headingWords) !== undefined;
}

/** The length of an ellipsis at `at` ("…", or two dots or more): 0 where there is none. */
function ellipsisAt(flow: string, at: number): number {
  if (flow.charCodeAt(at) === 0x2026) return 1;
  let q = at;
  while (flow.charCodeAt(q) === 46) q++;
  return q - at >= 2 ? q - at : 0;
}

/** The most filler words before a heading phrase in a question run into a text ("What are the"). */
const MAX_QUESTION_FILLER = 4;

/** Whether flow[at] follows a sentence's end (a full stop, question or exclamation mark) or the text's start (`start`). */
function afterStop(flow: string, at: number, start: number): boolean {
  let p = at - 1;
  while (p >= start && isWhiteSpace(flow.charCodeAt(p))) p--;
  if (p < start) return true;
  // (A quote that closes after the stop: '... We call it "The Acme Way." Why join us?'.)
  if (p > start && (flow.charCodeAt(p) === 34 || flow.charCodeAt(p) === 0x201d || flow.charCodeAt(p) === 0x2019)) p--;
  const c = flow.charCodeAt(p);
  return c === 46 || c === 33 || c === 63;
}

/** Whether `word` is capitalized as `heading` is: both in capitals ("THE", "SKILL"), or both starting with one ("The", "Skill"). */
function capitalizedAs(word: string, heading: string): boolean {
  if (!isUpperCode(word.charCodeAt(0)) || !isUpperCode(heading.charCodeAt(0))) return false;
  const shouted = (w: string) => w.length > 1 && w === w.toUpperCase();
  return shouted(heading) ? shouted(word) : !shouted(word) || word.length === 1;
}

/** The most words between a run-in heading's link word and the role noun that ends it ("Qualifications for Senior Data Engineer"). */
const MAX_AUDIENCE_WORDS = 4;

/** Whether token `t` is a word of five letters or more in capitals after a sentence's end or the text's start ("... DBA. PREFERRED Must ..."). */
function shoutedAfterStop(flow: string, tokens: Tokens, t: number, start: number): boolean {
  const w = tokens.raw(t);
  if (w.length < 5 || w !== w.toUpperCase() || w === w.toLowerCase()) return false;
  return afterStop(flow, tokens.start[t]!, start);
}

/** Whether every word of a label starts a skill's name, besides list words ("and", "or"): "HTML5 CSS3", "TCP/IP DNS". */
function namesOnly(label: string, vocab: Vocabulary, isSkillWord: (word: string) => boolean): boolean {
  const tokens = (scratch = scanTokens(label, scratch));
  let names = 0;
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.raw(i);
    if (!/[\p{L}\p{N}]/u.test(w) || vocab.coordinators.has(tokens.keyHashOf(i))) continue;
    if (!isSkillWord(w.toLowerCase())) return false;
    names++;
  }
  return names > 0;
}

/** The most characters of a label read for skills' names alone. */
const SKILL_LABEL_CHARS = 60;
let skillLabelScratch: Tokens | undefined;

/**
 * Whether a label is skills' names alone, besides list words and a level in brackets after them
 * ("Conflict Management (Advanced)", "Change Management / Resilience"): every word of it in a name
 * the lexicon finds there.
 */
function skillsAlone(label: string, vocab: Vocabulary, skillSpans: (label: string) => readonly { start: number; end: number }[]): boolean {
  if (label.length > SKILL_LABEL_CHARS) return false;
  const open = label.indexOf('(');
  const names = open > 0 && label.trimEnd().endsWith(')') ? label.slice(0, open) : label;
  const spans = skillSpans(names);
  if (spans.length === 0) return false;
  const tokens = (skillLabelScratch = scanTokens(names, skillLabelScratch));
  for (let i = 0; i < tokens.count; i++) {
    if (!/[\p{L}\p{N}]/u.test(tokens.raw(i)) || vocab.coordinators.has(tokens.keyHashOf(i))) continue;
    const at = tokens.start[i]!;
    if (!spans.some((s) => s.start <= at && at < s.end)) return false;
  }
  return true;
}

/** How many characters of a line are read for a qualification's opening phrase. */
const OPENING_CHARS = 80;
let openingScratch: Tokens | undefined;

/** Whether text[from, to) opens with a qualification (asking.opening: "Experience with", "Strong"). */
export function opensItem(text: string, from: number, to: number, vocab: Vocabulary): boolean {
  openingScratch = scanTokens(text, openingScratch, [{ start: from, end: Math.min(to, from + OPENING_CHARS) }]);
  return openingScratch.count > 0 && vocab.itemOpenings.startsAt(openingScratch, 0);
}

/** How far a sentence after a question heading run into a text is read for whether it asks. */
const NEXT_SENTENCE_REACH = 200;

/**
 * Whether the sentence from flow[at] asks (asking.strong, duties): it ends at its full stop, question
 * or exclamation mark, or NEXT_SENTENCE_REACH on. (Its own scratch tokens: runInLabels reads its
 * words in the shared ones.)
 */
function nextAsks(flow: string, at: number, vocab: Vocabulary): boolean {
  let to = Math.min(flow.length, at + NEXT_SENTENCE_REACH);
  for (let p = at; p < to; p++) {
    const c = flow.charCodeAt(p);
    if ((c === 46 || c === 33 || c === 63) && (p + 1 >= flow.length || isWhiteSpace(flow.charCodeAt(p + 1)))) to = p + 1;
  }
  nextScratch = scanTokens(flow, nextScratch, [{ start: at, end: to }]);
  return inTokens(nextScratch, vocab.jobContent);
}
let nextScratch: Tokens | undefined;

/** How far after a question heading run into a text a full stop says it heads no list. */
const QUESTION_LIST_REACH = 80;

/**
 * Where a run of heading phrases and filler words that starts at token `from` ends: the phrases
 * found (`starts`: where the longest one at each token ends) that follow one another, with filler
 * words between and after them.
 */
function headingRunEnd(tokens: Tokens, starts: ReadonlyMap<number, number>, from: number, filler: ReadonlySet<number>, flow: string): number {
  let k = from;
  for (;;) {
    // (Never past a bullet: "Nice to have if you have - Experience with CRDTs".)
    // (Nor past an ellipsis: "It'd be even better if you… Experience with ...".)
    if (k > 0 && k < tokens.count && (bulletAt(flow, tokens.end[k - 1]!, tokens.start[k]! + 1) || ellipsisAt(flow, tokens.end[k - 1]!) > 0)) return k;
    // (A phrase first: "a good fit" starts with a filler word.)
    const next = starts.get(k);
    if (next !== undefined && next > k) k = next;
    else if (k < tokens.count && filler.has(tokens.keyHashOf(k))) k++;
    else return k;
  }
}

/** Whether a list item's bullet (a glyph, a dash, a star or an emoji, then a space; a glyph glued to a letter) is the next thing after `at`, before `end`, after blanks (or right at it, `glued`). */
function bulletAt(flow: string, at: number, end: number, glued = false): boolean {
  let q = at;
  while (q < end && isWhiteSpace(flow.charCodeAt(q))) q++;
  if (q + 1 >= end || (q === at && !glued)) return false;
  const c = flow.charCodeAt(q);
  const length = isItemMark(c) ? 1 : emojiAt(flow, q);
  if (length > 0 && isWhiteSpace(flow.charCodeAt(q + length))) return true;
  // (Or a bullet glyph glued to its item's first letter, as stripped markup leaves it: "•Bachelor's degree".)
  return isBulletGlyph(c) && isLetterCode(flow.charCodeAt(q + 1));
}

/** Whether a bullet (or, with `emoji`, an emoji) stands right before `at` (only blanks between), after `start`. */
function bulletBefore(flow: string, at: number, start: number, emoji = true): boolean {
  let p = at - 1;
  while (p >= start && isWhiteSpace(flow.charCodeAt(p))) p--;
  if (p < start) return false;
  const c = flow.charCodeAt(p);
  // (An emoji ends in a pictograph, a low surrogate or a variation selector.)
  return isItemMark(c) || (emoji && c >= 0x2190 && !/\p{L}/u.test(flow[p]!));
}

/** A list item's mark of one character: a bullet glyph, a hyphen, an en dash or a star. */
const isItemMark = (c: number): boolean => isBulletGlyph(c) || c === 45 || c === 0x2013 || c === 42;

/**
 * Where a heading was glued to the word after it when a page's markup was stripped without a space
 * ("Preferred SkillsExperience with ...", "Job DescriptionQualifications Lead ..."): a lower-case
 * letter, then a capital and a lower-case letter. Only run-in headings are read across it.
 */
function gluePoints(flow: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let p = start + 1; p + 1 < end; p++) {
    const c = flow.charCodeAt(p);
    if (c >= 65 && c <= 90 && isLowerCode(flow.charCodeAt(p - 1)) && isLowerCode(flow.charCodeAt(p + 1))) out.push(p);
  }
  return out;
}

function spansBetween(start: number, end: number, cuts: readonly number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (const p of cuts) {
    out.push({ start: from, end: p });
    from = p;
  }
  out.push({ start: from, end });
  return out;
}

/**
 * The section a heading run into a text without line breaks (a run-in or bold label) opens: only
 * the job's own lists, as a run-in heading of the company, its benefits or legal text would hide all
 * that follows it up to the next heading found, and one may be missed (tried: it hid more skills
 * asked than company words it kept out). Duties end the list before them, and are read as duties
 * only where a heading of the asked lists follows to end them (see readLongLine).
 */
function runInKind(kind: SectionKind | undefined): SectionKind | undefined {
  return kind === 'requirements' || kind === 'preferred' || kind === 'responsibilities' ? kind : undefined;
}

/**
 * Labels in Title Case before a colon in a text whose line breaks were lost ("... SQL queries
 * preferred Impact You'll Make: You'll partner with ..."): a heading line's words run into the list
 * before them. A label of heading words only is read by inlineLabels; this one needs only a heading
 * phrase of the job's lists in it, as a heading line does, and every word of four letters or more
 * capitalized.
 */
function titledLabels(text: string, start: number, end: number, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<SectionKind>>): Label[] {
  if (!vocab.file.runInHeadings) return [];
  const out: Label[] = [];
  eachLabelColon(text, start, end, (colon, words, base) => {
    // The shortest run of two to five Title Case words right before the colon that names a list (a
    // longer one may take in the skill before it: "... of Python Highly Desired Additions:").
    let most = 0;
    while (most < Math.min(5, words.length) && titled(words[words.length - 1 - most]![0], most === 0)) most++;
    for (let n = 2; n <= most; n++) {
      const at = base + words[words.length - n]!.index!;
      if (!isUpperCode(text.charCodeAt(at))) continue;
      const label = text.slice(at, colon).trimEnd();
      if (/[.!?;,()]/.test(label)) continue;
      const kind = runInKind(markedLabelKind(label, vocab, phrases));
      if (kind) {
        out.push({ start: at, end: colon + 1, kind, label });
        break;
      }
    }
  });
  return out;
}

/**
 * A sentence ending in a colon (or an ellipsis) before a list item, in a text whose line breaks were lost, read as a
 * heading line from its start or from where it was glued to the item before it ("... market
 * behaviorWe're looking for teammates who have:* 5+ years ..."): a line that a colon marks and a
 * heading phrase of the job's lists leads, as readHeading reads one.
 */
function leadLabels(flow: string, start: number, end: number, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<SectionKind>>): Label[] {
  let colon = end - 1;
  while (colon > start && isWhiteSpace(flow.charCodeAt(colon))) colon--;
  // (Or an ellipsis, as a lead-in that trails off into its list: "... You'll go beyond our minimum if you... • Have ...".)
  const mark = flow.charCodeAt(colon);
  const trails = mark === 0x2026 || (mark === 46 && flow.charCodeAt(colon - 1) === 46 && flow.charCodeAt(colon - 2) === 46);
  if ((mark !== 58 && !trails) || !bulletAt(flow, colon + 1, flow.length, true)) return [];
  const glued = gluePoints(flow, start, colon);
  const from = glued.length > 0 ? glued[glued.length - 1]! : start;
  /** The lead-in flow[p, colon] as a run-in heading, if it reads as one. */
  const leadIn = (p: number) => {
    const heading = readHeading(flow.slice(p, colon + 1), vocab, phrases);
    const kind = heading && heading.content < 0 ? runInKind(heading.kind) : undefined;
    return kind ? [{ start: p, end: colon + 1, kind, label: heading!.label }] : [];
  };
  if (colon - from <= MAX_LEAD_LABEL) return leadIn(from);
  // (A sentence longer than a lead-in: the list item before it ran into it, "... for each project You'll
  // thrive here if you: • Have ...". The lead-in starts at a capital after a word in lower case, the
  // longest that reads as a heading.)
  for (let p = colon - MAX_LEAD_LABEL; p < colon; p++) {
    if (p <= from + 1 || flow.charCodeAt(p - 1) !== 32 || !isUpperCode(flow.charCodeAt(p)) || !isLowerCode(flow.charCodeAt(p - 2))) continue;
    const found = leadIn(p);
    if (found.length > 0) return found;
  }
  return [];
}

/** The longest lead-in sentence read as a heading by leadLabels. */
const MAX_LEAD_LABEL = 80;

/**
 * A lead-in ending in a colon inside a sentence of a text whose line breaks were lost, read as a
 * heading line from the capital that starts it after an item's last word ("... our data storage
 * approach Skills we expect you to have: 2+ years ..."): a heading of the job's lists, as readHeading
 * reads a line, of at most MAX_COLON_LEAD_WORDS words, before a capital, a number or a bullet.
 */
function colonLeadLabels(flow: string, start: number, end: number, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<SectionKind>>): Label[] {
  const out: Label[] = [];
  eachLabelColon(flow, start, end, (colon, words, base) => {
    let q = colon + 1;
    while (q < flow.length && isWhiteSpace(flow.charCodeAt(q))) q++;
    const next = flow.charCodeAt(q);
    if (!(isUpperCode(next) || (next >= 48 && next <= 57) || BULLETS.has(next))) return;
    // Back to the capital that starts the item: after a word in lower case, a stop or the sentence's start.
    // First past capitalised words before, for a heading in Title Case whose words are all a heading's ("... cloud
    // computing Minimum Requirements, Qualifications, Additional Skills, Aptitude:" starts at "Minimum", not at
    // "Skills"); failing that, from the first capital after a word that ends in lower case.
    for (const titledRun of [true, false]) {
      for (let n = 1; n <= Math.min(MAX_COLON_LEAD_WORDS, words.length); n++) {
        const word = words[words.length - n]!;
        const at = base + word.index!;
        if (!isUpperCode(word[0].charCodeAt(0))) continue;
        const before = n < words.length ? words[words.length - n - 1]! : undefined;
        const opens =
          at === start ||
          (before ? isLowerCode(before[0].charCodeAt(before[0].length - 1)) && !(titledRun && isUpperCode(before[0].charCodeAt(0))) && !/[,;:(]/.test(flow.slice(base + before.index! + before[0].length, at)) : base === start);
        if (!opens) continue;
        // (Not an item that names what it asks before a colon: "Experience with any reporting tools: Tableau, Looker",
        // "Experience analyzing data from 3rd party providers: ...", "Preferred languages: Python, SQL": a lead-in of
        // three words or more that opens with no experience word; shorter labels are inlineLabels'.)
        if (n < MIN_COLON_LEAD_WORDS) break;
        const heading = readHeading(flow.slice(at, colon + 1), vocab, phrases);
        const kind = heading && heading.content < 0 ? runInKind(heading.kind) : undefined;
        if (titledRun) {
          if (kind !== undefined && words.slice(words.length - n).every((w, i) => titled(w[0], i === n - 1))) {
            out.push({ start: at, end: colon + 1, kind, label: heading!.label });
            return;
          }
          break;
        }
        // (A sentence of its own that heads a nice-to-have list may say so with asking words: "Below experience is preferred
        // but not required:"; not a clause of a list: "Masters required, Ph.D. preferred in following fields:".)
        const listHead = kind === 'preferred' && sentenceOpens(flow, start, at) && indexIn(flow, 44, at, colon) < 0 && indexIn(flow, 59, at, colon) < 0;
        if (!listHead) {
          if (asksInRange(flow, at, colon, vocab)) return;
          const tokens = (scratch = scanTokens(flow, scratch, [{ start: at, end: colon }]));
          if (vocab.experience.startsAt(tokens, 0, Math.min(tokens.count, 2))) return;
        }
        if (kind) out.push({ start: at, end: colon + 1, kind, label: heading!.label, ...(listHead ? { listHead: true as const } : {}) });
        return;
      }
    }
  });
  return out;
}

/**
 * Whether a lead-in at `at` (after an item's last word or a stop, see colonLeadLabels) is a sentence of its own: the
 * text's `start`, or a space before it ("... datasets. Below experience is ...", "... in production Bonus if you ..."),
 * not a word run on from the one before ("Ph.D. preferred in ...").
 */
function sentenceOpens(flow: string, start: number, at: number): boolean {
  return at === start || isWhiteSpace(flow.charCodeAt(at - 1));
}

/** The fewest and the most words of a lead-in read as a heading by colonLeadLabels ("Skills we expect you to have:"). */
const MIN_COLON_LEAD_WORDS = 3;
const MAX_COLON_LEAD_WORDS = 8;

/** A word of a Title Case label: capitalized, or short ("to", "a"); the label's last word is capitalized. */
function titled(word: string, last: boolean): boolean {
  return isUpperCode(word.charCodeAt(0)) || (!last && word.length < 4);
}

/** A run of words in capitals before a bullet or a colon ("... is fine BENEFITS - $165,000 ...", "WHAT WE DON'T NEED - Kafka"). */
const SHOUTED_RUN = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{Lu}'’&/-]*(?:[ \t]+(?:\p{Lu}[\p{Lu}'’&/-]*|&))*(?=[ \t]*(?:[-–•*·][ \t]|:))/gu;
/** How far past a sentence's end a bullet after a heading in capitals is looked for. */
const BULLET_LOOK = 4;
/** The fewest letters of a heading in capitals read so (not "IT - ", "QA:"). */
const MIN_SHOUTED_LETTERS = 4;

/**
 * Headings in capitals run into a text whose line breaks were lost, before a bullet or a colon
 * ("... equivalent experience is fine BENEFITS - $165,000 base ...", "... Terraform WHAT WE
 * DON'T NEED - Kafka / streaming experience"): the last words of the run in capitals that make a
 * heading open its section, whatever it is, and one of what is not needed too. A heading in
 * capitals is no sentence's words, as one in Title Case may be ("Benefits include ...").
 */
function shoutedLabels(flow: string, start: number, end: number, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<SectionKind>>): Label[] {
  const out: Label[] = [];
  // (A few characters past the sentence: a text split into sentences at its bullets ends one right before a bullet.)
  const slice = flow.slice(start, Math.min(flow.length, end + BULLET_LOOK));
  SHOUTED_RUN.lastIndex = 0;
  for (let m = SHOUTED_RUN.exec(slice); m !== null && m.index < end - start; m = SHOUTED_RUN.exec(slice)) {
    // (The run may hold an item's last words before the heading: "Expert SQL NICE TO HAVE - dbt".)
    const words = [...m[0].matchAll(/\S+/g)];
    for (const w of words) {
      const label = m[0].slice(w.index);
      if ((label.match(/\p{Lu}/gu)?.length ?? 0) < MIN_SHOUTED_LETTERS) break;
      const kind = labelKind(label, vocab, phrases);
      const notNeeded = !kind && labelKind(label, vocab, vocab.notNeededHeadings) !== undefined;
      if (!kind && !notNeeded) continue;
      const at = start + m.index + w.index!;
      out.push({ start: at, end: start + m.index + m[0].length, kind: kind ?? 'other', label, ...(notNeeded ? { notNeeded: true as const } : {}) });
      break;
    }
  }
  return out;
}

/**
 * A label in Markdown bold: "**Qualifications**", "**Required Technical and Professional Expertise**";
 * or opened by one star only, as some exports write every heading ("*Minimum Qualifications** BS/BA ..."):
 * after a space, before a capital.
 */
const BOLD = /(?:\*\*|(?<!\S)\*(?=\p{Lu}))([^*\n]{2,80}?)\*\*/gu;

/**
 * Headings marked in Markdown bold in a text whose line breaks were lost ("... subject matter
 * experts. **Qualifications** + Bachelor's degree ..."): a bold label holding a heading phrase of
 * the job's lists starts that section; duties are read as unheaded text, as for run-in headings.
 */
function boldLabels(flow: string, start: number, end: number, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<SectionKind>>): Label[] {
  if (!vocab.file.runInHeadings || indexIn(flow, 42, start, end) < 0) return [];
  const out: Label[] = [];
  const slice = flow.slice(start, end);
  BOLD.lastIndex = 0;
  for (let m = BOLD.exec(slice); m !== null; m = BOLD.exec(slice)) {
    const label = m[1]!.replace(/[:\s]+$/, '');
    const kind = runInKind(markedLabelKind(label, vocab, phrases));
    // ("**You won't need** Experience with computer vision": a list of what is not needed.)
    const notNeeded = !kind && markedLabelKind(label, vocab, vocab.notNeededHeadings) !== undefined;
    if (!kind && !notNeeded) continue;
    const from = start + m.index;
    out.push({ start: from, end: from + m[0].length, kind: kind ?? 'other', label, ...(notNeeded ? { notNeeded: true as const } : {}) });
  }
  return out;
}

/** Words joined by underscores, as some exports write a heading ("Who_We_Are_Looking_For", "Experience/Skills_Required"). */
const SNAKE_WORDS = /(?<![\p{L}\p{N}_/])\p{L}+(?:[_/]\p{L}+)*_\p{L}+(?:[_/]\p{L}+)*(?![\p{L}\p{N}_/])/gu;

/**
 * Headings written as words joined by underscores in a text whose line breaks were lost ("...
 * near real time. Duties_And_Tasks/Essential_Functions o Interact with ..."): no sentence is written
 * so, so one whose words are all a heading's opens its section, of any kind, as a heading line
 * does ("Our_Core_Values" ends the requirements before it).
 */
function snakeLabels(flow: string, start: number, end: number, vocab: Vocabulary, phrases: PhraseSet<HeadingTag<SectionKind>>): Label[] {
  if (indexIn(flow, 95, start, end) < 0) return [];
  const out: Label[] = [];
  const slice = flow.slice(start, end);
  SNAKE_WORDS.lastIndex = 0;
  for (let m = SNAKE_WORDS.exec(slice); m !== null; m = SNAKE_WORDS.exec(slice)) {
    const label = m[0].replace(/_/g, ' ');
    const kind = labelKind(label, vocab, phrases);
    if (!kind) continue;
    const from = start + m.index;
    out.push({ start: from, end: from + m[0].length, kind, label });
  }
  return out;
}

/** Whether a label has a word that names kinds of skills ("Deployment Tools", "Languages"). */
function namesSkills(label: string, vocab: Vocabulary): boolean {
  for (const m of label.matchAll(/[\p{L}]+/gu)) if (vocab.listLabels.has(m[0].toLowerCase())) return true;
  return false;
}

/** Whether the line at `pos` is a Markdown heading of a deeper level than its section's ("### Role" under "## Experience"). */
function deeperMarked(text: string, pos: number, section: Section): boolean {
  const level = (at: number) => /^\s*(#*)/.exec(text.slice(at, at + 8))![1]!.length;
  const own = level(pos);
  return own > 0 && section.heading !== null && own > level(section.start);
}

/** Whether a line ends with "+N more" (vocab title.more): a job board's shortened list. */
function shortenedList(text: string, from: number, to: number, vocab: Vocabulary): boolean {
  const m = /\+\s*\d{1,3}\s+(\p{L}+)\s*$/u.exec(text.slice(Math.max(from, to - 24), to));
  return m !== null && vocab.titleMore.has(keyHash(m[1]!.toLowerCase()));
}

/**
 * Whether a label of the requirements in a list of nice-to-haves ends in a word that leads into
 * what follows it ("Experience with: Git, Docker", "Knowledge of: SQL"): the item's own words, not
 * the label of another list, so the item stays nice to have. ("Master's Degree Preferred In:" in
 * the requirements is a label all the same.)
 */
function itemLeadIn(current: SectionKind, kind: SectionKind | undefined, label: string, vocab: Vocabulary): boolean {
  if (current !== 'preferred' || kind !== 'requirements') return false;
  const last = /([\p{L}']+)\W*$/u.exec(label);
  return last !== null && vocab.continuers.has(last[1]!.toLowerCase());
}

const isLowerCode = (c: number) => c >= 97 && c <= 122;
const isUpperCode = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
/** Bullets a list runs its items together with. */
/** Bullets that may stand glued to a label's colon ("Nice-to-haves:- C++", "Requirements:• SQL"); not an asterisk, which closes Markdown's bold there ("**Preferred:** + Go"). */
const GLUED_BULLETS: ReadonlySet<number> = new Set([45, 0x2022, 0xb7, 0x2013, 0x25aa, 0x25cf]);
/** Whether a character may follow a label's colon: a blank, or a capital or a bullet glued to it ("Qualifications:Databricks", "Nice-to-haves:- C++"). */
const followsLabelColon = (c: number): boolean => isWhiteSpace(c) || (c >= 65 && c <= 90) || GLUED_BULLETS.has(c);
const BULLETS: ReadonlySet<number> = new Set([...[...BULLET_GLYPHS].map((c) => c.charCodeAt(0)), 0x2013, 45, 42, 43]);

const continuesNext = (end: number, soft: ReadonlySet<number> | undefined) => soft?.has(end) ?? false;

/** Whether the line after the line break at `end` opens with a letter in lower case (blanks before it, no blank line). */
function lowerNext(text: string, end: number): boolean {
  let p = end + 1;
  while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const c = text.charAt(p);
  return c !== '' && c !== c.toUpperCase() && c === c.toLowerCase();
}

