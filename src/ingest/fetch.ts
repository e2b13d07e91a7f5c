import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { packageVersion } from '../version.js';
import { DEFAULT_MAX_BYTES } from './read-input.js';

/**
 * Fetching posting pages: one URL with a timeout, a size cap, a redirect limit (redirects followed
 * by hand, loops caught), retries with exponential backoff on 429 and 5xx (Retry-After honoured), a
 * descriptive User-Agent and an on-disk cache; many URLs with a concurrency limit and a per-host
 * delay. Failures are `InputError`s with stable codes and a one-line message naming the URL.
 */

export interface FetchOptions {
  /** Per attempt, body included. Default 15 s. */
  timeoutMs?: number;
  /** Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Retries after a 429 or 5xx. Default 3. */
  retries?: number;
  /** First backoff; doubles each retry. Default 500 ms. */
  backoffMs?: number;
  /** A Retry-After longer than this fails at once instead of waiting. Default 30 s. */
  maxRetryAfterMs?: number;
  userAgent?: string;
  /** Cache directory; `false` for no cache. Default: `defaultCacheDir()`. */
  cacheDir?: string | false;
  /** Read the cache only; a URL not in it fails with `offline-miss`. */
  offline?: boolean;
  /** Online, a cached page younger than this is used without fetching. Default 24 h. */
  maxAgeMs?: number;
  /** Online, fetch even when the cache has the page (and update it). */
  refresh?: boolean;
  /**
   * Least time between two requests to one host, across every fetch of this process. Default 1 s
   * (DEFAULT_HOST_DELAY_MS); 0 for none (tests against a local server).
   */
  perHostDelayMs?: number;
  /** Read each host's robots.txt (once, cached with the pages) and refuse what it disallows. Default true. */
  robots?: boolean;
  signal?: AbortSignal;
}

export interface FetchedPage {
  /** The URL asked for. */
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  fromCache: boolean;
  /** ISO time of the fetch (for a cached page: when it was fetched). */
  fetchedAt: string;
}

const DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: DEFAULT_MAX_BYTES,
  maxRedirects: 5,
  retries: 3,
  backoffMs: 500,
  maxRetryAfterMs: 30_000,
  maxAgeMs: 24 * 3600_000,
};

export function defaultUserAgent(): string {
  return `skillgap/${packageVersion()} (+https://github.com/skillgap/skillgap)`;
}

/** `$XDG_CACHE_HOME/skillgap`, else `~/.cache/skillgap`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CACHE_HOME'] && env['XDG_CACHE_HOME'].trim() !== '' ? env['XDG_CACHE_HOME'] : join(homedir(), '.cache');
  return join(base, 'skillgap');
}

// ---------------------------------------------------------------- cache

interface CacheMeta {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  fetchedAt: string;
  /** The body's length in bytes: a body file of another length is incomplete (absent in entries of older versions). */
  bytes?: number;
}

export type CacheLookup = { page: FetchedPage; incomplete?: undefined } | { page?: undefined; incomplete: { have: number; want: number } } | undefined;

/** A cache entry, or what is wrong with it: undefined when absent or unreadable, `incomplete` when its body was cut short. */
export async function cacheLookup(dir: string, key: string): Promise<CacheLookup> {
  let meta: CacheMeta;
  let body: Uint8Array;
  try {
    meta = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as CacheMeta;
    body = new Uint8Array(await readFile(join(dir, `${key}.body`)));
  } catch {
    return undefined;
  }
  if (typeof meta.bytes === 'number' && body.byteLength !== meta.bytes) return { incomplete: { have: body.byteLength, want: meta.bytes } };
  const { bytes: _bytes, ...rest } = meta;
  return { page: { ...rest, body, fromCache: true } };
}

/** The cache file stem of a URL; `kind` separates fetched pages from rendered ones. */
export function cacheKey(url: string, kind: 'page' | 'rendered' | 'robots' = 'page'): string {
  return createHash('sha256').update(`${kind} ${url}`).digest('hex');
}

/** A complete cache entry, or undefined (absent, unreadable, or cut short: a miss). */
export async function cacheRead(dir: string, key: string): Promise<FetchedPage | undefined> {
  return (await cacheLookup(dir, key))?.page;
}

