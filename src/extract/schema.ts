import * as z from 'zod/mini';
import '../schema-kit.js';
import { PostingSchema } from '../ingest/posting.js';
import { POSTING_SECTIONS, RESUME_SECTIONS } from './sections.js';
import { IMPORTANCE } from './importance.js';

/** The `extract --format json` contract (DESIGN.md). Outside tools rely on it: change it only with schemaVersion. */
export const SCHEMA_VERSION = 1;

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
  mentions: z.array(MentionSchema),
});

export const ErrorInfoSchema = z.object({ code: z.string(), message: z.string() });

export const UnknownTermSchema = z.object({ term: z.string(), count: z.number().check(z.int()), similar: z.nullable(z.string()) });

export const ExtractedPostingSchema = z.extend(PostingSchema, {
  skills: z.array(ExtractedSkillSchema),
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
export type ExtractedPosting = z.infer<typeof ExtractedPostingSchema>;
export type FailedInput = z.infer<typeof FailedInputSchema>;
export type ExtractOutput = z.infer<typeof ExtractOutputSchema>;
