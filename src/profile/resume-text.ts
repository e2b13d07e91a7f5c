import { extractSkills } from '../extract/extract.js';
import type { SectionKind } from '../read/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { mergeSkills } from './resolve.js';
import type { Evidence, ProfileSkill } from './schema.js';

const EVIDENCE_OF: Partial<Record<SectionKind, Evidence>> = {
  skills: 'listed',
  experience: 'experience',
  projects: 'projects',
  education: 'education',
  certifications: 'education',
};

/** Interests and hobbies are never evidence of a professional skill ("Go, the board game"). */
const NOT_EVIDENCE: ReadonlySet<SectionKind> = new Set(['interests']);

/** Skills of a plain-text or Markdown resume, each with where it is shown (skills section or prose). */
export function skillsFromResumeText(text: string, taxonomy: CompiledTaxonomy, fallback: Evidence = 'prose'): ProfileSkill[] {
  const found = extractSkills(text, taxonomy, { kind: 'resume' });
  const skills: ProfileSkill[] = [];
  for (const s of found) {
    for (const m of s.mentions) {
      if (NOT_EVIDENCE.has(m.section as SectionKind)) continue;
      skills.push({
        id: s.id,
        label: s.label,
        wordings: [m.text],
        level: null,
        years: null,
        evidence: EVIDENCE_OF[m.section as SectionKind] ?? fallback,
        custom: false,
      });
    }
  }
  return mergeSkills(skills);
}
