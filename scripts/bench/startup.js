// Wall time of one `skillgap analyze` process on one pasted posting, from process start to exit,
// beside the time of a bare `node -e 0` in the same run. Budget (DESIGN.md): under 150 ms.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function wall(args, input, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { input, cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export default async function benchStartup(ctx) {
  const posting = readFileSync(join(ctx.root, 'fixtures/postings/ml-engineer.md'), 'utf8');
  const runs = ctx.quick ? 7 : 15;
  const analyze = ['bin/skillgap.js', 'analyze', '--profile', 'fixtures/profiles/junior-ml.yaml'];
  wall(analyze, posting, ctx.root); // warm the file cache
  const node = [];
  const cli = [];
  for (let i = 0; i < runs; i++) {
    node.push(wall(['-e', '0'], '', ctx.root));
    cli.push(wall(analyze, posting, ctx.root));
  }
  const value = median(cli);
  return [
    {
      section: 'startup',
      label: `analyze one pasted posting, median of ${runs}`,
      value,
      unit: 'ms',
      baseline: { label: 'node -e 0', value: median(node) },
      ratio: value / median(node),
      budget: '< 150 ms',
      ok: value < 150,
    },
  ];
}
