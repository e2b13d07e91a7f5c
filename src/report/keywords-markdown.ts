import type { MergedKeywords, MergedSuggestion } from '../suggest/merge.js';
import { howOften, type PostingFacts } from './keywords-text.js';
import { md } from './markdown.js';
import { CONDITIONS } from './plan.js';

function group(title: string, list: readonly MergedSuggestion[], total: number, byLabel = false): string {
  if (list.length === 0) return '';
  return `\n### ${title}\n\n${list.map((s) => `- **${md(byLabel ? s.label : s.write)}** (${howOften(s, total)}): ${md(s.note)}`).join('\n')}\n`;
}

/** The keyword list for one or many postings, as Markdown. */
export function mergedKeywordsMarkdown(postings: readonly PostingFacts[], k: MergedKeywords): string {
  const name = (p: PostingFacts) => [p.title, p.company, p.location].filter(Boolean).map((s) => md(s!)).join(' · ') || md(p.source);
  const head =
    postings.length === 1
      ? `## Resume keywords: ${name(postings[0]!)}\n\nSource: \`${postings[0]!.source.replace(/`/g, "'")}\`\n`
      : `## Resume keywords for ${postings.length} postings\n\n${postings.map((p) => `- ${name(p)} (\`${p.source.replace(/`/g, "'")}\`)`).join('\n')}\n`;
  return (
    `${head}\n### Resume keywords\n\n${k.keywords.length ? k.keywords.map(md).join(', ') : '_None yet: see the lists below._'}\n` +
    group('Use this wording', k.useWording, k.postings) +
    group('Add to your skills section', k.addToSkills, k.postings) +
    group('Related experience to describe (do not claim the skill itself)', k.related, k.postings) +
    group('Only if true: to learn', k.toLearn, k.postings, true) +
    group(CONDITIONS, k.conditions, k.postings, true) +
    `\n### One line for an application form\n\n${md(k.line)}\n`
  );
}
