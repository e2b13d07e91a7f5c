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
  const kept = matches.filter((m) => !NOT_ASKED.has(sectionAt(m.start).kind));
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
