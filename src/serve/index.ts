import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, type Analysis } from '../analyze.js';
import { SkillgapError } from '../errors.js';
import { extractPosting } from '../extract/extract.js';
import { isUrl, loadPosting, type IngestOptions } from '../ingest/index.js';
import { DEFAULT_MAX_BYTES } from '../ingest/read-input.js';
import type { Posting } from '../ingest/posting.js';
import { packageRoot } from '../package-root.js';
import type { Profile } from '../profile/schema.js';
import { formatFor } from '../report/formats/index.js';
import { REPORT_CSS } from '../report/html-page.js';
import { analysisBody, analysisTitle } from '../report/html.js';
import { scanBody } from '../report/scan-html.js';
import { postingFromRow } from '../scan/item.js';
import { scanItems } from '../scan/scan.js';
import type { ScanSummary } from '../scan/schema.js';
import type { SourceItem } from '../scan/sources.js';
import { loadTaxonomy, type CompiledTaxonomy, type LoadTaxonomyOptions } from '../taxonomy/index.js';
import { APP_CSS, appPage, reportPage } from './page.js';
import { Recent } from './store.js';
import { postingFromPaste, profileFromUpload, scanItemsOf, type Upload } from './upload.js';

/**
 * `skillgap serve`: the paste-a-posting job as a local web page, on node:http (no framework: a
 * handful of routes, and every byte of a request is ours to bound). Uploads are held in memory and
 * never written to disk; results are kept in memory, the last few only. The page loads its own
 * script and stylesheet and nothing else (a strict Content-Security-Policy); every value in a page
 * is escaped. State changes only by POST. The library never prints: errors go to `onError`.
 */

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

export interface ServeOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  taxonomy?: LoadTaxonomyOptions;
  compiled?: CompiledTaxonomy;
  /** Used when a request attaches no resume (serve --profile/--resume). */
  defaultProfile?: Profile | null;
  /** Largest request body, in bytes (default 5 MB): a larger one gets 413. */
  maxBodyBytes?: number;
  /** Largest posting fetched from a URL (default 5 MB). */
  maxPostingBytes?: number;
  /** URL fetching: cache, rendering, offline mode, timeouts (as the CLI's). */
  web?: IngestOptions['web'];
  /** An unexpected error while serving a request (the page shows a plain message, never this). */
  onError?: (err: unknown, request: string) => void;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  /** Server-side milliseconds of the last analyze (read, extract, compare, render). */
  lastAnalyzeMs: number | null;
  close(): Promise<void>;
}

/** A problem with what the person sent: shown in the page, status 400. */
class RequestError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

interface ScanSession {
  items: SourceItem[];
  profile: Profile | null;
}

