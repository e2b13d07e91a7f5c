import { InputError } from '../errors.js';
import { makePosting, normalizeText, type Posting } from './posting.js';
import { cacheKey, cacheRead, cacheWrite, defaultCacheDir, fetchPage, mapUrls, politeTurn, type FetchOptions, type LimitOptions } from './fetch.js';
import { decodeHtml } from './html/decode.js';
import { postingFromHtml, type HtmlVia } from './html/index.js';
import { chromiumPath, createRenderer, findChromium, noBrowser, renderPage, type Renderer, type RenderOptions } from './render.js';

/**
 * A URL to a posting: fetch (or read the cache), read the HTML; with `render: 'auto'` a page whose
 * static HTML has no posting is rendered in Chromium, with `'always'` every page is. Rendered HTML
 * is cached apart from fetched HTML, so `offline` re-runs work for both.
 */

export type RenderMode = 'auto' | 'always' | 'never';

export interface UrlOptions extends FetchOptions {
  render: RenderMode;
  /** Chromium binary (default `$SKILLGAP_CHROMIUM` or /usr/bin/chromium). */
  executablePath?: string;
  /** Render timeout; default `timeoutMs` or 20 s. */
  renderTimeoutMs?: number;
  /** A browser kept open across URLs (see `createRenderer`); one is started per page otherwise. */
  renderer?: Renderer;
}

export interface UrlPostingResult {
  posting: Posting;
  via: HtmlVia | 'text';
  hasPosting: boolean;
  rendered: boolean;
  fromCache: boolean;
}

function cacheDirOf(options: UrlOptions): string | undefined {
  return options.cacheDir === false ? undefined : (options.cacheDir ?? defaultCacheDir());
}

async function renderHtml(url: string, options: UrlOptions): Promise<{ html: string; finalUrl: string; fromCache: boolean }> {
  const dir = cacheDirOf(options);
  const key = cacheKey(url, 'rendered');
  if (dir && !options.refresh) {
    const cached = await cacheRead(dir, key);
    if (cached) return { html: decodeHtml(cached.body, cached.contentType).text, finalUrl: cached.finalUrl, fromCache: true };
  }
  if (options.offline) {
    throw new InputError('offline-miss', `cannot render ${url}: offline and no rendered copy in the cache${dir ? ` (${dir})` : ''}`);
  }
  const renderOptions: RenderOptions = {
    timeoutMs: options.renderTimeoutMs ?? options.timeoutMs ?? 20_000,
    ...(options.executablePath ? { executablePath: options.executablePath } : {}),
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  };
  // Rendering loads the page from its host as fetching does: robots.txt and the per-host delay apply.
  if (/^https?:/i.test(url)) await politeTurn(new URL(url), url, options);
  const page = options.renderer ? await options.renderer.render(url) : await renderPage(url, renderOptions);
  if (dir) {
    await cacheWrite(dir, key, {
      url,
      finalUrl: page.finalUrl,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: new TextEncoder().encode(page.html),
      fromCache: false,
      fetchedAt: new Date().toISOString(),
    });
  }
  return { html: page.html, finalUrl: page.finalUrl, fromCache: false };
}

/** Characters of static text that can stand for a posting when it cannot be rendered (a short posting; more than a loading shell). */
const STATIC_ENOUGH = 200;

/** A URL to a posting, with how it was read. */
export async function readUrl(url: string, options: UrlOptions): Promise<UrlPostingResult> {
  if (options.render === 'always') {
    const r = await renderHtml(url, options);
    const read = postingFromHtml(url, r.html, { url: r.finalUrl });
    return { ...read, rendered: true, fromCache: r.fromCache };
  }
  const page = await fetchPage(url, options);
  if (/^text\/plain\b/i.test(page.contentType.trim())) {
    const decoded = decodeHtml(page.body, page.contentType);
    const text = normalizeText(decoded.text);
    const warnings = decoded.warning ? [`${url}: ${decoded.warning}`] : [];
    return { posting: makePosting(url, text, { url: page.finalUrl }, warnings), via: 'text', hasPosting: text.trim() !== '', rendered: false, fromCache: page.fromCache };
  }
  const read = postingFromHtml(url, page.body, { url: page.finalUrl, contentType: page.contentType });
  if (read.hasPosting || options.render === 'never') return { ...read, rendered: false, fromCache: page.fromCache };
  let r: Awaited<ReturnType<typeof renderHtml>>;
  try {
    r = await renderHtml(url, options);
  } catch (err) {
    // Rendering is only a try at something better: without a browser, or offline with no rendered
    // copy cached, a page whose HTML holds text enough for a short posting (not a "Loading…" shell)
    // is read from that text, with a warning.
    if (err instanceof InputError && (err.code === 'no-browser' || err.code === 'offline-miss') && read.posting.text.replace(/\s+/g, ' ').trim().length >= STATIC_ENOUGH) {
      const why = err.code === 'no-browser' ? 'no Chromium to render it' : 'offline, and no rendered copy cached';
      const posting = { ...read.posting, warnings: [...(read.posting.warnings ?? []), `${url}: read from its HTML, not rendered (${why})`] };
      return { ...read, posting, rendered: false, fromCache: page.fromCache };
    }
    throw err;
  }
  const rendered = postingFromHtml(url, r.html, { url: r.finalUrl });
  // Rendering that found nothing better keeps the static reading.
  if (!rendered.hasPosting && rendered.posting.text.length <= read.posting.text.length) {
    return { ...read, rendered: false, fromCache: page.fromCache };
  }
  return { ...rendered, rendered: true, fromCache: r.fromCache };
}

/** A URL to a posting. */
export async function postingFromUrl(url: string, options: UrlOptions): Promise<Posting> {
  return (await readUrl(url, options)).posting;
}

/**
 * Many URLs: a concurrency limit and a per-host delay, one browser shared by the pages that need
 * rendering, results in input order (a failure is an `InputError` in its place).
 */
export async function readUrls(
  urls: readonly string[],
  options: UrlOptions & LimitOptions,
): Promise<({ url: string; result: UrlPostingResult; error?: undefined } | { url: string; result?: undefined; error: InputError })[]> {
  let renderer: Promise<Renderer> | undefined;
  const shared: Renderer = {
    async render(u) {
      const browser = { ...(options.executablePath ? { executablePath: options.executablePath } : {}) };
      if (!findChromium(browser)) throw noBrowser(u, chromiumPath(browser));
      renderer ??= createRenderer({ timeoutMs: options.renderTimeoutMs ?? options.timeoutMs ?? 20_000, ...browser });
      return (await renderer).render(u);
    },
    async close() {
      if (renderer) await (await renderer.catch(() => undefined))?.close();
    },
  };
  try {
    const results = await mapUrls(urls, (u) => readUrl(u, { ...options, renderer: options.renderer ?? shared }), options);
    return results.map((r, i) => {
      const url = urls[i]!;
      if (r.ok) return { url, result: r.value };
      const error = r.error instanceof InputError ? r.error : new InputError('network', `cannot fetch ${url}: ${String(r.error)}`, { cause: r.error });
      return { url, error };
    });
  } finally {
    await shared.close();
  }
}
