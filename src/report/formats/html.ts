import { diffHtml } from '../diff.js';
import { analysisHtml } from '../html.js';
import { htmlPage } from '../html-page.js';
import { planHtml } from '../plan.js';
import { scanHtml } from '../scan-html.js';
import type { ReportFormat } from './types.js';

/** One self-contained page (no script, a strict Content-Security-Policy), to open or share. */
export const html: ReportFormat = {
  name: 'html',
  mediaType: 'text/html; charset=utf-8',
  extension: '.html',
  render: {
    analysis: (results) => analysisHtml(results),
    plan: (r) => htmlPage(r.title, `<section class="card">${planHtml(r.plan, r.title)}</section>`),
    scan: (r, o) => [scanHtml(r.summary, o.top)],
    diff: (d, o) => diffHtml(d, o.top),
  },
};
