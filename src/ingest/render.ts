import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Pages built by JavaScript, rendered with the system Chromium through playwright-core (never a
 * downloaded browser). playwright-core is imported on first use only: start-up stays light.
 * Downloads are refused, pop-ups closed, images/media/fonts not loaded; the page is read once a
 * JobPosting or enough main content is there, or the network is idle, whichever comes first.
 */

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Chromium flags: headless as root, and quiet (without the background-networking flags Chromium floods a closed network). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface RenderOptions {
  /** The browser binary. Default `$SKILLGAP_CHROMIUM`, else /usr/bin/chromium. */
  executablePath?: string;
  /** Navigation plus waiting for content. Default 20 s. */
  timeoutMs?: number;
  userAgent?: string;
}

export interface RenderedPage {
  url: string;
  finalUrl: string;
  html: string;
}

export function chromiumPath(options: RenderOptions = {}): string {
  const fromEnv = process.env['SKILLGAP_CHROMIUM'];
  return options.executablePath ?? (fromEnv && fromEnv.trim() !== '' ? fromEnv : DEFAULT_CHROMIUM);
}

/** The Chromium binary if it exists and can be run, else undefined. */
export function findChromium(options: RenderOptions = {}): string | undefined {
  const path = chromiumPath(options);
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

/** The error for a page that needs rendering on a machine without Chromium: what to install. */
export function noBrowser(url: string, path: string): InputError {
  return new InputError(
    'no-browser',
    `cannot render ${url}: no Chromium found at ${path} (set SKILLGAP_CHROMIUM or run: apt-get install chromium)`,
  );
}

/** In the page: is a posting there yet? A JSON-LD JobPosting, or a main/article with enough text. */
function postingReady(): boolean {
  const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null; innerText?: string }>; querySelector(s: string): { innerText?: string; textContent: string | null } | null } }).document;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) if (/JobPosting/.test(scripts[i]!.textContent ?? '')) return true;
  const main = doc.querySelector('main, [role="main"], article');
  return !!main && (main.textContent ?? '').trim().length > 400;
}

const BLOCKED_RESOURCES = new Set(['image', 'media', 'font']);

/** A browser kept open for several pages; `close()` when done. */
export interface Renderer {
  render(url: string): Promise<RenderedPage>;
  close(): Promise<void>;
}

export async function createRenderer(options: RenderOptions = {}): Promise<Renderer> {
  const path = chromiumPath(options);
  if (!findChromium(options)) throw noBrowser('pages', path);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const { chromium } = await import('playwright-core');
  const userDataDir = await mkdtemp(join(tmpdir(), 'skillgap-chromium-'));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: path,
      headless: true,
      args: CHROMIUM_ARGS,
      acceptDownloads: false,
      javaScriptEnabled: true,
      serviceWorkers: 'block',
      timeout: Math.max(timeoutMs, 30_000),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    throw new InputError('render-failed', `cannot start Chromium at ${path}: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`, { cause: err });
  }
  await context.route('**/*', (route) => {
    if (BLOCKED_RESOURCES.has(route.request().resourceType())) return route.abort();
    return route.continue();
  });
  for (const p of context.pages()) await p.close().catch(() => {});

  return {
    async render(url: string): Promise<RenderedPage> {
      const page = await context.newPage();
      // Pop-ups the site opens are closed at once; downloads refused; dialogs dismissed.
      page.on('popup', (p) => void p.close().catch(() => {}));
      page.on('download', (d) => void d.cancel().catch(() => {}));
      page.on('dialog', (d) => void d.dismiss().catch(() => {}));
      try {
        const deadline = Date.now() + timeoutMs;
        try {
          await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
        } catch (err) {
          const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
          if (/timeout/i.test(msg)) throw new InputError('timeout', `cannot render ${url}: no page within ${timeoutMs / 1000} s`, { cause: err });
          throw new InputError('network', `cannot render ${url}: ${msg}`, { cause: err });
        }
        const left = Math.max(500, deadline - Date.now());
        await Promise.race([
          page.waitForFunction(postingReady, undefined, { timeout: left, polling: 100 }),
          page.waitForLoadState('networkidle', { timeout: left }),
        ]).catch(() => {});
        // Content that arrives right after the network goes quiet (a timer) gets one short chance.
        if (!(await page.evaluate(postingReady).catch(() => false))) {
          await page.waitForFunction(postingReady, undefined, { timeout: Math.min(1500, Math.max(0, deadline - Date.now())), polling: 100 }).catch(() => {});
        }
        return { url, finalUrl: page.url(), html: await page.content() };
      } finally {
        await page.close().catch(() => {});
      }
    },
    async close(): Promise<void> {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Render one page in a browser of its own. */
export async function renderPage(url: string, options: RenderOptions = {}): Promise<RenderedPage> {
  const path = chromiumPath(options);
  if (!findChromium(options)) throw noBrowser(url, path);
  const renderer = await createRenderer(options);
  try {
    return await renderer.render(url);
  } finally {
    await renderer.close();
  }
}
