import { matchText } from '../extract/match.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { EVIDENCE, type Evidence, type Level, type Profile, type ProfileSkill } from './schema.js';

const evidenceRank = (e: Evidence) => EVIDENCE.indexOf(e);
export const levelRank: Record<Level, number> = { learning: -1, beginner: 0, intermediate: 1, advanced: 2, expert: 3 };

/**
 * The taxonomy skills a name written by the person stands for: "PyTorch" -> pytorch,
 * "Python (pandas, NumPy)" -> python, pandas, numpy. A name the taxonomy does not know is kept as a
 * custom skill, so nothing the person wrote is lost.
 */
export function resolveSkillName(
  name: string,
  taxonomy: CompiledTaxonomy,
  extra: { level?: Level | undefined; years?: number | undefined; evidence: Evidence },
): ProfileSkill[] {
  const matches = matchText(name, taxonomy, { assumeContext: true });
  const base = { level: extra.level ?? null, years: extra.years ?? null, evidence: extra.evidence };
  if (matches.length === 0) {
    const label = name.trim();
    return [{ id: `custom:${label.toLowerCase().replace(/[^\p{L}\p{N}+#.]+/gu, '-')}`, label, wordings: [label], custom: true, ...base }];
  }
  return matches.map((m) => ({
    id: m.skill.id,
    label: m.skill.label,
    wordings: [name.slice(m.start, m.end)],
    custom: false,
    ...base,
  }));
}

/**
 * A profile file and a resume together: the profile states what a resume cannot (levels, years), the
 * resume adds evidence (where a skill is shown, the line that shows it, the years of its roles). A
 * skill the profile lists is had, whatever the resume says; the resume's lacks stand for the rest.
 */
export function combineProfiles(stated: Profile, resume: Profile): Profile {
  const byId = new Map(resume.skills.map((s) => [s.id, s] as const));
  const skills: ProfileSkill[] = [];
  for (const p of stated.skills) {
    const r = byId.get(p.id);
    byId.delete(p.id);
    if (!r) {
      skills.push(p);
      continue;
    }
    skills.push({
      ...r,
      wordings: [...new Set([...p.wordings, ...r.wordings])],
      // Shown in the resume's skills or work beats a profile's list; the profile's level and years win.
      evidence: evidenceRank(r.evidence) < evidenceRank(p.evidence) || p.evidence === 'listed' ? r.evidence : p.evidence,
      level: p.level ?? r.level,
      years: p.years ?? r.years,
      roles: p.years !== null ? null : (r.roles ?? null),
    });
  }
  skills.push(...byId.values());
  const listed = new Set(stated.skills.map((s) => s.id));
  return {
    source: `${stated.source} + ${resume.source}`,
    name: stated.name ?? resume.name,
    skills,
    lacks: (resume.lacks ?? []).filter((l) => !listed.has(l.id)),
    experienceYears: resume.experienceYears ?? stated.experienceYears ?? null,
  };
}

/** Merge repeated skills: all wordings, the strongest evidence, the highest level and years. */
export function mergeSkills(skills: readonly ProfileSkill[]): ProfileSkill[] {
  const byId = new Map<string, ProfileSkill>();
  for (const s of skills) {
    const prior = byId.get(s.id);
    if (!prior) {
      byId.set(s.id, { ...s, wordings: [...new Set(s.wordings)] });
      continue;
    }
    for (const w of s.wordings) if (!prior.wordings.includes(w)) prior.wordings.push(w);
    // A level said anywhere is kept, the highest; a skill shown without one keeps any stated.
    // (Not "learning" over work done with it: "Built KPI reporting in Power BI" and "PL-300 Power BI
    // Data Analyst (in progress)" is a Power BI user working toward a certificate.)
    const used = (x: ProfileSkill) => x.level === null && (x.evidence === 'experience' || x.evidence === 'projects');
    if (s.level === 'learning' && used(prior)) continue;
    const usedNow = prior.level === 'learning' && used(s);
    if (evidenceRank(s.evidence) < evidenceRank(prior.evidence)) prior.evidence = s.evidence;
    if (usedNow) prior.level = null;
    else if (s.level && (!prior.level || levelRank[s.level] > levelRank[prior.level])) prior.level = s.level;
    if (s.years !== null && (prior.years === null || s.years > prior.years)) {
      prior.years = s.years;
      prior.roles = s.roles ?? null;
    }
    if (!prior.shownBy && s.shownBy) prior.shownBy = s.shownBy;
    if (s.mentions !== undefined) prior.mentions = (prior.mentions ?? 0) + s.mentions;
  }
  return [...byId.values()];
}
