import { lookup } from 'node:dns/promises';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { BlockList, isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InputError } from '../errors.js';

/**
 * Pages built by JavaScript, rendered with the system Chromium through playwright-core (never a
 * downloaded browser). playwright-core is imported on first use only: start-up stays light.
 * Downloads are refused, pop-ups closed, images/media/fonts not loaded; the page is read once a
 * JobPosting or enough main content is there, or the network is idle, whichever comes first.
 *
 * Bounded like fetching: one deadline (`timeoutMs`) for everything, reading the document back
 * included; a JavaScript heap per renderer process (`maxHeapMb`) and at most two renderer
 * processes; a document whose HTML would be over `maxBytes` is never read back (`too-large`).
 *
 * What a page may load (its scripts run, so this is what they may reach):
 * - A saved page (a file: URL) loads nothing from any network: it is rendered in a browser of its
 *   own whose every request goes to a dead proxy, and every request but its own files (the page's
 *   folder and below: "Save page as" puts its scripts there) and data:/blob: is aborted, WebSockets
 *   included. Its scripts cannot tell anyone the local path, online or under --offline.
 * - A URL's page (http/https) loads from its own host and from public hosts (its scripts, its job
 *   board's API and CDNs often live on other sites, and without them there is nothing to render:
 *   blocking every other site would defeat rendering); never file:, never another scheme, and
 *   never a loopback, private, link-local or otherwise non-public address (by literal or by what
 *   the name resolves to) unless that is the page's own host. So a public page cannot probe the
 *   user's machine or network. (A redirect a subresource follows is not seen by the route handler;
 *   Chromium's own Local Network Access checks stand behind it.)
 * - Any other page (a pop-up, a page not opened by `render`) loads nothing.
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
  // Memory: at most two renderer processes, each with a bounded JavaScript heap (see maxHeapMb).
  '--renderer-process-limit=2',
  // No UDP outside a proxy (WebRTC cannot reach past the request routing).
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
];

/** For a browser that must reach no network at all: every request goes to a closed port, none resolves a name. */
const OFFLINE_ARGS = ['--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=<-loopback>', '--host-resolver-rules=MAP * ~NOTFOUND'];

/** The largest rendered document read back, in characters of its HTML (a fetched page may be 5 MB; scripts and markup add to it). */
export const DEFAULT_RENDER_MAX_BYTES = 10 * 1024 * 1024;
/** The JavaScript heap of a renderer process, in MB: a script that builds more crashes its page, which fails as too-large. */
export const DEFAULT_RENDER_HEAP_MB = 512;
/**
 * The memory (resident) of any one of the browser's processes, in MB. The heap limit does not
 * bound what layout and the DOM take (a 60 MB text node takes gigabytes to lay out), so on Linux
 * the browser's processes are watched and one over this is killed: its page fails as too-large.
 */
export const DEFAULT_RENDER_MEMORY_MB = 1024;

/** The ids of a process's descendants, from /proc (Linux); empty elsewhere. */
function descendants(root: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(e));
      else children.set(ppid, [Number(e)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  for (let i = 0, queue = [root]; i < queue.length; i++) for (const c of children.get(queue[i]!) ?? []) out.push(c), queue.push(c);
  return out;
}

/** A process's resident memory in bytes (Linux), or 0. */
function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
  } catch {
    return 0;
  }
}

