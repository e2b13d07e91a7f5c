import type { ExtractedPosting } from '../extract/schema.js';
import type { MergedKeywords, MergedSuggestion } from '../suggest/merge.js';
import { CONDITIONS } from './plan.js';
import { sanitize as t } from './sanitize.js';
import { plain, type Style } from './style.js';

export type PostingFacts = Pick<ExtractedPosting, 'source' | 'title' | 'company' | 'location'>;

// Titles, companies and sources come from the postings: printed only sanitized (no terminal escapes).
const facts = (p: PostingFacts) => t([p.title, p.company, p.location].filter(Boolean).join(' · '));

/** "required, 3 of 5 postings" for many postings; "required, 2×" for one. */
export function howOften(s: MergedSuggestion, total: number): string {
  return total > 1 ? `${s.importance}, ${s.postings} of ${total} postings` : `${s.importance}${s.asks > 1 ? `, ${s.asks}×` : ''}`;
}

function group(title: string, list: readonly MergedSuggestion[], total: number, style: Style, byLabel = false): string[] {
  if (list.length === 0) return [];
  return ['', style.bold(title), ...list.map((s) => `  ${t(byLabel ? s.label : s.write)}${style.dim(` (${howOften(s, total)}; ${t(s.note)})`)}`)];
}

/** The keyword list for one or many postings, for a terminal. */
export function mergedKeywordsText(postings: readonly PostingFacts[], k: MergedKeywords, style: Style = plain): string {
  const head =
    postings.length === 1
      ? [facts(postings[0]!) ? `${style.bold(facts(postings[0]!))} ${style.dim(`(${t(postings[0]!.source)})`)}` : style.bold(t(postings[0]!.source))]
      : [style.bold(`Resume keywords for ${postings.length} postings`), ...postings.map((p) => style.dim(`  ${t(p.source)}${facts(p) ? `: ${facts(p)}` : ''}`))];
  const lines = [
    ...head,
    '',
    style.bold('Resume keywords') + style.dim(` (the posting${k.postings > 1 ? "s'" : "'s"} words, for skills you have, most ${k.postings > 1 ? 'asked' : 'important'} first)`),
    `  ${t(k.keywords.join(', ')) || style.dim('none yet: see the lists below')}`,
    ...group('Use this wording', k.useWording, k.postings, style),
    ...group('Add to your skills section', k.addToSkills, k.postings, style),
    ...group('Related experience to describe (do not claim the skill itself)', k.related, k.postings, style),
    ...group('Only if true: to learn', k.toLearn, k.postings, style, true),
    ...group(CONDITIONS, k.conditions, k.postings, style, true),
    '',
    style.bold('One line for an application form'),
    `  ${t(k.line)}`,
  ];
  return `${lines.join('\n')}\n`;
}
