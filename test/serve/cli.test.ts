import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

/** `skillgap serve` as a user starts it: the real binary, its address on stdout, Ctrl-C to stop. */
describe('skillgap serve (the command)', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  });

  /** Start the binary; resolve with its address once it prints it. */
  function start(args: string[]) {
    const child = spawn(process.execPath, ['bin/skillgap.js', 'serve', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const address = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        const m = /serving (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`exited before serving: ${err}`)));
    });
    return { child, address, exited, stderr: () => err };
  }

  it('prints its loopback address, serves the page and analyzes with the default resume; Ctrl-C stops it', async () => {
    const s = start(['--port', '0', '--resume', 'fixtures/resumes/two-column.md']);
    const url = await s.address;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(url)).status).toBe(200);
    const form = new FormData();
    form.append('posting', 'Data Scientist\nRequirements\n- Python and SQL\n- Tableau');
    const res = await fetch(`${url}/analyze`, { method: 'POST', body: form, headers: { Accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { score: number }).score).toBeGreaterThan(0);
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(130);
    expect(s.stderr()).toBe('skillgap: stopped\n');
  }, 30_000);

  it('warns when it listens beyond loopback', async () => {
    const s = start(['--port', '0', '--host', '0.0.0.0']);
    await s.address;
    expect(s.stderr()).toMatch(/warning: --host 0\.0\.0\.0: the page is reachable from other machines/);
    s.child.kill('SIGTERM');
    await s.exited;
  }, 30_000);

  it('refuses a bad port and a port in use with one line and exit 2', async () => {
    const bad = spawnSync(process.execPath, ['bin/skillgap.js', 'serve', '--port', '70000'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--port: '70000' is not a port number/);
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as { port: number }).port;
    const r = spawnSync(process.execPath, ['bin/skillgap.js', 'serve', '--port', String(port)], { cwd: root, encoding: 'utf8' });
    busy.close();
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`skillgap: --port ${port}: already in use; pick another, or --port 0 for a free one`);
  }, 30_000);
});
