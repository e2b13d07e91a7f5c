/**
 * `skillgap diff` in every format: text for a terminal, Markdown, one self-contained HTML page with a
 * chart of the biggest movers, and JSON (DiffOutputSchema). Every value from the scans (labels, file
 * names) is sanitized (text), escaped (HTML) or quoted (Markdown).
 */
import type { Status } from '../compare/schema.js';
import type { DiffOutput, DiffSkill } from '../scan/diff.js';
import { escapeHtml as h } from './html-escape.js';
import { htmlPage, htmlTable } from './html-page.js';
import { md } from './markdown.js';
import { sanitize as t } from './sanitize.js';
import { columnWidth } from './scan-text.js';
import { plain, type Style } from './style.js';
import { barChart } from './svg-chart.js';

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)}`;
const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));
const padLeft = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const MARK: Record<Status, string> = { matched: '✓', reworded: '≈', transferable: '~', missing: '✗' };

function lookup(d: DiffOutput): (id: string) => DiffSkill {
  const by = new Map(d.skills.map((k) => [k.id, k] as const));
  return (id) => by.get(id)!;
}

const coverageText = (c: DiffOutput['old']['coverage']) => (c ? `${pct(c.share)} of required asks (${c.covered} of ${c.asked})` : 'no profile');

/** The report's facts, the same in every prose format: what each list holds. */
function sections(d: DiffOutput, top: number) {
  const skill = lookup(d);
  return {
    skill,
    risers: d.risers.slice(0, top).map(skill),
    fallers: d.fallers.slice(0, top).map(skill),
    appeared: d.appeared.slice(0, top).map(skill),
    vanished: d.vanished.slice(0, top).map(skill),
    shifts: d.requiredShifts.slice(0, top).map(skill),
    areas: d.areas.slice(0, top),
  };
}

export function diffText(d: DiffOutput, style: Style = plain, top = 20): string {
  const s = sections(d, top);
  const lines: string[] = [];
  lines.push(style.bold(`Trends: ${d.old.postings} postings then (${t(d.old.file)}), ${d.new.postings} now (${t(d.new.file)})`));
  if (d.old.coverage || d.new.coverage) lines.push(`Your coverage: ${coverageText(d.old.coverage)} then, ${coverageText(d.new.coverage)} now`);
  for (const n of d.notes) lines.push(style.dim(`Note: ${t(n)}`));
  const name = (k: DiffSkill) => `${k.you.new ? `${MARK[k.you.new]} ` : ''}${t(k.label)}`;
  const width = columnWidth([...s.risers, ...s.fallers, ...s.appeared, ...s.vanished].map(name).concat(s.shifts.map((k) => t(k.label)), s.areas.map((a) => t(a.label))), 30, 50);
  const row = (k: DiffSkill) =>
    `  ${pad(name(k), width)}${padLeft(pct(k.old.share), 6)} → ${padLeft(pct(k.new.share), 6)}  ${padLeft(signed(k.change), 6)} pts`;
  const block = (title: string, list: DiffSkill[], line = row) => {
    if (list.length === 0) return;
    lines.push('', style.bold(title));
    for (const k of list) lines.push(line(k));
  };
  block('Rising (share of postings then → now)', s.risers);
  block('Falling', s.fallers);
  block('New (asked now, never then)', s.appeared);
  block('Vanished (asked then, never now)', s.vanished);
  block('Required vs preferred (share of asks that require it)', s.shifts, (k) => `  ${pad(t(k.label), width)}${padLeft(pct(k.requiredRate.old!), 6)} → ${padLeft(pct(k.requiredRate.new!), 6)} required  ${padLeft(signed(k.requiredRate.change!), 6)} pts`);
  if (s.areas.length > 0) {
    lines.push('', style.bold('Areas (share of postings asking for any of their skills)'));
    for (const a of s.areas) lines.push(`  ${pad(t(a.label), width)}${padLeft(pct(a.old.share), 6)} → ${padLeft(pct(a.new.share), 6)}  ${padLeft(signed(a.change), 6)} pts`);
  }
  return `${lines.join('\n')}\n`;
}

function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

export function diffMarkdown(d: DiffOutput, top = 20): string {
  const s = sections(d, top);
  const out: string[] = ['# Trends', '', `${d.old.postings} postings then (${code(d.old.file)}), ${d.new.postings} now (${code(d.new.file)}).`];
  if (d.old.coverage || d.new.coverage) out.push('', `Your coverage: ${coverageText(d.old.coverage)} then, ${coverageText(d.new.coverage)} now.`);
  for (const n of d.notes) out.push('', `_Note: ${md(n)}_`);
  const skills = (title: string, list: DiffSkill[]) => {
    if (list.length === 0) return;
    out.push('', `## ${title}`, '', mdTable(['Skill', 'Then', 'Now', 'Change (pts)'], list.map((k) => [md(k.label), pct(k.old.share), pct(k.new.share), signed(k.change)])));
  };
  skills('Rising', s.risers);
  skills('Falling', s.fallers);
  skills('New', s.appeared);
  skills('Vanished', s.vanished);
  if (s.shifts.length > 0) {
    out.push('', '## Required vs preferred', '', mdTable(['Skill', 'Required then', 'Required now', 'Change (pts)'], s.shifts.map((k) => [md(k.label), pct(k.requiredRate.old!), pct(k.requiredRate.new!), signed(k.requiredRate.change!)])));
  }
  if (s.areas.length > 0) out.push('', '## Areas', '', mdTable(['Area', 'Then', 'Now', 'Change (pts)'], s.areas.map((a) => [md(a.label), pct(a.old.share), pct(a.new.share), signed(a.change)])));
  return `${out.join('\n')}\n`;
}


