import type { Analysis } from '../analyze.js';
import type { ExtractOutput, FailedInput } from '../extract/schema.js';
import type { Plan } from '../plan/schema.js';
import type { Suggestions } from '../suggest/keywords.js';
import type { AnalysisOutput, PlanOutput } from './json-schemas.js';

// The schemas of these outputs are in json-schemas.ts: building them costs start-up, and writing needs only their types.
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export const extractJson = (out: ExtractOutput) => json(out);

/**
 * Version 4: a gap item says whether it is a soft skill (`soft`), and the person's side how many times the
 * resume names it (`yours.mentions`, null for a profile file).
 * Version 3: a learning plan per analysis; a person's skill carries its level (learning too), the line
 * that shows it and the roles its years come from; a skill can be met by another (`transfer: meets`).
 * (Version 2: postings carry groups of alternatives and negated skills; gap items their group.)
 */
export function analysisJson(results: readonly (Analysis | FailedInput)[]): string {
  return json({ schemaVersion: 4, results: [...results] } satisfies AnalysisOutput);
}

/** Version 1: the plan for the postings read, and the ones that failed. */
export function planJson(plan: Plan, failed: readonly FailedInput[]): string {
  return json({ schemaVersion: 1, plan, failed: [...failed] } satisfies PlanOutput);
}

export function keywordsJson(results: readonly ({ source: string; suggestions: Suggestions } | FailedInput)[]): string {
  return json({ schemaVersion: 1, results });
}
