import type { Ranked, ScanSummary } from '../scan/schema.js';
import { escapeHtml as h } from './html-escape.js';
import { STATUS_TEXT, htmlPage, htmlTable, legend } from './html-page.js';
import { yearsText } from './scan-text.js';
import { barChart } from './svg-chart.js';

const pct = (share: number) => `${Math.round(share * 100)}%`;


/**
 * `scan --format html`: one self-contained page: the counts, a demand chart (each top skill's share
 * of postings, coloured and tagged with the person's coverage), best fits, gaps, pairs, failures.
 * Every value from a posting is escaped (`h`); cells passed to `table` are already HTML.
 */
export interface ScanHtmlOptions {
  /** Length of the rankings. Default 20. */
  top?: number;
  /** Where a ranked posting's own report is (the web app); else its URL when it has one. */
  postingHref?: (r: Ranked) => string | null;
}

const webAddress = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/** The scan report's body: counts, demand chart, best fits, gaps, pairs, failures. */
export function scanBody(summary: ScanSummary, options: ScanHtmlOptions = {}): string {
  const top = options.top ?? 20;
  const labels = new Map(summary.skills.map((s) => [s.id, s.label] as const));
  const label = (id: string) => h(labels.get(id) ?? id);
  const c = summary.counts;
  const stat = (n: number | string, what: string) => `<div class="stat"><b>${h(n)}</b><span>${h(what)}</span></div>`;
  const parts: string[] = [];
  parts.push(`<h1>Scan report: what ${c.postings} posting${c.postings === 1 ? '' : 's'} ask for</h1>`);
  parts.push(
    `<p class="lead">${
      summary.profile ? `Compared with <code>${h(summary.profile.source)}</code>: ${summary.profile.skills} skills.` : 'No profile given: market demand only.'
    }</p>`,
  );
  parts.push(
    `<section class="card"><div class="stats">${[
      stat(c.inputs, 'inputs scanned'),
      stat(c.postings, 'distinct postings'),
      stat(c.duplicates.exact + c.duplicates.near, `duplicates folded (${c.duplicates.exact} exact, ${c.duplicates.near} near)`),
      stat(c.failed, 'failed'),
    ].join('')}</div></section>`,
  );

  if (summary.skills.length > 0) {
    const shown = summary.skills.slice(0, top);
    const chart = barChart(
      shown.map((s) => ({ label: s.label, share: s.share, value: `${pct(s.share)} · ${s.postings} (${s.required} req.)`, you: s.you })),
      { title: `Share of postings asking for each of the ${shown.length} most asked skills` },
    );
    // The chart shows each skill's share, count and standing; the table adds only what it cannot: the
    // required/preferred split and the years asked, for the skills that state years.
    const detailed = shown.filter((s) => yearsText(s.years) !== '');
    const rows = detailed.map((s) => [h(s.label), String(s.required), String(s.preferred), h(yearsText(s.years))]);
    parts.push(`<section class="card demand"><header><h2>Market demand</h2><span class="source">share of postings asking for each skill${summary.profile ? ', and where you stand' : ''}</span></header>
${summary.profile ? legend() : ''}
<figure class="chart-figure">${chart}</figure>
${rows.length > 0 ? `<h3>Years asked</h3>\n${htmlTable(['Skill', 'Required', 'Preferred', 'Years asked'], rows, [1, 2])}` : ''}</section>`);
  }

  if (summary.ranking.length > 0) {
    const rows = summary.ranking.slice(0, top).map((r) => [
      String(r.rank),
      `<b>${r.score}</b>`,
      postingCell(r, options.postingHref?.(r) ?? webAddress(r.url)),
      r.missingRequired.map(label).join(', ') || '—',
    ]);
    parts.push(`<section class="card"><header><h2>Best fits</h2><span class="source">score 0-100, best first</span></header>${htmlTable(['#', 'Score', 'Posting', 'Missing required'], rows, [0, 1])}</section>`);
  }

  if ((summary.areas ?? []).length > 0) {
    const rows = summary.areas.slice(0, top).map((a) => [h(a.label), `${a.postings} (${h(pct(a.share))})`, String(a.required), String(a.skills)]);
    parts.push(`<section class="card"><header><h2>Areas</h2><span class="source">postings asking for any skill of the area</span></header>${htmlTable(['Area', 'Postings', 'Requiring one', 'Skills asked'], rows, [1, 2, 3])}</section>`);
  }

  if (summary.periods && summary.periods.length > 0) {
    const rows = summary.periods.map((p) => [h(p.period), String(p.postings), p.skills.slice(0, 5).map((k) => `${label(k.id)} ${h(pct(k.share))}`).join(', ') || '—']);
    parts.push(`<section class="card"><header><h2>By month</h2><span class="source">date posted</span></header>${htmlTable(['Month', 'Postings', 'Most asked'], rows, [1])}</section>`);
  }

  if (summary.gaps.length > 0) {
    // The table holds the gaps that unlock a posting; the others are only named, most required first.
    const gaps = summary.gaps.slice(0, top);
    const unlocking = gaps.filter((g) => g.unlocks > 0);
    const others = gaps.filter((g) => g.unlocks === 0);
    const rows = unlocking.map((g) => [h(g.label), String(g.unlocks), String(g.only), `${g.missingIn} (${pct(g.share)})`]);
    parts.push(`<section class="card"><header><h2>Gaps that would unlock the most postings</h2></header>
<p class="note">A posting is unlocked when the skill is one of at most ${summary.fewMissing} missing required skills.</p>
${rows.length > 0 ? htmlTable(['Skill', 'Unlocks', 'Only missing', 'Required and missing'], rows, [1, 2, 3]) : '<p>No single skill would unlock a posting: each lacks more than that.</p>'}
${others.length > 0 ? `<p class="note">Also required and missing (unlocking none alone): ${others.map((g) => `${h(g.label)} (${g.missingIn})`).join(', ')}.</p>` : ''}</section>`);
  }

  if (summary.pairs.length > 0) {
    const rows = summary.pairs.slice(0, top).map((p) => [`${h(p.labels[0])} + ${h(p.labels[1])}`, String(p.postings), `×${p.lift}`]);
    parts.push(`<section class="card"><header><h2>Skills that go together</h2></header>${htmlTable(['Skills', 'Postings', 'Lift'], rows, [1, 2])}</section>`);
  }

  if (summary.failures.length > 0) {
    parts.push(`<section class="card error"><header><h2>Failed (${c.failed})</h2></header><ul>${summary.failures
      .slice(0, top)
      .map((f) => `<li>${h(f.message)}</li>`)
      .join('')}</ul></section>`);
  }
  return parts.join('\n');
}

function postingCell(r: Ranked, href: string | null): string {
  const name = h([r.title, r.company].filter(Boolean).join(' · ') || r.source);
  return `${href ? `<a href="${h(href)}" rel="noreferrer noopener">${name}</a>` : name}<br><span class="source">${h(r.url ?? r.source)}</span>`;
}

/** `scan --format html`: one self-contained page. */
export function scanHtml(summary: ScanSummary, top = 20): string {
  return htmlPage(`Scan report: ${summary.counts.postings} postings`, scanBody(summary, { top }));
}
