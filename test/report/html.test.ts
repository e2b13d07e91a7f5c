import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html-escape.js';
import { analysisHtml, highlightsOf, markedText } from '../../src/report/html.js';
import { CSP } from '../../src/report/html-page.js';
import { scanHtml } from '../../src/report/scan-html.js';
import { hostileAnalysis, hostileScan, hostileText } from './html-fixtures.js';

/** The document with every <mark>…</mark> and tag removed and entities decoded: what a reader sees. */
const visibleText = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every tag in the page is one the report writes itself, and no tag carries an event handler or a javascript: URL. */
const OWN_TAGS = new Set('html head meta title style body main footer h1 h2 h3 p code section header div span table thead tbody tr th td article aside ul ol li b mark nav a figure svg g text rect circle br caption details summary button'.split(' '));
function expectOnlyOwnTags(html: string) {
  for (const [, name, attrs] of html.replace(/^<!doctype html>/, '').matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(OWN_TAGS.has(name!.toLowerCase()), `unexpected tag <${name}>`).toBe(true);
    expect(attrs, `<${name}${attrs}>`).not.toMatch(/\son\w+\s*=|javascript:/i);
  }
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('analysisHtml', () => {
  const a = hostileAnalysis();
  const html = analysisHtml([a, { source: 'gone<script>.txt', error: { code: 'not-found', message: 'gone<script>.txt: no such file' } }]);

  it('renders markup from the posting, its title and the profile as text, never as tags', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<a href="javascript');
    expect(html).not.toContain('<b>.md');
    expectOnlyOwnTags(html);
    expect(html).toContain('&lt;script&gt;window.__xss = 1; alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss = 2&quot;&gt;');
    expect(html).toContain('Acme&quot; onmouseover=&quot;window.__xss=5');
  });

  it('is self-contained: a strict CSP, no script, nothing to fetch', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:|\/\/)/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('shows the posting text exactly, each mention in a <mark> with its status class', () => {
    const marked = markedText(a.posting.text, highlightsOf(a));
    expect(visibleText(marked)).toBe(hostileText);
    const marks = [...marked.matchAll(/<mark class="(\w+)" title="[^"]*">([^<]*)<\/mark>/g)].map((m) => [visibleText(m[2]!), m[1]]);
    expect(marks).toEqual([
      ['ML', 'transferable'],
      ['Python', 'matched'],
      ['PyTorch', 'transferable'],
      ['Kubernetes', 'reworded'],
      ['SQL', 'missing'],
      ['Rust', 'missing'],
    ]);
    // Every mention the extractor found is marked.
    expect(marks).toHaveLength(a.posting.skills.reduce((n, s) => n + s.mentions.length, 0));
  });

  it('shows the score with its components, the legend, the keyword lists and failed inputs', () => {
    expect(html).toContain(`data-score="${a.gap.score.value}"`);
    expect(html).toMatch(/<th scope="row">Required<\/th><td class="num">\d+<\/td>/);
    for (const s of ['matched', 'reworded', 'transferable', 'missing']) expect(html).toMatch(new RegExp(`<span class="badge ${s}">. ${s}</span>`));
    // ML from the title (mentioned: a title never raises importance): the profile's more specific skill implies it, so it is a keyword too.
    expect(html).toMatch(/<p class="kw-line">Kubernetes, Python, ML<\/p>/);
    expect(html).toContain('<h3>Only if true: to learn</h3>');
    expect(html).toContain('Could not be read (not-found): gone&lt;script&gt;.txt: no such file');
  });

  it('puts the gap first: score, then hard and soft skills apart, keyword counts, and the posting last', () => {
    const at = (needle: string) => {
      const i = html.indexOf(needle);
      expect(i, needle).toBeGreaterThan(-1);
      return i;
    };
    expect(html).toMatch(/Match score <b class="score-value">\d+\/100<\/b>/);
    expect(at('<caption>Hard skills (')).toBeLessThan(at('<caption>Keyword counts</caption>'));
    expect(at('<caption>Keyword counts</caption>')).toBeLessThan(at('<div class="posting-text">'));
    expect(at('<caption>How the score is made</caption>')).toBeLessThan(at('<caption>Hard skills ('));
    // A gap item's soft flag decides its table.
    const soft = analysisHtml([{ ...a, gap: { ...a.gap, items: a.gap.items.map((g, i) => (i === 0 ? { ...g, soft: true } : g)) } }]);
    expect(soft).toMatch(/<caption>Soft skills \(1\)<\/caption>/);
    expect(html).not.toContain('<caption>Soft skills');
    // Keyword counts: how often the posting names each keyword.
    const counts = /<table class="counts">[^]*?<\/table>/.exec(html)?.[0] ?? '';
    for (const g of a.gap.items) expect(counts).toContain(`<th scope="row">${escapeHtml(g.wording)}</th><td class="num">${g.asks}</td>`);
  });
});

describe('scanHtml', () => {
  const html = scanHtml(hostileScan);
  it('escapes labels, titles, sources and failures', () => {
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toContain('<b>is empty');
    expectOnlyOwnTags(html);
    expect(html).toContain('&lt;script&gt;window.__xss=6&lt;/script&gt;');
    expect(html).toContain('bad.txt: &lt;b&gt;is empty&lt;/b&gt;');
  });
  it('tables only the gaps that unlock a posting; names the others in a line', () => {
    const page = scanHtml({ ...hostileScan, gaps: [...hostileScan.gaps, { id: 'rust', label: 'Rust', unlocks: 0, only: 0, missingIn: 3, share: 0.5 }] });
    const gapCard = /<h2>Gaps that would unlock[^]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(gapCard).not.toContain('<td>Rust</td>');
    expect(gapCard).toContain('Also required and missing (unlocking none alone): Rust (3).');
  });
  it('links a ranked posting to its own address only when it is a web address, and never lists the chart rows again', () => {
    expect(html).not.toContain('href="javascript');
    const withUrl = scanHtml({ ...hostileScan, ranking: [{ ...hostileScan.ranking[0]!, url: 'https://jobs.example/1?a=1&b=2' }] });
    expect(withUrl).toContain('<a href="https://jobs.example/1?a=1&amp;b=2" rel="noreferrer noopener">');
    // The chart says share, count and standing; only skills with years asked get a table row.
    const years = /<h3>Years asked<\/h3>[^]*?<\/table>/.exec(html)?.[0] ?? '';
    expect([...years.matchAll(/<tr><td>/g)].length).toBe(hostileScan.skills.filter((s) => s.years !== null).length);
    expect(html).not.toMatch(/<h3>Top \d+ skills<\/h3>/);
  });
  it('draws the demand chart as inline SVG, one bar a skill, coloured and tagged with the coverage', () => {
    const svg = /<svg class="chart"[^]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).not.toBe('');
    expect([...svg.matchAll(/<rect class="chart-bar (\w+)"/g)].map((m) => m[1])).toEqual(['matched', 'reworded', 'transferable', 'missing']);
    expect(svg).toContain('✓ you have it');
    expect(svg).toContain('✗ missing');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  });
});
