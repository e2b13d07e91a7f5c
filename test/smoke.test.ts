import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers.js';

/** One run of the real binary, as a user types it: the build output, a child process, real stdio. */
describe('bin/skillgap.js', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  });

  it('analyzes a piped posting against the bundled profile', () => {
    const r = spawnSync(process.execPath, ['bin/skillgap.js', 'analyze', '--profile', 'fixtures/profiles/junior-ml.yaml'], {
      cwd: root,
      input: 'ML Engineer\nRequirements\n- Python and PyTorch\n- Kubernetes\n',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Match score \d+\/100/);
    expect(r.stdout).toMatch(/reworded\s+you wrote "k8s"/);
  });

  it('answers --version from package.json, as the full CLI does', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) {
      const r = spawnSync(process.execPath, ['bin/skillgap.js', flag], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
    // With anything else on the line, the full CLI answers, the same way.
    expect(spawnSync(process.execPath, ['bin/skillgap.js', '--version', '--quiet'], { cwd: root, encoding: 'utf8' }).stdout).toBe(`${version}\n`);
  });

  it('reads Word and PDF resumes through the built library, as a program importing skillgap does', () => {
    const script = `const L = await import(${JSON.stringify(join(root, 'dist/index.js'))}); const t = L.loadTaxonomy();
      for (const f of ['fixtures/resumes/two-column.docx', 'fixtures/resumes/two-column.pdf']) { const p = await L.loadProfile(f, t); console.log(p.skills.length > 5 ? 'ok' : 'empty'); }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok\nok\n');
  });

  it('exits 1 for a missing file and 2 for a bad flag', () => {
    expect(spawnSync(process.execPath, ['bin/skillgap.js', 'extract', 'no-such-posting.txt'], { cwd: root, encoding: 'utf8' }).status).toBe(1);
    expect(spawnSync(process.execPath, ['bin/skillgap.js', 'extract', '--nope'], { cwd: root, encoding: 'utf8' }).status).toBe(2);
  });
});
