// `skillgap/html`: saved pages and URLs to postings. A separate entry point, because its parser
// (parse5) and browser (playwright-core) cost more to load than the rest of the library.
import { postingFromHtml as readHtmlPosting, type HtmlOptions } from './ingest/html/index.js';
import type { Posting } from './ingest/posting.js';

export { decodeHtml, type HtmlPostingResult, type HtmlOptions, type HtmlVia } from './ingest/html/index.js';
/**
 * A saved page or fetched HTML to a Posting, like `postingFromText`: JSON-LD `JobPosting` first, then
 * microdata, a known board layout, the page's main content.
 */
export function postingFromHtml(source: string, html: string | Uint8Array, options: HtmlOptions = {}): Posting {
  return readHtmlPosting(source, html, options).posting;
}
export { postingFromUrl, readUrl, readUrls, type UrlOptions, type RenderMode } from './ingest/url.js';
export { fetchPage, fetchAll, type FetchOptions } from './ingest/fetch.js';
export { renderPage, findChromium } from './ingest/render.js';
