import type { Analysis } from '../analyze.js';
import type { GapItem, Status } from '../compare/schema.js';
import { IMPORTANCE } from '../extract/importance.js';
import { withAlternatives } from './alternatives.js';
import { noteOf } from './note.js';
import { CONDITIONS, planText } from './plan.js';
import type { ExtractedPosting, ExtractedSkill, ExtractOutput, FailedInput } from '../extract/schema.js';
import type { Suggestion, Suggestions } from '../suggest/keywords.js';
import { sanitize as t } from './sanitize.js';
import { plain, type Style } from './style.js';

const MARK: Record<Status, string> = { matched: '✓', reworded: '≈', transferable: '~', missing: '✗' };

function colourOf(style: Style, status: Status): (s: string) => string {
  return { matched: style.green, reworded: style.cyan, transferable: style.yellow, missing: style.red }[status];
}

function heading(p: Pick<ExtractedPosting, 'source' | 'title' | 'company' | 'location'>, style: Style): string {
  // Titles, companies and sources come from the postings: printed only sanitized (no terminal escapes).
  const facts = t([p.title, p.company, p.location].filter(Boolean).join(' · '));
  return facts ? `${style.bold(facts)} ${style.dim(`(${t(p.source)})`)}` : style.bold(t(p.source));
}

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

function suggestionLines(title: string, list: readonly Suggestion[], style: Style, withNote = true, byLabel = false): string[] {
  if (list.length === 0) return [];
  return ['', style.bold(title), ...list.map((s) => `  ${t(byLabel ? s.label : s.write)}${style.dim(` (${s.importance}${s.asks > 1 ? `, ${s.asks}×` : ''}${withNote ? `; ${t(s.note)}` : ''})`)}`)];
}

export function suggestionsText(s: Suggestions, style: Style): string[] {
  return [
    '',
    style.bold('Resume keywords') + style.dim(' (the posting\'s words, for skills you have, most important first)'),
    `  ${t(s.keywords.join(', ')) || style.dim('none yet: see the lists below')}`,
    ...suggestionLines('Use this wording', s.useWording, style),
    ...suggestionLines('Add to your skills section', s.addToSkills, style),
    ...suggestionLines('Related experience to describe (do not claim the skill itself)', s.related, style),
    // (What to learn by the skill's name; the posting's words are in the note.)
    ...suggestionLines('To learn (only claim these once true)', s.toLearn, style, true, true),
    ...suggestionLines(CONDITIONS, s.conditions, style, true, true),
  ];
}

export function analysisText(a: Analysis, style: Style = plain): string {
  const lines = [heading(a.posting, style), ''];
  const sc = a.gap.score;
  lines.push(`${style.bold('Match score')} ${style.bold(`${sc.value}/100`)}`);
  for (const c of sc.components) if (c.skills > 0) lines.push(`  ${pad(c.importance, 10)} ${pad(`${c.skills} skill${c.skills === 1 ? '' : 's'}`, 10)} ${c.earned} of ${c.possible} points`);
  lines.push(style.dim(`  ${sc.explanation}`));
  for (const imp of IMPORTANCE) {
    const items = a.gap.items.filter((g) => g.importance === imp);
    if (items.length === 0) continue;
    lines.push('', style.bold(imp[0]!.toUpperCase() + imp.slice(1)));
    const width = Math.min(34, Math.max(...items.map((g) => t(g.label).length)) + 2);
    for (const g of items) {
      const c = colourOf(style, g.status);
      lines.push(`  ${c(MARK[g.status])} ${pad(t(g.label), width)}${c(pad(g.status, 13))}${style.dim(t(withAlternatives(noteOf(g), g, a.gap.items)))}`);
    }
  }
  if (a.gap.items.length === 0) lines.push('', 'No known skills found in this posting.');
  lines.push(...suggestionsText(a.suggestions, style));
  lines.push(...planText(a.plan, style));
  for (const w of a.posting.warnings) lines.push('', style.yellow(`warning: ${t(w)}`));
  return `${lines.join('\n')}\n`;
}

export function failedText(f: FailedInput, style: Style = plain): string {
  return `${style.red('error')} ${t(f.error.message)}\n`;
}

export function extractText(out: ExtractOutput, style: Style = plain): string {
  // Failed inputs are reported on stderr as they happen; the text report lists what was read.
  const blocks = out.postings.flatMap((p) => {
    if ('error' in p) return [];
    const lines = [heading(p, style)];
    const named = (s: ExtractedSkill) => `${t(s.label)}${s.years !== null ? ` (${s.years}+ yrs)` : ''}`;
    for (const imp of IMPORTANCE) {
      const skills = p.skills.filter((s) => s.importance === imp);
      if (skills.length === 0) continue;
      // The members of a group of alternatives stand together, once: "PyTorch or TensorFlow".
      const shown = new Set<number>();
      const words = skills.flatMap((s) => {
        if (s.group === null) return [named(s)];
        if (shown.has(s.group)) return [];
        shown.add(s.group);
        return [p.skills.filter((o) => o.group === s.group).map(named).join(' or ')];
      });
      lines.push(`  ${style.bold(pad(imp, 10))} ${words.join(', ')}`);
    }
    if (p.negated.length > 0) lines.push(`  ${style.bold(pad('not needed', 10))} ${t(p.negated.map((n) => n.label).join(', '))}`);
    if (p.skills.length === 0) lines.push('  no known skills found');
    if (p.unknown) {
      const terms = p.unknown.map((u) => t(`${u.term} (${u.count}${u.similar ? `, like ${u.similar}` : ''})`));
      lines.push(`  ${style.bold(pad('unknown', 10))} ${terms.join(', ') || 'none'}`);
    }
    for (const w of p.warnings) lines.push(style.yellow(`  warning: ${t(w)}`));
    return [`${lines.join('\n')}\n`];
  });
  return blocks.join('\n');
}

export function keywordsText(source: Pick<ExtractedPosting, 'source' | 'title' | 'company' | 'location'>, s: Suggestions, style: Style = plain): string {
  return `${[heading(source, style), ...suggestionsText(s, style), '', style.bold('One line for an application form'), `  ${t(s.keywords.join(', '))}`].join('\n')}\n`;
}
