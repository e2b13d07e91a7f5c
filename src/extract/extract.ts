import type { Posting } from '../ingest/posting.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { cueImportance, importanceRank, sectionImportance, strongest } from './importance.js';
import { matchTokens } from './match.js';
import type { ExtractedPosting, ExtractedSkill } from './schema.js';
import { NOT_ASKED, splitSections, type Section } from './sections.js';
import { splitSentences, type Span } from './sentences.js';
import { tokenize } from './tokenize.js';
import { attachYears, findYears } from './years.js';

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
const ASKING_SECTIONS = new Set(['title', 'requirements', 'preferred']);

/** Whether a mention asks for its skill, beyond the section it stands in. */
function isAsked(category: string, section: string, before: string, after: string): boolean {
  if (ASKING_SECTIONS.has(section)) return true;
  // "Agile team", "Scrum team": the team practises the method, which the posting does ask for.
  if (category !== 'methodology' && (ROLE_AFTER.test(after) || ROLE_BEFORE.test(before))) return false;
  // The cue stands next to the soft skill: "strong communication skills", "you are curious", not "you will have autonomy".
  if (category === 'soft-skill') return CANDIDATE_CUE.test(before.slice(-32)) || CANDIDATE_CUE.test(after.slice(0, 12));
  // "experience in healthcare", "fintech background": the cue stands next to the industry, not anywhere in the sentence.
  if (category === 'industry') return EXPERIENCE_CUE.test(before.slice(-40)) || EXPERIENCE_CUE.test(after) || INDUSTRY_FIELD.test(before);
  return true;
}

/** Categories for which "N years" makes no sense (a degree, a spoken language, a soft skill). */
const NO_YEARS = new Set(['degree', 'field-of-study', 'spoken-language', 'soft-skill', 'certification']);

/** A cursor over sorted, non-overlapping spans, for offsets that only move forward. */
function spanCursor<T extends Span>(spans: readonly T[]): (offset: number) => T {
  let i = 0;
  return (offset) => {
    if (spans[i] && offset < spans[i]!.start) i = 0;
    while (i < spans.length - 1 && offset >= spans[i]!.end) i++;
    return spans[i]!;
  };
}

/** Find the skills of a text: mentions with offsets, grouped by skill in order of first mention. */
export function extractSkills(text: string, taxonomy: CompiledTaxonomy, options: ExtractOptions = {}): ExtractedSkill[] {
  const matches = matchTokens(tokenize(text), taxonomy);
  if (matches.length === 0) return [];
  const sections = splitSections(text, options.kind ?? 'posting');
  const sentences = splitSentences(text);
  const sectionAt = spanCursor<Section>(sections);
  const sentenceAt = spanCursor(sentences);
  const isPosting = (options.kind ?? 'posting') === 'posting';
  const kept = matches.filter((m) => {
    const section = sectionAt(m.start).kind;
    if (NOT_ASKED.has(section)) return false;
    if (!isPosting) return true;
    return isAsked(m.skill.category, section, text.slice(Math.max(0, m.start - 80), m.start), text.slice(m.end, m.end + 40));
  });
  const years = attachYears(kept, findYears(text), spanCursor(sentences));

  const bySkill = new Map<string, ExtractedSkill>();
  kept.forEach((m, i) => {
    const section = sectionAt(m.start);
    const sentence = sentenceAt(m.start);
    const importance =
      cueImportance(text.slice(sentence.start, sentence.end), m.start - sentence.start) ?? sectionImportance(section.kind);
    let skill = bySkill.get(m.skill.id);
    if (!skill) {
      skill = { id: m.skill.id, label: m.skill.label, category: m.skill.category, importance, years: null, mentions: [] };
      bySkill.set(m.skill.id, skill);
    }
    skill.importance = strongest(skill.importance, importance);
    const y = NO_YEARS.has(m.skill.category) ? null : years[i]!;
    if (y !== null && (skill.years === null || y > skill.years)) skill.years = y;
    skill.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), section: section.kind });
  });
  return [...bySkill.values()];
}

export function extractPosting(posting: Posting, taxonomy: CompiledTaxonomy): ExtractedPosting {
  const skills = extractSkills(posting.text, taxonomy);
  const warnings: string[] = [];
  if (posting.text.trim().length === 0) warnings.push('the posting has no text');
  else if (skills.length === 0) warnings.push('no known skills found: is this a job posting? (`extract --unknown` lists unknown terms)');
  return { ...posting, skills, warnings };
}

/** Skills ordered for people: required first, then preferred, then mentioned; more mentions first. */
export function byImportance(a: ExtractedSkill, b: ExtractedSkill): number {
  return importanceRank[a.importance] - importanceRank[b.importance] || b.mentions.length - a.mentions.length;
}
