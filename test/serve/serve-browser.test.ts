import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { bundledTaxonomy, fixture, root } from '../helpers.js';
import { hostileText } from '../report/html-fixtures.js';

/**
 * The web app in the system Chromium (playwright-core, never a downloaded browser): paste a posting,
 * attach a PDF resume, read the report; a hostile posting runs nothing; too large a body is refused in
 * the page; the scan view. Screenshots at 1280 and 375 px go to test/.output/ for a person to look at.
 */
const executablePath = process.env.SKILLGAP_CHROMIUM || '/usr/bin/chromium';
const haveBrowser = existsSync(executablePath);
const outDir = join(root, 'test/.output');

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

describe.skipIf(!haveBrowser)(`skillgap serve in Chromium (${haveBrowser ? executablePath : 'skipped: no Chromium'})`, () => {
  let browser: Browser;
  let server: RunningServer;
  const posting = readFileSync(fixture('postings/ml-engineer.md'), 'utf8');

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    // A 1 MB body limit (5 MB by default; test/serve/server.test.ts): the refusal is the same, and
    // filling a page with 6 MB and posting 20 MB took seconds of the suite.
    server = await startServer({ port: 0, compiled: bundledTaxonomy(), maxBodyBytes: 1024 * 1024 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page with every console error, page error and request off the server recorded. */
  async function open(width: number, path = '/'): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url)) problems.push(`request off the machine: ${r.url()}`);
    });
    await page.goto(`${server.url}${path}`);
    return { page, problems };
  }

  async function analyzeWith(page: Page, text: string, resume: string) {
    await page.getByLabel('Job posting').fill(text);
    await page.getByLabel('Resume').setInputFiles(resume);
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.locator('#result .score').waitFor({ timeout: 20_000 });
  }

  it('pastes a posting, attaches a PDF resume and shows the report: score, gap table first, keywords to copy, plan, downloads', async () => {
    for (const width of [1280, 375]) {
      const { page, problems } = await open(width);
      await analyzeWith(page, posting, fixture('resumes/two-column.pdf'));
      const result = page.locator('#result');
      await expect.poll(() => result.locator('.score-value').innerText()).toMatch(/^\d{1,3}\/100$/);
      expect(await result.locator('table.gap caption').first().innerText()).toMatch(/^Hard skills \(\d+\)$/);
      // The gap table comes before the posting text.
      const order = await page.evaluate(
        "document.querySelector('#result table.gap').compareDocumentPosition(document.querySelector('#result .posting-text')) & Node.DOCUMENT_POSITION_FOLLOWING",
      );
      expect(order).toBeTruthy();
      for (const status of ['matched', 'missing']) expect(await result.locator(`.badge.${status}`).count(), status).toBeGreaterThan(0);
      expect(await result.locator('table.counts tbody tr').count()).toBeGreaterThan(5);
      await expect.poll(() => result.locator('button.copy').isVisible()).toBe(true);
      expect(await result.getByRole('link', { name: 'Markdown' }).getAttribute('href')).toMatch(/^\/report\/[0-9a-f-]+\.markdown$/);
      expect(await result.locator('.plan-block').count()).toBe(1);
      // Nothing wider than the screen but the tables' own scrolling boxes.
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `page overflows at ${width} px`).toBeLessThanOrEqual(0);
      // The form and the top of the report, as a person first sees them; then the whole page.
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: join(outDir, `serve-analyze-${width}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: width === 1280 ? 1500 : 1800 } });
      await page.screenshot({ path: join(outDir, `serve-analyze-${width}-full.png`), fullPage: true });
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('runs no script from a hostile posting', async () => {
    const { page, problems } = await open(1280);
    await analyzeWith(page, hostileText, fixture('resumes/two-column.md'));
    expect(await page.locator('#result .posting-text').innerText()).toContain('<script>window.__xss = 1; alert(1)</script>');
    expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('#result script, #result img, #result iframe').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('refuses a posting over the body limit with 413 and says so in the page; the next analyze works', async () => {
    const { page } = await open(1280);
    const status = await page.evaluate(async () => {
      const body = new FormData();
      body.append('posting', 'x'.repeat(4 * 1024 * 1024));
      return (await fetch('/analyze', { method: 'POST', body, headers: { Accept: 'application/json' } })).status;
    });
    expect(status).toBe(413);
    await page.evaluate("document.getElementById('posting').value = 'y'.repeat(1.2 * 1024 * 1024)");
    await page.getByLabel('Resume').setInputFiles(fixture('resumes/two-column.md'));
    await page.getByRole('button', { name: 'Analyze' }).click();
    await expect.poll(() => page.locator('#form-error').innerText(), { timeout: 20_000 }).toMatch(/larger than 1 MB/);
    await analyzeWith(page, posting, fixture('resumes/two-column.md'));
    expect(await page.locator('#form-error').innerText()).toBe('');
    await page.close();
  }, 60_000);

  it('names a file type it does not read, in the page', async () => {
    const { page } = await open(1280);
    await page.getByLabel('Job posting').fill(posting);
    await page.getByLabel('Resume').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
    await page.getByRole('button', { name: 'Analyze' }).click();
    await expect.poll(() => page.locator('#form-error').innerText(), { timeout: 10_000 }).toMatch(/photo\.png: not a resume skillgap reads/);
    await page.close();
  }, 30_000);

  it('scans many postings with progress, then shows the demand chart and the ranking linked to each posting report', async () => {
    for (const width of [1280, 375]) {
      const { page, problems } = await open(width, '/scan');
      await page.getByLabel('Posting files or exports').setInputFiles([
        fixture('scan/exports/postings.jsonl'),
        fixture('postings/ml-engineer.md'),
        fixture('postings/data-scientist.txt'),
      ]);
      await page.getByLabel('Resume').setInputFiles(fixture('resumes/two-column.md'));
      await page.getByRole('button', { name: 'Scan' }).click();
      await page.locator('#result svg.chart').waitFor({ timeout: 30_000 });
      expect(await page.locator('#status').innerText()).toBe('Done.');
      expect(await page.locator('#result svg.chart rect.chart-bar').count()).toBeGreaterThan(3);
      const link = page.locator('#result a[href^="/scan/"]').first();
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/scan\/[0-9a-f-]+\/posting\/\d+$/);
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `scan report overflows at ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(outDir, `serve-scan-${width}.png`), fullPage: true });
      await link.click();
      await page.locator('.score').waitFor();
      expect(await page.locator('table.gap').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 90_000);

  it('follows the system dark mode', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 }, colorScheme: 'dark' });
    await page.goto(server.url);
    await analyzeWith(page, posting, fixture('resumes/two-column.md'));
    const bg = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(bg).toBe('rgb(18, 22, 29)');
    await page.screenshot({ path: join(outDir, 'serve-analyze-375-dark.png') });
    await page.close();
  }, 30_000);
});
