// The public library API. The library never prints and never exits: it returns data or throws typed errors.
export { ExitCode, SkillgapError, InputError, ConfigError } from './errors.js';
export { loadTaxonomy, type LoadTaxonomyOptions, type CompiledTaxonomy } from './taxonomy/index.js';
export { compileTaxonomy } from './taxonomy/compile.js';
export { TaxonomyFile, Skill as TaxonomySkill, OverlayFile } from './taxonomy/schema.js';
// The lexicon's scanner and trie are internal (their form changes with speed work): a text is matched with matchText.
export { tokenize, type Token } from './lexicon/index.js';
export { matchText, type Match } from './extract/match.js';
export { extractSkills, extractPosting } from './extract/extract.js';
export {
  ExtractOutputSchema,
  ExtractedPostingSchema,
  ExtractedSkillSchema,
  SCHEMA_VERSION,
  type ExtractOutput,
  type ExtractedPosting,
  type ExtractedSkill,
  type Mention,
} from './extract/schema.js';
export { loadPosting, loadPostings, type LoadResult } from './ingest/index.js';
export { postingFromText } from './ingest/text.js';
export { makePosting, type Posting } from './ingest/posting.js';
export { loadProfile, profileFromResumeText } from './profile/load.js';
export { combineProfiles } from './profile/resolve.js';
export { ProfileFile, type Profile, type ProfileSkill } from './profile/schema.js';
export { compareSkills } from './compare/compare.js';
export type { Gap, GapItem, Score, Status } from './compare/schema.js';
export { suggestKeywords, type Suggestions } from './suggest/keywords.js';
export { analyze, type Analysis } from './analyze.js';
export { scan, scanItems, summarize, type ScanOptions, type ScanEvent, type ScanProgress, type SummarizeOptions } from './scan/scan.js';
export { merge, type MergeOptions } from './scan/merge.js';
export { diffSummaries, loadSummary, DiffOutputSchema, type DiffOutput } from './scan/diff.js';
export { ScanRowSchema, ScanSummarySchema, ScanJsonlLineSchema, SCAN_SCHEMA_VERSION, type ScanRow, type ScanSummary } from './scan/schema.js';
export { run } from './cli/run.js';
