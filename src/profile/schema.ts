import * as z from 'zod/mini';
import '../schema-kit.js';

/**
 * How well a person has a skill. `learning`: not yet (a resume's "currently learning Rust"); it never
 * meets a requirement and is never proposed as a keyword. `beginner`: a little ("familiar with").
 */
export const LEVELS = ['learning', 'beginner', 'intermediate', 'advanced', 'expert'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** A skill in a profile file: a plain name, or a name with level and years. */
export const ProfileSkillInput = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({
    name: z.string().check(z.minLength(1)),
    level: z.optional(Level),
    years: z.optional(z.number().check(z.minimum(0), z.maximum(60))),
  }),
]);

/** `me.yaml` / `me.json`: the profile format documented in the README. */
export const ProfileFile = z.strictObject({
  $schema: z.optional(z.string()),
  name: z.optional(z.string()),
  headline: z.optional(z.string()),
  skills: z.array(ProfileSkillInput).check(z.minLength(1, 'list at least one skill')),
});
export type ProfileFile = z.infer<typeof ProfileFile>;

/** The parts of a JSON Resume (jsonresume.org) that carry skills. Other fields are allowed and ignored. */
const JsonResumeText = z.optional(z.string());
const Strings = z.optional(z.array(z.string()));
export const JsonResume = z.looseObject({
  basics: z.optional(z.looseObject({ name: JsonResumeText, label: JsonResumeText, summary: JsonResumeText })),
  skills: z.optional(z.array(z.looseObject({ name: JsonResumeText, level: JsonResumeText, keywords: Strings }))),
  work: z.optional(z.array(z.looseObject({ name: JsonResumeText, position: JsonResumeText, summary: JsonResumeText, highlights: Strings, startDate: JsonResumeText, endDate: JsonResumeText }))),
  languages: z.optional(z.array(z.looseObject({ language: JsonResumeText, fluency: JsonResumeText }))),
  projects: z.optional(z.array(z.looseObject({ name: JsonResumeText, description: JsonResumeText, highlights: Strings, keywords: Strings }))),
  education: z.optional(z.array(z.looseObject({ area: JsonResumeText, studyType: JsonResumeText, courses: Strings }))),
  certificates: z.optional(z.array(z.looseObject({ name: JsonResumeText }))),
});
export type JsonResume = z.infer<typeof JsonResume>;

/** Where the person shows a skill; `listed` is a skills section or profile file, the rest is prose. */
export const EVIDENCE = ['listed', 'experience', 'projects', 'education', 'prose'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const ProfileSkill = z.object({
  id: z.string(),
  label: z.string(),
  /** How the person wrote it (for "same wording" vs "reworded"). */
  wordings: z.array(z.string()),
  level: z.nullable(Level),
  years: z.nullable(z.number()),
  evidence: z.enum(EVIDENCE),
  /** Not in the taxonomy: kept as written, compared by name only. */
  custom: z.boolean(),
  /** The resume line that shows the skill best (work done before a list), for the report to quote. */
  shownBy: z.optional(z.nullable(z.string())),
  /** How many dated roles the years come from ("4 years, from 2 roles"). */
  roles: z.optional(z.nullable(z.number().check(z.int()))),
  /** How many times a resume names it (for keyword counts; absent for a profile file). */
  mentions: z.optional(z.number().check(z.int())),
});
export type ProfileSkill = z.infer<typeof ProfileSkill>;

/** A skill the resume says the person lacks ("no production experience with Kubernetes yet"). */
export const LackedSkill = z.object({ id: z.string(), label: z.string(), line: z.string() });
export type LackedSkill = z.infer<typeof LackedSkill>;

export const Profile = z.object({
  source: z.string(),
  name: z.nullable(z.string()),
  skills: z.array(ProfileSkill),
  /** Skills the resume says the person lacks: never suggested, never met. */
  lacks: z.optional(z.array(LackedSkill)),
  /** Years of work in the resume's dated roles, overlaps counted once. */
  experienceYears: z.optional(z.nullable(z.number())),
});
export type Profile = z.infer<typeof Profile>;
