// Hostile and broken inputs on the INPUT side (issue 14): each class of bad input in one `describe`,
// generated in a temp dir at test time. Every error is one line naming the input and its cause, an
// InputError (exit code 1).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { Document, Element, Text, type AnyNode } from 'domhandler';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExitCode, InputError } from '../../src/errors.js';
import { decodeHtmlEntities } from '../../src/ingest/entities.js';
import { cacheKey, fetchPage, resetPoliteness, type FetchOptions } from '../../src/ingest/fetch.js';
import { decodeHtml } from '../../src/ingest/html/decode.js';
import { postingFromHtml } from '../../src/ingest/html/index.js';
import { inlineText, nodesToText } from '../../src/ingest/html/to-text.js';
import { loadPosting } from '../../src/ingest/index.js';
import { readDocx } from '../../src/ingest/documents/docx.js';
import { readPdf } from '../../src/ingest/documents/pdf.js';
import { expandInputs, type SourceItem } from '../../src/scan/sources.js';

// A folder named `locked` cannot be listed: running as root, chmod cannot make one, so readdir says so.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (path: Parameters<typeof actual.readdir>[0], ...rest: unknown[]) => {
    if (String(path).endsWith(`${'/'}locked`)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return (actual.readdir as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof actual.readdir;
  return { ...actual, readdir, default: { ...actual, readdir } };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skillgap-robust-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
}

async function failure(p: Promise<unknown>): Promise<InputError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const e = err as InputError;
  expect(e.exitCode).toBe(ExitCode.inputFailed);
  expect(e.message).not.toContain('\n');
  return e;
}

async function items(inputs: string[], options: Parameters<typeof expandInputs>[1] = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of expandInputs(inputs, options)) out.push(item);
  return out;
}

function oneLineErrors(list: SourceItem[]): void {
  for (const i of list) if (i.kind === 'error') expect(i.error.message).not.toContain('\n');
}

const jsonLd = (obj: object) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('entities: a map-safe decoder', () => {
  it('leaves &constructor; and &toString; as written in JSON-LD and in the page body', () => {
    const description = 'We build models in Python &constructor; and ship them with &toString; daily &amp; safely. '.repeat(4);
    const page = `<html><head>${jsonLd({ '@type': 'JobPosting', title: 'ML Engineer &hasOwnProperty;', description })}</head><body></body></html>`;
    const { posting } = postingFromHtml('ld.html', page);
    expect(posting.text).not.toMatch(/function|native code/);
    expect(posting.text).toContain('Python &constructor; and ship them with &toString; daily & safely.');
    expect(posting.title).toBe('ML Engineer &hasOwnProperty;');
    // Only entities a plain-object table "knows": the shape that decoded to Object's source text.
    const known = postingFromHtml('known.html', `<html><head>${jsonLd({ '@type': 'JobPosting', title: 'Data &constructor; &amp; ML', description: 'Use &constructor; &amp; Python daily. '.repeat(10) })}</head></html>`);
    expect(known.posting.title).toBe('Data &constructor; & ML');
    expect(known.posting.text).toContain('Use &constructor; & Python daily.');
    expect(known.posting.text).not.toMatch(/function|native code/);
    const body = postingFromHtml('body.html', `<html><body><main><h1>Data &constructor;</h1><p>${'Requirements: Python &toString; experience, skills, full-time. '.repeat(6)}</p></main></body></html>`);
    expect(body.posting.text).not.toMatch(/function|native code/);
    expect(body.posting.text).toContain('Data &constructor;');
  });

  it('decodes real references, numeric ones and legacy ones without a semicolon', () => {
    expect(decodeHtmlEntities('&constructor; &__proto__; &toString; &amp; &lt;p&gt; &#x2019; &#8211; &eacute &nbsp;')).toBe('&constructor; &__proto__; &toString; & <p> ’ – é \u00a0');
  });
});

