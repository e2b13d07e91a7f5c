import { load } from 'cheerio';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutIndexKeys } from '../../../src/ingest/html/layouts.js';
import { indexPage } from '../../../src/ingest/html/page-index.js';
import { matches, parseSelector, select } from '../../../src/ingest/html/select.js';
import { htmlFixture } from '../fixture-server.js';

const fixtures = readdirSync(fileURLToPath(new URL('../../../fixtures/html/', import.meta.url))).filter((f) => /\.html$/.test(f) && !/utf-16/.test(f));

/** Every selector of the layout table, one by one. */
const selectors = [
  ...new Set(
    LAYOUTS.flatMap((l) => [l.detect, l.description, l.drop, ...[l.title, l.company, l.location, l.datePosted, l.employmentType, l.salary].map((f) => (typeof f === 'string' ? f : f?.in))])
      .filter((s): s is string => typeof s === 'string')
      .flatMap((s) => s.split(/,(?![^[(]*[\])])/).map((x) => x.trim())),
  ),
];

describe('select (the index-backed CSS subset)', () => {
  it.each(fixtures)('agrees with cheerio on every layout selector over %s', (file) => {
    const $ = load(htmlFixture(file).toString('latin1'));
    const full = indexPage($.root()[0]!);
    const partial = indexPage($.root()[0]!, layoutIndexKeys());
    for (const sel of [...selectors, 'p', 'li', '.nope', 'div > ul', '[role="dialog"]']) {
      const expected = $(sel).toArray();
      expect(select(full, sel), sel).toEqual(expected);
      // An index told to keep only the layout table's keys finds the rest by a scan.
      expect(select(partial, sel), sel).toEqual(expected);
    }
  });

  it('handles lists, combinators and pseudo-classes', () => {
    const $ = load('<div id="a" class="x y"><p class="y">1</p><span data-qa="k">2</span><p>3</p></div><p class="y">4</p>');
    const index = indexPage($.root()[0]!);
    const text = (sel: string) => select(index, sel).map((e) => $(e).text().slice(0, 1));
    expect(text('#a > p')).toEqual(['1', '3']);
    expect(text('.x .y, p.y')).toEqual(['1', '4']);
    expect(text('div p:not(.y)')).toEqual(['3']);
    expect(text('#a > :first-child, #a > p:last-child')).toEqual(['1', '3']);
    expect(text('#a > :nth-child(2)')).toEqual(['2']);
    expect(text('[data-qa="k"], [class*="x"]')).toEqual(['1', '2']);
    expect(text('[data-qa^="nope"]')).toEqual([]);
    expect(matches(select(index, 'span')[0]!, '#a [data-qa]')).toBe(true);
  });

  it('rejects what it does not support, loudly', () => {
    expect(() => parseSelector('div:has(a)')).toThrow(/unsupported/);
  });
});
