import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { postingFromHtml } from '../../../src/ingest/html/index.js';
import type { AnyNode, Element, Text } from 'domhandler';
import { findJobPosting, isJsonLdType, parseLenientJson, scanJsonLdBlocks } from '../../../src/ingest/html/json-ld.js';
import { htmlFixture } from '../fixture-server.js';

/** The script elements a walk over the page's elements meets (a template's content is a document of its own: not met). */
const scriptsOf = (node: AnyNode): Element[] =>
  node.type === 'script' ? [node as Element] : node.type === 'tag' || node.type === 'root' ? (node as Element).children.filter((c) => c.type !== 'root').flatMap(scriptsOf) : [];

/** The JSON-LD blocks of the parsed page's script elements: what scanJsonLdBlocks must find in the markup. */
const indexed = (html: string) =>
  scriptsOf(load(html).root()[0]!)
    .filter((el) => isJsonLdType(el.attribs['type']))
    .map((el) => el.children.map((c) => (c.type === 'text' ? (c as Text).data : '')).join(''))
    .filter((raw) => raw.trim() !== '')
    .map(parseLenientJson)
    .filter((json) => json !== undefined);
const page = (ld: string, type = 'application/ld+json') =>
  `<html><head><script type="${type}">${ld}</script></head><body><p>page</p></body></html>`;

describe('JSON-LD JobPosting', () => {
  it('reads a posting inside @graph, with HTML description, salary and several locations', () => {
    const { posting, via } = postingFromHtml('g.html', htmlFixture('jsonld-graph.html'));
    expect(via).toBe('json-ld');
    expect(posting).toMatchObject({
      title: 'Senior Machine Learning Engineer',
      company: 'Northwind Analytics',
      location: 'Berlin, BE, DE; Hamburg, DE',
      datePosted: '2026-02-01',
      employmentType: 'full-time',
      salary: 'EUR 85,000-105,000 per year',
      url: 'https://careers.northwind-analytics.example/jobs/4821-senior-ml-engineer',
    });
    expect(posting.text.split('\n')).toEqual(
      expect.arrayContaining(['About the role', 'Requirements', '- Train and ship forecasting models in Python and PyTorch', '- MLflow or a similar experiment tracker']),
    );
    // The page also has "Similar jobs" cards: none of their skills are in the posting's text.
    expect(posting.text).not.toMatch(/Rust|Kotlin|Haskell|Elixir/);
  });

  it('reads a top-level array, an organisation given as text, escaped HTML and the extra fields', () => {
    const { posting } = postingFromHtml('a.html', htmlFixture('jsonld-array.html'));
    expect(posting).toMatchObject({
      title: 'Data Analyst',
      company: 'Bluefin Logistics',
      location: 'Rotterdam, Netherlands',
      employmentType: 'full-time, contractor',
      salary: 'EUR 32 per hour',
    });
    const lines = posting.text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['Your work', '- Build dashboards in Tableau', 'Skills', '- SQL', '- Tableau', 'Experience', '- 2 years of experience']));
    expect(posting.text).not.toContain('&lt;');
    expect(posting.text).not.toContain('<p>');
  });

  it('finds a block whose type is written with entities, in CDATA, with raw line breaks in strings', () => {
    const { posting, via } = postingFromHtml('e.html', htmlFixture('jsonld-entity-type.html'));
    expect(via).toBe('json-ld');
    expect(posting.company).toBe('Quillpoint & Co');
    expect(posting.location).toBe('Remote (Canada, United States)');
    expect(posting.text.split('\n')).toEqual(expect.arrayContaining(['Requirements:', '- 3+ years with Linux and Go']));
  });

  it.each([
    ['application/ld&#x2B;json'],
    ['application/ld&#43;json'],
    ['application/ld&amp;#x2B;json'],
    [' Application/LD+JSON; charset=utf-8'],
  ])('type attribute %s', (type) => {
    expect(findJobPosting(scanJsonLdBlocks(page('{"@type":"JobPosting","title":"T"}', type)))?.['title']).toBe('T');
  });

  it('reads the same blocks from the markup as from the parsed page', () => {
    const pages = [
      ...['jsonld-graph.html', 'jsonld-array.html', 'jsonld-entity-type.html', 'greenhouse.html', 'lever.html', 'generic.html'].map((f) => htmlFixture(f).toString()),
      // A script in a comment or in raw-text elements is no script; single quotes and unquoted types are.
      `<html><head><!-- <script type="application/ld+json">{"@type":"JobPosting","title":"Commented"}</script> -->
       <title>a <script type="application/ld+json">{"x":1}</script></title>
       <noscript><script type="application/ld+json">{"@type":"JobPosting","title":"No"}</script></noscript>
       <script type='application/ld+json'>{"@type":"JobPosting","title":"Single"}</script>
       <script type=application/ld+json>{"@type":"JobPosting","title":"Bare"}</script>
       <script>var ld = '<script type="application/ld+json">';</script>
       </head><body><template><script type="application/ld+json">{"t":1}</script></template><p>x</p></body></html>`,
    ];
    for (const html of pages) expect(scanJsonLdBlocks(html)).toEqual(indexed(html));
    expect(scanJsonLdBlocks(pages.at(-1)!).map((b) => (b as { title?: string }).title)).toEqual(['Single', 'Bare']);
  });

  it('prefers the page\'s own posting to ones in an ItemList, and the one whose url is the page', () => {
    const list = `{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"JobPosting","title":"Other"}}]}`;
    const own = `{"@type":"JobPosting","title":"Own","url":"https://x.example/jobs/1"}`;
    expect(findJobPosting(scanJsonLdBlocks(page(`[${list},${own}]`)))?.['title']).toBe('Own');
    expect(findJobPosting(scanJsonLdBlocks(page(`[{"@type":"JobPosting","title":"A","url":"https://x.example/jobs/2"},${own}]`)), 'https://x.example/jobs/1/')?.['title']).toBe('Own');
    expect(findJobPosting(scanJsonLdBlocks(page(list)))?.['title']).toBe('Other');
  });

  it('reads @type arrays and full IRIs, mainEntity nesting, hiringOrganization arrays', () => {
    const ld = `{"@type":"WebPage","mainEntity":{"@type":["http://schema.org/JobPosting"],"name":"Named","hiringOrganization":[{"name":"Org A"}],"description":"Plain text\\nwith lines"}}`;
    const { posting } = postingFromHtml('x', page(ld));
    expect(posting.title).toBe('Named');
    expect(posting.company).toBe('Org A');
    // The title leads the posting's text.
    expect(posting.text).toBe('Named\n\nPlain text\nwith lines');
  });

  it('ignores broken blocks and reads the next one', () => {
    const html = `<script type="application/ld+json">{ not json</script><script type="application/ld+json">{"@type":"JobPosting","title":"Ok","description":"<p>x</p>"}</script>`;
    expect(postingFromHtml('x', html).posting.title).toBe('Ok');
  });

  it('parses JSON the way pages write it', () => {
    expect(parseLenientJson('<!-- {"a":1} -->')).toEqual({ a: 1 });
    expect(parseLenientJson('{"a":"line\nbreak"};')).toEqual({ a: 'line\nbreak' });
    expect(parseLenientJson('nope')).toBeUndefined();
  });
});
