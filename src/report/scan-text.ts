import type { Status } from '../compare/schema.js';
import type { ScanSummary, SkillDemand } from '../scan/schema.js';
import { sanitize as t } from './sanitize.js';
import { plain, type Style } from './style.js';

const MARK: Record<Status, string> = { matched: '✓', reworded: '≈', transferable: '~', missing: '✗' };
const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));
const padLeft = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const pct = (share: number) => `${Math.round(share * 100)}%`;
/** A label column wide enough for the longest of its labels (from `min`, at most `max`: a longer one pushes only its own row). */
export const columnWidth = (labels: readonly string[], min: number, max: number) => Math.min(max, Math.max(min, ...labels.map((l) => l.length + 1)));
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function yearsText(y: SkillDemand['years']): string {
  if (!y) return '';
  return y.min === y.max ? `${y.min}+ yrs` : `${y.min}-${y.max} yrs (median ${y.median})`;
}

/** What a scan found, for a terminal: the counts, the best fits, market demand, the gaps that unlock most, skills that go together. */
export function scanText(summary: ScanSummary, style: Style = plain, top = 20): string {
  const labels = new Map(summary.skills.map((s) => [s.id, s.label] as const));
  const label = (id: string) => t(labels.get(id) ?? id);
  const c = summary.counts;
  const lines: string[] = [];
  const folded = c.duplicates.exact + c.duplicates.near;
  if (c.postings === 0 && c.failed > 0 && c.failed === c.inputs) {
    // Nothing was read (a mistyped file, an export with no text column): the failures are the report.
    lines.push(style.bold(style.red(`Nothing scanned: ${c.failed === 1 ? 'the input' : `all ${c.failed} inputs`} failed`)));
    for (const f of summary.failures.slice(0, top)) lines.push(`  ${t(f.message)}`);
    if (c.failed > Math.min(top, summary.failures.length)) lines.push(style.dim(`  … and ${c.failed - Math.min(top, summary.failures.length)} more`));
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${style.bold(`Scanned ${plural(c.inputs, 'posting')}`)}: ${c.postings} distinct` +
      (folded > 0 ? `, ${folded} duplicate${folded === 1 ? '' : 's'} folded (${c.duplicates.exact} exact, ${c.duplicates.near} near)` : ', no duplicates') +
      (c.failed > 0 ? `, ${style.red(`${c.failed} failed`)}` : ''),
  );
  if (summary.profile) lines.push(style.dim(`Compared with ${t(summary.profile.source)} (${plural(summary.profile.skills, 'skill')})`));
  else lines.push(style.dim('No profile given: market demand only (add --profile me.yaml or --resume resume.md for fit scores and gaps)'));

  if (summary.ranking.length > 0) {
    lines.push('', style.bold('Best fits'));
    for (const r of summary.ranking.slice(0, top)) {
      // Titles, companies and sources come from the postings: printed only sanitized (no terminal escapes).
      const name = t([r.title, r.company].filter(Boolean).join(' · ') || r.source);
      const missing = r.missingRequired.length > 0 ? style.dim(`  missing: ${r.missingRequired.slice(0, 3).map(label).join(', ')}`) : style.dim('  nothing required missing');
      lines.push(`  ${padLeft(String(r.rank), 3)}. ${style.bold(padLeft(String(r.score), 3))}  ${name}${name === t(r.source) ? '' : style.dim(` (${t(r.source)})`)}`);
      lines.push(`       ${missing}`);
    }
  }

  if (summary.skills.length > 0) {
    lines.push('', style.bold('Market demand') + style.dim(` (share of ${plural(c.postings, 'posting')}; required/preferred${summary.profile ? '; you' : ''})`));
    const shown = summary.skills.slice(0, top).map((s) => [s, `${s.you ? `${MARK[s.you]} ` : ''}${t(s.label)}`] as const);
    const width = columnWidth(shown.map(([, l]) => l), 28, 48);
    for (const [s, label] of shown) lines.push(`  ${padLeft(pct(s.share), 4)}  ${pad(label, width)}${pad(`${s.required}/${s.preferred}`, 9)}${style.dim(yearsText(s.years))}`);
    if (summary.skills.length > top) lines.push(style.dim(`  … and ${summary.skills.length - top} more (--top N, or --format json for all)`));
  }

  const areas = summary.areas ?? [];
  if (areas.length > 0) {
    lines.push('', style.bold('Areas') + style.dim(' (share of postings asking for any of their skills; requiring one)'));
    const width = columnWidth(areas.slice(0, top).map((a) => t(a.label)), 28, 48);
    for (const a of areas.slice(0, top)) lines.push(`  ${padLeft(pct(a.share), 4)}  ${pad(t(a.label), width)}${style.dim(`${a.required} require, ${plural(a.skills, 'skill')} asked`)}`);
  }

  if (summary.periods && summary.periods.length > 0) {
    lines.push('', style.bold('By month') + style.dim(' (postings; the most asked skills and their share)'));
    for (const p of summary.periods) {
      lines.push(`  ${pad(p.period, 9)}${padLeft(String(p.postings), 5)}  ${p.skills.slice(0, 5).map((k) => `${label(k.id)} ${pct(k.share)}`).join(', ')}`);
    }
  }

  if (summary.gaps.length > 0) {
    lines.push('', style.bold('Gaps that would unlock the most postings') + style.dim(` (missing required, with at most ${summary.fewMissing} required missing)`));
    const width = columnWidth(summary.gaps.slice(0, top).map((g) => t(g.label)), 28, 48);
    for (const g of summary.gaps.slice(0, top)) {
      lines.push(`  ${pad(t(g.label), width)}unlocks ${padLeft(String(g.unlocks), 4)}${style.dim(`  only missing in ${g.only}, required-and-missing in ${g.missingIn} (${pct(g.share)})`)}`);
    }
  }

  if (summary.pairs.length > 0) {
    lines.push('', style.bold('Skills that go together') + style.dim(' (postings asking for both; lift over chance)'));
    const width = columnWidth(summary.pairs.slice(0, top).map((p) => t(`${p.labels[0]} + ${p.labels[1]}`)), 40, 72);
    for (const p of summary.pairs.slice(0, top)) lines.push(`  ${pad(t(`${p.labels[0]} + ${p.labels[1]}`), width)}${padLeft(String(p.postings), 5)}  ×${p.lift}`);
  }

  if (summary.failures.length > 0) {
    lines.push('', style.bold(style.red(`Failed (${c.failed})`)));
    for (const f of summary.failures.slice(0, top)) lines.push(`  ${t(f.message)}`);
    if (c.failed > Math.min(top, summary.failures.length)) lines.push(style.dim(`  … and ${c.failed - Math.min(top, summary.failures.length)} more`));
  }
  return `${lines.join('\n')}\n`;
}
