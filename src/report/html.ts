import type { Analysis } from '../analyze.js';
import type { GapItem, Status } from '../compare/schema.js';
import { IMPORTANCE } from '../extract/importance.js';
import { withAlternatives } from './alternatives.js';
import { noteOf } from './note.js';
import { CONDITIONS, planHtml } from './plan.js';
import type { ExtractedPosting, FailedInput } from '../extract/schema.js';
import type { Suggestion } from '../suggest/keywords.js';
import { keywordLine } from '../suggest/merge.js';
import { escapeHtml as h } from './html-escape.js';
import { STATUS_TEXT, htmlPage, legend } from './html-page.js';
import { scoreRing } from './svg-chart.js';

/** A mention to mark: where it is in the posting text, and the skill's status. */
export interface Highlight {
  start: number;
  end: number;
  status: Status;
  title: string;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);


/** Every mention of a skill the posting asks for, with the skill's status; overlapping mentions keep the first. */
export function highlightsOf(a: Analysis): Highlight[] {
  const items = new Map(a.gap.items.map((g) => [g.id, g] as const));
  const all: Highlight[] = [];
  for (const s of a.posting.skills) {
    const g = items.get(s.id);
    if (!g) continue;
    for (const m of s.mentions) all.push({ start: m.start, end: m.end, status: g.status, title: `${g.label}: ${STATUS_TEXT[g.status].name} (${g.importance}); ${withAlternatives(noteOf(g), g, a.gap.items)}` });
  }
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Highlight[] = [];
  let end = 0;
  for (const m of all) {
    if (m.start < end || m.end <= m.start || m.end > a.posting.text.length) continue;
    out.push(m);
    end = m.end;
  }
  return out;
}

