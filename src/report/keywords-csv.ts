import type { MergedKeywords, MergedSuggestion } from '../suggest/merge.js';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field a spreadsheet
 * would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
function field(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const KEYWORDS_CSV_COLUMNS = ['group', 'write', 'skill', 'id', 'importance', 'postings', 'share', 'mentions', 'note'] as const;

/** The keyword lists as CSV, one suggestion a row, grouped: use-wording, add-to-skills, in-skills, related, to-learn. */
export function mergedKeywordsCsv(k: MergedKeywords): string {
  const groups: [string, readonly MergedSuggestion[]][] = [
    ['use-wording', k.useWording],
    ['add-to-skills', k.addToSkills],
    ['in-skills', k.alreadyThere],
    ['related', k.related],
    ['to-learn', k.toLearn],
  ];
  let out = `${KEYWORDS_CSV_COLUMNS.join(',')}\r\n`;
  for (const [name, list] of groups) {
    for (const s of list) out += `${[name, s.write, s.label, s.id, s.importance, s.postings, s.share, s.asks, s.note].map(field).join(',')}\r\n`;
  }
  return out;
}
