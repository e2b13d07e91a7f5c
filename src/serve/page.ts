import { escapeHtml as h } from '../report/html-escape.js';
import { RESUME_EXTENSIONS, POSTING_FILE_EXTENSIONS } from './upload.js';

/** The app's own styles, after the report's: the forms, the navigation, progress. */
export const APP_CSS = `
.app-header{display:flex;flex-wrap:wrap;align-items:baseline;gap:8px 24px;margin-bottom:6px}
.app-header h1{margin:0}
.app-nav{display:flex;gap:6px}
.app-nav a{padding:6px 12px;border-radius:8px;text-decoration:none;border:1px solid var(--line)}
.app-nav a[aria-current=page]{background:var(--accent);color:var(--paper);border-color:var(--accent)}
form.card label,form.card .label{display:block;font-weight:650;margin:14px 0 6px}
form.card label:first-of-type{margin-top:0}
textarea,input[type=url],input[type=file]{width:100%;border:1px solid var(--line);border-radius:8px;background:var(--paper);padding:10px 12px}
textarea{min-height:220px;resize:vertical;line-height:1.5}
.hint{color:var(--muted);font-size:.86rem;margin:4px 0 0}
.row{display:grid;grid-template-columns:1fr 1fr;gap:0 20px}
@media (max-width:700px){.row{grid-template-columns:1fr}}
.actions{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-top:18px}
.status{color:var(--muted)}
.form-error{color:var(--missing);font-weight:600;margin:12px 0 0}
.form-error:empty{display:none}
.drop{border:2px dashed var(--line);border-radius:10px;padding:14px}
.drop.over{border-color:var(--accent);background:var(--soft)}
progress{width:100%;height:14px}
.downloads{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
`;

export type View = 'analyze' | 'scan';

export interface PageParts {
  view: View;
  /** Already-escaped HTML of a result to show under the form. */
  result?: string;
  /** A message for the person (escaped here). */
  error?: string;
  /** The pasted posting, kept in the form after a round trip without script. */
  posting?: string;
  url?: string;
  /** Whether the server holds a default profile (serve --profile/--resume). */
  defaultProfile?: string | null;
}

function nav(view: View): string {
  const link = (href: string, name: string, me: boolean) => `<a href="${href}"${me ? ' aria-current="page"' : ''}>${name}</a>`;
  return `<nav class="app-nav" aria-label="Views">${link('/', 'One posting', view === 'analyze')}${link('/scan', 'Many postings', view === 'scan')}</nav>`;
}

function resumeField(defaultProfile: string | null | undefined): string {
  return `<label for="resume">Resume</label>
<input type="file" id="resume" name="resume" accept="${RESUME_EXTENSIONS.join(',')}" aria-describedby="resume-hint">
<p class="hint" id="resume-hint">PDF, Word (.docx), Markdown, text or JSON Resume; or a skillgap profile (.yaml).${
    defaultProfile ? ` Without one: <code>${h(defaultProfile)}</code>.` : ''
  }</p>`;
}

function analyzeForm(p: PageParts): string {
  return `<form class="card app-only" id="analyze-form" method="post" action="/analyze" enctype="multipart/form-data">
<label for="posting">Job posting</label>
<textarea id="posting" name="posting" aria-describedby="posting-hint" placeholder="Paste the whole job description here">${h(p.posting ?? '')}</textarea>
<p class="hint" id="posting-hint">Paste it, or give its address below.</p>
<div class="row">
<div><label for="url">Posting address (URL)</label>
<input type="url" id="url" name="url" inputmode="url" placeholder="https://jobs.example.com/123" value="${h(p.url ?? '')}"></div>
<div>${resumeField(p.defaultProfile)}</div>
</div>
<div class="actions"><button type="submit">Analyze</button><span class="status" id="status" role="status" aria-live="polite"></span></div>
<p class="form-error" id="form-error" role="alert">${h(p.error ?? '')}</p>
</form>`;
}

function scanForm(p: PageParts): string {
  return `<form class="card app-only" id="scan-form" method="post" action="/scan" enctype="multipart/form-data">
<div class="drop" id="drop">
<label for="postings">Posting files or exports</label>
<input type="file" id="postings" name="postings" multiple accept="${POSTING_FILE_EXTENSIONS.join(',')}" aria-describedby="postings-hint">
<p class="hint" id="postings-hint">Drop or choose .txt, .md, .pdf, .docx or saved .html postings, or JSONL/CSV exports of many.</p>
</div>
<label for="export">Or paste a JSONL or CSV export</label>
<textarea id="export" name="export" placeholder='{"title": "Data Scientist", "description": "..."}'></textarea>
${resumeField(p.defaultProfile)}
<div class="actions"><button type="submit">Scan</button><span class="status" id="status" role="status" aria-live="polite"></span></div>
<progress id="progress" hidden max="1" value="0" aria-label="Postings scanned"></progress>
<p class="form-error" id="form-error" role="alert">${h(p.error ?? '')}</p>
</form>`;
}

/** A page of the app: its own stylesheet and script only, the app's header and navigation, then `body`. */
function shell(title: string, view: View, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<main>
<header class="app-header app-only"><h1>skillgap</h1>${nav(view)}</header>
${body}
</main>
</body>
</html>
`;
}

/** The app's page: the view's form, and a result under it when there is one. */
export function appPage(p: PageParts): string {
  const title = p.view === 'analyze' ? 'skillgap: where you stand for a job' : 'skillgap: many postings';
  const lead =
    p.view === 'analyze'
      ? 'Paste a job posting and attach your resume: see what the posting asks for, where you stand, and honest keywords for your application.'
      : 'Scan many postings at once: what the market asks for, which postings fit you best, and the gaps that would open the most doors.';
  return shell(
    title,
    p.view,
    `<p class="lead app-only">${lead} It all runs on this computer: nothing leaves it, and nothing you attach is saved.</p>
${p.view === 'analyze' ? analyzeForm(p) : scanForm(p)}
<div id="result" tabindex="-1">${p.result ?? ''}</div>
<footer>skillgap, running locally.</footer>`,
  );
}

/** A whole page for one report (a scanned posting's own report), with the app's navigation. */
export function reportPage(title: string, body: string): string {
  return shell(title, 'scan', body);
}
