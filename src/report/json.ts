import type { Analysis } from '../analyze.js';
import type { ExtractOutput } from '../extract/schema.js';
import type { Suggestions } from '../suggest/keywords.js';
import type { FailedInput } from '../extract/schema.js';

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export const extractJson = (out: ExtractOutput) => json(out);

/** Version 2: postings carry groups of alternatives and negated skills; gap items their group. */
export function analysisJson(results: readonly (Analysis | FailedInput)[]): string {
  return json({ schemaVersion: 2, results });
}

export function keywordsJson(results: readonly ({ source: string; suggestions: Suggestions } | FailedInput)[]): string {
  return json({ schemaVersion: 1, results });
}
