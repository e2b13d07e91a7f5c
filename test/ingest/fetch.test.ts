import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import { defaultCacheDir, defaultUserAgent, fetchAll, fetchPage, mapUrls, retryAfterMs, type FetchOptions } from '../../src/ingest/fetch.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';

let server: FixtureServer;
let cacheDir: string;
beforeAll(async () => {
  server = await startFixtureServer();
  cacheDir = await mkdtemp(join(tmpdir(), 'skillgap-fetch-'));
});
afterAll(async () => {
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

/** Short timeouts and no cache unless a test asks for one. */
const quick: FetchOptions = { timeoutMs: 2000, backoffMs: 10, perHostDelayMs: 0, cacheDir: false };

async function failure(p: Promise<unknown>): Promise<InputError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('fetchPage', () => {
  it('fetches a page with a descriptive User-Agent and follows redirects', async () => {
    const page = await fetchPage(`${server.base}/moved`, quick);
    expect(page.status).toBe(200);
    expect(page.finalUrl).toBe(`${server.base}/fixtures/greenhouse.html`);
    expect(page.url).toBe(`${server.base}/moved`);
    expect(new TextDecoder().decode(page.body)).toContain('Site Reliability Engineer');
    expect(server.lastUserAgent()).toBe(defaultUserAgent());
    expect(defaultUserAgent()).toMatch(/^skillgap\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/skillgap\/skillgap\)$/);
  });

  it.each([
    ['/nope', 'http-404', /^cannot fetch http:\/\/127\.0\.0\.1:\d+\/nope: HTTP 404 Not Found$/],
    ['/loop/a', 'too-many-redirects', /redirect loop/],
    ['/chain/0', 'too-many-redirects', /more than 5 redirects/],
    ['/huge', 'too-large', /over the 5 MB limit/],
    ['/huge-declared', 'too-large', /50 MB is over the 5 MB limit/],
    ['/file.pdf', 'not-html', /not an HTML page \(application\/pdf\)/],
    ['/api.json', 'not-html', /not an HTML page \(application\/json\)/],
    ['/always-500', 'http-500', /HTTP 500 .* after 3 tries/],
    ['/rate-limited-long', 'http-429', /HTTP 429 rate limited/],
  ])('%s fails with %s', async (path, code, message) => {
    const err = await failure(fetchPage(`${server.base}${path}`, { ...quick, retries: 2 }));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).toContain(`${server.base}${path}`);
    expect(err.message).not.toContain('\n');
    expect(err.exitCode).toBe(1);
  });

  it('times out on a response that never ends', async () => {
    const started = Date.now();
    const err = await failure(fetchPage(`${server.base}/slow`, { ...quick, timeoutMs: 300 }));
    expect(err.code).toBe('timeout');
    expect(err.message).toMatch(/no complete response within 0.3 s/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('retries 429 (honouring Retry-After) and 5xx, then succeeds', async () => {
    const page = await fetchPage(`${server.base}/flaky`, quick);
    expect(page.status).toBe(200);
    expect(server.hits.get('/flaky')).toBe(3);
  });

  it('fails with network on a closed port', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const err = await failure(fetchPage(`http://127.0.0.1:${port}/`, quick));
    expect(err.code).toBe('network');
    expect(err.message).toMatch(new RegExp(`^cannot fetch http://127\\.0\\.0\\.1:${port}/: ECONNREFUSED`));
  });

  it('rejects what is not an http(s) URL', async () => {
    expect((await failure(fetchPage('file:///etc/passwd', quick))).code).toBe('bad-url');
    expect((await failure(fetchPage('not a url', quick))).code).toBe('bad-url');
  });

  it('accepts plain text and untyped HTML', async () => {
    expect((await fetchPage(`${server.base}/plain.txt`, quick)).contentType).toMatch(/text\/plain/);
    expect((await fetchPage(`${server.base}/untyped`, quick)).status).toBe(200);
  });

  it('caches pages on disk and reads them back offline', async () => {
    const url = `${server.base}/fixtures/lever.html`;
    const first = await fetchPage(url, { ...quick, cacheDir });
    expect(first.fromCache).toBe(false);
    const hits = server.hits.get('/fixtures/lever.html');
    const again = await fetchPage(url, { ...quick, cacheDir });
    expect(again.fromCache).toBe(true);
    expect(server.hits.get('/fixtures/lever.html')).toBe(hits);
    const offline = await fetchPage(url, { ...quick, cacheDir, offline: true, maxAgeMs: 0 });
    expect(offline).toMatchObject({ fromCache: true, finalUrl: url, contentType: 'text/html; charset=utf-8' });
    expect(Buffer.from(offline.body).equals(Buffer.from(first.body))).toBe(true);
    const refreshed = await fetchPage(url, { ...quick, cacheDir, refresh: true });
    expect(refreshed.fromCache).toBe(false);
  });

  it('offline without a cached copy fails with offline-miss', async () => {
    const err = await failure(fetchPage(`${server.base}/fixtures/never-fetched.html`, { ...quick, cacheDir, offline: true }));
    expect(err.code).toBe('offline-miss');
    expect(err.message).toContain('offline and not in the cache');
  });

  it('puts the cache under XDG_CACHE_HOME or ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/skillgap');
    expect(defaultCacheDir({})).toMatch(/\.cache\/skillgap$/);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('many URLs', () => {
  it('fetchAll keeps input order and reports failures in place', async () => {
    const urls = [`${server.base}/fixtures/ashby.html`, `${server.base}/nope`, `${server.base}/fixtures/seek.html`];
    const results = await fetchAll(urls, { ...quick, concurrency: 3, perHostDelayMs: 0 });
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(results[0]!.page?.status).toBe(200);
    expect(results[1]!.error?.code).toBe('http-404');
    expect(results[2]!.page?.finalUrl).toBe(urls[2]);
  });

  it('limits concurrency and spaces requests to one host', async () => {
    // Fake timers: the spacing is measured on the clock mapUrls waits on, never on a busy machine's.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let inFlight = 0;
    let most = 0;
    const starts: Record<string, number[]> = {};
    const urls = ['http://a.example/1', 'http://a.example/2', 'http://b.example/1', 'http://a.example/3', 'http://b.example/2', 'http://c.example/1'];
    const t0 = Date.now();
    const running = mapUrls(
      urls,
      async (u) => {
        const host = new URL(u).host;
        (starts[host] ??= []).push(Date.now() - t0);
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight--;
        if (u.endsWith('/2')) throw new Error('boom');
        return u.toUpperCase();
      },
      { concurrency: 2, perHostDelayMs: 60 },
    );
    await vi.runAllTimersAsync();
    const out = await running;
    vi.useRealTimers();
    expect(most).toBeLessThanOrEqual(2);
    expect(out.map((r) => (r.ok ? r.value : 'error'))).toEqual(['HTTP://A.EXAMPLE/1', 'error', 'HTTP://B.EXAMPLE/1', 'HTTP://A.EXAMPLE/3', 'error', 'HTTP://C.EXAMPLE/1']);
    const a = starts['a.example']!;
    for (let i = 1; i < a.length; i++) expect(a[i]! - a[i - 1]!).toBeGreaterThanOrEqual(60);
  });
});
