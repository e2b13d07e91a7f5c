import { scanTokens } from '../lexicon/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { findRoleTitles } from '../extract/role-titles.js';
import { mergeSkills, resolveSkillName } from './resolve.js';
import { skillsFromResumeText } from './resume-text.js';
import type { JsonResume, LackedSkill, ProfileSkill } from './schema.js';

/** Skills of a JSON Resume: `skills[].name` and `.keywords` are listed; work, projects and education are prose. */
export function skillsFromJsonResume(resume: JsonResume, taxonomy: CompiledTaxonomy): { skills: ProfileSkill[]; lacks: LackedSkill[]; experienceYears: number | null } {
  const skills: ProfileSkill[] = [];
  const lacks: LackedSkill[] = [];
  for (const group of resume.skills ?? []) {
    const names = [...(group.keywords ?? [])];
    // A group name is a skill too ("Python"), unless it is only a heading ("Languages") the taxonomy does not know.
    const groupSkills = group.name ? resolveSkillName(group.name, taxonomy, { evidence: 'listed' }).filter((s) => !s.custom || names.length === 0) : [];
    skills.push(...groupSkills);
    for (const k of names) skills.push(...resolveSkillName(k, taxonomy, { evidence: 'listed' }));
  }
  const prose = (parts: (string | undefined)[], evidence: 'experience' | 'projects' | 'education' | 'prose') => {
    const text = parts.filter((p): p is string => !!p && p.trim().length > 0).join('\n');
    if (!text) return;
    const read = skillsFromResumeText(text, taxonomy, { fallback: evidence, ownLanguage: false });
    skills.push(...read.skills.map((s) => ({ ...s, evidence: s.evidence === 'listed' ? evidence : s.evidence })));
    lacks.push(...read.lacks);
  };
  prose((resume.work ?? []).flatMap((w) => [w.summary, ...(w.highlights ?? [])]), 'experience');
  // A position's title shows the skill it practises ("Data Scientist").
  for (const w of resume.work ?? []) {
    if (!w.position) continue;
    const tokens = scanTokens(w.position);
    for (const hit of findRoleTitles(tokens, taxonomy)) {
      // The title is the person's wording of the skill, as in a resume's role heading.
      const wording = w.position.slice(tokens.start[hit.first], tokens.end[hit.last - 1]);
      skills.push({ id: hit.skill.id, label: hit.skill.label, wordings: [wording], level: null, years: null, evidence: 'experience', custom: false, shownBy: [w.position, w.name].filter(Boolean).join(', '), roles: null });
    }
  }
  prose((resume.projects ?? []).flatMap((p) => [p.description, ...(p.highlights ?? []), ...(p.keywords ?? [])]), 'projects');
  prose((resume.education ?? []).flatMap((e) => [e.studyType && e.area ? `${e.studyType} in ${e.area}` : e.area, ...(e.courses ?? [])]), 'education');
  prose([resume.basics?.label, resume.basics?.summary], 'prose');
  return { skills: mergeSkills(skills).filter((s) => s.evidence === 'listed' || !lacks.some((l) => l.id === s.id)), lacks, experienceYears: null };
}
