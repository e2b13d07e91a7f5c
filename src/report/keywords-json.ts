import type { FailedInput } from '../extract/schema.js';
import type { MergedKeywords } from '../suggest/merge.js';
import type { KeywordsOutput } from './json-schemas.js';
import type { PostingFacts } from './keywords-text.js';

/** `keywords --format json`: the postings read (or their errors), in input order, and the merged lists. */
export function mergedKeywordsJson(postings: readonly (PostingFacts | FailedInput)[], k: MergedKeywords): string {
  return `${JSON.stringify({ schemaVersion: 1, postings: [...postings], keywords: k } satisfies KeywordsOutput, null, 2)}\n`;
}
