/**
 * Job titles that name a skill (the taxonomy's `roleTitles`: "Data Scientist" practises data
 * science), found in a posting ("experience as a data scientist") or a resume role's heading.
 */

import { PhraseSet, phraseKeys, type Tokens } from '../lexicon/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import type { SkillEntry } from '../taxonomy/schema.js';

export interface TitleHit {
  skill: SkillEntry;
  /** Tokens [first, last) of the title. */
  first: number;
  last: number;
}

const titleSets = new WeakMap<CompiledTaxonomy, PhraseSet<SkillEntry> | null>();

/**
 * The job titles in tokens [from, to) that show a skill (the taxonomy's `roleTitles`: "Data
 * Scientist" shows data science), each skill once where it first stands (`every`: each time).
 * Meant for the person's own title (a resume role's heading, "experience as a data scientist"):
 * elsewhere a title names other people ("worked with data scientists").
 */
export function findRoleTitles(tokens: Tokens, taxonomy: CompiledTaxonomy, from = 0, to = tokens.count, every = false): TitleHit[] {
  let set = titleSets.get(taxonomy);
  if (set === undefined) {
    set = null;
    for (const skill of taxonomy.skillsWith('roleTitles')) for (const title of skill.roleTitles ?? []) (set ??= new PhraseSet<SkillEntry>()).add(phraseKeys(title).join(' '), skill);
    titleSets.set(taxonomy, set);
  }
  if (!set) return [];
  const hits: TitleHit[] = [];
  const seen = new Set<string>();
  set.each(tokens, from, to, (skill, first, last) => {
    if (!every && seen.has(skill.id)) return;
    seen.add(skill.id);
    hits.push({ skill, first, last });
  });
  return hits;
}