/** Write body then metadata, each through a temporary file and a rename: a reader never sees half a page. */
export async function cacheWrite(dir: string, key: string, page: FetchedPage): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const tmp = `.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(join(dir, `${key}.body${tmp}`), page.body);
    await rename(join(dir, `${key}.body${tmp}`), join(dir, `${key}.body`));
    const meta: CacheMeta = { url: page.url, finalUrl: page.finalUrl, status: page.status, contentType: page.contentType, fetchedAt: page.fetchedAt, bytes: page.body.byteLength };
    await writeFile(join(dir, `${key}.json${tmp}`), JSON.stringify(meta));
    await rename(join(dir, `${key}.json${tmp}`), join(dir, `${key}.json`));
  } catch {
    // A cache that cannot be written costs a re-fetch next time, nothing more.
  }
}

function cacheDirOf(options: FetchOptions): string | undefined {
  return options.cacheDir === false ? undefined : (options.cacheDir ?? defaultCacheDir());
}

// ---------------------------------------------------------------- fetching

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/i;

function mimeOf(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

/** Is this response a page we can read (HTML, XHTML, plain text; an untyped body that starts with `<`)? */
export function isReadableType(contentType: string, body: Uint8Array): boolean {
  const mime = mimeOf(contentType);
  if (mime === '') {
    for (const b of body.subarray(0, 512)) {
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue;
      return b === 0x3c;
    }
    return false;
  }
  return HTML_TYPES.test(mime);
}

/** Milliseconds a Retry-After value asks for (seconds or an HTTP date), or undefined. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

async function readCapped(res: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new InputError('too-large', `cannot fetch ${url}: response of ${formatBytes(declared)} is over the ${formatBytes(maxBytes)} limit`);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new InputError('too-large', `cannot fetch ${url}: response is over the ${formatBytes(maxBytes)} limit`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function networkMessage(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  if (cause?.message) return cause.message;
  return err instanceof Error ? err.message : String(err);
}

/** One attempt of one request (no redirect following). */
async function attempt(
  url: string,
  o: Required<Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'userAgent'>> & { signal: AbortSignal | undefined },
  originalUrl: string,
): Promise<{ res: Response; body: Uint8Array | undefined }> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, o.timeoutMs);
  const onAbort = () => ctrl.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await fetch(url, {
      redirect: 'manual',
      signal: ctrl.signal,
      headers: {
        'user-agent': o.userAgent,
        accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'accept-language': 'en;q=0.9,*;q=0.5',
      },
    });
    // Only a final 2xx body is read; others are drained and dropped.
    if (res.status >= 200 && res.status < 300) return { res, body: await readCapped(res, originalUrl, o.maxBytes) };
    await res.body?.cancel().catch(() => {});
    return { res, body: undefined };
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (timedOut) throw new InputError('timeout', `cannot fetch ${originalUrl}: no complete response within ${o.timeoutMs / 1000} s`, { cause: err });
    if (o.signal?.aborted) throw new InputError('aborted', `cannot fetch ${originalUrl}: cancelled`, { cause: err });
    throw new InputError('network', `cannot fetch ${originalUrl}: ${networkMessage(err)}`, { cause: err });
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
}

/** Fetch a page over the network, ignoring the cache. */
async function fetchLive(url: string, options: FetchOptions): Promise<FetchedPage> {
  const o = {
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    userAgent: options.userAgent ?? defaultUserAgent(),
    signal: options.signal,
  };
  const maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;
  const retries = options.retries ?? DEFAULTS.retries;
  const backoffMs = options.backoffMs ?? DEFAULTS.backoffMs;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs;

  let current = url;
  const seen = new Set<string>([url]);
  let redirects = 0;
  let tries = 0;
  for (;;) {
    const { res, body } = await attempt(current, o, url);
    const status = res.status;
    if (status >= 300 && status < 400 && res.headers.has('location')) {
      let next: string;
      try {
        next = new URL(res.headers.get('location')!, current).toString();
      } catch {
        throw new InputError('network', `cannot fetch ${url}: redirect to an invalid location`);
      }
      const scheme = next.slice(0, next.indexOf(':') + 1).toLowerCase();
      if (scheme !== 'http:' && scheme !== 'https:') {
        throw new InputError('bad-redirect', `cannot fetch ${url}: redirected to a ${scheme.slice(0, -1) || 'non-web'} URL; only http and https are followed`);
      }
      if (seen.has(next)) throw new InputError('too-many-redirects', `cannot fetch ${url}: redirect loop at ${next}`);
      if (++redirects > maxRedirects) throw new InputError('too-many-redirects', `cannot fetch ${url}: more than ${maxRedirects} redirects`);
      seen.add(next);
      current = next;
      continue;
    }
    if (status === 429 || status >= 500) {
      const wait = retryAfterMs(res.headers.get('retry-after'));
      if (tries < retries && (wait === undefined || wait <= maxRetryAfterMs)) {
        const backoff = wait ?? backoffMs * 2 ** tries * (1 + Math.random() * 0.25);
        tries++;
        await sleep(backoff, options.signal);
        continue;
      }
      const reason = status === 429 ? 'rate limited' : res.statusText || 'server error';
      throw new InputError(`http-${status}`, `cannot fetch ${url}: HTTP ${status} ${reason}${tries ? ` after ${tries + 1} tries` : ''}`);
    }
    if (status < 200 || status >= 300 || body === undefined) {
      throw new InputError(`http-${status}`, `cannot fetch ${url}: HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const contentType = res.headers.get('content-type') ?? '';
    if (!isReadableType(contentType, body)) {
      throw new InputError('not-html', `cannot read ${url}: not an HTML page (${mimeOf(contentType) || 'unknown type'})`);
    }
    return { url, finalUrl: current, status, contentType, body, fromCache: false, fetchedAt: new Date().toISOString() };
  }
}

