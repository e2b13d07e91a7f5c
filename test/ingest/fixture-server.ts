import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** A page under fixtures/html. */
export function htmlFixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/html/${name}`, import.meta.url)));
}

export interface FixtureServer {
  base: string;
  /** Requests seen per path, for retry and cache tests. */
  hits: Map<string, number>;
  /** User-Agent of the last request. */
  lastUserAgent: () => string | undefined;
  close(): Promise<void>;
}

/**
 * A loopback server for the URL path: `/fixtures/<name>` serves a fixture page; the other routes
 * misbehave the ways real sites do.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  let ua: string | undefined;
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    ua = req.headers['user-agent'];
    open.add(res);
    res.on('close', () => open.delete(res));

    if (path.startsWith('/fixtures/')) {
      const name = path.slice('/fixtures/'.length);
      try {
        const body = htmlFixture(name);
        const type = name === 'windows-1252.html' ? 'text/html' : name === 'utf-16.html' ? 'text/html' : 'text/html; charset=utf-8';
        res.writeHead(200, { 'content-type': type, 'content-length': body.length });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      }
      return;
    }
    switch (path) {
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>Starting');
        return; // never ends: the client's timeout must fire
      case '/loop/a':
        res.writeHead(302, { location: '/loop/b' }).end();
        return;
      case '/loop/b':
        res.writeHead(301, { location: '/loop/a' }).end();
        return;
      case '/chain/0':
      case '/chain/1':
      case '/chain/2':
      case '/chain/3':
      case '/chain/4':
      case '/chain/5':
      case '/chain/6': {
        const i = Number(path.slice(-1));
        res.writeHead(302, { location: `/chain/${i + 1}` }).end();
        return;
      }
      case '/moved':
        res.writeHead(301, { location: '/fixtures/greenhouse.html' }).end();
        return;
      case '/huge': {
        // 8 MB streamed without a Content-Length: the cap must stop the read.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const push = (): void => {
          while (sent < 128) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', push);
          }
          res.end();
        };
        push();
        return;
      }
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        res.write('<html>');
        return;
      case '/file.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n%fake\n');
        return;
      case '/api.json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"jobs":[]}');
        return;
      case '/plain.txt':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Requirements:\r\n- Python\r\n');
        return;
      case '/flaky':
        if (n === 1) res.writeHead(429, { 'retry-after': '0', 'content-type': 'text/plain' }).end('slow down');
        else if (n === 2) res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
        else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(htmlFixture('jsonld-graph.html'));
        return;
      case '/always-500':
        res.writeHead(500, { 'content-type': 'text/plain' }).end('broken');
        return;
      case '/rate-limited-long':
        res.writeHead(429, { 'retry-after': '3600' }).end();
        return;
      case '/popup':
        // Opens a pop-up and starts a download on load; the posting itself is static.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          htmlFixture('greenhouse.html')
            .toString()
            .replace('</body>', `<a id="dl" href="/download" download>file</a><script>window.open('/fixtures/ashby.html', '_blank'); setTimeout(() => document.getElementById('dl').click(), 20);</script></body>`),
        );
        return;
      case '/download':
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="x.bin"' }).end('binary');
        return;
      case '/short-plain':
        // A short posting in plain markup, without the words that make a page read as one: the static
        // reading has it, though `render: auto` would try a browser.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
          '<!doctype html><html><head><title>Data Analyst</title></head><body><h1>Data Analyst at Fenwick Foods</h1>' +
            '<p>We need someone who writes SQL every day, builds dashboards in Tableau and Power BI, and cleans messy spreadsheets in Excel and Python.</p>' +
            '<p>Located in Leeds, two days a week in the office.</p></body></html>',
        );
        return;
      case '/untyped':
        res.writeHead(200).end('<!doctype html><html><body><h1>Untyped</h1></body></html>');
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    lastUserAgent: () => ua,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
