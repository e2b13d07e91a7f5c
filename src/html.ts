// `skillgap/html`: saved pages and URLs to postings. A separate entry point, because its parser
// (parse5) and browser (playwright-core) cost more to load than the rest of the library.
export { postingFromHtml, decodeHtml, type HtmlPostingResult, type HtmlOptions, type HtmlVia } from './ingest/html/index.js';
export { postingFromUrl, readUrl, readUrls, type UrlOptions, type RenderMode } from './ingest/url.js';
export { fetchPage, fetchAll, type FetchOptions } from './ingest/fetch.js';
export { renderPage, findChromium } from './ingest/render.js';
