import * as z from 'zod/mini';
import '../schema-kit.js';
import { IMPORTANCE } from '../extract/importance.js';

/**
 * The schemas of keyword suggestions (keywords.ts) and of merged ones (merge.ts), for the published
 * JSON Schemas and the types: apart from the code, which never builds them (start-up).
 */
export const SuggestionSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** The posting's exact wording: what to write. */
  write: z.string(),
  importance: z.enum(IMPORTANCE),
  asks: z.number().check(z.int()),
  /** Why this suggestion: "you wrote k8s", "shown only in experience". */
  note: z.string(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestionsSchema = z.object({
  /** Skills the person has, written differently or shown by a more specific skill: use the posting's words. */
  useWording: z.array(SuggestionSchema),
  /** Skills the person shows only in prose: add them to the skills section. */
  addToSkills: z.array(SuggestionSchema),
  /** Already in the skills section with the posting's words. */
  alreadyThere: z.array(SuggestionSchema),
  /** Related (not implied) experience to describe honestly; not the skill itself. */
  related: z.array(SuggestionSchema),
  /** Missing: learn them before claiming them. */
  toLearn: z.array(SuggestionSchema),
  /** Missing, and no learning gives them (a citizenship, a clearance): conditions of the job, told apart. */
  conditions: z.array(SuggestionSchema),
  /** The resume keyword list: the posting's wording of every skill the person really has, most important first. */
  keywords: z.array(z.string()),
});
export type Suggestions = z.infer<typeof SuggestionsSchema>;

export const MergedSuggestionSchema = z.extend(SuggestionSchema, {
  /** How many of the postings ask for it. */
  postings: z.number().check(z.int()),
  /** postings / all postings merged. */
  share: z.number(),
});
export type MergedSuggestion = z.infer<typeof MergedSuggestionSchema>;

export const MergedKeywordsSchema = z.object({
  /** Postings merged. */
  postings: z.number().check(z.int()),
  useWording: z.array(MergedSuggestionSchema),
  addToSkills: z.array(MergedSuggestionSchema),
  alreadyThere: z.array(MergedSuggestionSchema),
  related: z.array(MergedSuggestionSchema),
  toLearn: z.array(MergedSuggestionSchema),
  conditions: z.array(MergedSuggestionSchema),
  /** The postings' wording of every skill the person has, most asked first. */
  keywords: z.array(z.string()),
  /** `keywords` as one comma-separated line, for an application form's skills field. */
  line: z.string(),
});
export type MergedKeywords = z.infer<typeof MergedKeywordsSchema>;
