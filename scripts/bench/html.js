// Bench section: HTML to posting. A page may cost at most 1.5x cheerio's own parse of it
// (DESIGN.md). Each page is timed through `postingFromHtml` and through `cheerio.load` alone, in the
// same run, interleaved, and the ratio of the medians is reported.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { load } from 'cheerio';

// A young-generation collection closes every timed batch, so each side pays for its own garbage:
// without it, the garbage one batch leaves is collected in the next, the other side's.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc');

const BUDGET = 1.5;
const fixturesDir = fileURLToPath(new URL('../../fixtures/html/', import.meta.url));

/** The built library's HTML reader (`skillgap/html`). */
async function library() {
  return import('../../dist/html.js');
}

function bigGenericPage(targetBytes) {
  const cards = [];
  const sections = [];
  let i = 0;
  let size = 0;
  while (size < targetBytes) {
    const s = `<section class="block-${i}"><h2>Section ${i}</h2><p>We are looking for people with experience in Python, SQL and distributed systems. You will design data pipelines, <b>review code</b> and <a href="/x/${i}">mentor</a> colleagues.</p><ul>${'<li>Requirement item with a few <em>inline</em> words</li>'.repeat(6)}</ul></section>`;
    const c = `<div class="card job-card"><h3>Other job ${i}</h3><p>Rust, Kotlin and Haskell at Company ${i}</p><a href="/jobs/${i}">View</a></div>`;
    sections.push(s);
    cards.push(c);
    size += s.length + c.length;
    i++;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Big page</title><script>var x = 1;</script></head><body>
<header><nav>${'<a href="/">Link</a>'.repeat(200)}</nav></header>
<main><h1>Staff Data Engineer</h1>${sections.join('\n')}<section class="similar-jobs"><h2>Similar jobs</h2>${cards.join('\n')}</section></main>
<footer>${'<p>Footer text</p>'.repeat(100)}</footer></body></html>`;
}

function bigBoardPage(fixture, cards) {
  const html = readFileSync(fixturesDir + fixture, 'utf8');
  const list = Array.from({ length: cards }, (_, i) => `<li><div class="base-card job-search-card"><h3 class="base-search-card__title">Job ${i}</h3><h4 class="base-search-card__subtitle">Rust and Kotlin</h4><time datetime="2026-01-01">1 week ago</time></div></li>`).join('');
  return html.replace('</main>', `<section class="more-jobs"><h2>More jobs</h2><ul>${list}</ul></section></main>`);
}

/** A JSON-LD page as sites build them: the description in the JSON-LD and again, visible, in the page. */
function bigJsonLdPage(paragraphs) {
  const desc = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i} about Python, PyTorch and Kubernetes.</p><ul><li>Item</li><li>Item</li></ul>`).join('');
  const cards = Array.from({ length: paragraphs }, (_, i) => `<div class="job-card"><a href="/jobs/${i}">Job ${i}</a><span>Rust</span></div>`).join('');
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Big', hiringOrganization: { name: 'Org' }, description: desc });
  return `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body><nav>${'<a href="/">Link</a>'.repeat(100)}</nav><main><h1>Big</h1><div class="description">${desc}</div><section class="similar">${cards}</section></main></body></html>`;
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

/**
 * Milliseconds per call of `a` and `b` and their ratio: rounds of one batch of each (about 20 ms a
 * batch, its own garbage collected inside its time) for `budgetMs`; the medians over rounds, and the
 * median of the per-round ratios (a round that another process disturbed does not move the median).
 */
function timePair(a, b, budgetMs) {
  a();
  b();
  const t = performance.now();
  b();
  const once = Math.max(0.005, performance.now() - t);
  const batch = Math.max(1, Math.min(2000, Math.round(20 / once)));
  const batchOf = (f) => {
    const start = performance.now();
    for (let i = 0; i < batch; i++) f();
    collect({ type: 'minor' });
    return (performance.now() - start) / batch;
  };
  const ta = [];
  const tb = [];
  const ratios = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || ta.length < 7) {
    const x = batchOf(a);
    const y = batchOf(b);
    ta.push(x);
    tb.push(y);
    ratios.push(x / y);
  }
  return { ours: median(ta), base: median(tb), ratio: median(ratios) };
}

export default async function benchHtml(ctx = {}) {
  const ms = ctx.quick ? 600 : 3000;
  const { postingFromHtml } = await library();
  const pages = readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const bytes = readFileSync(fixturesDir + f);
      return { name: f, html: f.startsWith('utf-16') || f.startsWith('windows-1252') ? null : bytes.toString('utf8') };
    })
    .filter((p) => p.html !== null);
  const big = [
    { name: 'generated generic page, 1 MB', html: bigGenericPage(1024 * 1024) },
    { name: 'generated LinkedIn page, 3000 similar-job cards', html: bigBoardPage('linkedin.html', 3000) },
    { name: 'generated JSON-LD page, 2000 paragraphs (in the JSON-LD and the page)', html: bigJsonLdPage(2000) },
  ];

  // Warm up both code paths (JIT) on every page before timing any.
  const warmEnd = performance.now() + 1000;
  while (performance.now() < warmEnd) {
    for (const p of pages) {
      postingFromHtml(p.name, p.html);
      load(p.html);
    }
  }

  const row = (label, t) => ({
    section: 'html',
    label: label.replace(/^html: /, ''),
    value: t.ours,
    unit: 'ms/page',
    baseline: { label: "cheerio's own parse", value: t.base },
    ratio: t.ratio,
    budget: `<= ${BUDGET}x cheerio`,
    ok: t.ratio <= BUDGET,
  });

  // The fixture pages as one batch (one call each per round): the per-page figure.
  const all = timePair(
    () => {
      for (const p of pages) postingFromHtml(p.name, p.html);
    },
    () => {
      for (const p of pages) load(p.html);
    },
    ms,
  );
  const perPage = { ours: all.ours / pages.length, base: all.base / pages.length, ratio: all.ratio };
  const rows = [row(`html: ${pages.length} fixture pages, per page`, perPage)];
  let worst = { ratio: 0 };
  for (const p of pages) {
    // The worst of 16 pages is only as good as each page's figure: long enough windows keep GC noise out of it.
    const t = timePair(() => postingFromHtml(p.name, p.html), () => load(p.html), ctx.quick ? 150 : 600);
    if (t.ratio > worst.ratio) worst = { ...t, name: p.name };
  }
  rows.push(row(`html: slowest fixture relative to its parse (${worst.name})`, worst));
  for (const p of big) rows.push(row(`html: ${p.name}`, timePair(() => postingFromHtml(p.name, p.html), () => load(p.html), ms)));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchHtml()) {
    console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.label}: ${r.value.toFixed(3)} ${r.unit} vs ${r.baseline.label} ${r.baseline.value.toFixed(3)} = ${r.ratio.toFixed(2)}x (budget ${r.budget})`);
  }
}
