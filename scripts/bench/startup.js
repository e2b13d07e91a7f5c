// Start-up as a user gets it: the packed package installed into an empty project (npm pack, then
// npm install --omit=dev), its bin run as a child process, beside `node -e 0` in the same run, runs
// interleaved, medians. Goals (DESIGN.md): analyze of one pasted posting with a profile <= 1.6x
// `node -e 0`; --version <= 1.3x; the production install <= 110 MB. Also the repo's own bin, for
// comparison (no goal).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wall(args, input, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { input, cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function du(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += du(p);
    else if (e.isFile()) n += statSync(p).size;
  }
  return n;
}

/** Pack the repo and install the package into an empty project; the project folder. */
function install(root) {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-bench-install-'));
  const tgz = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('npm', ['init', '-y'], { cwd: dir, stdio: 'ignore' });
  execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', join(dir, tgz)], { cwd: dir, stdio: 'ignore' });
  return dir;
}

export default async function benchStartup(ctx) {
  const posting = readFileSync(join(ctx.root, 'fixtures/postings/ml-engineer.md'), 'utf8');
  const profile = join(ctx.root, 'fixtures/profiles/junior-ml.yaml');
  const runs = ctx.quick ? 7 : 15;
  const project = install(ctx.root);
  try {
    const bin = join(project, 'node_modules/skillgap/bin/skillgap.js');
    const analyze = [bin, 'analyze', '--profile', profile];
    const version = [bin, '--version'];
    const repoAnalyze = [join(ctx.root, 'bin/skillgap.js'), 'analyze', '--profile', profile];
    // Warm the file cache (and let a first run write anything it would: it must not compile the taxonomy).
    wall(analyze, posting, project);
    wall(repoAnalyze, posting, project);
    const node = [];
    const a = [];
    const v = [];
    const repo = [];
    for (let i = 0; i < runs; i++) {
      node.push(wall(['-e', '0'], '', project));
      a.push(wall(analyze, posting, project));
      v.push(wall(version, '', project));
      repo.push(wall(repoAnalyze, posting, project));
    }
    const base = median(node);
    const size = du(join(project, 'node_modules')) / 1e6;
    const line = (label, ms, goal, max) => ({ section: 'startup', label, value: ms, unit: 'ms', baseline: { label: 'node -e 0', value: base }, ratio: ms / base, budget: goal, ok: ms / base <= max });
    return [
      line(`installed: analyze a pasted posting, median of ${runs}`, median(a), '<= 1.6x node -e 0', 1.6),
      line(`installed: --version, median of ${runs}`, median(v), '<= 1.3x node -e 0', 1.3),
      { ...line('repo bin: analyze a pasted posting (no goal)', median(repo), 'none', Infinity), budget: undefined },
      { section: 'install', label: 'production install (npm install --omit=dev)', value: size, unit: 'MB', budget: '<= 110 MB', ok: size <= 110 },
    ];
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