// ---------------------------------------------------------------- politeness

/** Least time between two requests to one host (the `perHostDelayMs` default). */
export const DEFAULT_HOST_DELAY_MS = 1000;

/** When each host may next be asked, across every fetch of this process. */
const hostNext = new Map<string, number>();

/** Wait for this host's turn: requests to one host start at least `delayMs` apart. */
async function hostTurn(host: string, delayMs: number, signal: AbortSignal | undefined): Promise<void> {
  if (delayMs <= 0) return;
  const now = Date.now();
  const at = Math.max(now, hostNext.get(host) ?? 0);
  hostNext.set(host, at + delayMs);
  if (at > now) await sleep(at - now, signal);
}

/** robots.txt is read up to this size (Google reads 500 KB); a larger one is ignored (everything allowed). */
const ROBOTS_MAX_BYTES = 500 * 1024;
/** One robots.txt per origin per process; on disk it is cached with the pages (same max age). */
const robotsMemo = new Map<string, Promise<string>>();

/** The text of an origin's robots.txt; '' (everything allowed) when it is missing or cannot be fetched. */
async function robotsText(origin: string, options: FetchOptions): Promise<string> {
  const robotsUrl = `${origin}/robots.txt`;
  const dir = cacheDirOf(options);
  const key = cacheKey(robotsUrl, 'robots');
  if (dir && !options.refresh) {
    const cached = await cacheRead(dir, key);
    if (cached && Date.now() - Date.parse(cached.fetchedAt) <= (options.maxAgeMs ?? DEFAULTS.maxAgeMs)) return new TextDecoder().decode(cached.body);
  }
  let body: Uint8Array = new Uint8Array(0);
  let status = 0;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), Math.min(options.timeoutMs ?? DEFAULTS.timeoutMs, 10_000));
  const onAbort = () => ctrl.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await fetch(robotsUrl, {
      redirect: 'follow', // fetch follows http(s) redirects only
      signal: ctrl.signal,
      headers: { 'user-agent': options.userAgent ?? defaultUserAgent(), accept: 'text/plain,*/*;q=0.5' },
    });
    status = res.status;
    if (res.ok) {
      try {
        body = await readCapped(res, robotsUrl, ROBOTS_MAX_BYTES);
      } catch {
        body = new Uint8Array(0);
      }
    } else await res.body?.cancel().catch(() => {});
  } catch {
    return ''; // unreachable robots.txt: allowed (the page fetch reports a dead host)
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
  if (status < 200 || status >= 300) body = new Uint8Array(0); // 404 and the rest: allowed
  if (dir) await cacheWrite(dir, key, { url: robotsUrl, finalUrl: robotsUrl, status, contentType: 'text/plain', body, fromCache: false, fetchedAt: new Date().toISOString() });
  return new TextDecoder().decode(body);
}

type RobotsParser = (url: string, text: string) => { isDisallowed(url: string, ua?: string): boolean | undefined };

/** Refuse a URL its host's robots.txt disallows for our user agent (or for `*`). */
async function checkRobots(parsed: URL, url: string, options: FetchOptions): Promise<void> {
  const origin = parsed.origin;
  let text = robotsMemo.get(origin);
  if (!text) {
    text = robotsText(origin, options);
    robotsMemo.set(origin, text);
    text.catch(() => robotsMemo.delete(origin));
  }
  const body = await text;
  if (body.trim() === '') return;
  const mod = (await import('robots-parser')) as unknown as { default: RobotsParser };
  const robots = mod.default(`${origin}/robots.txt`, body);
  const agent = (options.userAgent ?? defaultUserAgent()).split(/[\s/]/)[0] || 'skillgap';
  if (robots.isDisallowed(url, agent)) {
    throw new InputError('robots', `cannot fetch ${url}: ${origin}/robots.txt disallows it for ${agent}`);
  }
}

