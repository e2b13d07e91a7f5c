/**
 * A resume read as a careful recruiter reads it: its sections (skills, experience, projects,
 * education, certifications, interests), what each sentence says of a skill ("currently learning
 * Rust" is no skill yet, "no production experience with Kubernetes" a lack), level words ("German
 * (B2)"), deeds that show a skill ("mentored two analysts"), the years of dated roles, and the
 * language the resume is written in. Interests are never evidence of a professional skill.
 */

import { extractResume, type ResumeMention } from '../extract/extract.js';
import { BULLET_GLYPHS, type SectionKind } from '../read/index.js';
import type { Vocabulary } from '../read/vocab.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import type { SkillEntry } from '../taxonomy/schema.js';
import { findRoleTitles } from '../extract/role-titles.js';
import { findEvidence } from './evidence.js';
import { mergeSkills } from './resolve.js';
import { rolesOf, yearsOf, type Role } from './roles.js';
import type { Evidence, LackedSkill, Level, ProfileSkill } from './schema.js';

/** A list item's mark at a line's start: a dash, a star, a bullet glyph, a number. */
const LIST_MARK = new RegExp(`^(?:[-*${BULLET_GLYPHS}]|\\d{1,2}[.)])\\s+`);

const EVIDENCE_OF: Partial<Record<SectionKind, Evidence>> = {
  skills: 'listed',
  experience: 'experience',
  projects: 'projects',
  education: 'education',
  certifications: 'education',
};

/** Interests and hobbies are never evidence of a professional skill ("Go, the board game"). */
const NOT_EVIDENCE: ReadonlySet<SectionKind> = new Set(['interests']);
/** Where deeds are told: evidence phrases are read there only. */
const DEEDS: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'summary', 'other']);

export interface ResumeSkills {
  skills: ProfileSkill[];
  lacks: LackedSkill[];
  /** Years of work in the dated roles, overlaps counted once (null: no dated role). */
  experienceYears: number | null;
}

export interface ResumeOptions {
  /** Where a skill outside any known section counts as shown (a JSON Resume's part). */
  fallback?: Evidence;
  /** The month "present" is (tests fix it). */
  now?: Date;
  /** Credit the language the resume is written in (not for a part of a resume). */
  ownLanguage?: boolean;
  /** The vocabulary to read it with (default: the one of the text's language). */
  vocab?: Vocabulary;
}

/** A sentence's end inside a line: a stop before a blank and a capital, not the last of "e.g." or "i.e.". */
const SENTENCE_END = /(?<![\p{L}]\.\p{Ll})[.!?](?=\s+[\p{Lu}\p{N}])/gu;

/** The line of `text` that holds `offset` (its sentence, where it has several), trimmed and cut to a readable length. */
function lineAt(text: string, offset: number): string {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  let end = nl === -1 ? text.length : nl;
  // ("Analyst with SQL and Python. No hands-on Kubernetes experience yet.": the sentence that says it.)
  const whole = text.slice(start, end);
  const from = start;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(whole); m !== null; m = SENTENCE_END.exec(whole)) {
    const at = from + m.index + 1;
    if (at <= offset) start = at;
    else {
      end = at;
      break;
    }
  }
  // Without list marks and Markdown emphasis: a quote reads as the person wrote it.
  const line = text
    .slice(start, end)
    .trim()
    .replace(LIST_MARK, '')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/^#+\s*/, '');
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** A name's words, in lower case ("AWS Certified Cloud Practitioner": aws, certified, cloud, practitioner). */
const words = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}-]+/u);

/** The roles a mention stands in. */
const rolesAt = (roles: readonly Role[], offset: number) => roles.filter((r) => offset >= r.start && offset < r.end);

