import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import '../schema-kit.js';
import { parseSource, validateSource } from '../yaml-source.js';

/**
 * Technical-looking terms of real postings that are not skills (a company, a place, a job code, a
 * unit), each with the reason it was reviewed and left out: `npm run taxonomy:gaps` counts them as
 * done, so the list of open terms shows only what is still to decide.
 */
export const RejectedTerm = z.strictObject({
  term: z.string().check(z.minLength(1)),
  reason: z.string().check(z.minLength(3), z.describe('Why the term is no skill: "a company", "a US state code", "a visa type".')),
});
export const RejectedTermsFile = z.strictObject({
  $schema: z.optional(z.string()),
  terms: z.array(RejectedTerm),
});
export type RejectedTerm = z.infer<typeof RejectedTerm>;

export function readRejectedTerms(file: string): RejectedTerm[] {
  return validateSource(parseSource(file, readFileSync(file, 'utf8')), RejectedTermsFile, 'rejected-invalid').terms;
}
