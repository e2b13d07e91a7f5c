import * as z from 'zod/mini';
import '../schema-kit.js';
import { PostingSchema } from '../ingest/posting-schema.js';
import { POSTING_SECTIONS, RESUME_SECTIONS } from '../read/schema.js';
import { IMPORTANCE } from './importance.js';

import { SCHEMA_VERSION } from './version.js';

/** The `extract --format json` contract (DESIGN.md). Outside tools rely on it: change it only with schemaVersion. */
export { SCHEMA_VERSION } from './version.js';

export const MentionSchema = z.object({
  start: z.number().check(z.int(), z.describe('JavaScript string index into `text`')),
  end: z.number().check(z.int()),
  text: z.string().check(z.describe('text.slice(start, end)')),
  section: z.enum([...new Set([...POSTING_SECTIONS, ...RESUME_SECTIONS])] as [string, ...string[]]),
});

export const ExtractedSkillSchema = z.object({
  id: z.string(),
  label: z.string(),
  category: z.string(),
  importance: z.enum(IMPORTANCE),
  years: z.nullable(z.number().check(z.describe('Years of experience asked for, when the posting says'))),
  group: z.nullable(
    z.number().check(z.int(), z.describe('The index in `groups` of the alternatives this skill is asked through ("PyTorch or TensorFlow"), or null when it is asked on its own')),
  ),
  orExperience: z.boolean().check(z.describe('The posting accepts experience instead ("Bachelor\'s degree or equivalent experience")')),
  mentions: z.array(MentionSchema),
});

/** Alternatives: "PyTorch or TensorFlow", "such as AWS, GCP or Azure". A candidate meets the group with any member; comparisons count it once. */
export const AlternativeGroupSchema = z.object({
  skills: z.array(z.string()).check(z.describe('The ids of the skills of the group (at least two)')),
  importance: z.enum(IMPORTANCE),
  start: z.number().check(z.int()),
  end: z.number().check(z.int()),
  text: z.string().check(z.describe('text.slice(start, end): where the group is asked')),
});

/** A skill the posting says is not needed ("No prior Kubernetes experience needed"): never asked, never scored. */
export const NegatedSkillSchema = z.object({
  id: z.string(),
  label: z.string(),
  category: z.string(),
  mentions: z.array(MentionSchema),
});

export const ErrorInfoSchema = z.object({ code: z.string(), message: z.string() });

export const UnknownTermSchema = z.object({ term: z.string(), count: z.number().check(z.int()), similar: z.nullable(z.string()) });

export const ExtractedPostingSchema = z.extend(PostingSchema, {
  skills: z.array(ExtractedSkillSchema),
  groups: z.array(AlternativeGroupSchema),
  negated: z.array(NegatedSkillSchema),
  warnings: z.array(z.string()),
  /** Only with `--unknown`: frequent technical-looking terms the taxonomy does not know. */
  unknown: z.optional(z.array(UnknownTermSchema)),
});

export const FailedInputSchema = z.object({ source: z.string(), error: ErrorInfoSchema });

export const ExtractOutputSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  postings: z.array(z.union([ExtractedPostingSchema, FailedInputSchema])),
});

export type Mention = z.infer<typeof MentionSchema>;
export type ExtractedSkill = z.infer<typeof ExtractedSkillSchema>;
export type AlternativeGroup = z.infer<typeof AlternativeGroupSchema>;
export type NegatedSkill = z.infer<typeof NegatedSkillSchema>;
export type ExtractedPosting = z.infer<typeof ExtractedPostingSchema>;
export type FailedInput = z.infer<typeof FailedInputSchema>;
export type ExtractOutput = z.infer<typeof ExtractOutputSchema>;
