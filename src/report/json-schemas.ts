/** The schemas of the JSON outputs (the writers are in json.ts), and their JSON Schemas for schema/. */
import * as z from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import '../schema-kit.js';
import type { Analysis } from '../analyze.js';
import { GapSchema } from '../compare/schema.js';
import { ExtractedPostingSchema, FailedInputSchema } from '../extract/schema.js';
import { PlanSchema } from '../plan/schema.js';
import { DiffOutputSchema } from '../scan/diff.js';
import { ScanJsonlLineSchema, ScanOutputSchema } from '../scan/schema.js';
import { MergedKeywordsSchema, SuggestionsSchema } from '../suggest/schema.js';

/** One posting compared with the profile, as `analyze --format json` lists it. */
export const AnalysisSchema = z.object({
  posting: ExtractedPostingSchema,
  profile: z.object({ source: z.string(), name: z.nullable(z.string()), skills: z.number().check(z.int()) }),
  gap: GapSchema,
  suggestions: SuggestionsSchema,
  plan: PlanSchema,
});

/** `analyze --format json`. */
export const AnalysisOutputSchema = z.object({
  schemaVersion: z.literal(4),
  results: z.array(z.union([AnalysisSchema, FailedInputSchema])),
});
export type AnalysisOutput = z.infer<typeof AnalysisOutputSchema>;

/** `plan --format json`. */
export const PlanOutputSchema = z.object({ schemaVersion: z.literal(1), plan: PlanSchema, failed: z.array(FailedInputSchema) });
export type PlanOutput = z.infer<typeof PlanOutputSchema>;

/** A posting as `keywords` names it. */
export const PostingFactsSchema = z.pick(ExtractedPostingSchema, { source: true, title: true, company: true, location: true });

/** `keywords --format json`: the postings read (or their errors), in input order, and the merged lists. */
export const KeywordsOutputSchema = z.object({
  schemaVersion: z.literal(1),
  postings: z.array(z.union([PostingFactsSchema, FailedInputSchema])),
  keywords: MergedKeywordsSchema,
});
export type KeywordsOutput = z.infer<typeof KeywordsOutputSchema>;

// The Analysis the code builds and the schema published for it must agree, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const analysisMatchesSchema: Same<Analysis, z.infer<typeof AnalysisSchema>> = true;
void analysisMatchesSchema;

/** The JSON Schemas of the JSON outputs (besides extract's, generated with the input schemas), by file name in schema/. */
export function outputJsonSchemas(): Record<string, unknown> {
  return {
    'analyze.schema.json': toJSONSchema(AnalysisOutputSchema),
    'keywords.schema.json': toJSONSchema(KeywordsOutputSchema),
    'plan.schema.json': toJSONSchema(PlanOutputSchema),
    'scan.schema.json': toJSONSchema(ScanOutputSchema),
    'scan-jsonl.schema.json': toJSONSchema(ScanJsonlLineSchema),
    'diff.schema.json': toJSONSchema(DiffOutputSchema),
  };
}

/** The generated files of outputJsonSchemas, as `npm run generate` writes them. */
export function outputSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(outputJsonSchemas())) files[`schema/${name}`] = `${JSON.stringify(schema, null, 2)}\n`;
  return files;
}
