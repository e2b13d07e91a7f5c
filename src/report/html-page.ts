import type { Status } from '../compare/schema.js';
import { escapeHtml } from './html-escape.js';

/** Nothing may load or run: no scripts at all, styles only inline, images only as data: URLs. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export const STATUS_TEXT: Record<Status, { symbol: string; name: string; meaning: string }> = {
  matched: { symbol: '✓', name: 'matched', meaning: 'you have it, in the same words' },
  reworded: { symbol: '≈', name: 'reworded', meaning: 'you have it, in other words: use theirs' },
  transferable: { symbol: '~', name: 'transferable', meaning: 'you have something related' },
  missing: { symbol: '✗', name: 'missing', meaning: 'not in your resume or profile' },
};

/** The report's styles: the HTML files inline them, the web app serves them as a stylesheet. */
export const REPORT_CSS = `
:root{color-scheme:light dark;--ink:#1d2330;--muted:#5b6476;--line:#e3e6ec;--paper:#fff;--bg:#f5f6f8;--accent:#3b4cca;--soft:#fafbfc;--code:#eef0f4;--kw:#f2f4fb;--kw-line:#d9def3;--track:#eceef3;--focus:#3b4cca;
--matched:#1f7a45;--matched-bg:#d8f1e2;--reworded:#2157b8;--reworded-bg:#dce8fb;--transferable:#8a5a00;--transferable-bg:#fcefc9;--missing:#b42318;--missing-bg:#fde2e0}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
main{max-width:1200px;margin:0 auto;padding:28px 24px 56px}
h1{font-size:1.7rem;line-height:1.2;margin:0 0 4px;letter-spacing:-.01em}
h2{font-size:1.35rem;line-height:1.25;margin:0}
h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:22px 0 8px}
p{margin:0 0 8px}
code{font:.88em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--code);border-radius:4px;padding:1px 5px;word-break:break-all}
.lead{color:var(--muted);margin:0 0 22px}
.card{background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:24px 26px;margin:0 0 24px;box-shadow:0 1px 2px rgba(16,24,40,.04)}
.card>header{display:flex;flex-wrap:wrap;gap:6px 16px;align-items:baseline;justify-content:space-between;border-bottom:1px solid var(--line);padding-bottom:14px;margin-bottom:18px}
.source{color:var(--muted);font-size:.88rem}
.summary{display:grid;grid-template-columns:auto 1fr;gap:18px 28px;align-items:center}
.score{display:flex;flex-direction:column;align-items:center;gap:2px}
.score-label{font-weight:600;font-size:.9rem;color:var(--muted)}
.ring-track{fill:none;stroke:var(--track);stroke-width:12}
.ring-arc{fill:none;stroke-width:12;stroke-linecap:round}
.ring.good .ring-arc{stroke:var(--matched)}.ring.fair .ring-arc{stroke:#c98a04}.ring.low .ring-arc{stroke:var(--missing)}
.ring-value{font-size:38px;font-weight:700;fill:var(--ink)}
.ring-unit{font-size:12px;fill:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.05em}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.explanation{color:var(--muted);font-size:.9rem;margin-top:8px}
.legend{display:flex;flex-wrap:wrap;gap:8px 18px;margin:18px 0 4px;padding:10px 14px;background:var(--soft);border:1px solid var(--line);border-radius:8px;font-size:.88rem}
.legend span{display:inline-flex;gap:6px;align-items:center}
.layout{display:grid;grid-template-columns:minmax(0,1.35fr) minmax(0,1fr);gap:28px;align-items:start}
@media (max-width:900px){.layout,.summary{grid-template-columns:1fr}}
.posting-text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.97rem;line-height:1.7;background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:16px 18px;max-height:none}
mark{color:inherit;border-radius:3px;padding:0 2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark::after{font-size:.72em;font-weight:700;vertical-align:super;line-height:0;margin-left:2px}
mark.matched{background:var(--matched-bg);border-bottom:2px solid var(--matched)}mark.matched::after{content:"✓";color:var(--matched)}
mark.reworded{background:var(--reworded-bg);border-bottom:2px dashed var(--reworded)}mark.reworded::after{content:"≈";color:var(--reworded)}
mark.transferable{background:var(--transferable-bg);border-bottom:2px dotted var(--transferable)}mark.transferable::after{content:"~";color:var(--transferable)}
mark.missing{background:var(--missing-bg);border-bottom:2px solid var(--missing)}mark.missing::after{content:"✗";color:var(--missing)}
.badge{display:inline-block;white-space:nowrap;font-size:.78rem;font-weight:600;border-radius:999px;padding:1px 9px;border:1px solid}
.badge.matched{color:var(--matched);background:var(--matched-bg);border-color:var(--matched)}
.badge.reworded{color:var(--reworded);background:var(--reworded-bg);border-color:var(--reworded)}
.badge.transferable{color:var(--transferable);background:var(--transferable-bg);border-color:var(--transferable)}
.badge.missing{color:var(--missing);background:var(--missing-bg);border-color:var(--missing)}
.kw-line{font-weight:600;background:var(--kw);border:1px solid var(--kw-line);border-radius:8px;padding:10px 12px;user-select:all}
ul.kw{list-style:none;margin:0;padding:0}
ul.kw li{padding:6px 0;border-bottom:1px dashed var(--line)}
ul.kw li:last-child{border-bottom:0}
ul.kw b{font-weight:650}
.note{color:var(--muted);font-size:.86rem}
.error{border-color:var(--missing)}
.warning{color:var(--transferable);font-size:.9rem}
nav.toc ol{margin:0;padding-left:22px}
nav.toc a{color:var(--accent)}
.chart-figure{margin:12px 0 0;overflow-x:auto}
.chart{display:block;max-width:100%;height:auto;font-size:13px}
.chart-label{fill:var(--ink)}.chart-value{fill:var(--muted)}
.chart-track{fill:var(--track)}
.chart-bar.matched{fill:var(--matched)}.chart-bar.reworded{fill:var(--reworded)}.chart-bar.transferable{fill:#c98a04}.chart-bar.missing{fill:var(--missing)}.chart-bar.none{fill:var(--accent)}
.chart-tag{font-size:12px;font-weight:600}.chart-tag.matched{fill:var(--matched)}.chart-tag.reworded{fill:var(--reworded)}.chart-tag.transferable{fill:var(--transferable)}.chart-tag.missing{fill:var(--missing)}
.stats{display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 6px}
.stat{background:var(--soft);border:1px solid var(--line);border-radius:10px;padding:10px 16px;min-width:120px}
.stat b{display:block;font-size:1.5rem;line-height:1.2}
.stat span{color:var(--muted);font-size:.85rem}
footer{color:var(--muted);font-size:.82rem;text-align:center;margin-top:28px}
caption{caption-side:top;text-align:left;font-weight:650;font-size:1rem;padding:14px 0 6px}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table.gap th[scope=row],table.counts th[scope=row],table.components th[scope=row]{font-weight:600;color:var(--ink);font-size:.92rem;text-transform:none;letter-spacing:0}
tr.group th{background:var(--soft);color:var(--ink);font-size:.8rem}
.score-value{display:block;text-align:center;font-size:1.15rem;color:var(--ink)}
.kw-box{display:flex;gap:10px;align-items:flex-start}
.kw-box .kw-line{flex:1}
button,input,textarea,select{font:inherit;color:inherit}
button{cursor:pointer;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:8px;padding:8px 16px;font-weight:600}
button.secondary,.copy{background:transparent;color:var(--accent)}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
details.posting{margin-top:22px}
details.posting>summary{cursor:pointer;font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-weight:600;margin-bottom:8px}
ol.plan{padding-left:20px}
@media (max-width:600px){.chart{max-width:none;width:720px}main{padding:16px 10px 40px}.card{padding:16px 14px;border-radius:10px}h1{font-size:1.35rem}th,td{padding:5px 6px}.kw-box{flex-direction:column}
table.gap thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
table.gap tr:not(.group){display:grid;grid-template-columns:minmax(0,1fr) auto;column-gap:8px;border-bottom:1px solid var(--line)}
table.gap tr:not(.group)>*{border-bottom:0}table.gap tr:not(.group)>td.note{grid-column:1/-1;padding-top:0}
table.gap tr.group th{display:block}
.table-wrap .source,.table-wrap td:has(>.source){overflow-wrap:anywhere}.table-wrap table{font-size:.86rem}th{letter-spacing:0;font-size:.7rem}.table-wrap th,.table-wrap td{padding:5px 4px}}
@media (prefers-color-scheme:dark){:root{--ink:#e6e9ef;--muted:#a3acbd;--line:#343b4a;--paper:#1b202a;--bg:#12161d;--accent:#9aa8ff;--soft:#222836;--code:#2a3140;--kw:#232a3d;--kw-line:#3b4670;--track:#2d3442;--focus:#9aa8ff;
--matched:#5fd394;--matched-bg:#143524;--reworded:#8db5ff;--reworded-bg:#17294a;--transferable:#f0c05a;--transferable-bg:#3a2e0e;--missing:#ff8a80;--missing-bg:#45191a}
button{color:#12161d}}
@media print{body{background:#fff;color:#000;font-size:11pt}main{max-width:none;padding:0}.card{box-shadow:none;border-color:#bbb;break-inside:avoid-page}
.app-only,nav.toc,button,form{display:none!important}details.posting>summary{list-style:none}a{color:inherit;text-decoration:none}tr{break-inside:avoid}}
`;

/**
 * A table in a box that scrolls sideways on a narrow screen: headings escaped here, cells already
 * HTML; `numeric` columns align right.
 */
export function htmlTable(head: readonly string[], rows: readonly string[][], numeric: readonly number[] = []): string {
  const cell = (tag: 'th' | 'td', i: number, v: string) => `<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${v}</${tag}>`;
  return `<div class="table-wrap"><table><thead><tr>${head.map((x, i) => cell('th', i, escapeHtml(x))).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v, i) => cell('td', i, v)).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

/** The legend of the four statuses: a symbol, a name and a colour each, never colour alone. */
export function legend(): string {
  return `<div class="legend" aria-label="Legend">${(['matched', 'reworded', 'transferable', 'missing'] as const)
    .map((s) => `<span><span class="badge ${s}">${STATUS_TEXT[s].symbol} ${STATUS_TEXT[s].name}</span> ${escapeHtml(STATUS_TEXT[s].meaning)}</span>`)
    .join('')}</div>`;
}

/** A whole, self-contained HTML document: inline CSS, a strict CSP, no script, nothing fetched. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="skillgap">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${body}
<footer>Made by skillgap, offline: this file loads nothing and runs no script.</footer>
</main>
</body>
</html>
`;
}
