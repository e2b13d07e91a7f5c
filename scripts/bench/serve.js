// `skillgap serve`: start-up (process start to the address printed) beside `node -e 0`, and the
// server-side time of one analyze (its Server-Timing header: read, extract, compare, render) over
// real postings (../shared/data/postings-ds) pasted with a resume. Budgets (issue 12): start-up under
// a second; one analyze well under the time a person notices (100 ms).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function startServe(root) {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, ['bin/skillgap.js', 'serve', '--port', '0', '--resume', 'fixtures/resumes/two-column.md'], { cwd: root });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1], ms: Number(process.hrtime.bigint() - t0) / 1e6 });
    });
    child.on('exit', (code) => reject(new Error(`bench: serve exited ${code}`)));
  });
}

function realPostings(root, n) {
  const file = join(root, '../shared/data/postings-ds/postings.jsonl');
  if (!existsSync(file)) return [readFileSync(join(root, 'fixtures/postings/ml-engineer.md'), 'utf8')];
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (out.length >= n) break;
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    const text = row.description ?? row.text ?? row.body;
    if (typeof text === 'string' && text.length > 500) out.push(text);
  }
  return out;
}

export default async function benchServe(ctx) {
  const runs = ctx.quick ? 5 : 11;
  const node = [];
  const starts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    node.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const s = await startServe(ctx.root);
    starts.push(s.ms);
    s.child.kill('SIGTERM');
  }
  const s = await startServe(ctx.root);
  const durations = [];
  const postings = realPostings(ctx.root, ctx.quick ? 20 : 60);
  for (const [i, text] of postings.entries()) {
    const form = new FormData();
    form.append('posting', text);
    const res = await fetch(`${s.url}/analyze`, { method: 'POST', body: form, headers: { Accept: 'application/json' } });
    const body = await res.json();
    if (!res.ok || typeof body.score !== 'number') throw new Error(`bench: serve analyze answered ${res.status}: ${body.error ?? ''}`);
    const dur = Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]);
    if (i > 0 && Number.isFinite(dur)) durations.push(dur); // the first one warms the code
  }
  s.child.kill('SIGTERM');
  const startup = median(starts);
  const one = median(durations);
  return [
    {
      section: 'serve',
      label: `serve start-up to its address, median of ${runs}`,
      value: startup,
      unit: 'ms',
      baseline: { label: 'node -e 0', value: median(node) },
      ratio: startup / median(node),
      budget: '< 1000 ms',
      ok: startup < 1000,
    },
    {
      section: 'serve',
      label: `one analyze, server side, median of ${durations.length} real postings`,
      value: one,
      unit: 'ms',
      budget: '< 100 ms',
      ok: one < 100,
    },
  ];
}
