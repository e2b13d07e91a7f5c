import { z } from 'zod';

export const LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** A skill in a profile file: a plain name, or a name with level and years. */
export const ProfileSkillInput = z.union([
  z.string().min(1),
  z
    .object({
      name: z.string().min(1),
      level: Level.optional(),
      years: z.number().min(0).max(60).optional(),
    })
    .strict(),
]);

/** `me.yaml` / `me.json`: the profile format documented in the README. */
export const ProfileFile = z
  .object({
    $schema: z.string().optional(),
    name: z.string().optional(),
    headline: z.string().optional(),
    skills: z.array(ProfileSkillInput).min(1, 'list at least one skill'),
  })
  .strict();
export type ProfileFile = z.infer<typeof ProfileFile>;

/** The parts of a JSON Resume (jsonresume.org) that carry skills. Other fields are allowed and ignored. */
const JsonResumeText = z.string().optional();
export const JsonResume = z.looseObject({
  basics: z.looseObject({ name: JsonResumeText, label: JsonResumeText, summary: JsonResumeText }).optional(),
  skills: z.array(z.looseObject({ name: JsonResumeText, level: JsonResumeText, keywords: z.array(z.string()).optional() })).optional(),
  work: z.array(z.looseObject({ position: JsonResumeText, summary: JsonResumeText, highlights: z.array(z.string()).optional() })).optional(),
  projects: z.array(z.looseObject({ name: JsonResumeText, description: JsonResumeText, highlights: z.array(z.string()).optional(), keywords: z.array(z.string()).optional() })).optional(),
  education: z.array(z.looseObject({ area: JsonResumeText, studyType: JsonResumeText, courses: z.array(z.string()).optional() })).optional(),
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
  level: Level.nullable(),
  years: z.number().nullable(),
  evidence: z.enum(EVIDENCE),
  /** Not in the taxonomy: kept as written, compared by name only. */
  custom: z.boolean(),
});
export type ProfileSkill = z.infer<typeof ProfileSkill>;

export const Profile = z.object({
  source: z.string(),
  name: z.string().nullable(),
  skills: z.array(ProfileSkill),
});
export type Profile = z.infer<typeof Profile>;
