import type { Analysis } from '../analyze.js';
import type { ExtractOutput } from '../extract/schema.js';
import type { Suggestions } from '../suggest/keywords.js';
import type { FailedInput } from '../extract/schema.js';
import type { Plan } from '../plan/index.js';

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export const extractJson = (out: ExtractOutput) => json(out);

/**
 * Version 3: a learning plan per analysis; a person's skill carries its level (learning too), the line
 * that shows it and the roles its years come from; a skill can be met by another (`transfer: meets`).
 * (Version 2: postings carry groups of alternatives and negated skills; gap items their group.)
 */
export function analysisJson(results: readonly (Analysis | FailedInput)[]): string {
  return json({ schemaVersion: 3, results });
}

/** Version 1: the plan for the postings read, and the ones that failed. */
export function planJson(plan: Plan, failed: readonly FailedInput[]): string {
  return json({ schemaVersion: 1, plan, failed });
}

export function keywordsJson(results: readonly ({ source: string; suggestions: Suggestions } | FailedInput)[]): string {
  return json({ schemaVersion: 1, results });
}
