import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { bundledTaxonomy, fixture } from '../helpers.js';
import { hostileText } from '../report/html-fixtures.js';

/** The web app's server over real HTTP, without a browser: limits, headers, errors, downloads, scans. */
describe('skillgap serve: the server', () => {
  let server: RunningServer;
  const errors: unknown[] = [];
  beforeAll(async () => {
    server = await startServer({ port: 0, compiled: bundledTaxonomy(), onError: (e) => errors.push(e) });
  });
  afterAll(() => server.close());

  const form = (fields: Record<string, string | [string, Uint8Array | string]>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) {
      if (typeof v === 'string') f.append(k, v);
      else f.append(k, new Blob([typeof v[1] === 'string' ? v[1] : Buffer.from(v[1])]), v[0]);
    }
    return f;
  };
  const post = (path: string, body: FormData, accept = 'application/json') => fetch(`${server.url}${path}`, { method: 'POST', body, headers: { Accept: accept } });
  const posting = readFileSync(fixture('postings/ml-engineer.md'), 'utf8');
  const resume = readFileSync(fixture('resumes/two-column.md'));

  it('listens on loopback at the address it reports, and serves the page with a strict CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<label for="posting">Job posting</label>');
    expect(html).toContain('<label for="resume">Resume</label>');
    expect(html).toMatch(/<button type="submit">Analyze<\/button>/);
    expect(html).not.toMatch(/<script>|style="/);
  });

  it('analyzes a pasted posting with a resume: the score, the report and its downloads in JSON, Markdown and HTML', async () => {
    const res = await post('/analyze', form({ posting, resume: ['cv.md', resume] }));
    expect(res.status).toBe(200);
    expect(res.headers.get('server-timing')).toMatch(/^analyze;dur=\d/);
    const body = (await res.json()) as { id: string; score: number; html: string };
    expect(body.score).toBeGreaterThan(0);
    expect(body.html).toContain(`${body.score}/100`);
    expect(body.html).toContain('<caption>Hard skills');
    for (const [ext, type, start] of [['json', 'application/json', '{'], ['markdown', 'text/markdown', '#'], ['html', 'text/html', '<!doctype html>']] as const) {
      const d = await fetch(`${server.url}/report/${body.id}.${ext}`);
      expect(d.status, ext).toBe(200);
      expect(d.headers.get('content-type')).toContain(type);
      expect(d.headers.get('content-disposition')).toMatch(/^attachment; filename="skillgap-report\.(json|md|html)"$/);
      expect((await d.text()).trimStart().startsWith(start)).toBe(true);
    }
  });

  it('works without a script: a form post gets the whole page back with the report in it', async () => {
    const res = await post('/analyze', form({ posting, resume: ['cv.md', resume] }), 'text/html');
    const html = await res.text();
    expect(html).toContain('<div id="result" tabindex="-1"><p class="downloads');
    expect(html).toContain('Every skill asked for');
  });

  it('escapes a hostile posting: its markup is text', async () => {
    const res = await post('/analyze', form({ posting: hostileText, resume: ['cv.md', resume] }));
    const { html } = (await res.json()) as { html: string };
    expect(html).not.toMatch(/<script|<img|<a href="javascript/i);
    expect(html).toContain('&lt;script&gt;window.__xss = 1');
  });

  it('says clearly what is wrong: no posting, no resume, a file type it does not read, a bad URL', async () => {
    const cases: [FormData, RegExp][] = [
      [form({ resume: ['cv.md', resume] }), /Paste a job posting, or give its address/],
      [form({ posting }), /Attach your resume/],
      [form({ posting, resume: ['photo.png', new Uint8Array([137, 80, 78, 71])] }), /photo\.png: not a resume skillgap reads \(\.png\)/],
      [form({ url: 'ftp://example.com/x', resume: ['cv.md', resume] }), /not a web address/],
      [form({ posting, resume: ['broken.pdf', new Uint8Array([1, 2, 3])] }), /broken\.pdf/],
    ];
    for (const [body, message] of cases) {
      const res = await post('/analyze', body);
      expect(res.status, String(message)).toBe(400);
      const { error } = (await res.json()) as { error: string };
      expect(error).toMatch(message);
      expect(error).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const big = new FormData();
    big.append('posting', 'x'.repeat(20 * 1024 * 1024));
    const res = await post('/analyze', big);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toMatch(/larger than 5 MB/);
    const after = await post('/analyze', form({ posting, resume: ['cv.md', resume] }));
    expect(after.status).toBe(200);
  });

  it('changes state only by POST, and answers other methods and paths plainly', async () => {
    expect((await fetch(`${server.url}/analyze`)).status).toBe(405);
    expect((await fetch(`${server.url}/`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/report/00000000-0000-0000-0000-000000000000.json`)).status).toBe(404);
    const wrongType = await fetch(`${server.url}/analyze`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', Accept: 'application/json' } });
    expect(wrongType.status).toBe(415);
  });

  it('refuses a request for another host name (DNS rebinding) and a form posted from another site', async () => {
    const status = (headers: Record<string, string>, method = 'GET') =>
      new Promise<number>((resolve, reject) => {
        const r = request(`${server.url}/`, { method, headers }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        r.on('error', reject);
        r.end();
      });
    expect(await status({ Host: 'evil.example' })).toBe(403);
    expect(await status({ Host: `localhost:${server.port}` })).toBe(200);
    const res = await fetch(`${server.url}/analyze`, { method: 'POST', body: form({ posting }), headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
  });

  it('scans many postings: progress lines, then the demand chart, the ranking with links to each posting report, and the gaps', async () => {
    const body = form({
      postings: ['ml.md', posting],
      resume: ['cv.md', resume],
      export: ['{"title": "Data Engineer", "description": "Requirements: 3+ years of Python, SQL and Airflow. Experience with Spark and AWS."}', '{"title": "Analyst", "description": "You know SQL, Tableau and Excel."}'].join('\n'),
    });
    body.append('postings', new Blob([readFileSync(fixture('postings/backend-engineer.txt'))]), 'backend.txt');
    body.append('postings', new Blob(['not a posting']), 'image.png');
    const res = await post('/scan', body, 'application/x-ndjson');
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; done?: number; total?: number; html?: string });
    expect(lines.filter((l) => l.type === 'progress').at(-1)).toMatchObject({ done: 5, total: 5 });
    const html = lines.at(-1)!.html!;
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('Best fits');
    expect(html).toContain('image.png: not a posting file (.png)');
    const link = /<a href="(\/scan\/[0-9a-f-]+\/posting\/\d+)"/.exec(html)?.[1];
    expect(link).toBeDefined();
    const report = await fetch(`${server.url}${link}`);
    expect(report.status).toBe(200);
    expect(await report.text()).toContain('Every skill asked for');
  });

  it('fetches a posting by its address with the CLI limits, and names a page it cannot read', async () => {
    const { startFixtureServer } = await import('../ingest/fixture-server.js');
    const pages = await startFixtureServer();
    const web = await startServer({ port: 0, compiled: bundledTaxonomy(), web: { render: 'never', cacheDir: false, perHostDelayMs: 0, robots: false } });
    try {
      const f = new FormData();
      f.append('url', `${pages.base}/fixtures/greenhouse.html`);
      f.append('resume', new Blob([resume]), 'cv.md');
      const res = await fetch(`${web.url}/analyze`, { method: 'POST', body: f, headers: { Accept: 'application/json' } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { title: string; html: string };
      expect(body.title).toContain('Site Reliability Engineer');
      expect(body.html).toContain(`href="${pages.base}/fixtures/greenhouse.html"`);
      const missing = new FormData();
      missing.append('url', `${pages.base}/nope`);
      missing.append('resume', new Blob([resume]), 'cv.md');
      const bad = await fetch(`${web.url}/analyze`, { method: 'POST', body: missing, headers: { Accept: 'application/json' } });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toMatch(/nope.*404/);
    } finally {
      await web.close();
      await pages.close();
    }
  });

  it('never shows a stack trace, and reported no unexpected error', () => {
    expect(errors).toEqual([]);
  });
});
