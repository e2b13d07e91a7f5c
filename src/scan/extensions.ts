/**
 * Extensions a folder walk picks up: posting files and exports of postings. Apart from sources.ts,
 * which the CLI loads only when a scan runs, for the checks every command makes (cli/guard.ts).
 */
export const POSTING_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx']);
export const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
export const CSV_EXTENSIONS = new Set(['.csv', '.tsv']);
/** A JSON document of many postings (an API's answer: Greenhouse's `{jobs: [...]}`, Lever's array): read when given, never picked up in a folder walk. */
export const JSON_EXTENSIONS = new Set(['.json']);
