import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { postingFromUrl, readUrl, readUrls, type UrlOptions } from '../../src/ingest/url.js';
import { findChromium, chromiumPath } from '../../src/ingest/render.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';

const hasBrowser = findChromium() !== undefined;
const needsBrowser = !hasBrowser && !process.env['CI'];
const browserNote = hasBrowser ? '' : ` (no Chromium at ${chromiumPath()}: skipped, or failed when CI=true; set SKILLGAP_CHROMIUM or run apt-get install chromium)`;

let server: FixtureServer;
let cacheDir: string;
beforeAll(async () => {
  server = await startFixtureServer();
  cacheDir = await mkdtemp(join(tmpdir(), 'skillgap-url-'));
});
afterAll(async () => {
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

const base: UrlOptions = { render: 'never', cacheDir: false, timeoutMs: 3000, backoffMs: 10, perHostDelayMs: 0, renderTimeoutMs: 10_000 };

describe('postingFromUrl', () => {
  it('reads a board page by URL: source is the URL, facts from the layout', async () => {
    const url = `${server.base}/fixtures/greenhouse.html`;
    const posting = await postingFromUrl(url, base);
    expect(posting).toMatchObject({ source: url, url, title: 'Site Reliability Engineer', company: 'Marlow Robotics' });
  });

  it('reports the URL after redirects and decodes a page by its meta charset', async () => {
    const r = await readUrl(`${server.base}/moved`, base);
    expect(r.posting.url).toBe(`${server.base}/fixtures/greenhouse.html`);
    const w = await postingFromUrl(`${server.base}/fixtures/windows-1252.html`, base);
    expect(w.text).toContain('L’Atelier Brisé');
  });

  it('takes a text/plain page as text', async () => {
    const r = await readUrl(`${server.base}/plain.txt`, base);
    expect(r.via).toBe('text');
    expect(r.posting.text).toBe('Requirements:\n- Python\n');
  });

  it('with render never, a script-built page comes back without a posting', async () => {
    const r = await readUrl(`${server.base}/fixtures/script-injected.html`, base);
    expect(r).toMatchObject({ hasPosting: false, rendered: false });
  });

  it('with render auto and no browser, a script-built page fails saying how to install one', async () => {
    const err = await readUrl(`${server.base}/fixtures/script-injected.html`, { ...base, render: 'auto', executablePath: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('no-browser');
    expect((err as InputError).message).toContain('apt-get install chromium');
  });

  it('with render auto and no browser, a plain page with a short posting is read from its HTML, with a warning', async () => {
    const r = await readUrl(`${server.base}/short-plain`, { ...base, render: 'auto', executablePath: '/nonexistent/chromium' });
    expect(r.rendered).toBe(false);
    expect(r.posting.text).toContain('Tableau and Power BI');
    expect(r.posting.warnings).toEqual([`${server.base}/short-plain: read from its HTML, not rendered (no Chromium to render it)`]);
  });

  it('offline after a render-never run, the cached page is read from its HTML, with a warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skillgap-url-offline-'));
    const url = `${server.base}/short-plain`;
    await readUrl(url, { ...base, cacheDir: dir, render: 'never' });
    const r = await readUrl(url, { ...base, cacheDir: dir, render: 'auto', offline: true });
    expect(r.fromCache).toBe(true);
    expect(r.posting.text).toContain('Tableau and Power BI');
    expect(r.posting.warnings?.[0]).toMatch(/read from its HTML, not rendered \(offline, and no rendered copy cached\)$/);
    await rm(dir, { recursive: true, force: true });
  });

  it('with render auto, a static posting is not rendered', async () => {
    const r = await readUrl(`${server.base}/fixtures/lever.html`, { ...base, render: 'auto', executablePath: '/nonexistent/chromium' });
    expect(r).toMatchObject({ via: 'layout:lever', rendered: false });
  });

  it.skipIf(needsBrowser)(`with render auto, a script-built page is rendered, cached, and read offline later${browserNote}`, async () => {
    const url = `${server.base}/fixtures/script-injected.html`;
    const r = await readUrl(url, { ...base, render: 'auto', cacheDir });
    expect(r).toMatchObject({ rendered: true, hasPosting: true, via: 'json-ld' });
    expect(r.posting.title).toBe('Bioinformatics Scientist');
    const offline = await readUrl(url, { ...base, render: 'auto', cacheDir, offline: true, executablePath: '/nonexistent/chromium' });
    expect(offline).toMatchObject({ rendered: true, fromCache: true });
    expect(offline.posting.text).toBe(r.posting.text);
  });

  it('offline, a URL never fetched fails with offline-miss', async () => {
    const err = await readUrl(`${server.base}/fixtures/ashby.html`, { ...base, cacheDir, offline: true }).catch((e: unknown) => e);
    expect((err as InputError).code).toBe('offline-miss');
  });

  it('readUrls: many URLs in input order, failures in place', async () => {
    const urls = [`${server.base}/fixtures/seek.html`, `${server.base}/file.pdf`, `${server.base}/fixtures/wellfound.html`];
    const out = await readUrls(urls, { ...base, concurrency: 2, perHostDelayMs: 5 });
    expect(out.map((o) => o.result?.posting.title ?? o.error?.code)).toEqual(['Cloud Security Engineer', 'not-html', 'Founding Frontend Engineer']);
  });
});

describe('readUrls without a browser', () => {
  it('names each URL that needed rendering in its error', async () => {
    const server2 = await startFixtureServer();
    try {
      const urls = [`${server2.base}/fixtures/script-injected.html`, `${server2.base}/fixtures/lever.html`];
      const out = await readUrls(urls, { ...base, render: 'auto', executablePath: '/nonexistent/chromium', perHostDelayMs: 0 });
      expect(out[0]!.error?.code).toBe('no-browser');
      expect(out[0]!.error?.message).toContain(urls[0]);
      expect(out[1]!.result?.via).toBe('layout:lever');
    } finally {
      await server2.close();
    }
  });
});