/** The posting text with each mention in a <mark>: the text is sliced between mentions and every piece escaped. */
export function markedText(text: string, highlights: readonly Highlight[]): string {
  let out = '';
  let at = 0;
  for (const m of highlights) {
    out += h(text.slice(at, m.start));
    out += `<mark class="${m.status}" title="${h(m.title)}">${h(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return out + h(text.slice(at));
}

const postingName = (p: Pick<ExtractedPosting, 'source' | 'title' | 'company' | 'location'>) => [p.title, p.company, p.location].filter(Boolean).join(' · ') || p.source;

function suggestionList(title: string, list: readonly Suggestion[], byLabel = false): string {
  if (list.length === 0) return '';
  return `<h3>${h(title)}</h3><ul class="kw">${list
    .map((s) => `<li><b>${h(byLabel ? s.label : s.write)}</b> <span class="note">(${h(s.importance)}${s.asks > 1 ? `, ${s.asks}×` : ''}) ${h(s.note)}</span></li>`)
    .join('')}</ul>`;
}

const IMPORTANCE_TITLE: Record<GapItem['importance'], string> = { required: 'Required', preferred: 'Preferred', mentioned: 'Mentioned' };

/** One table of skills asked for, grouped by importance (required first); each status as symbol and word. */
function gapTable(items: readonly GapItem[], all: readonly GapItem[], caption: string): string {
  const groups: string[] = [];
  for (const imp of IMPORTANCE) {
    const rows = items.filter((x) => x.importance === imp);
    if (rows.length === 0) continue;
    groups.push(
      `<tbody><tr class="group"><th colspan="3" scope="rowgroup">${IMPORTANCE_TITLE[imp]} (${rows.length})</th></tr>${rows
        .map(
          (g) =>
            `<tr><th scope="row">${h(g.label)}</th><td><span class="badge ${g.status}">${STATUS_TEXT[g.status].symbol} ${g.status}</span></td><td class="note">${h(withAlternatives(noteOf(g), g, all))}</td></tr>`,
        )
        .join('')}</tbody>`,
    );
  }
  return `<div class="table-wrap"><table class="gap"><caption>${h(caption)}</caption><thead><tr><th scope="col">Skill</th><th scope="col">You</th><th scope="col">Why</th></tr></thead>${groups.join('')}</table></div>`;
}

/** Hard skills, then soft skills, each its own table. */
function gapTables(a: Analysis): string {
  const items = a.gap.items;
  if (items.length === 0) return '<p>No known skills found in this posting.</p>';
  const hard = items.filter((g) => !g.soft);
  const soft = items.filter((g) => g.soft);
  return [
    hard.length > 0 ? gapTable(hard, items, `Hard skills (${hard.length})`) : '',
    soft.length > 0 ? gapTable(soft, items, `Soft skills (${soft.length})`) : '',
  ].join('');
}

/** How often the posting and the resume use each keyword, most asked first. */
function keywordCounts(a: Analysis): string {
  const items = [...a.gap.items].sort((x, y) => y.asks - x.asks || IMPORTANCE.indexOf(x.importance) - IMPORTANCE.indexOf(y.importance));
  if (items.length === 0) return '';
  const fromResume = items.some((g) => g.yours?.mentions !== null && g.yours?.mentions !== undefined);
  const resumeCount = (g: GapItem) => {
    if (!fromResume) return '—';
    const same = g.yours && g.yours.id === g.id && (g.status === 'matched' || g.status === 'reworded');
    return String(same ? (g.yours!.mentions ?? 0) : 0);
  };
  const rows = items
    .map((g) => `<tr><th scope="row">${h(g.wording)}</th><td class="num">${g.asks}</td><td class="num">${resumeCount(g)}</td></tr>`)
    .join('');
  return `<div class="table-wrap"><table class="counts"><caption>Keyword counts</caption><thead><tr><th scope="col">Keyword (as the posting writes it)</th><th scope="col" class="num">Posting</th><th scope="col" class="num">${fromResume ? 'Resume' : 'Resume (profile file: not counted)'}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The posting's name: its title, company and place; its file or address when it has no title. */
function postingHeader(p: ExtractedPosting): string {
  const name = [p.title, p.company, p.location].filter(Boolean).join(' · ');
  const url = p.url && /^https?:\/\//i.test(p.url) ? p.url : null;
  const where = url ? `<a href="${h(url)}" rel="noreferrer noopener">${h(url)}</a>` : h(p.source);
  return `<header><h2>${h(name || p.source)}</h2><span class="source">${where}</span></header>`;
}

function analysisSection(a: Analysis, n: number): string {
  const sc = a.gap.score;
  const components = sc.components
    .filter((c) => c.skills > 0)
    .map((c) => `<tr><th scope="row">${h(cap(c.importance))}</th><td class="num">${c.skills}</td><td class="num">${c.weightEach}</td><td class="num">${c.earned} of ${c.possible}</td></tr>`)
    .join('');
  const highlights = highlightsOf(a);
  const s = a.suggestions;
  const line = keywordLine(s.keywords);
  return `<section class="card analysis" id="posting-${n}">
${postingHeader(a.posting)}
<div class="summary">
<div class="score" data-score="${sc.value}">${scoreRing(sc.value)}<span class="score-label">Match score <b class="score-value">${sc.value}/100</b></span></div>
<div><div class="table-wrap"><table class="components"><caption>How the score is made</caption><thead><tr><th scope="col">Asked as</th><th scope="col" class="num">Skills</th><th scope="col" class="num">Weight each</th><th scope="col" class="num">Points</th></tr></thead><tbody>${components}</tbody></table></div>
<p class="explanation">${h(sc.explanation)}</p></div>
</div>
<h3>Every skill asked for</h3>
${legend()}
${gapTables(a)}
<div class="layout">
<div>
<h3>Resume keywords: one line for an application form</h3>
${line ? `<div class="kw-box"><p class="kw-line">${h(line)}</p><button type="button" class="copy" data-copy="${h(line)}" hidden>Copy</button></div>` : '<p class="note">None yet: see the lists beside.</p>'}
${keywordCounts(a)}
</div>
<aside>
${suggestionList('Use this wording', s.useWording)}
${suggestionList('Add to your skills section', s.addToSkills)}
${suggestionList('Related experience to describe (do not claim the skill itself)', s.related)}
${suggestionList('Only if true: to learn', s.toLearn, true)}
${suggestionList(CONDITIONS, s.conditions, true)}
</aside>
</div>
<div class="plan-block">${planHtml(a.plan)}</div>
<details class="posting" open><summary>The posting, each skill marked (${highlights.length} mention${highlights.length === 1 ? '' : 's'})</summary><div class="posting-text">${markedText(a.posting.text, highlights)}</div></details>
${a.posting.warnings.map((w) => `<p class="warning">Warning: ${h(w)}</p>`).join('')}
</section>`;
}

function failedSection(f: FailedInput): string {
  return `<section class="card error"><header><h2>${h(f.source)}</h2></header><p>Could not be read (${h(f.error.code)}): ${h(f.error.message)}</p></section>`;
}

/** The report's body for the postings analysed: a heading, a list of postings when there are several, a section each. */
export function analysisBody(results: readonly (Analysis | FailedInput)[]): string {
  const ok = results.filter((r): r is Analysis => !('error' in r));
  const first = ok[0];
  const heading = results.length === 1 ? 'Skill gap report' : `Skill gap report: ${results.length} postings`;
  const who = first ? `Compared with <code>${h(first.profile.source)}</code>${first.profile.name ? ` (${h(first.profile.name)})` : ''}: ${first.profile.skills} skills.` : '';
  const toc =
    results.length > 1
      ? `<nav class="toc card"><h3>Postings</h3><ol>${results
          .map((r, i) => ('error' in r ? `<li>${h(r.source)}: could not be read</li>` : `<li><a href="#posting-${i + 1}">${h(postingName(r.posting))}</a>: ${r.gap.score.value}/100</li>`))
          .join('')}</ol></nav>`
      : '';
  const sections = results.map((r, i) => ('error' in r ? failedSection(r) : analysisSection(r, i + 1))).join('\n');
  return `<h1>${h(heading)}</h1>\n<p class="lead">${who}</p>\n${toc}\n${sections}`;
}

/** The page's title: the posting's name for one, the count for several. */
export function analysisTitle(results: readonly (Analysis | FailedInput)[]): string {
  const ok = results.filter((r): r is Analysis => !('error' in r));
  const first = ok[0];
  return ok.length === 1 && results.length === 1 && first ? `Skill gap: ${postingName(first.posting)}` : `Skill gap: ${results.length} postings`;
}

/** `analyze --format html`: one self-contained page for all the postings analysed. */
export function analysisHtml(results: readonly (Analysis | FailedInput)[]): string {
  return htmlPage(analysisTitle(results), analysisBody(results));
}
