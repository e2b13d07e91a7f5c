import type { Posting } from '../ingest/posting.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { cueImportance, mayHaveCues, sectionImportance, sentenceCues, strongest, type Importance } from './importance.js';
import { matchText, type Match } from './match.js';
import type { ExtractedPosting, ExtractedSkill } from './schema.js';
import { NOT_ASKED, notAskedLine, splitSections, type Section, type SectionKind } from './sections.js';
import { splitSentences, type Span } from './sentences.js';
import { findYears, yearsAt, type YearsPhrase } from './years.js';

export interface ExtractOptions {
  /** Which heading vocabulary to use: a posting's (default) or a resume's. */
  kind?: 'posting' | 'resume';
}

/**
 * A skill named as a role or a group of people ("Java Developer", "Full Stack Web Developer", "our
 * backend team", "as an SRE") describes the job, it does not ask for the skill.
 */
const ROLE_AFTER =
  /^[ \t-]*(?:(?!(?:and|or|for|to|with|of|in|on|is|are|the|a|an|our|your)\b)[\w.+#/-]+[ \t]+){0,2}(?:developers?|engineers?|architects?|specialists?|administrators?|admins?|teams?|squads?|guilds?|community|departments?|practice|leads?|managers?|consultants?|analysts?|positions?|roles?|interns?|internships?|organi[sz]ations?)\b/i;
const ROLE_BEFORE = /\bas an?\s+(?:[\w-]+\s+){0,2}$/i;
/** A soft skill counts when it is asked of the candidate ("strong communication", "you are curious"), not when it describes the culture. */
const CANDIDATE_CUE = /\b(you|you're|you are|candidates?|applicants?|ability|able|skills?|strong|excellent|proven|good|great|effective|demonstrated|must|should|required|need|ideally)\b/i;
/** An industry counts when the posting asks for experience in it, or states it as a field ("Industry: Retail"). */
const EXPERIENCE_CUE = /\b(experience|experienced|background|knowledge|expertise|familiar\w*|understanding|domain|exposure|worked in)\b/i;
/** The mention stands in an "Industry:" field: the nearest `Label:` before it on its line (or the line above) is Industry. */
const INDUSTRY_FIELD = /\bindustr(?:y|ies)\s*:[^:]*$|\bindustr(?:y|ies)\s*:?\s*\n[^:\n]*$/i;
const ASKING_SECTIONS: ReadonlySet<SectionKind> = new Set(['title', 'requirements', 'preferred']);

/** Whether a mention asks for its skill, beyond the section it stands in. */
function isAsked(category: string, section: SectionKind, text: string, start: number, end: number): boolean {
  if (ASKING_SECTIONS.has(section)) return true;
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 40), start);
  // "Agile team", "Scrum team": the team practises the method, which the posting does ask for.
  if (category !== 'methodology' && (ROLE_AFTER.test(after) || ROLE_BEFORE.test(before))) return false;
  // The cue stands next to the soft skill: "strong communication skills", "you are curious", not "you will have autonomy".
  if (category === 'soft-skill') return CANDIDATE_CUE.test(before.slice(-32)) || CANDIDATE_CUE.test(after.slice(0, 12));
  // "experience in healthcare", "fintech background": the cue stands next to the industry, not anywhere in the sentence.
  if (category === 'industry') {
    return EXPERIENCE_CUE.test(before) || EXPERIENCE_CUE.test(after) || INDUSTRY_FIELD.test(text.slice(Math.max(0, start - 80), start));
  }
  return true;
}

/** Categories for which "N years" makes no sense (a degree, a spoken language, a soft skill). */
const NO_YEARS = new Set(['degree', 'field-of-study', 'spoken-language', 'soft-skill', 'certification']);

/** A cursor over sorted, contiguous spans, for offsets that mostly move forward. */
function spanCursor<T extends Span>(spans: readonly T[]): (offset: number) => T {
  let i = 0;
  return (offset) => {
    if (offset < spans[i]!.start) i = 0;
    while (i < spans.length - 1 && offset >= spans[i]!.end) i++;
    return spans[i]!;
  };
}

/** What extraction needs to know about a line that holds a mention, worked out once per line. */
interface LineFacts {
  start: number;
  end: number;
  line: string;
  /** Whether any sentence of the line may carry an importance cue (its stems are present). */
  cued: boolean;
  years: YearsPhrase[];
  /** Sentences of the line, absolute offsets: split only for a line with cues or years. */
  sentences: Span[] | undefined;
  /** Whether the line is about benefits or equal opportunity: worked out when first needed. */
  notAsked: 'equal-opportunity' | 'benefits' | 'no' | undefined;
  /** The cues of each sentence (by its start), for mentions that share a sentence. */
  cues: Map<number, { pref: boolean; req: boolean }>;
}

/**
 * Lines are read only where a mention stands: a posting's text is mostly prose without skills,
 * and sentences, years and benefit lines matter only around mentions. Mentions come in text
 * order, so the facts of one line at a time are kept.
 */
function lineFacts(text: string): (offset: number) => LineFacts {
  let facts: LineFacts | undefined;
  return (offset) => {
    if (facts && offset >= facts.start && offset < facts.end) return facts;
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const nl = text.indexOf('\n', offset);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + start, end: s.end + start });
    const years = /years?|yrs?/i.test(line) ? findYears(line).map(shift) : [];
    facts = { start, end, line, cued: mayHaveCues(line), years, sentences: undefined, notAsked: undefined, cues: new Map() };
    return facts;
  };
}

