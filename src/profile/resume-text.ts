import { extractSkills } from '../extract/extract.js';
import type { SectionKind } from '../extract/sections.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { mergeSkills } from './resolve.js';
import type { Evidence, ProfileSkill } from './schema.js';

const EVIDENCE_OF: Partial<Record<SectionKind, Evidence>> = {
  skills: 'listed',
  experience: 'experience',
  projects: 'projects',
  education: 'education',
};

/** Skills of a plain-text or Markdown resume, each with where it is shown (skills section or prose). */
export function skillsFromResumeText(text: string, taxonomy: CompiledTaxonomy, fallback: Evidence = 'prose'): ProfileSkill[] {
  const found = extractSkills(text, taxonomy, { kind: 'resume' });
  const skills: ProfileSkill[] = [];
  for (const s of found) {
    for (const m of s.mentions) {
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