export interface RenderOptions {
  /** The browser binary. Default `$SKILLGAP_CHROMIUM`, else /usr/bin/chromium. */
  executablePath?: string;
  /** Everything a page takes: navigation, waiting for content, reading the document back. Default 20 s. */
  timeoutMs?: number;
  userAgent?: string;
  /** The largest document read back, in characters of its HTML; a larger one fails as `too-large`. Default 10 MB. */
  maxBytes?: number;
  /** The JavaScript heap of each renderer process, in MB. Default 512. */
  maxHeapMb?: number;
  /** The resident memory of any one browser process, in MB (watched on Linux). Default 1024. */
  maxMemoryMb?: number;
  /**
   * No network at all (a saved page, an --offline run): the browser's requests go to a dead proxy
   * and every request but the page's own files is aborted. Set by `renderPage` for file: URLs.
   */
  offline?: boolean;
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

/**
 * In the page: about how many characters the document's HTML has, counted node by node without
 * building it (a hostile page's 60 MB of markup is never copied), stopping once over `limit`.
 */
function documentSize(limit: number): number {
  type N = { nodeType: number; nodeName: string; data?: string; attributes?: ArrayLike<{ name: string; value: string }> };
  const doc = (globalThis as unknown as { document: { documentElement: N | null; createTreeWalker(root: N, what: number): { nextNode(): N | null } } }).document;
  if (!doc.documentElement) return 0;
  const walker = doc.createTreeWalker(doc.documentElement, 0xffffffff);
  let size = 0;
  for (let n: N | null = doc.documentElement; n && size <= limit; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      size += 2 * n.nodeName.length + 5;
      const attrs = n.attributes!;
      for (let i = 0; i < attrs.length; i++) size += attrs[i]!.name.length + attrs[i]!.value.length + 4;
    } else {
      size += (n.data?.length ?? 0) + 1;
    }
  }
  return size;
}

/** In the page: a posting is there, or the document is already over the limit (no point waiting on). */
function readyOrTooLarge(limit: number): boolean {
  const fn = globalThis as unknown as Record<string, ((limit?: number) => boolean | number) | undefined>;
  const ready = fn['__skillgapReady'];
  const size = fn['__skillgapSize'];
  return !!ready && !!size && ((ready() as boolean) || (size(limit) as number) > limit);
}

const BLOCKED_RESOURCES = new Set(['image', 'media', 'font']);

/** Addresses a public page may not reach: loopback, private, link-local, shared, benchmarking, multicast, reserved, unspecified. */
const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) NOT_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b:1::', 48]] as const) NOT_PUBLIC.addSubnet(net, bits, 'ipv6');

/** Whether an IP address is not a public one (an IPv4-mapped IPv6 address by its IPv4 part). */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return NOT_PUBLIC.check(mapped[1]!, 'ipv4');
  const family = isIP(bare);
  if (family === 4) return NOT_PUBLIC.check(bare, 'ipv4');
  if (family === 6) return NOT_PUBLIC.check(bare, 'ipv6');
  return false;
}

/** Whether a host name is (or resolves to) a non-public address; `resolve` gives a name's addresses. */
async function privateHost(host: string, resolve: (host: string) => Promise<string[]>): Promise<boolean> {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(bare)) return isPrivateAddress(bare);
  if (bare === 'localhost' || bare.endsWith('.localhost') || bare.endsWith('.local') || bare.endsWith('.internal')) return true;
  try {
    return (await resolve(bare)).some(isPrivateAddress);
  } catch {
    return false; // a name that does not resolve reaches nothing
  }
}

const systemResolve = async (host: string) => (await lookup(host, { all: true })).map((a) => a.address);

/**
 * Whether a page (by its URL) may load `requestUrl`; see the comment at the top of this file.
 * `resolve` gives a host name's addresses (the system resolver by default).
 */
export async function mayLoad(pageUrl: string, requestUrl: string, resolve: (host: string) => Promise<string[]> = systemResolve): Promise<boolean> {
  let page: URL;
  let req: URL;
  try {
    page = new URL(pageUrl);
    req = new URL(requestUrl);
  } catch {
    return false;
  }
  if (req.protocol === 'data:' || req.protocol === 'blob:') return true;
  if (page.protocol === 'file:') {
    if (req.protocol !== 'file:') return false;
    // The page itself and the files saved beside it (its folder and below).
    const folder = pathToFileURL(dirname(fileURLToPath(page))).href.replace(/\/?$/, '/');
    return req.href.split('#')[0] === page.href.split('#')[0] || req.href.startsWith(folder);
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(req.protocol)) return false;
  if (req.hostname === page.hostname) return true;
  return !(await privateHost(req.hostname, resolve));
}

/** A browser kept open for several pages; `close()` when done. */
export interface Renderer {
  render(url: string): Promise<RenderedPage>;
  close(): Promise<void>;
}

/** A name for an input in a message: a saved page by its path, a URL as it is. */
const nameOf = (url: string) => {
  try {
    return url.startsWith('file:') ? fileURLToPath(url) : url;
  } catch {
    return url;
  }
};

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** A promise, or `onTimeout()`'s error once `ms` have passed. */
async function within<T>(ms: number, work: Promise<T>, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(0, ms));
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

