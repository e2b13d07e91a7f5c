import type { Status } from '../compare/schema.js';
import { escapeHtml } from './html-escape.js';

export interface Bar {
  label: string;
  /** 0..1 */
  share: number;
  /** The text at the end of the bar: "62% · 31 postings". */
  value: string;
  /** The person's coverage, coloured; null: no profile. */
  you: Status | null;
}

const n = (x: number) => Math.round(x * 10) / 10;

/**
 * A horizontal bar chart as inline SVG (no script, no external resource): one bar a skill, its
 * length the share of postings asking for it, its colour and a text tag the person's coverage.
 */
export function barChart(bars: readonly Bar[], options: { title: string; width?: number }): string {
  const width = options.width ?? 960;
  const longest = Math.max(8, ...bars.map((b) => Math.min(34, b.label.length)));
  const labelWidth = Math.round(Math.min(260, longest * 7.4 + 18));
  const valueWidth = Math.round(Math.max(70, ...bars.map((b) => b.value.length * 7.4 + 14)));
  const tagWidth = bars.some((b) => b.you) ? 118 : 0;
  const row = 24;
  const barMax = width - labelWidth - valueWidth - tagWidth;
  const height = bars.length * row + 6;
  const rows = bars.map((b, i) => {
    const y = i * row + 3;
    const w = Math.max(2, n(barMax * Math.min(1, Math.max(0, b.share))));
    const tag = b.you ? `<text class="chart-tag ${b.you}" x="${width - 2}" y="${y + 15}" text-anchor="end">${TAG[b.you]}</text>` : '';
    return (
      `<g class="chart-row"><title>${escapeHtml(`${b.label}: ${b.value}${b.you ? `, you: ${b.you}` : ''}`)}</title>` +
      `<text class="chart-label" x="${labelWidth - 10}" y="${y + 15}" text-anchor="end">${escapeHtml(clip(b.label, 34))}</text>` +
      `<rect class="chart-track" x="${labelWidth}" y="${y + 3}" width="${barMax}" height="16" rx="3"/>` +
      `<rect class="chart-bar ${b.you ?? 'none'}" x="${labelWidth}" y="${y + 3}" width="${w}" height="16" rx="3"/>` +
      `<text class="chart-value" x="${labelWidth + barMax + 8}" y="${y + 15}">${escapeHtml(b.value)}</text>${tag}</g>`
    );
  });
  return `<svg class="chart" role="img" aria-label="${escapeHtml(options.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(options.title)}</title>${rows.join('')}</svg>`;
}

const TAG: Record<Status, string> = { matched: '✓ you have it', reworded: '≈ other words', transferable: '~ related', missing: '✗ missing' };

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The match score as a ring: the arc is the score out of 100. */
export function scoreRing(value: number, size = 132): string {
  const r = 52;
  const c = 2 * Math.PI * r;
  const v = Math.max(0, Math.min(100, value));
  const tone = v >= 70 ? 'good' : v >= 40 ? 'fair' : 'low';
  return (
    `<svg class="ring ${tone}" role="img" aria-label="Match score ${v} out of 100" viewBox="0 0 128 128" width="${size}" height="${size}" xmlns="http://www.w3.org/2000/svg">` +
    `<circle class="ring-track" cx="64" cy="64" r="${r}"/>` +
    `<circle class="ring-arc" cx="64" cy="64" r="${r}" stroke-dasharray="${n((c * v) / 100)} ${n(c)}" transform="rotate(-90 64 64)"/>` +
    `<text class="ring-value" x="64" y="66" text-anchor="middle" dominant-baseline="middle">${v}</text>` +
    `<text class="ring-unit" x="64" y="92" text-anchor="middle">of 100</text></svg>`
  );
}
