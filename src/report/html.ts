import type { Analysis } from '../analyze.js';
import type { GapItem, Status } from '../compare/schema.js';
import { IMPORTANCE } from '../extract/importance.js';
import { withAlternatives } from './alternatives.js';
import { noteOf } from './note.js';
import { planHtml } from './plan.js';
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

function suggestionList(title: string, list: readonly Suggestion[]): string {
  if (list.length === 0) return '';
  return `<h3>${h(title)}</h3><ul class="kw">${list
    .map((s) => `<li><b>${h(s.write)}</b> <span class="note">(${h(s.importance)}${s.asks > 1 ? `, ${s.asks}×` : ''}) ${h(s.note)}</span></li>`)
    .join('')}</ul>`;
}

function gapTable(a: Analysis): string {
  const rows: string[] = [];
  for (const imp of IMPORTANCE) {
    for (const g of a.gap.items.filter((x) => x.importance === imp)) {
      rows.push(
        `<tr><td>${h(g.label)}</td><td>${h(imp)}</td><td><span class="badge ${g.status}">${STATUS_TEXT[g.status].symbol} ${g.status}</span></td><td class="note">${h(withAlternatives(noteOf(g), g, a.gap.items))}</td></tr>`,
      );
    }
  }
  if (rows.length === 0) return '<p>No known skills found in this posting.</p>';
  return `<table class="gap"><thead><tr><th>Skill</th><th>Asked as</th><th>You</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function analysisSection(a: Analysis, n: number): string {
  const sc = a.gap.score;
  const components = sc.components
    .filter((c) => c.skills > 0)
    .map((c) => `<tr><td>${h(cap(c.importance))}</td><td class="num">${c.skills}</td><td class="num">${c.weightEach}</td><td class="num">${c.earned} of ${c.possible}</td></tr>`)
    .join('');
  const highlights = highlightsOf(a);
  const s = a.suggestions;
  const line = keywordLine(s.keywords);
  return `<section class="card analysis" id="posting-${n}">
<header><h2>${h(postingName(a.posting))}</h2><span class="source">${h(a.posting.source)}</span></header>
<div class="summary">
<div class="score" data-score="${sc.value}">${scoreRing(sc.value)}<span class="score-label">Match score</span></div>
<div><table class="components"><thead><tr><th>Asked as</th><th class="num">Skills</th><th class="num">Weight each</th><th class="num">Points</th></tr></thead><tbody>${components}</tbody></table>
<p class="explanation">${h(sc.explanation)}</p></div>
</div>
${legend()}
<div class="layout">
<article><h3>The posting, each skill marked (${highlights.length} mention${highlights.length === 1 ? '' : 's'})</h3><div class="posting-text">${markedText(a.posting.text, highlights)}</div></article>
<aside>
<h3>Resume keywords: one line for an application form</h3>
${line ? `<p class="kw-line">${h(line)}</p>` : '<p class="note">None yet: see the lists below.</p>'}
${suggestionList('Use this wording', s.useWording)}
${suggestionList('Add to your skills section', s.addToSkills)}
${suggestionList('Related experience to describe (do not claim the skill itself)', s.related)}
${suggestionList('Only if true: to learn', s.toLearn)}
${planHtml(a.plan)}
</aside>
</div>
<h3>Every skill asked for</h3>
${gapTable(a)}
${a.posting.warnings.map((w) => `<p class="warning">Warning: ${h(w)}</p>`).join('')}
</section>`;
}

function failedSection(f: FailedInput): string {
  return `<section class="card error"><header><h2>${h(f.source)}</h2></header><p>Could not be read (${h(f.error.code)}): ${h(f.error.message)}</p></section>`;
}

/** `analyze --format html`: one self-contained page for all the postings analysed. */
export function analysisHtml(results: readonly (Analysis | FailedInput)[]): string {
  const ok = results.filter((r): r is Analysis => !('error' in r));
  const first = ok[0];
  const title = ok.length === 1 && results.length === 1 && first ? `Skill gap: ${postingName(first.posting)}` : `Skill gap: ${results.length} postings`;
  const heading = results.length === 1 ? 'Skill gap report' : `Skill gap report: ${results.length} postings`;
  const who = first ? `Compared with <code>${h(first.profile.source)}</code>${first.profile.name ? ` (${h(first.profile.name)})` : ''}: ${first.profile.skills} skills.` : '';
  const toc =
    results.length > 1
      ? `<nav class="toc card"><h3>Postings</h3><ol>${results
          .map((r, i) => ('error' in r ? `<li>${h(r.source)}: could not be read</li>` : `<li><a href="#posting-${i + 1}">${h(postingName(r.posting))}</a>: ${r.gap.score.value}/100</li>`))
          .join('')}</ol></nav>`
      : '';
  const sections = results.map((r, i) => ('error' in r ? failedSection(r) : analysisSection(r, i + 1))).join('\n');
  return htmlPage(title, `<h1>${h(heading)}</h1>\n<p class="lead">${who}</p>\n${toc}\n${sections}`);
}