describe('encodings: windows-1252 text files', () => {
  it('reads a text file with a few windows-1252 bytes, warning with the first odd byte', async () => {
    const bytes = Buffer.concat([Buffer.from('ML Engineer\nWe need '), Buffer.from([0x93]), Buffer.from('Python'), Buffer.from([0x94]), Buffer.from(' and SQL '), Buffer.from([0x96]), Buffer.from(' 3 years.\n')]);
    const path = file('cp1252.txt', bytes);
    const posting = await loadPosting(path);
    expect(posting.text).toBe('ML Engineer\nWe need “Python” and SQL – 3 years.\n');
    expect(posting.warnings).toHaveLength(1);
    expect(posting.warnings![0]).toBe(`${path}: not valid UTF-8 (first odd byte 0x93 at offset 20); read as windows-1252`);
  });

  it('still refuses bytes that look binary, in one line', async () => {
    const path = file('odd.txt', new Uint8Array([0x41, 0x42, 0x92, 0x03, 0x04, 0x43]));
    const err = await failure(loadPosting(path));
    expect(err.code).toBe('binary');
    expect(err.message).toContain(path);
  });
});

describe('encodings: a charset header that lies', () => {
  const utf8Page = new TextEncoder().encode(
    `<html><body><main><h1>Daten – Ingenieur</h1><p>${'Requirements: Python und SQL bei Müller & Söhne, experience, skills, full-time. '.repeat(4)}</p></main></body></html>`,
  );

  it('reads UTF-8 bytes declared as utf-16le as UTF-8, with a warning', () => {
    const d = decodeHtml(utf8Page, 'text/html; charset=utf-16le');
    expect(d.encoding).toBe('utf-8');
    expect(d.warning).toMatch(/Content-Type header declares utf-16le, but the bytes are UTF-8/);
    const { posting } = postingFromHtml('https://jobs.example/1', utf8Page, { contentType: 'text/html; charset=utf-16le' });
    expect(posting.text).toContain('Python und SQL bei Müller & Söhne');
    expect(posting.warnings).toEqual([expect.stringMatching(/^https:\/\/jobs\.example\/1: the Content-Type header declares utf-16le/)]);
  });

  it('reads UTF-8 bytes declared as windows-1252 as UTF-8; real UTF-16 stays UTF-16', () => {
    expect(decodeHtml(utf8Page, 'text/html; charset=windows-1252')).toMatchObject({ encoding: 'utf-8' });
    expect(decodeHtml(utf8Page, 'text/html; charset=windows-1252').text).toContain('Müller');
    const real = new Uint8Array(Buffer.from('<p>Müller</p>', 'utf16le'));
    expect(decodeHtml(real, 'text/html; charset=utf-16le')).toMatchObject({ encoding: 'utf-16le', text: '<p>Müller</p>' });
    expect(decodeHtml(real, 'text/html; charset=utf-16le').warning).toBeUndefined();
  });
});

describe('structured data without a description', () => {
  it('reads the posting from the page body, keeping the JSON-LD title and company', async () => {
    const page = `<html><head>${jsonLd({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'ML Engineer', hiringOrganization: { '@type': 'Organization', name: 'Acme' } })}</head>
<body><nav>Home · Jobs</nav><main><h2>What you bring</h2><ul><li>Python</li><li>PyTorch</li></ul></main></body></html>`;
    const posting = await loadPosting(file('no-description.html', page), { web: { render: 'never' } });
    expect(posting).toMatchObject({ title: 'ML Engineer', company: 'Acme' });
    expect(posting.text).toContain('- Python\n- PyTorch');
  });
});