/** The sentence of a line that holds `offset`. */
function sentenceIn(text: string, facts: LineFacts, offset: number): Span {
  const sentences = (facts.sentences ??= splitSentences(text, facts.start, facts.end));
  for (const s of sentences) if (offset < s.end) return s;
  return sentences[sentences.length - 1] ?? facts;
}

/** The importance a mention's sentence gives it by its own words: cues found once per sentence, clauses read only when it has both kinds. */
function cueOf(text: string, line: LineFacts, offset: number): Importance | undefined {
  if (!line.cued) return undefined;
  const sentence = sentenceIn(text, line, offset);
  let cues = line.cues.get(sentence.start);
  if (!cues) line.cues.set(sentence.start, (cues = sentenceCues(text.slice(sentence.start, sentence.end))));
  if (!cues.pref && !cues.req) return undefined;
  return cueImportance(text.slice(sentence.start, sentence.end), offset - sentence.start, cues);
}

/** The text of sections that may ask for skills, neighbours merged into one range. */
function askingRanges(sections: readonly Section[]): Span[] {
  const ranges: Span[] = [];
  for (const s of sections) {
    if (NOT_ASKED.has(s.kind)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.end === s.start) last.end = s.end;
    else ranges.push({ start: s.start, end: s.end });
  }
  return ranges;
}

/** Find the skills of a text: mentions with offsets, grouped by skill in order of first mention. */
export function extractSkills(text: string, taxonomy: CompiledTaxonomy, options: ExtractOptions = {}): ExtractedSkill[] {
  const kind = options.kind ?? 'posting';
  const sections = splitSections(text, kind);
  // Benefits, company and equal-opportunity sections ask for nothing: their text is never matched.
  const matches = matchText(text, taxonomy, { within: askingRanges(sections) });
  if (matches.length === 0) return [];
  const sectionAt = spanCursor<Section>(sections);
  const lineAt = lineFacts(text);
  const bySkill = new Map<string, ExtractedSkill>();
  for (const m of matches) {
    const section = sectionAt(m.start).kind;
    const line = lineAt(m.start);
    if (kind === 'posting') {
      if (section !== 'requirements' && section !== 'preferred') {
        line.notAsked ??= notAskedLine(line.line) ?? 'no';
        if (line.notAsked !== 'no') continue;
      }
      if (!isAsked(m.skill.category, section, text, m.start, m.end)) continue;
    }
    const importance = cueOf(text, line, m.start) ?? sectionImportance(section);
    let skill = bySkill.get(m.skill.id);
    if (!skill) {
      skill = { id: m.skill.id, label: m.skill.label, category: m.skill.category, importance, years: null, mentions: [] };
      bySkill.set(m.skill.id, skill);
    }
    skill.importance = strongest(skill.importance, importance);
    if (line.years.length > 0 && !NO_YEARS.has(m.skill.category)) {
      const y = yearsAt(m.start, line.years, sentenceIn(text, line, m.start));
      if (y !== null && (skill.years === null || y > skill.years)) skill.years = y;
    }
    skill.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), section });
  }
  return [...bySkill.values()];
}

export function extractPosting(posting: Posting, taxonomy: CompiledTaxonomy): ExtractedPosting {
  const skills = extractSkills(posting.text, taxonomy);
  const warnings: string[] = [];
  if (!/\S/.test(posting.text)) warnings.push('the posting has no text');
  else if (skills.length === 0) warnings.push('no known skills found: is this a job posting? (`extract --unknown` lists unknown terms)');
  return { ...posting, skills, warnings };
}