/** Before a request over the network (a fetch, a render): robots.txt allows it, and the host's turn has come. */
export async function politeTurn(parsed: URL, url: string, options: FetchOptions): Promise<void> {
  if (options.robots !== false) await checkRobots(parsed, url, options);
  await hostTurn(parsed.host.toLowerCase(), options.perHostDelayMs ?? DEFAULT_HOST_DELAY_MS, options.signal);
}

/** Forget the robots.txt files and host turns of this process (tests). */
export function resetPoliteness(): void {
  robotsMemo.clear();
  hostNext.clear();
}

/**
 * A page by URL. Offline: from the cache only. Online: a fresh enough cached copy, else the network
 * (and the cache is updated).
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError('bad-url', `cannot fetch ${url}: not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError('bad-url', `cannot fetch ${url}: only http and https URLs can be fetched`);
  }
  const dir = cacheDirOf(options);
  const key = cacheKey(url);
  if (dir && (options.offline || !options.refresh)) {
    const found = await cacheLookup(dir, key);
    const cached = found?.page;
    const maxAge = options.maxAgeMs ?? DEFAULTS.maxAgeMs;
    if (cached && (options.offline || Date.now() - Date.parse(cached.fetchedAt) <= maxAge)) return cached;
    if (found?.incomplete && options.offline) {
      const { have, want } = found.incomplete;
      throw new InputError('cache-incomplete', `cannot fetch ${url}: offline and the cached copy is incomplete (${have} of ${want} bytes); fetch it again without --offline`);
    }
  }
  if (options.offline) {
    throw new InputError('offline-miss', `cannot fetch ${url}: offline and not in the cache${dir ? ` (${dir})` : ''}`);
  }
  await politeTurn(parsed, url, options);
  const page = await fetchLive(url, options);
  if (dir) await cacheWrite(dir, key, page);
  return page;
}

// ---------------------------------------------------------------- many URLs

export interface LimitOptions {
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** Least time between two requests to the same host. Default 1 s. */
  perHostDelayMs?: number;
  signal?: AbortSignal;
}

function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/**
 * Run `task` over `urls` with at most `concurrency` in flight and starts to one host spaced by
 * `perHostDelayMs`. Results come back in input order; a failure is a result, not a rejection.
 */
export async function mapUrls<T>(
  urls: readonly string[],
  task: (url: string, index: number) => Promise<T>,
  options: LimitOptions & { skipDelay?: (url: string) => boolean | Promise<boolean> } = {},
): Promise<({ ok: true; value: T } | { ok: false; error: unknown })[]> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const delay = Math.max(0, options.perHostDelayMs ?? 1000);
  const nextStart = new Map<string, number>();
  const results = new Array<{ ok: true; value: T } | { ok: false; error: unknown }>(urls.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= urls.length) return;
      const url = urls[i]!;
      try {
        if (delay > 0 && !(options.skipDelay && (await options.skipDelay(url)))) {
          const host = hostKey(url);
          const now = Date.now();
          const at = Math.max(now, nextStart.get(host) ?? 0);
          nextStart.set(host, at + delay);
          if (at > now) await sleep(at - now, options.signal);
        }
        results[i] = { ok: true, value: await task(url, i) };
      } catch (error) {
        results[i] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return results;
}

export type FetchResult = { url: string; page: FetchedPage; error?: undefined } | { url: string; page?: undefined; error: InputError };

function asInputError(url: string, err: unknown): InputError {
  return err instanceof InputError ? err : new InputError('network', `cannot fetch ${url}: ${networkMessage(err)}`, { cause: err });
}

/** Many pages: concurrency limit, per-host delay (not spent on cached pages), results in input order. */
export async function fetchAll(urls: readonly string[], options: FetchOptions & LimitOptions = {}): Promise<FetchResult[]> {
  const dir = cacheDirOf(options);
  const cachedFresh = async (url: string): Promise<boolean> => {
    if (!dir || options.refresh) return false;
    if (options.offline) return true;
    const c = await cacheRead(dir, cacheKey(url));
    return !!c && Date.now() - Date.parse(c.fetchedAt) <= (options.maxAgeMs ?? DEFAULTS.maxAgeMs);
  };
  const results = await mapUrls(urls, (url) => fetchPage(url, options), { ...options, skipDelay: cachedFresh });
  return results.map((r, i) => (r.ok ? { url: urls[i]!, page: r.value } : { url: urls[i]!, error: asInputError(urls[i]!, r.error) }));
}