/** Skills of a plain-text or Markdown resume, with where each is shown, its level and its years. */
export function skillsFromResumeText(text: string, taxonomy: CompiledTaxonomy, options: ResumeOptions = {}): ResumeSkills {
  const fallback = options.fallback ?? 'prose';
  const { mentions, reading, tokens, cueAt } = extractResume(text, taxonomy, { vocab: options.vocab });
  const roles = rolesOf(reading, options.now);
  const skills: ProfileSkill[] = [];
  const lacks = new Map<string, LackedSkill>();
  const intervals = new Map<string, Role[]>();
  const add = (m: Pick<ResumeMention, 'skill' | 'start' | 'text' | 'section'>, level: Level | null, quote: boolean, years: number | null = null) => {
    const evidence = EVIDENCE_OF[m.section] ?? fallback;
    skills.push({
      id: m.skill.id,
      label: m.skill.label,
      wordings: m.text ? [m.text] : [],
      level,
      // (Years the resume states, "Python (5 years)"; a skill being learned has none.)
      years: level === 'learning' ? null : years,
      evidence,
      custom: false,
      shownBy: quote ? lineAt(text, m.start) : null,
      roles: null,
      mentions: m.text ? 1 : 0,
    });
    // (A skill learned, or known a little — "Took an online course in Terraform" — is no years of a role's work.)
    if (level !== 'learning' && level !== 'beginner') for (const r of rolesAt(roles, m.start)) (intervals.get(m.skill.id) ?? intervals.set(m.skill.id, []).get(m.skill.id)!).push(r);
  };
  // A role's heading names a title and an employer ("ML Engineer, Fieldnote Analytics, 2024 - now"):
  // the employer's words are no skill, and the work below tells what was done.
  const inHeading = (offset: number) => roles.some((r) => offset >= r.start && offset < r.headEnd);
  // A little known by how it was met (a course, a thesis, a hobby, "familiar with"), not by a level the
  // person states ("Go (basic)"), and a skill used at work or in a project with no such words.
  const entryWords = new Set((reading.vocab.file.resume.entryCertificates ?? []).map((w) => w.toLowerCase()));
  const metLittle = new Set<string>();
  const statedLevel = new Set<string>();
  const usedAtWork = new Set<string>();
  const certsToEarn: { skill: SkillEntry; m: ResumeMention }[] = [];
  for (const m of mentions) {
    if (NOT_EVIDENCE.has(m.section) || inHeading(m.start)) continue;
    if (m.cue === 'negated') {
      if (!lacks.has(m.skill.id)) lacks.set(m.skill.id, { id: m.skill.id, label: m.skill.label, line: lineAt(text, m.start) });
      continue;
    }
    // (Under "Currently learning", every skill is being learned.)
    const level: Level | null = m.cue === 'learning' || m.section === 'learning' ? 'learning' : m.cue === 'familiar' ? 'beginner' : m.level;
    if (m.cue === 'familiar') metLittle.add(m.skill.id);
    else if (m.level) statedLevel.add(m.skill.id);
    else if (level === null && (m.section === 'experience' || m.section === 'projects')) usedAtWork.add(m.skill.id);
    // Work done tells more than a list: a line of experience or projects is quoted.
    add(m, level, m.section === 'experience' || m.section === 'projects', m.years);
    // A certificate held, under Certifications or Education, shows the one skill it requires ("Certified Kubernetes
    // Administrator": Kubernetes), a little for an entry-level one ("AWS Certified Cloud Practitioner"); its line is
    // quoted. (Not one named in prose: "I am preparing for the AWS certification".)
    const held = m.skill.category === 'certification' && (m.section === 'certifications' || m.section === 'education');
    const required = held && m.skill.requires?.length === 1 ? taxonomy.skills.get(m.skill.requires[0]!) : undefined;
    if (required && level !== 'learning') {
      const entry = level === 'beginner' || [m.text, m.skill.label, ...(m.skill.aliases ?? [])].some((name) => words(name).some((w) => entryWords.has(w)));
      add({ skill: required, start: m.start, text: '', section: m.section }, entry ? 'beginner' : level, true);
    }
    // A certificate still to be earned, anywhere, is the skill it requires being learned ("Studying for the AWS
    // Cloud Practitioner exam": AWS), where nothing else in the resume shows that skill (see below).
    const toEarn = m.skill.category === 'certification' && level === 'learning' && m.skill.requires?.length === 1 ? taxonomy.skills.get(m.skill.requires[0]!) : undefined;
    if (toEarn) certsToEarn.push({ skill: toEarn, m });
  }
  // Deeds that show a skill never named: "mentored two junior analysts".
  for (const s of reading.sections) {
    if (!DEEDS.has(s.kind)) continue;
    const first = tokens.indexAt(s.start);
    const last = tokens.indexAt(s.end);
    for (const hit of findEvidence(tokens, taxonomy, first, last)) {
      const start = tokens.start[hit.first]!;
      // (A deed the person means to do or has not done is none yet: "Currently learning Kubernetes
      // to deploy my own models".)
      const cue = cueAt(hit.first, hit.last);
      if (cue === 'negated') continue;
      // A deed is no wording of the skill: the line that tells it is quoted instead.
      add({ skill: hit.skill, start, text: '', section: s.kind }, cue === 'learning' ? 'learning' : cue === 'familiar' ? 'beginner' : null, true);
    }
  }
  // A dated role's own title ("Data Scientist, Acme Retail (2021 - present)") shows the skill it
  // practises, for the role's months: the heading's words are otherwise no skill (see above).
  for (const r of roles) {
    for (const hit of findRoleTitles(tokens, taxonomy, tokens.indexAt(r.start), tokens.indexAt(r.headEnd))) {
      const start = tokens.start[hit.first]!;
      // The title is the person's wording too: a posting that asks for "Data Scientist" finds it.
      add({ skill: hit.skill, start, text: text.slice(start, tokens.end[hit.last - 1]!), section: 'experience' }, null, true);
    }
  }
  // (Not a skill shown otherwise: "Skills: AWS" and "Preparing for the AWS Solutions Architect Professional exam" is an AWS
  // user aiming higher.)
  for (const { skill, m } of certsToEarn) if (!skills.some((s) => s.id === skill.id) && !lacks.has(skill.id)) add({ skill, start: m.start, text: '', section: m.section }, 'learning', true);
  // The language the resume is written in, at working level, unless the resume says otherwise.
  if (options.ownLanguage !== false) {
    const own = taxonomy.skills.get(reading.vocab.file.resume.spokenLanguage);
    if (own && !skills.some((s) => s.id === own.id)) {
      skills.push({ id: own.id, label: own.label, wordings: [], level: 'advanced', years: null, evidence: 'prose', custom: false, shownBy: `the resume is written in ${own.label}`, roles: null });
    }
  }
  // A skill said lacked is no skill, unless the skills section lists it: then a little at most.
  const merged = mergeSkills(skills).filter((s) => !lacks.has(s.id) || s.evidence === 'listed');
  for (const s of merged) if (lacks.has(s.id) && s.level !== 'learning') s.level = 'beginner';
  // A course or a thesis on a skill the person also used at work is no limit on it: "Completed a Coursera
  // course on TensorFlow" and "Trained TensorFlow models for demand forecasting" show TensorFlow used.
  for (const s of merged) {
    if (s.level === 'beginner' && metLittle.has(s.id) && usedAtWork.has(s.id) && !statedLevel.has(s.id) && !lacks.has(s.id)) s.level = null;
  }
  for (const s of merged) {
    const rs = intervals.get(s.id);
    if (!rs || rs.length === 0) continue;
    const unique = [...new Set(rs)];
    const years = yearsOf(unique);
    // (Years the resume states, "Tableau — 3 yrs", "8+ years of Python", are the person's own count: kept.)
    if (s.years === null) {
      s.years = years;
      s.roles = unique.length;
    }
  }
  // A skill said lacked and shown nowhere else as had stays a lack.
  const experienceYears = roles.length > 0 ? yearsOf(roles) : null;
  return { skills: merged, lacks: [...lacks.values()].filter((l) => !merged.some((s) => s.id === l.id)), experienceYears };
}