describe('fetching: redirects, robots.txt, politeness, the cache', () => {
  const servers: Server[] = [];
  let base: string;
  /** Two hosts: the first's robots.txt disallows /private for everyone, the second's /no-skillgap for skillgap only. */
  let ours: string;
  const hits = new Map<string, number[]>();
  const page = (title: string) => `<html><body><main><h1>${title}</h1><p>${'Requirements: Python, SQL, experience, skills, full-time role. '.repeat(5)}</p></main></body></html>`;
  async function start(robots: string): Promise<string> {
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const key = `${req.headers.host}${path}`;
      (hits.get(key) ?? hits.set(key, []).get(key)!).push(Date.now());
      if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(robots);
      if (path === '/to-data') return void res.writeHead(302, { location: 'data:text/html,<h1>Injected</h1>' }).end();
      if (path === '/to-file') return void res.writeHead(301, { location: 'file:///etc/passwd' }).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`Job ${path}`));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  const hitsOf = (url: string) => hits.get(url.replace(/^http:\/\//, ''));
  beforeAll(async () => {
    base = await start('User-agent: *\nDisallow: /private\n');
    ours = await start('User-agent: googlebot\nDisallow: /\n\nUser-agent: skillgap\nDisallow: /no-skillgap\n');
    resetPoliteness();
  });
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
  const quick: FetchOptions = { timeoutMs: 2000, backoffMs: 10, cacheDir: false, perHostDelayMs: 0 };

  it.each([
    ['/to-data', 'data'],
    ['/to-file', 'file'],
  ])('refuses a redirect from %s to a %s: URL', async (path, scheme) => {
    const err = await failure(fetchPage(`${base}${path}`, quick));
    expect(err.code).toBe('bad-redirect');
    expect(err.message).toBe(`cannot fetch ${base}${path}: redirected to a ${scheme} URL; only http and https are followed`);
  });

  it('reads robots.txt once per host and refuses what it disallows for * or for skillgap', async () => {
    for (const url of [`${base}/private/job-1`, `${ours}/no-skillgap/job-2`]) {
      const err = await failure(fetchPage(url, quick));
      expect(err.code).toBe('robots');
      expect(err.message).toBe(`cannot fetch ${url}: ${new URL(url).origin}/robots.txt disallows it for skillgap`);
      expect(hitsOf(url)).toBeUndefined();
    }
    expect((await fetchPage(`${base}/jobs/1`, quick)).status).toBe(200);
    expect((await fetchPage(`${ours}/jobs/2`, quick)).status).toBe(200); // googlebot's Disallow is not ours
    expect(hitsOf(`${base}/robots.txt`)).toHaveLength(1);
    expect(hitsOf(`${ours}/robots.txt`)).toHaveLength(1);
  });

  it('spaces requests to one host by the per-host delay', async () => {
    const urls = [1, 2, 3].map((i) => `${base}/spaced/${i}`);
    const called: number[] = [];
    for (const u of urls) {
      called.push(Date.now());
      await fetchPage(u, { ...quick, perHostDelayMs: 250 });
    }
    const at = urls.map((u) => hitsOf(u)![0]!);
    // A request starts no sooner than the delay after the one before it started, which is no sooner
    // than its call: so it arrives at least the delay after the call before it, however slow the
    // machine (arrivals alone may bunch up when the first one is late). Without the delay, the next
    // one arrives as soon as the first is answered, a few milliseconds after its call. (Less 10 ms:
    // timers and Date.now() step by whole milliseconds, and a timer may fire a step early.)
    for (let i = 1; i < at.length; i++) expect(at[i]! - called[i - 1]!).toBeGreaterThanOrEqual(240);
  });

  it('a cached page whose body was cut short is a miss online and an error naming the URL offline', async () => {
    const cacheDir = join(dir, 'cache');
    const url = `${base}/cached/1`;
    const first = await fetchPage(url, { ...quick, cacheDir });
    truncateSync(join(cacheDir, `${cacheKey(url)}.body`), 20);
    const err = await failure(fetchPage(url, { ...quick, cacheDir, offline: true }));
    expect(err.code).toBe('cache-incomplete');
    expect(err.message).toBe(`cannot fetch ${url}: offline and the cached copy is incomplete (20 of ${first.body.byteLength} bytes); fetch it again without --offline`);
    const again = await fetchPage(url, { ...quick, cacheDir });
    expect(again.fromCache).toBe(false);
    expect(again.body.byteLength).toBe(first.body.byteLength);
    expect((await fetchPage(url, { ...quick, cacheDir, offline: true })).body.byteLength).toBe(first.body.byteLength);
  });
});

describe('resumes: long PDFs and DOCX bombs', () => {
  it('reads every page of a 200-page PDF; a bound that stops it warns with the file and page', async () => {
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let n = 1; n <= 200; n++) doc.addPage([300, 200]).drawText(`Page ${n} Python`, { x: 20, y: 100, size: 12, font });
    const path = file('long.pdf', await doc.save());
    const bytes = readFileSync(path);
    const warnings: string[] = [];
    const text = await readPdf(path, bytes, { warnings });
    expect(text).toContain('Page 1 Python');
    expect(text).toContain('Page 200 Python');
    expect(warnings).toEqual([]);
    const cut: string[] = [];
    const short = await readPdf(path, bytes, { warnings: cut, maxChars: 100 });
    expect(short).not.toContain('Page 200 Python');
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: read pages 1-\\d+ of 200; stopped at page \\d+ because its text passed 100 characters$`));
  });

  /** A zip (stored by deflate) of the given entries, as a .docx is. */
  function zip(entries: [string, Buffer][]): Buffer {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const [name, data] of entries) {
      const packed = deflateRawSync(data);
      const n = Buffer.from(name);
      const head = Buffer.alloc(30);
      head.writeUInt32LE(0x04034b50, 0);
      head.writeUInt16LE(20, 4);
      head.writeUInt16LE(8, 8);
      head.writeUInt32LE(crc32(data), 14);
      head.writeUInt32LE(packed.length, 18);
      head.writeUInt32LE(data.length, 22);
      head.writeUInt16LE(n.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(crc32(data), 16);
      central.writeUInt32LE(packed.length, 20);
      central.writeUInt32LE(data.length, 24);
      central.writeUInt16LE(n.length, 28);
      central.writeUInt32LE(offset, 42);
      locals.push(head, n, packed);
      centrals.push(central, n);
      offset += 30 + n.length + packed.length;
    }
    const cd = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, cd, end]);
  }

  it('refuses a DOCX whose XML inflates past the bound, before inflating it, in one line', async () => {
    const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const body = Buffer.alloc(60 * 1024 * 1024, 0x20);
    const path = file('bomb.docx', zip([['[Content_Types].xml', types], ['word/document.xml', body]]));
    expect(readFileSync(path).length).toBeLessThan(5 * 1024 * 1024);
    const err = await failure(readDocx(path, readFileSync(path)));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe(`${path}: the document's XML inflates to 60.0 MB or more, over the 50.0 MB limit for a Word document (checked before inflating)`);
  });
});