const DOWNLOADS = [
  ['json', 'JSON'],
  ['markdown', 'Markdown'],
  ['html', 'HTML'],
] as const;

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let compiled = options.compiled;
  const taxonomy = () => (compiled ??= loadTaxonomy(options.taxonomy ?? {}));
  const analyses = new Recent<Analysis>(50);
  const scans = new Recent<ScanSession>(10);
  const assets = {
    js: readFileSync(join(packageRoot(), 'web', 'app.js')),
    css: Buffer.from(`${REPORT_CSS}${APP_CSS}`),
  };
  const defaultName = options.defaultProfile?.source ?? null;
  let lastAnalyzeMs: number | null = null;

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    if (res.headersSent) return void res.end();
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
    res.end(body);
  };
  const page = (res: ServerResponse, status: number, html: string) => send(res, status, 'text/html; charset=utf-8', html);
  const wantsJson = (req: IncomingMessage) => /application\/json/.test(req.headers.accept ?? '');

  /** The request's body, at most maxBody bytes; a larger one is read to its end and refused with 413. */
  const readBody = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const declared = Number(req.headers['content-length'] ?? NaN);
      const chunks: Buffer[] = [];
      let size = 0;
      let over = declared > maxBody;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBody) over = true;
        if (over) {
          chunks.length = 0;
          // Past 16 times the limit, stop reading: the connection is closed after the 413.
          if (size > maxBody * 16) req.pause();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => (over ? reject(new RequestError(`The request is larger than ${Math.round(maxBody / 1024 / 1024)} MB.`, 413)) : resolve(Buffer.concat(chunks))));
      req.on('error', reject);
      if (over && size === 0 && declared > maxBody * 16) reject(new RequestError(`The request is larger than ${Math.round(maxBody / 1024 / 1024)} MB.`, 413));
    });

  const readForm = async (req: IncomingMessage): Promise<FormData> => {
    const type = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) {
      throw new RequestError('Send the form as multipart/form-data or application/x-www-form-urlencoded.', 415);
    }
    const body = await readBody(req);
    try {
      return await new Response(body, { headers: { 'content-type': type } }).formData();
    } catch {
      throw new RequestError('The form could not be read (a broken multipart body).');
    }
  };
  const text = (form: FormData, name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const upload = async (v: NonNullable<ReturnType<FormData['get']>>): Promise<Upload | null> =>
    typeof v === 'string' || (v.size === 0 && v.name === '') ? null : { name: v.name || 'upload', bytes: new Uint8Array(await v.arrayBuffer()) };

  const profileOf = async (form: FormData, required: boolean): Promise<Profile | null> => {
    const v = form.get('resume');
    const file = v === null ? null : await upload(v);
    if (file) return profileFromUpload(file, taxonomy());
    if (options.defaultProfile) return options.defaultProfile;
    if (required) throw new RequestError('Attach your resume (PDF, Word, Markdown, text or JSON Resume) or a skillgap profile.');
    return null;
  };

  const downloads = (id: string) =>
    `<p class="downloads app-only"><b>Download the report:</b> ${DOWNLOADS.map(([f, name]) => `<a href="/report/${id}.${f}" download>${name}</a>`).join(' ')}</p>`;

  async function analyzeForm(req: IncomingMessage, res: ServerResponse) {
    const form = await readForm(req);
    const started = performance.now();
    const pasted = text(form, 'posting');
    const url = text(form, 'url').trim();
    const respondError = (message: string, status: number) =>
      wantsJson(req) ? send(res, status, 'application/json; charset=utf-8', JSON.stringify({ error: message })) : page(res, status, appPage({ view: 'analyze', error: message, posting: pasted, url, defaultProfile: defaultName }));
    try {
      if (pasted.trim() === '' && url === '') throw new RequestError('Paste a job posting, or give its address.');
      if (pasted.trim() === '' && !isUrl(url)) throw new RequestError(`${url}: not a web address (http:// or https://).`);
      const profile = (await profileOf(form, true))!;
      const posting: Posting =
        pasted.trim() !== ''
          ? postingFromPaste(pasted)
          : await loadPosting(url, { ...(options.web ? { web: options.web } : {}), maxBytes: options.maxPostingBytes ?? DEFAULT_MAX_BYTES });
      const a = analyze(extractPosting(posting, taxonomy()), profile, taxonomy());
      const id = randomUUID();
      analyses.add(id, a);
      const html = `${downloads(id)}${analysisBody([a])}`;
      lastAnalyzeMs = performance.now() - started;
      const timing = { 'Server-Timing': `analyze;dur=${lastAnalyzeMs.toFixed(1)}` };
      if (wantsJson(req)) send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ id, score: a.gap.score.value, title: analysisTitle([a]), html }), timing);
      else send(res, 200, 'text/html; charset=utf-8', appPage({ view: 'analyze', result: html, posting: pasted, url, defaultProfile: defaultName }), timing);
    } catch (err) {
      if (err instanceof RequestError) return respondError(err.message, err.status);
      if (err instanceof SkillgapError) return respondError(err.message, 400);
      throw err;
    }
  }

  function download(res: ServerResponse, id: string, name: string) {
    const a = analyses.get(id);
    if (!a) return page(res, 404, appPage({ view: 'analyze', error: 'That report is no longer here (the server keeps the last 50). Analyze the posting again.', defaultProfile: defaultName }));
    const format = formatFor('analysis', name);
    const body = format.render.analysis([a], {});
    send(res, 200, format.mediaType, body, { 'Content-Disposition': `attachment; filename="skillgap-report${format.extension}"` });
  }

  async function scanForm(req: IncomingMessage, res: ServerResponse) {
    const form = await readForm(req);
    const stream = /application\/x-ndjson/.test(req.headers.accept ?? '');
    const fail = (message: string, status: number) =>
      stream || wantsJson(req) ? send(res, status, 'application/json; charset=utf-8', JSON.stringify({ error: message })) : page(res, status, appPage({ view: 'scan', error: message, defaultProfile: defaultName }));
    let items: SourceItem[];
    let profile: Profile | null;
    try {
      const files: Upload[] = [];
      for (const v of form.getAll('postings')) {
        const u = await upload(v);
        if (u) files.push(u);
      }
      profile = await profileOf(form, false);
      items = await scanItemsOf(files, text(form, 'export'));
      if (items.length === 0) throw new RequestError('Drop posting files or paste an export to scan.');
    } catch (err) {
      if (err instanceof RequestError) return fail(err.message, err.status);
      if (err instanceof SkillgapError) return fail(err.message, 400);
      throw err;
    }
    const sid = randomUUID();
    scans.add(sid, { items, profile });
    if (stream) {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/x-ndjson; charset=utf-8' });
      res.flushHeaders();
    }
    let summary: ScanSummary | undefined;
    let last = 0;
    for await (const ev of scanItems(items, {
      compiled: taxonomy(),
      profile,
      jobs: 0,
      onProgress: (p) => {
        if (stream && (p.done === items.length || performance.now() - last > 100)) {
          last = performance.now();
          res.write(`${JSON.stringify({ type: 'progress', done: p.done, total: items.length })}\n`);
        }
      },
    })) {
      if (ev.type === 'summary') summary = ev.summary;
      // Let the progress lines go out between postings.
      else if (stream) await new Promise<void>((r) => setImmediate(r));
    }
    const html = scanBody(summary!, { postingHref: profile ? (r) => `/scan/${sid}/posting/${r.index}` : () => null });
    if (stream) res.end(`${JSON.stringify({ type: 'done', html })}\n`);
    else page(res, 200, appPage({ view: 'scan', result: html, defaultProfile: defaultName }));
  }

  function scannedPosting(res: ServerResponse, sid: string, index: number) {
    const session = scans.get(sid);
    const item = session?.items[index];
    if (!session || !item || !session.profile) return page(res, 404, appPage({ view: 'scan', error: 'That scan is no longer here (the server keeps the last 10). Scan again.', defaultProfile: defaultName }));
    let posting: Posting;
    try {
      if (item.kind === 'record') posting = postingFromRow(item.source, item.record, {});
      else if (item.kind === 'json') posting = postingFromRow(item.source, JSON.parse(item.line) as Record<string, unknown>, {});
      else return page(res, 404, appPage({ view: 'scan', error: 'That posting could not be read.', defaultProfile: defaultName }));
    } catch (err) {
      return page(res, 400, appPage({ view: 'scan', error: err instanceof SkillgapError ? err.message : 'That posting could not be read.', defaultProfile: defaultName }));
    }
    const a = analyze(extractPosting(posting, taxonomy()), session.profile, taxonomy());
    const id = randomUUID();
    analyses.add(id, a);
    page(res, 200, reportPage(analysisTitle([a]), `${downloads(id)}${analysisBody([a])}`));
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const hostHeader = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    // A page elsewhere cannot reach this server through a name that points here (DNS rebinding), nor post to it.
    if (LOOPBACK.has(host) && !LOOPBACK.has(hostHeader)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: unexpected Host header.\n');
    if (method === 'POST' && req.headers.origin && req.headers.origin !== 'null') {
      const origin = new URL(req.headers.origin);
      if (origin.host !== req.headers.host) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: a form from another site.\n');
    }
    const get = method === 'GET' || method === 'HEAD';
    const only = (allowed: string) => send(res, 405, 'text/plain; charset=utf-8', `Method not allowed: use ${allowed}.\n`, { Allow: allowed });
    if (path === '/' || path === '/scan') {
      if (path === '/scan' && method === 'POST') return scanForm(req, res);
      if (!get) return only(path === '/' ? 'GET' : 'GET, POST');
      return page(res, 200, appPage({ view: path === '/' ? 'analyze' : 'scan', defaultProfile: defaultName }));
    }
    if (path === '/analyze') return method === 'POST' ? analyzeForm(req, res) : only('POST');
    if (path === '/app.js') return get ? send(res, 200, 'text/javascript; charset=utf-8', assets.js) : only('GET');
    if (path === '/app.css') return get ? send(res, 200, 'text/css; charset=utf-8', assets.css) : only('GET');
    let m = /^\/report\/([0-9a-f-]{36})\.(json|markdown|html)$/.exec(path);
    if (m) return get ? download(res, m[1]!, m[2]!) : only('GET');
    m = /^\/scan\/([0-9a-f-]{36})\/posting\/(\d{1,9})$/.exec(path);
    if (m) return get ? scannedPosting(res, m[1]!, Number(m[2])) : only('GET');
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found.\n');
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (err instanceof RequestError) {
        // A body too large: answered, then the connection closed (the rest of the body is not read).
        if (err.status === 413) res.setHeader('Connection', 'close');
        if (wantsJson(req) || /ndjson/.test(req.headers.accept ?? '')) send(res, err.status, 'application/json; charset=utf-8', JSON.stringify({ error: err.message }));
        else page(res, err.status, appPage({ view: (req.url ?? '').startsWith('/scan') ? 'scan' : 'analyze', error: err.message, defaultProfile: defaultName }));
        return;
      }
      options.onError?.(err, `${req.method} ${req.url}`);
      const message = 'Something went wrong on the server. The details are in the terminal where skillgap serve runs.';
      if (res.headersSent) res.end();
      else if (wantsJson(req)) send(res, 500, 'application/json; charset=utf-8', JSON.stringify({ error: message }));
      else page(res, 500, appPage({ view: 'analyze', error: message, defaultProfile: defaultName }));
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    host,
    port,
    get lastAnalyzeMs() {
      return lastAnalyzeMs;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