export function diffHtml(d: DiffOutput, top = 20): string {
  const s = sections(d, top);
  const parts: string[] = [];
  parts.push(`<h1>Trends: ${h(d.old.postings)} postings then, ${h(d.new.postings)} now</h1>`);
  parts.push(`<p class="lead">Then: <code>${h(d.old.file)}</code>. Now: <code>${h(d.new.file)}</code>.</p>`);
  if (d.old.coverage || d.new.coverage) parts.push(`<p>Your coverage: ${h(coverageText(d.old.coverage))} then, ${h(coverageText(d.new.coverage))} now.</p>`);
  for (const n of d.notes) parts.push(`<p class="note">${h(n)}</p>`);
  const movers = [...s.risers, ...s.fallers].sort((a, b) => Math.abs(b.change) - Math.abs(a.change)).slice(0, top);
  if (movers.length > 0) {
    const max = Math.max(...movers.map((k) => Math.abs(k.change)), 0.1);
    const chart = barChart(
      movers.map((k) => ({ label: `${k.change > 0 ? '▲' : '▼'} ${k.label}`, share: Math.abs(k.change) / max, value: `${signed(k.change)} pts (${pct(k.old.share)} → ${pct(k.new.share)})`, you: k.you.new })),
      { title: `The ${movers.length} skills whose share of postings moved most` },
    );
    parts.push(`<section class="card"><header><h2>Biggest movers</h2><span class="source">change in share of postings, in points</span></header><figure class="chart-figure">${chart}</figure></section>`);
  }
  const skills = (title: string, list: DiffSkill[]) => {
    if (list.length === 0) return;
    parts.push(`<section class="card"><header><h2>${h(title)}</h2></header>${htmlTable(['Skill', 'Then', 'Now', 'Change (pts)'], list.map((k) => [h(k.label), h(pct(k.old.share)), h(pct(k.new.share)), h(signed(k.change))]), [1, 2, 3])}</section>`);
  };
  skills('Rising', s.risers);
  skills('Falling', s.fallers);
  skills('New', s.appeared);
  skills('Vanished', s.vanished);
  if (s.shifts.length > 0) {
    parts.push(
      `<section class="card"><header><h2>Required vs preferred</h2></header>${htmlTable(['Skill', 'Required then', 'Required now', 'Change (pts)'], s.shifts.map((k) => [h(k.label), h(pct(k.requiredRate.old!)), h(pct(k.requiredRate.new!)), h(signed(k.requiredRate.change!))]), [1, 2, 3])}</section>`,
    );
  }
  if (s.areas.length > 0) {
    parts.push(`<section class="card"><header><h2>Areas</h2></header>${htmlTable(['Area', 'Then', 'Now', 'Change (pts)'], s.areas.map((a) => [h(a.label), h(pct(a.old.share)), h(pct(a.new.share)), h(signed(a.change))]), [1, 2, 3])}</section>`);
  }
  return htmlPage(`Trends: ${d.old.postings} → ${d.new.postings} postings`, parts.join('\n'));
}

export const diffJson = (d: DiffOutput) => `${JSON.stringify(d, null, 2)}\n`;
