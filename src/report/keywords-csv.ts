import type { MergedKeywords, MergedSuggestion } from '../suggest/merge.js';
import { csvRows, type CsvCell } from './csv.js';

export const KEYWORDS_CSV_COLUMNS = ['group', 'write', 'skill', 'id', 'importance', 'postings', 'share', 'mentions', 'note'] as const;

/** The keyword lists as CSV, one suggestion a row, grouped: use-wording, add-to-skills, in-skills, related, to-learn, conditions. */
export function mergedKeywordsCsv(k: MergedKeywords): string {
  const groups: [string, readonly MergedSuggestion[]][] = [
    ['use-wording', k.useWording],
    ['add-to-skills', k.addToSkills],
    ['in-skills', k.alreadyThere],
    ['related', k.related],
    ['to-learn', k.toLearn],
    ['conditions', k.conditions],
  ];
  const rows: CsvCell[][] = [[...KEYWORDS_CSV_COLUMNS]];
  for (const [name, list] of groups) {
    for (const s of list) rows.push([name, s.write, s.label, s.id, s.importance, s.postings, s.share, s.asks, s.note]);
  }
  return csvRows(rows);
}