export async function createRenderer(options: RenderOptions = {}): Promise<Renderer> {
  const path = chromiumPath(options);
  if (!findChromium(options)) throw noBrowser('pages', path);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? DEFAULT_RENDER_MAX_BYTES;
  const heapMb = options.maxHeapMb ?? DEFAULT_RENDER_HEAP_MB;
  const { chromium } = await import('playwright-core');
  type Page = Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launchPersistentContext>>['newPage']>>;
  const userDataDir = await mkdtemp(join(tmpdir(), 'skillgap-chromium-'));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: path,
      headless: true,
      args: [...CHROMIUM_ARGS, `--js-flags=--max-old-space-size=${heapMb}`, ...(options.offline ? OFFLINE_ARGS : [])],
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
  /** The URL each page was opened for: what its requests are allowed by. A page not in it (a pop-up) loads nothing. */
  const opened = new WeakMap<Page, string>();
  const hostChecks = new Map<string, Promise<string[]>>();
  const resolve = (host: string) => {
    let p = hostChecks.get(host);
    if (!p) hostChecks.set(host, (p = systemResolve(host)));
    return p;
  };
  const allowed = async (page: Page | undefined, url: string): Promise<boolean> => {
    const pageUrl = page ? opened.get(page) : undefined;
    if (pageUrl === undefined) return false;
    if (options.offline && !pageUrl.startsWith('file:')) return false;
    return mayLoad(pageUrl, url, resolve);
  };
  await context.route('**/*', async (route) => {
    const request = route.request();
    let page: Page | undefined;
    try {
      page = request.frame().page();
    } catch {
      page = undefined; // a worker's request: no page to allow it by
    }
    if (BLOCKED_RESOURCES.has(request.resourceType()) || !(await allowed(page, request.url()).catch(() => false))) {
      // A page that navigates away from its document (a script setting location) is kept: the
      // navigation is cancelled, not failed, so Chromium shows no error page in its place.
      const away = page !== undefined && request.isNavigationRequest() && request.frame() === page.mainFrame() && page.url() !== 'about:blank';
      return route.abort(away ? 'aborted' : 'blockedbyclient').catch(() => {});
    }
    return route.continue().catch(() => {});
  });
  // The checks in every document (a waitForFunction argument cannot call another function).
  await context.addInitScript(`globalThis.__skillgapReady = ${postingReady.toString()}; globalThis.__skillgapSize = ${documentSize.toString()};`);
  for (const p of context.pages()) await p.close().catch(() => {});
  // The memory watch: every browser process (descendants of this one, started with our profile
  // folder), and a process over the limit killed. Its page then crashes and fails as too-large.
  const memoryLimit = (options.maxMemoryMb ?? DEFAULT_RENDER_MEMORY_MB) * 1024 * 1024;
  let overMemory = false;
  const browserPid = descendants(process.pid).find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(userDataDir);
    } catch {
      return false;
    }
  });
  const watch =
    browserPid === undefined
      ? undefined
      : setInterval(() => {
          for (const pid of descendants(browserPid)) {
            if (residentBytes(pid) <= memoryLimit) continue;
            overMemory = true;
            try {
              process.kill(pid, 'SIGKILL');
            } catch {
              // gone meanwhile
            }
          }
        }, 250);
  watch?.unref();

  return {
    async render(url: string): Promise<RenderedPage> {
      const name = nameOf(url);
      const page = await context.newPage();
      opened.set(page, url);
      // WebSockets are not routed with the requests: the same rule, on their own route.
      await page.routeWebSocket(/.*/, async (ws) => {
        if (await allowed(page, ws.url()).catch(() => false)) ws.connectToServer();
        else await ws.close({ code: 1008, reason: 'blocked' }).catch(() => {});
      });
      // Pop-ups the site opens are closed at once; downloads refused; dialogs dismissed.
      page.on('popup', (p) => void p.close().catch(() => {}));
      page.on('download', (d) => void d.cancel().catch(() => {}));
      page.on('dialog', (d) => void d.dismiss().catch(() => {}));
      // A script that builds past the heap limit crashes its renderer; so does the memory watch.
      let crashed = false;
      overMemory = false;
      page.on('crash', () => (crashed = true));
      const tooLarge = (what: string) => new InputError('too-large', `cannot render ${name}: ${what}`);
      const timeout = () => new InputError('timeout', `cannot render ${name}: not done within ${timeoutMs / 1000} s`);
      // Waiting for content ends early enough to leave time for reading the document back; the
      // deadline itself is hard: past it the render fails as a timeout, whatever it was doing.
      const waitUntil = Date.now() + timeoutMs - Math.min(2000, timeoutMs / 4);
      try {
        return await within(timeoutMs, (async () => {
          try {
            await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
          } catch (err) {
            if (crashed) throw tooLarge(`the page used more memory than the limit (${heapMb} MB of script heap, ${Math.round(memoryLimit / 1048576)} MB a process)`);
            const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
            if (/timeout/i.test(msg)) throw new InputError('timeout', `cannot render ${name}: no page within ${timeoutMs / 1000} s`, { cause: err });
            throw new InputError('network', `cannot render ${name}: ${msg}`, { cause: err });
          }
          const left = Math.max(1, waitUntil - Date.now());
          await Promise.race([
            page.waitForFunction(readyOrTooLarge, maxBytes, { timeout: left, polling: 100 }),
            page.waitForLoadState('networkidle', { timeout: left }),
          ]).catch(() => {});
          // Content that arrives right after the network goes quiet (a timer) gets one short chance.
          if (!(await page.evaluate(readyOrTooLarge, maxBytes).catch(() => false))) {
            await page.waitForFunction(readyOrTooLarge, maxBytes, { timeout: Math.min(1500, Math.max(1, waitUntil - Date.now())), polling: 100 }).catch(() => {});
          }
          // The document is read back only when it is within the limit (measured without copying it).
          const size = await page.evaluate(documentSize, maxBytes).catch(() => (crashed ? Infinity : -1));
          if (crashed) throw tooLarge(`the page used more memory than the limit (${heapMb} MB of script heap, ${Math.round(memoryLimit / 1048576)} MB a process)`);
          if (size > maxBytes) throw tooLarge(`the rendered document is over the ${mb(maxBytes)} limit`);
          const html = await contentOf(page);
          if (html.length > maxBytes) throw tooLarge(`the rendered document is over the ${mb(maxBytes)} limit`);
          return { url, finalUrl: page.url(), html };
        })(), timeout);
      } catch (err) {
        if ((crashed || overMemory) && !(err instanceof InputError && err.code === 'too-large')) throw tooLarge(`the page used more memory than the limit (${heapMb} MB of script heap, ${Math.round(memoryLimit / 1048576)} MB a process)`);
        if (err instanceof InputError) throw err;
        throw new InputError('render-failed', `cannot render ${name}: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`, { cause: err });
      } finally {
        // Closing a page whose script still runs kills its renderer; never waited on for long.
        await within(5000, page.close({ runBeforeUnload: false }), () => new Error('close')).catch(() => {});
      }
    },
    async close(): Promise<void> {
      if (watch) clearInterval(watch);
      await within(10_000, context.close(), () => new Error('close')).catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/**
 * The document's HTML. A page that starts a navigation (a script setting `location`, refused or
 * not) makes reading it fail while the navigation is pending: read again once it settles, a few
 * times at most (the render's deadline bounds it too).
 */
async function contentOf(page: import('playwright-core').Page): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.content();
    } catch (err) {
      if (attempt >= 10 || !/navigating/i.test(err instanceof Error ? err.message : String(err))) throw err;
      await page.waitForLoadState('domcontentloaded', { timeout: 500 }).catch(() => {});
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

/** Render one page in a browser of its own (a saved page's, a file: URL's, with no network at all). */
export async function renderPage(url: string, options: RenderOptions = {}): Promise<RenderedPage> {
  const path = chromiumPath(options);
  if (!findChromium(options)) throw noBrowser(url, path);
  const renderer = await createRenderer({ ...options, offline: options.offline || url.startsWith('file:') });
  try {
    return await renderer.render(url);
  } finally {
    await renderer.close();
  }
}
