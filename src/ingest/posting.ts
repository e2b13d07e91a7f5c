import type { Posting } from './posting-schema.js';

// The schema of a posting is in posting-schema.ts: only the published JSON Schema needs it built.
export type { Posting } from './posting-schema.js';

export type PostingFacts = Partial<Omit<Posting, 'source' | 'text' | 'warnings'>>;

export function makePosting(source: string, text: string, facts: PostingFacts = {}, warnings: readonly string[] = []): Posting {
  const posting: Posting = {
    source,
    title: facts.title ?? null,
    company: facts.company ?? null,
    location: facts.location ?? null,
    url: facts.url ?? null,
    datePosted: facts.datePosted ?? null,
    employmentType: facts.employmentType ?? null,
    salary: facts.salary ?? null,
    text,
  };
  if (warnings.length > 0) posting.warnings = [...warnings];
  return posting;
}

/** The contract for text inputs: `\r\n` (and a lone `\r`) become `\n`, a leading BOM is dropped, nothing else. */
export function normalizeText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}
