import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../cli/fake-io.js';
import { fixture, root } from '../helpers.js';
import { hostileText } from './html-fixtures.js';

/**
 * The HTML reports in a real browser: the system Chromium through playwright-core (never a
 * downloaded browser). Screenshots go to test/.output/ (gitignored) for a human to look at.
 */
const executablePath = process.env.SKILLGAP_CHROMIUM || '/usr/bin/chromium';
const haveBrowser = existsSync(executablePath);
const inCi = process.env.CI === 'true';
const outDir = join(root, 'test/.output');

type Context = import('playwright-core').BrowserContext;

describe('a missing browser', () => {
  it.runIf(inCi)('fails in CI, where the browser tests must run', () => {
    expect(haveBrowser, `no Chromium at ${executablePath}: install it (apt-get install chromium) or set SKILLGAP_CHROMIUM`).toBe(true);
  });
});

describe.skipIf(!haveBrowser)(`HTML reports in Chromium (${haveBrowser ? executablePath : `skipped: no Chromium at ${executablePath}; set SKILLGAP_CHROMIUM`})`, () => {
  const work = mkdtempSync(join(tmpdir(), 'skillgap-browser-'));
  let context: Context;

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Open a report; collect console errors, page errors and any request that is not the file itself. */
  async function open(file: string) {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  async function cli(args: string[]) {
    const io = fakeIo();
    const code = await run(args, io);
    expect(code, io.err()).toBe(0);
  }

  it('shows the analyze report: highlights by status, the score, keyword lists; runs nothing from the posting', async () => {
    const posting = join(work, 'hostile-posting.txt');
    writeFileSync(posting, `${hostileText}\n- Docker, CI/CD and A/B testing\n- 3+ years of Go\n- Experience with deep learning frameworks\n`);
    const report = join(outDir, 'analyze-report.html');
    await cli(['analyze', posting, '--resume', fixture('resumes/two-column.pdf'), '--format', 'html', '-o', report]);
    const { page, errors, requests } = await open(report);

    for (const status of ['matched', 'reworded', 'transferable', 'missing']) {
      expect(await page.locator(`mark.${status}`).count(), `mark.${status}`).toBeGreaterThan(0);
    }
    expect(await page.locator('mark.reworded', { hasText: 'Kubernetes' }).count()).toBe(1);
    const score = await page.locator('.score').getAttribute('data-score');
    expect(Number(score)).toBeGreaterThanOrEqual(0);
    await expect.poll(() => page.locator('.score svg.ring').isVisible()).toBe(true);
    expect(await page.locator('.kw-line').innerText()).toMatch(/Kubernetes/);
    // The injected markup is shown as text, and none of it ran.
    expect(await page.locator('.posting-text').innerText()).toContain('<script>window.__xss = 1; alert(1)</script>');
    expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('script, img, iframe, object, embed').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(outDir, 'analyze-report.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('fits a phone: at 375 px every gap table shows its whole "why" text, nothing clipped or scrolled sideways', async () => {
    const posting = join(work, 'long-notes.txt');
    writeFileSync(posting, 'Data Scientist\n\nRequirements:\n- Masters or PhD in Statistics, Economics, Health Policy or Medical Informatics, or equivalent experience\n- Python or R; claims data or electronic health records\n- Communication, teamwork and attention to detail\n');
    const report = join(work, 'phone.html');
    await cli(['analyze', posting, '--resume', fixture('profiles/junior-ml-resume.md'), '--format', 'html', '-o', report]);
    const { page, errors } = await open(report);
    await page.setViewportSize({ width: 375, height: 800 });
    const clipped = await page.evaluate<number[]>("[...document.querySelectorAll('table.gap')].map((t) => t.scrollWidth - t.parentElement.clientWidth).filter((d) => d > 1)");
    expect(clipped).toEqual([]);
    // The "why" of a row has most of the width, not a sliver beside the badge.
    const why = await page.evaluate<number>("document.querySelector('table.gap td.note').getBoundingClientRect().width");
    expect(why).toBeGreaterThan(250);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(outDir, 'analyze-report-375.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('shows the scan report with its demand chart', async () => {
    const dir = join(work, 'postings');
    mkdirSync(dir);
    for (const name of ['ml-engineer.md', 'backend-engineer.txt', 'data-scientist.txt']) writeFileSync(join(dir, name), readFileSync(fixture(`postings/${name}`), 'utf8'));
    writeFileSync(join(dir, 'hostile.txt'), hostileText);
    const report = join(outDir, 'scan-report.html');
    await cli(['scan', dir, '--resume', fixture('resumes/two-column.docx'), '--format', 'html', '-o', report, '--jobs', '0']);
    const { page, errors, requests } = await open(report);

    const bars = page.locator('svg.chart rect.chart-bar');
    expect(await bars.count()).toBeGreaterThan(3);
    const box = await page.locator('svg.chart').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(await page.locator('svg.chart text.chart-tag').first().textContent()).toMatch(/^[✓≈~✗] /);
    expect(await page.locator('h2', { hasText: 'Best fits' }).count()).toBe(1);
    expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(outDir, 'scan-report.png'), fullPage: true });
    // On a phone every table fits its card: nothing cut off at the right edge of a scroll box.
    await page.setViewportSize({ width: 375, height: 800 });
    const clipped = await page.evaluate<string[]>("[...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => w.querySelector('tr').textContent)");
    expect(clipped).toEqual([]);
    await page.screenshot({ path: join(outDir, 'scan-report-375.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
