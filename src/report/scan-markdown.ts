import type { Status } from '../compare/schema.js';
import type { ScanSummary } from '../scan/schema.js';
import { md } from './markdown.js';
import { plural, yearsText } from './scan-text.js';

const STATUS: Record<Status, string> = { matched: '✅', reworded: '🔁', transferable: '↔️', missing: '❌' };
const pct = (share: number) => `${Math.round(share * 100)}%`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A scan as a Markdown report: counts, best fits, market demand, gaps, pairs, failures. */
export function scanMarkdown(summary: ScanSummary, top = 20): string {
  const labels = new Map(summary.skills.map((s) => [s.id, s.label] as const));
  const label = (id: string) => md(labels.get(id) ?? id);
  const c = summary.counts;
  const out: string[] = ['# Scan report', ''];
  out.push(
    `${plural(c.inputs, 'posting')} scanned: **${c.postings} distinct**, ${plural(c.duplicates.exact + c.duplicates.near, 'duplicate')} folded (${c.duplicates.exact} exact, ${c.duplicates.near} near), ${c.failed} failed.`,
  );
  out.push('', summary.profile ? `Compared with \`${summary.profile.source.replace(/`/g, "'")}\` (${summary.profile.skills} skills).` : '_No profile given: market demand only._');
  if (summary.ranking.length > 0) {
    out.push('', '## Best fits', '');
    out.push(table(['#', 'Score', 'Posting', 'Missing required'], summary.ranking.slice(0, top).map((r) => [
      String(r.rank), String(r.score),
      `${md([r.title, r.company].filter(Boolean).join(' · ') || r.source)}<br>\`${r.source.replace(/`/g, "'")}\``,
      r.missingRequired.map(label).join(', ') || '—',
    ])));
  }
  if (summary.skills.length > 0) {
    out.push('', '## Market demand', '');
    const head = ['Skill', 'Postings', 'Required', 'Preferred', 'Years asked', ...(summary.profile ? ['You'] : [])];
    out.push(table(head, summary.skills.slice(0, top).map((s) => [
      md(s.label), `${s.postings} (${pct(s.share)})`, String(s.required), String(s.preferred), yearsText(s.years) || '—',
      ...(summary.profile ? [s.you ? `${STATUS[s.you]} ${s.you}` : '—'] : []),
    ])));
  }
  if ((summary.areas ?? []).length > 0) {
    out.push('', '## Areas', '');
    out.push(table(['Area', 'Postings', 'Requiring one', 'Skills asked'], summary.areas.slice(0, top).map((a) => [md(a.label), `${a.postings} (${pct(a.share)})`, String(a.required), String(a.skills)])));
  }
  if (summary.periods && summary.periods.length > 0) {
    out.push('', '## By month', '');
    out.push(table(['Month', 'Postings', 'Most asked'], summary.periods.map((p) => [p.period, String(p.postings), p.skills.slice(0, 5).map((k) => `${label(k.id)} ${pct(k.share)}`).join(', ') || '—'])));
  }
  if (summary.gaps.length > 0) {
    out.push('', '## Gaps that would unlock the most postings', '', `A posting is unlocked when the skill is one of at most ${summary.fewMissing} missing required skills.`, '');
    out.push(table(['Skill', 'Unlocks', 'Only missing', 'Required and missing'], summary.gaps.slice(0, top).map((g) => [md(g.label), String(g.unlocks), String(g.only), `${g.missingIn} (${pct(g.share)})`])));
  }
  if (summary.pairs.length > 0) {
    out.push('', '## Skills that go together', '');
    out.push(table(['Skills', 'Postings', 'Lift'], summary.pairs.slice(0, top).map((p) => [`${md(p.labels[0])} + ${md(p.labels[1])}`, String(p.postings), `×${p.lift}`])));
  }
  if (summary.failures.length > 0) {
    out.push('', `## Failed (${c.failed})`, '', ...summary.failures.slice(0, top).map((f) => `- ${md(f.message)}`));
  }
  return `${out.join('\n')}\n`;
}
