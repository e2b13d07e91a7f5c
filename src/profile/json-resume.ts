import { scanTokens } from '../lexicon/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { findRoleTitles } from '../extract/role-titles.js';
import { mergeSkills, resolveSkillName } from './resolve.js';
import { skillsFromResumeText } from './resume-text.js';
import type { JsonResume, LackedSkill, Level, ProfileSkill } from './schema.js';
import { monthIndexOf, yearsOf } from './roles.js';
import { askedLevel, read } from '../read/index.js';

/** A JSON Resume date ("2019-05-01", "2019-05", "2019") as a month index (year * 12 + month), or null. */
function monthIndex(date: string | undefined): number | null {
  const m = /^\s*(\d{4})(?:-(\d{1,2}))?/.exec(date ?? '');
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : 1;
  return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month : null;
}

/** A level a JSON Resume writes ("Advanced", "Native speaker", "B2"), read with the vocabularies' level words. */
function levelOf(written: string | undefined): Level | null {
  return written ? (askedLevel(written)?.level ?? null) : null;
}

/** "Name (keyword, keyword): text": an entry's parts on one line, the way a resume writes a project or a course. */
function entryLine(name: string | undefined, keywords: readonly string[] | undefined, text: string | undefined): string | undefined {
  const head = [name, keywords && keywords.length > 0 ? `(${keywords.join(', ')})` : undefined].filter(Boolean).join(' ');
  return [head, text].filter((p) => !!p && p.trim().length > 0).join(': ') || undefined;
}

/** The heading a resume's certificates stand under (the resume reader's section of certificates). */
const CERTIFICATES_HEADING = 'Certifications';

/**
 * The level a skills group's name gives its keywords, as a resume's heading or label does: "Currently learning" (a heading of
 * what is being learned) learning, "Familiar" (a level word alone) its level; a name of neither ("Infrastructure") none.
 */
function groupNameLevel(name: string): Level | null {
  if (read(`${name}\n`, { kind: 'resume' }).sections.some((s) => s.kind === 'learning')) return 'learning';
  const said = askedLevel(name);
  return said && said.rest.trim() === '' ? said.level : null;
}

/**
 * Skills of a JSON Resume: `skills[].name` and `.keywords` are listed, at `skills[].level`;
 * `languages[]` are spoken languages at their `fluency`; work, projects and education are prose,
 * and a work entry's skills take its months (`startDate` to `endDate`, or to now).
 */
export function skillsFromJsonResume(resume: JsonResume, taxonomy: CompiledTaxonomy, now: Date = new Date()): { skills: ProfileSkill[]; lacks: LackedSkill[]; experienceYears: number | null } {
  const skills: ProfileSkill[] = [];
  const lacks: LackedSkill[] = [];
  for (const group of resume.skills ?? []) {
    const names = [...(group.keywords ?? [])];
    const level = levelOf(group.level);
    // The group's name is read as a resume's label is: "Currently learning" (dbt, Airflow) or "Familiar" (Azure) say how
    // well its keywords are known; being learned wins over the group's level ("Learning", level "Beginner": not yet).
    const named = group.name && names.length > 0 ? groupNameLevel(group.name) : null;
    const own = named === 'learning' ? named : (level ?? named);
    const leveled = (list: ProfileSkill[]) => (own ? list.map((s) => ({ ...s, level: own })) : list);
    // A group name is a skill too ("Python"), unless it is only a heading ("Languages") the taxonomy does not know.
    const groupSkills = group.name ? resolveSkillName(group.name, taxonomy, { evidence: 'listed' }).filter((s) => !s.custom || names.length === 0) : [];
    skills.push(...leveled(groupSkills));
    for (const k of names) skills.push(...leveled(resolveSkillName(k, taxonomy, { evidence: 'listed' })));
  }
  for (const l of resume.languages ?? []) {
    if (!l.language) continue;
    const level = levelOf(l.fluency);
    skills.push(...resolveSkillName(l.language, taxonomy, { evidence: 'listed' }).filter((s) => !s.custom).map((s) => ({ ...s, level })));
  }
  const prose = (parts: (string | undefined)[], evidence: 'experience' | 'projects' | 'education' | 'prose') => {
    const text = parts.filter((p): p is string => !!p && p.trim().length > 0).join('\n');
    if (!text) return;
    const read = skillsFromResumeText(text, taxonomy, { fallback: evidence, ownLanguage: false });
    skills.push(...read.skills.map((s) => ({ ...s, evidence: s.evidence === 'listed' ? evidence : s.evidence })));
    lacks.push(...read.lacks);
  };
  // Each work entry's months, for the skills it shows (a skill known a little, or being learned, takes none).
  const nowIndex = monthIndexOf(now);
  const intervals = new Map<string, { from: number; to: number }[]>();
  const worked: { from: number; to: number }[] = [];
  for (const w of resume.work ?? []) {
    const from = monthIndex(w.startDate);
    const end = w.endDate ? monthIndex(w.endDate) : nowIndex;
    const interval = from !== null && end !== null && end + 1 > from && end <= nowIndex ? { from, to: end + 1 } : null;
    if (interval) worked.push(interval);
    const before = skills.length;
    prose([w.summary, ...(w.highlights ?? [])], 'experience');
    // A position's title shows the skill it practises ("Data Scientist").
    if (w.position) {
      const tokens = scanTokens(w.position);
      for (const hit of findRoleTitles(tokens, taxonomy)) {
        // The title is the person's wording of the skill, as in a resume's role heading.
        const wording = w.position.slice(tokens.start[hit.first], tokens.end[hit.last - 1]);
        skills.push({ id: hit.skill.id, label: hit.skill.label, wordings: [wording], level: null, years: null, evidence: 'experience', custom: false, shownBy: [w.position, w.name].filter(Boolean).join(', '), roles: null });
      }
    }
    if (!interval) continue;
    for (const s of skills.slice(before)) if (s.level !== 'learning' && s.level !== 'beginner') (intervals.get(s.id) ?? intervals.set(s.id, []).get(s.id)!).push(interval);
  }
  // A project's name and keywords head its description, as a resume's project line does, so what the name says of it holds for
  // its keywords too ("Zoomcamp capstone" with BigQuery and Terraform: a course's project, a little of each).
  prose((resume.projects ?? []).flatMap((p) => [entryLine(p.name, p.keywords, p.description), ...(p.highlights ?? [])]), 'projects');
  // ... and an education entry's courses are its own ("Bootcamp in Data Engineering" with courses Docker, Kafka).
  prose((resume.education ?? []).map((e) => entryLine(e.studyType && e.area ? `${e.studyType} in ${e.area}` : e.area, e.courses, undefined)), 'education');
  // Certificates held, under the heading a resume gives them: each shows the skill it stands for.
  const certificates = (resume.certificates ?? []).map((c) => c.name);
  if (certificates.some(Boolean)) prose([CERTIFICATES_HEADING, ...certificates], 'education');
  prose([resume.basics?.label, resume.basics?.summary], 'prose');
  const merged = mergeSkills(skills).filter((s) => s.evidence === 'listed' || !lacks.some((l) => l.id === s.id));
  for (const s of merged) {
    const rs = intervals.get(s.id);
    // (Years the resume states in words are the person's own count: kept.)
    if (!rs || s.years !== null) continue;
    const unique = [...new Set(rs)];
    s.years = yearsOf(unique);
    s.roles = unique.length;
  }
  return { skills: merged, lacks, experienceYears: worked.length > 0 ? yearsOf(worked) : null };
}
