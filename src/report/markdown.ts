import type { Analysis } from '../analyze.js';
import type { Status } from '../compare/schema.js';
import { IMPORTANCE } from '../extract/importance.js';
import { withAlternatives } from './alternatives.js';
import { noteOf } from './note.js';
import { CONDITIONS, planMarkdown } from './plan.js';
import type { ExtractedPosting, ExtractOutput, FailedInput } from '../extract/schema.js';
import type { Suggestion, Suggestions } from '../suggest/keywords.js';

/** Escape text for a Markdown table cell or line. */
export const md = (s: string) => s.replace(/([\\`*_{}[\]<>#|!])/g, '\\$1').replace(/\n/g, ' ');

const STATUS: Record<Status, string> = { matched: '✅ matched', reworded: '🔁 reworded', transferable: '↔️ transferable', missing: '❌ missing' };

function title(p: Pick<ExtractedPosting, 'source' | 'title' | 'company' | 'location'>): string {
  const facts = [p.title, p.company, p.location].filter(Boolean).map((s) => md(s!)).join(' · ');
  return `## ${facts || md(p.source)}\n\nSource: \`${p.source.replace(/`/g, "'")}\`\n`;
}

function list(name: string, items: readonly Suggestion[], byLabel = false): string {
  if (items.length === 0) return '';
  return `\n### ${name}\n\n${items.map((s) => `- **${md(byLabel ? s.label : s.write)}** (${s.importance}${s.asks > 1 ? `, ${s.asks}×` : ''}): ${md(s.note)}`).join('\n')}\n`;
}

export function suggestionsMarkdown(s: Suggestions): string {
  return (
    `\n### Resume keywords\n\n${s.keywords.length ? s.keywords.map(md).join(', ') : '_None yet: see the lists below._'}\n` +
    list('Use this wording', s.useWording) +
    list('Add to your skills section', s.addToSkills) +
    list('Related experience to describe (do not claim the skill itself)', s.related) +
    list('To learn (only claim these once true)', s.toLearn, true) +
    list(CONDITIONS, s.conditions, true)
  );
}

export function analysisMarkdown(a: Analysis): string {
  const sc = a.gap.score;
  let out = `${title(a.posting)}\n**Match score: ${sc.value}/100**\n\n| importance | skills | points |\n|---|---|---|\n`;
  for (const c of sc.components) if (c.skills > 0) out += `| ${c.importance} | ${c.skills} | ${c.earned} of ${c.possible} |\n`;
  out += `\n_${md(sc.explanation)}_\n`;
  for (const imp of IMPORTANCE) {
    const items = a.gap.items.filter((g) => g.importance === imp);
    if (items.length === 0) continue;
    out += `\n### ${imp[0]!.toUpperCase()}${imp.slice(1)}\n\n| skill | status | posting says | note |\n|---|---|---|---|\n`;
    for (const g of items) {
      const note = noteOf(g);
      out += `| ${md(g.label)} | ${STATUS[g.status]} | ${md(g.wording)} | ${md(withAlternatives(note, g, a.gap.items))} |\n`;
    }
  }
  out += suggestionsMarkdown(a.suggestions);
  out += planMarkdown(a.plan);
  for (const w of a.posting.warnings) out += `\n> Warning: ${md(w)}\n`;
  return out;
}

export function failedMarkdown(f: FailedInput): string {
  return `## ${md(f.source)}\n\n> Error (${f.error.code}): ${md(f.error.message)}\n`;
}

export function extractMarkdown(out: ExtractOutput): string {
  return out.postings
    .map((p) => {
      if ('error' in p) return failedMarkdown(p);
      let s = `${title(p)}\n| skill | category | importance | years | mentions |\n|---|---|---|---|---|\n`;
      for (const k of p.skills) s += `| ${md(k.label)} | ${k.category} | ${k.importance} | ${k.years ?? ''} | ${k.mentions.length} |\n`;
      if (p.unknown) s += `\nTerms the taxonomy does not know: ${p.unknown.map((u) => `${md(u.term)} (${u.count})`).join(', ') || 'none'}\n`;
      for (const w of p.warnings) s += `\n> Warning: ${md(w)}\n`;
      return s;
    })
    .join('\n');
}

export function keywordsMarkdown(source: Pick<ExtractedPosting, 'source' | 'title' | 'company' | 'location'>, s: Suggestions): string {
  return `${title(source)}${suggestionsMarkdown(s)}\n### One line for an application form\n\n${s.keywords.map(md).join(', ')}\n`;
}