describe('deep nesting', () => {
  it('reads 100,000 nested <div>s without overflowing the stack', () => {
    const n = 100_000;
    const html = `<html><body><main>${'<div>'.repeat(n)}<p>${'Requirements: Python, experience, skills, full-time. '.repeat(6)}</p>${'</div>'.repeat(n)}</main></body></html>`;
    const { posting } = postingFromHtml('deep.html', html);
    expect(posting.text).toContain('Requirements: Python');
  });

  it('walks a 100,000-deep tree iteratively (text and inline text)', () => {
    let inner: AnyNode = new Text('Python and SQL');
    for (let i = 0; i < 100_000; i++) {
      const el: Element = new Element(i % 2 ? 'div' : 'span', {}, [inner]);
      inner.parent = el;
      inner = el;
    }
    const root = new Document([inner]);
    inner.parent = root;
    expect(nodesToText(root)).toBe('Python and SQL');
    expect(inlineText(root)).toBe('Python and SQL');
  });
});

describe('scan sources: folders, CSV, JSONL, devices and pipes', () => {
  it('reports an unreadable subfolder as one error item and walks on', async () => {
    const root = join(dir, 'walk');
    file('walk/a.txt', 'A\nPython');
    mkdirSync(join(root, 'locked'), { recursive: true });
    file('walk/locked/hidden.txt', 'never listed');
    file('walk/z.txt', 'Z\nSQL');
    const list = await items([root]);
    expect(list.map((i) => (i.kind === 'error' ? `error:${i.error.code}` : i.source))).toEqual([join(root, 'a.txt'), 'error:unreadable', join(root, 'z.txt')]);
    const err = list[1] as Extract<SourceItem, { kind: 'error' }>;
    expect(err.source).toBe(join(root, 'locked'));
    expect(err.error.message).toBe(`${join(root, 'locked')}: cannot read this folder (permission denied); the rest of the walk goes on`);
  });

  it('yields the good rows of a CSV before a bad quote, then one error naming the line', async () => {
    const path = file('export.csv', 'title,description\nA,Python\nB,"SQL, dbt"\nC,"multi\nline Go"\nD,"bad "quote" here\nE,after\n');
    const list = await items([path]);
    expect(list.filter((i) => i.kind === 'record').map((i) => i.source)).toEqual([`${path}#2`, `${path}#3`, `${path}#4`]);
    const last = list[list.length - 1]!;
    expect(last).toMatchObject({ kind: 'error', source: `${path}#6`, error: { code: 'bad-csv' } });
    expect((last as Extract<SourceItem, { kind: 'error' }>).error.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6: bad CSV record, the rest of the file is not read \\(Invalid Closing Quote`));
    oneLineErrors(list);
  });

  it('bounds each JSONL line by maxBytes without holding it, naming file and line', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) });
    const path = file('rows.jsonl', `{"text":"Python"}\n${big}\n\n{"text":"SQL"}\r\n`);
    const list = await items([path], { maxBytes: 1024 * 1024 });
    expect(list.map((i) => `${i.kind}:${i.source.slice(path.length)}`)).toEqual(['json-bytes:#1', 'error:#2', 'json-bytes:#4']);
    expect(list[1]).toMatchObject({ error: { code: 'too-large', message: `${path}:2: line is over the 1.0 MB limit for one posting (--max-size); skipped` } });
    expect(Buffer.from((list[2] as Extract<SourceItem, { kind: 'json-bytes' }>).bytes).toString('utf8')).toBe('{"text":"SQL"}');
  });

  it('refuses a character device or a FIFO named .jsonl or .txt in one line, without reading it', { timeout: 5000 }, async () => {
    const zero = join(dir, 'zero.jsonl');
    symlinkSync('/dev/zero', zero);
    const fifoDir = join(dir, 'fifos');
    mkdirSync(fifoDir);
    execFileSync('mkfifo', [join(fifoDir, 'pipe.jsonl'), join(fifoDir, 'pipe.txt')]);
    const list = await items([zero, join(fifoDir, 'pipe.jsonl'), join(fifoDir, 'pipe.txt'), fifoDir]);
    expect(list.map((i) => (i.kind === 'error' ? i.error.code : i.kind))).toEqual(['not-a-file', 'not-a-file', 'not-a-file']);
    expect(list[0]).toMatchObject({ source: zero, error: { message: `${zero}: a character device, not a regular file (give a file, or - for standard input)` } });
    expect(list[1]).toMatchObject({ error: { message: `${join(fifoDir, 'pipe.jsonl')}: a named pipe (FIFO), not a regular file (give a file, or - for standard input)` } });
    const err = await failure(loadPosting(join(fifoDir, 'pipe.txt')));
    expect(err.code).toBe('not-a-file');
  });
});

describe('postings saved as PDF or Word', () => {
  it('are read like resumes: by analyze, extract and a folder scan, never skipped', async () => {
    const { fixture } = await import('../helpers.js');
    for (const ext of ['pdf', 'docx']) {
      const posting = await loadPosting(fixture(`resumes/two-column.${ext}`));
      expect(posting.text, ext).toMatch(/Python/);
    }
    const dir = mkdtempSync(join(tmpdir(), 'skillgap-docs-'));
    writeFileSync(join(dir, 'job.pdf'), readFileSync(fixture('resumes/two-column.pdf')));
    writeFileSync(join(dir, 'job.docx'), readFileSync(fixture('resumes/two-column.docx')));
    const items: SourceItem[] = [];
    for await (const item of expandInputs([dir])) items.push(item);
    expect(items.map((i) => i.source.slice(dir.length + 1))).toEqual(['job.docx', 'job.pdf']);
    rmSync(dir, { recursive: true, force: true });
  });
});
