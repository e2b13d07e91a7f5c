import { compareSkills } from './compare/compare.js';
import type { Gap } from './compare/schema.js';
import type { ExtractedPosting } from './extract/schema.js';
import type { Profile } from './profile/schema.js';
import { suggestKeywords, type Suggestions } from './suggest/keywords.js';
import type { CompiledTaxonomy } from './taxonomy/compile.js';
import { planLearning, type Plan } from './plan/index.js';

export interface Analysis {
  posting: ExtractedPosting;
  profile: { source: string; name: string | null; skills: number };
  gap: Gap;
  suggestions: Suggestions;
  /** What to learn for this posting, prerequisites first. */
  plan: Plan;
}

/** Compare one extracted posting with a profile and derive the keyword advice. */
export function analyze(posting: ExtractedPosting, profile: Profile, taxonomy: CompiledTaxonomy): Analysis {
  const gap = compareSkills(posting.skills, profile, taxonomy, posting.groups);
  const analysis: Omit<Analysis, 'plan'> = {
    posting,
    profile: { source: profile.source, name: profile.name, skills: profile.skills.length },
    gap,
    suggestions: suggestKeywords(gap.items),
  };
  return { ...analysis, plan: planLearning([analysis], taxonomy, profile) };
}
