import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { postingFromHtml } from '../../src/ingest/html/index.js';
import { chromiumPath, createRenderer, findChromium, renderPage, type Renderer } from '../../src/ingest/render.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';

/**
 * Browser tests run the real system Chromium. Without one they are skipped (the reason is in their
 * name); with CI=true they run anyway, so a CI machine without Chromium fails loudly.
 */
const hasBrowser = findChromium() !== undefined;
const needsBrowser = !hasBrowser && !process.env['CI'];
const browserNote = hasBrowser ? '' : ` (no Chromium at ${chromiumPath()}: skipped, or failed when CI=true; set SKILLGAP_CHROMIUM or run apt-get install chromium)`;

let server: FixtureServer;
let shared: Renderer | undefined;
/**
 * One browser for the tests that do not test the one-off path (a launch costs seconds), with a time
 * budget a loaded machine keeps to; the one-off path is the time-out test's, with a short deadline.
 */
const renderer = async (): Promise<Renderer> => (shared ??= await createRenderer({ timeoutMs: 10_000 }));
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await shared?.close();
  await server.close();
});

describe('renderPage', () => {
  it.skipIf(needsBrowser)(`renders a posting that a script injects${browserNote}`, async () => {
    const url = `${server.base}/fixtures/script-injected.html`;
    const page = await (await renderer()).render(url);
    expect(page.finalUrl).toBe(url);
    const { posting, via, hasPosting } = postingFromHtml(url, page.html, { url: page.finalUrl });
    expect(hasPosting).toBe(true);
    expect(via).toBe('json-ld');
    expect(posting).toMatchObject({ title: 'Bioinformatics Scientist', company: 'Saltmarsh Bio', location: 'Cambridge, UK' });
    expect(posting.text.split('\n')).toEqual(expect.arrayContaining(['Requirements', '- Build variant-calling pipelines with Nextflow']));
  });

  it.skipIf(needsBrowser)(`closes pop-ups and refuses downloads${browserNote}`, async () => {
    const page = await (await renderer()).render(`${server.base}/popup`);
    expect(postingFromHtml('p', page.html).posting.title).toBe('Site Reliability Engineer');
  });

  it.skipIf(needsBrowser)(`times out on a page that never loads${browserNote}`, async () => {
    // A browser of its own (the one-off path, launched and closed around the page) with a short deadline.
    const err = await renderPage(`${server.base}/slow`, { timeoutMs: 1500 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('timeout');
  });

  it('says how to install a browser when there is none', async () => {
    const err = await renderPage('https://jobs.example/1', { executablePath: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('no-browser');
    expect((err as InputError).message).toBe(
      'cannot render https://jobs.example/1: no Chromium found at /nonexistent/chromium (set SKILLGAP_CHROMIUM or run: apt-get install chromium)',
    );
  });

  it('loads playwright-core only when rendering (no top-level import)', () => {
    for (const file of ['render.ts', 'url.ts', 'fetch.ts', 'html/index.ts']) {
      const src = readFileSync(new URL(`../../src/ingest/${file}`, import.meta.url), 'utf8');
      expect(src).not.toMatch(/^import[^;]*from 'playwright(-core)?'/m);
    }
  });
});
