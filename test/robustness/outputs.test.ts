/**
 * Outputs and CLI conventions (issue 14): nothing the user gave is destroyed by `-o`, an output file
 * appears whole or not at all, nothing is left behind, untrusted text never reaches a terminal raw,
 * CSV cells never run as formulas, and the flags, config and library behave as documented.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { pendingCleanups } from '../../src/cli/cleanup.js';
import { run } from '../../src/cli/run.js';
import { compareSkills } from '../../src/compare/compare.js';
import { ConfigError } from '../../src/errors.js';
import { postingFromHtml } from '../../src/html.js';
import { loadProfile } from '../../src/profile/load.js';
import { AnalysisOutputSchema, KeywordsOutputSchema, outputSchemaFiles, PlanOutputSchema } from '../../src/report/json-schemas.js';
import { ScanJsonlLineSchema, ScanOutputSchema } from '../../src/scan/schema.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import { fakeIo, type FakeIo } from '../cli/fake-io.js';
import { fixture, root } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'skillgap-outputs-'));
let n = 0;
/** A fresh folder per test. */
const folder = () => {
  const d = join(dir, String(n++));
  mkdirSync(d, { recursive: true });
  return d;
};
const write = (path: string, data: string) => {
  writeFileSync(path, data);
  return path;
};
const profile = fixture('profiles/junior-ml.yaml');
const posting = fixture('postings/ml-engineer.md');
const POSTING = 'ML Engineer\nRequirements\n- 3+ years of Python and PyTorch\n- Kubernetes and SQL\nNice to have\n- AWS is a plus\n';

async function cli(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv; io?: FakeIo } = {}) {
  const io = options.io ?? fakeIo(options.stdin, options.env ?? {});
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('1. -o naming an input is refused before anything is read (exit 2)', () => {
  it('extract same.txt -o same.txt', async () => {
    const d = folder();
    const same = write(join(d, 'same.txt'), POSTING);
    const r = await cli(['extract', same, '-o', same]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(`--output ${same} is the same file as the input ${same}`);
    expect(readFileSync(same, 'utf8')).toBe(POSTING);
  });
  it('analyze --profile p.yaml -o p.yaml', async () => {
    const d = folder();
    const p = write(join(d, 'p.yaml'), readFileSync(profile, 'utf8'));
    const r = await cli(['analyze', posting, '--profile', p, '-o', p]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/same file as the profile/);
    expect(readFileSync(p, 'utf8')).toBe(readFileSync(profile, 'utf8'));
  });
  it('scan x.jsonl --format jsonl -o x.jsonl keeps the export (today: truncated, an empty scan, exit 0)', async () => {
    const d = folder();
    const x = write(join(d, 'x.jsonl'), readFileSync(fixture('scan/exports/postings.jsonl'), 'utf8'));
    const r = await cli(['scan', x, '--format', 'jsonl', '-o', x]);
    expect(r.code).toBe(2);
    expect(readFileSync(x, 'utf8')).toBe(readFileSync(fixture('scan/exports/postings.jsonl'), 'utf8'));
  });
  it('the same file by another name: a symlink, a hard link, a path with ..', async () => {
    const d = folder();
    const a = write(join(d, 'a.txt'), POSTING);
    symlinkSync(a, join(d, 'sym.txt'));
    linkSync(a, join(d, 'hard.txt'));
    for (const o of [join(d, 'sym.txt'), join(d, 'hard.txt'), join(d, '..', String(n - 1), 'a.txt')]) {
      const r = await cli(['extract', a, '-o', o]);
      expect(r.code, o).toBe(2);
    }
    expect(readFileSync(a, 'utf8')).toBe(POSTING);
  });
  it('the resume, a taxonomy overlay, and a file inside a folder that is read', async () => {
    const d = folder();
    const resume = write(join(d, 'cv.md'), '# Skills\n- Python\n');
    expect((await cli(['keywords', posting, '--resume', resume, '-o', resume])).code).toBe(2);
    const overlay = write(join(d, 'mine.yaml'), 'skills: []\n');
    expect((await cli(['extract', posting, '--taxonomy', overlay, '-o', overlay])).code).toBe(2);
    const postings = join(d, 'postings');
    mkdirSync(postings);
    write(join(postings, 'one.txt'), POSTING);
    const r = await cli(['scan', postings, '--format', 'csv', '-o', join(postings, 'ranked.csv')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/inside the folder/);
    expect(existsSync(join(postings, 'ranked.csv'))).toBe(false);
    // A file a folder walk does not read may go there.
    expect((await cli(['scan', postings, '--format', 'json', '-o', join(postings, 'scan.json')])).code).toBe(0);
  });
});

describe('2. scan --format jsonl -o FILE appears complete at the end', () => {
  it('leaves an existing FILE as it was while the scan runs (today: truncated at the start)', async () => {
    const d = folder();
    const out = write(join(d, 'out.jsonl'), 'OLD\n');
    const io = fakeIo(undefined, {});
    const seen: string[] = [];
    const stderr = io.stderr.write;
    // The missing input fails first: its error is reported while the scan streams.
    io.stderr.write = (s: string) => {
      seen.push(readFileSync(out, 'utf8'));
      return stderr(s);
    };
    const r = await cli(['scan', join(d, 'missing.txt'), fixture('scan/exports/postings.jsonl'), '--format', 'jsonl', '-o', out], { io });
    expect(r.code).toBe(1);
    expect(seen[0]).toBe('OLD\n');
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => ScanJsonlLineSchema.parse(JSON.parse(l)));
    expect(lines.at(-1)!.type).toBe('summary');
    expect(readdirSync(d)).toEqual(['out.jsonl']);
  });
  it('says so in --help', async () => {
    const r = await cli(['scan', '--help']);
    expect(r.out).toMatch(/temp file next to FILE/);
    expect(r.out).not.toMatch(/written whole at the end\) instead/);
  });
});

describe('3. nothing is left behind', () => {
  it('a failed write removes its temp file (emit)', async () => {
    const d = folder();
    mkdirSync(join(d, 'taken'));
    const r = await cli(['extract', posting, '-o', join(d, 'taken')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write/);
    expect(readdirSync(d)).toEqual(['taken']);
    expect(pendingCleanups()).toBe(0);
  });
  it('a failed rename removes its temp file (scan)', async () => {
    const d = folder();
    mkdirSync(join(d, 'taken'));
    for (const format of ['json', 'jsonl']) {
      const r = await cli(['scan', fixture('scan/exports/postings.jsonl'), '--format', format, '-o', join(d, 'taken')]);
      expect(r.code, format).toBe(2);
      expect(readdirSync(d), format).toEqual(['taken']);
    }
    expect(pendingCleanups()).toBe(0);
  });

  describe('on SIGINT and SIGTERM (the real binary)', () => {
    beforeAll(() => {
      if (!existsSync(join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    });

    /**
     * Start a scan of a URL whose server never answers (the scan waits), wait until the request
     * arrives (the temp file and the spool exist by then), send `signal`, and return the exit code.
     */
    async function interrupted(format: string, signal: NodeJS.Signals) {
      const d = folder();
      const tmp = join(d, 'tmp');
      mkdirSync(tmp);
      write(join(d, `out.${format}`), 'OLD\n');
      let asked!: () => void;
      const requested = new Promise<void>((resolve) => (asked = resolve));
      const sockets = new Set<Socket>();
      const server = createServer((req, res) => {
        if (req.url === '/job') asked();
        else res.writeHead(404).end();
      });
      server.on('connection', (s) => sockets.add(s));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/job`;
      try {
        const child = spawn(
          process.execPath,
          [join(root, 'bin/skillgap.js'), 'scan', url, '--format', format, '-o', join(d, `out.${format}`), '--jobs', '0', '--render', 'never', '--cache-dir', join(d, 'cache')],
          { cwd: d, env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' }, stdio: 'ignore' },
        );
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
        await Promise.race([requested, exited]);
        child.kill(signal);
        const code = await exited;
        return { code, d, tmp, format };
      } finally {
        for (const s of sockets) s.destroy();
        server.close();
      }
    }

    it('SIGINT: exit 130, the old out.jsonl kept, no temp file', async () => {
      const r = await interrupted('jsonl', 'SIGINT');
      expect(r.code).toBe(130);
      expect(readFileSync(join(r.d, 'out.jsonl'), 'utf8')).toBe('OLD\n');
      expect(readdirSync(r.d).filter((f) => f !== 'cache').sort()).toEqual(['out.jsonl', 'tmp']);
    });
    it('SIGTERM: exit 143, the spool folder removed from the temp dir', async () => {
      const r = await interrupted('csv', 'SIGTERM');
      expect(r.code).toBe(143);
      expect(readdirSync(r.tmp)).toEqual([]);
      expect(readFileSync(join(r.d, 'out.csv'), 'utf8')).toBe('OLD\n');
    });
  });
});

describe('4. untrusted text reaches a terminal without control sequences', () => {
  const EVIL_TITLE = 'ML Engineer\u001b]0;pwned\u0007\u001b[2J';
  const EVIL_COMPANY = '\u001b]8;;https://evil.example\u001b\\Acme\u001b]8;;\u001b\\\u009b31m';
  it('scan text: titles and companies of an export', async () => {
    const d = folder();
    const x = write(join(d, 'x.jsonl'), `${JSON.stringify({ title: EVIL_TITLE, company: EVIL_COMPANY, description: POSTING })}\n`);
    const r = await cli(['scan', x, '--profile', profile, '--no-color']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ML Engineer · Acme');
    expect(r.out).not.toMatch(CONTROL);
  });
  it('extract, analyze, keywords and plan text, and stderr: a file name with escapes', async () => {
    const d = folder();
    const evil = write(join(d, `1_Evil\u001b[2JCo_ML Engineer\u001b]0;x\u0007.txt`), POSTING);
    for (const args of [['extract', evil], ['analyze', evil, '--profile', profile], ['keywords', evil, '--profile', profile], ['plan', evil, '--profile', profile]]) {
      const r = await cli([...args, '--no-color']);
      expect(r.code, args[0]).toBe(0);
      expect(r.out, args[0]).not.toMatch(CONTROL);
      expect(r.out.length, args[0]).toBeGreaterThan(0);
    }
    const missing = await cli(['extract', join(d, 'gone\u001b]0;x\u0007.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/gone/);
    expect(missing.err.replace(/\n/g, '')).not.toMatch(CONTROL);
  });
});

describe('5. CSV cells never run as formulas', () => {
  it('scan --format csv guards =, +, -, @, a leading tab or carriage return, without trimming first', async () => {
    const d = folder();
    const rows = [
      { title: '=HYPERLINK("http://evil.example","click")', company: '+cmd|calc', location: '@SUM(1+1)', description: POSTING },
      { title: '\t=1+1', company: '-2+3', location: '\r=1', description: `${POSTING}\nSQL` },
    ];
    const x = write(join(d, 'x.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
    const r = await cli(['scan', x, '--format', 'csv']);
    expect(r.code).toBe(0);
    const cells = parse(r.out, { columns: true }) as Record<string, string>[];
    const shown = cells.flatMap((c) => [c.title!, c.company!, c.location!]);
    expect(shown).toHaveLength(6);
    for (const cell of shown) expect(cell, cell).toMatch(/^'[=+\-@\t\r]/);
    expect(shown).toContain('\'=HYPERLINK("http://evil.example","click")');
  });
});

const stdin = POSTING;

describe('6. a default profile and a config file', () => {
  it('SKILLGAP_PROFILE gives the profile when no flag does', async () => {
    const r = await cli(['analyze'], { stdin, env: { SKILLGAP_PROFILE: profile, NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Match score \d+\/100/);
  });
  it('the config file (XDG_CONFIG_HOME), paths relative to it; flags win over env over config', async () => {
    const home = folder();
    mkdirSync(join(home, 'skillgap'));
    write(join(home, 'skillgap', 'me.yaml'), 'skills:\n  - Python\n');
    write(join(home, 'skillgap', 'config.yaml'), 'profile: me.yaml\nformat: json\n');
    const env = { XDG_CONFIG_HOME: home };
    const fromConfig = await cli(['analyze'], { stdin, env });
    expect(fromConfig.code).toBe(0);
    const a = AnalysisOutputSchema.parse(JSON.parse(fromConfig.out));
    expect(a.results[0]).toMatchObject({ profile: { source: join(home, 'skillgap', 'me.yaml'), skills: 1 } });
    const fromEnv = AnalysisOutputSchema.parse(JSON.parse((await cli(['analyze'], { stdin, env: { ...env, SKILLGAP_PROFILE: profile } })).out));
    expect(fromEnv.results[0]).toMatchObject({ profile: { source: profile } });
    const fromFlag = await cli(['analyze', '--profile', join(home, 'skillgap', 'me.yaml'), '--format', 'text'], { stdin, env: { ...env, SKILLGAP_PROFILE: '/nonexistent.yaml' } });
    expect(fromFlag.code).toBe(0);
    expect(fromFlag.out).toMatch(/Match score/);
  });
  it('an invalid config file: one line naming the file, key and cause (exit 2)', async () => {
    const d = folder();
    const cases: [string, RegExp][] = [
      ['profle: me.yaml\n', /config\.yaml:1: .*Unrecognized key.*"profle"/],
      ['profile: me.yaml\ntaxonomy: 3\n', /config\.yaml:2: taxonomy: /],
      ['format: yaml\n', /config\.yaml:1: format: 'yaml' is not one of/],
    ];
    for (const [text, message] of cases) {
      const c = write(join(d, 'config.yaml'), text);
      const r = await cli(['extract', '--config', c], { stdin });
      expect(r.code, text).toBe(2);
      expect(r.err.trim().split('\n'), text).toHaveLength(1);
      expect(r.err, text).toMatch(message);
    }
    expect((await cli(['extract', '--config', join(d, 'none.yaml')], { stdin })).code).toBe(2);
  });
});

describe('7. --quiet, --verbose, --color, "wrote N", wrapping', () => {
  it('-o says what it wrote; --quiet says nothing on success but still reports errors', async () => {
    const d = folder();
    const out = join(d, 'skills.json');
    const r = await cli(['extract', posting, fixture('postings/data-scientist.txt'), '--format', 'json', '-o', out]);
    expect(r.err).toBe(`skillgap: wrote 2 results to ${out}\n`);
    const q = await cli(['extract', posting, '--format', 'json', '-o', out, '--quiet']);
    expect([q.code, q.err]).toEqual([0, '']);
    const s = await cli(['scan', fixture('scan/exports/postings.jsonl'), '--format', 'csv', '-o', join(d, 'r.csv')]);
    expect(s.err).toMatch(/wrote \d+ results to .*r\.csv\n$/);
    const bad = await cli(['--quiet', 'extract', join(d, 'missing.txt')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/missing\.txt/);
  });
  it('--verbose names the profile, config and taxonomy used, and the time taken', async () => {
    const r = await cli(['analyze', '--profile', profile, '--verbose'], { stdin });
    expect(r.err).toContain(`profile: ${profile} (from the flag)`);
    expect(r.err).toMatch(/taxonomy: the bundled cache/);
    expect(r.err).toMatch(/done in \d+ ms/);
  });
  it('--color and --no-color win over NO_COLOR and FORCE_COLOR', async () => {
    expect((await cli(['extract', '--color'], { stdin, env: { NO_COLOR: '1' } })).out).toContain('\u001b[');
    expect((await cli(['extract', '--no-color'], { stdin, env: { FORCE_COLOR: '1' } })).out).not.toContain('\u001b[');
  });
  it('text reports wrap to a terminal\'s width; never in a pipe, never JSON', async () => {
    const tty = () => {
      const io = fakeIo(stdin, { NO_COLOR: '1' });
      Object.assign(io.stdout, { isTTY: true, columns: 80 });
      return io;
    };
    const args = ['analyze', fixture('postings/data-scientist.txt'), '--profile', profile];
    const piped = await cli(args, { env: { NO_COLOR: '1' } });
    expect(Math.max(...piped.out.split('\n').map((l) => [...l].length))).toBeGreaterThan(80);
    const wrapped = await cli(args, { io: tty() });
    expect(Math.max(...wrapped.out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(wrapped.out.replace(/\s+/g, ' ')).toBe(piped.out.replace(/\s+/g, ' '));
    const json = await cli([...args, '--format', 'json'], { io: tty() });
    expect(json.out).toBe((await cli([...args, '--format', 'json'])).out);
  });
});

describe('8. a JSON Schema for every JSON output', () => {
  it('schema/ holds them, up to date (npm run generate)', () => {
    for (const [name, text] of Object.entries(outputSchemaFiles())) {
      expect(existsSync(join(root, name)), name).toBe(true);
      expect(readFileSync(join(root, name), 'utf8') === text, `${name} is stale: run npm run generate`).toBe(true);
    }
  });
  it('every JSON output parses with its schema', async () => {
    const p = ['--profile', profile];
    AnalysisOutputSchema.parse(JSON.parse((await cli(['analyze', posting, 'missing.txt', ...p, '--format', 'json'])).out));
    PlanOutputSchema.parse(JSON.parse((await cli(['plan', posting, ...p, '--format', 'json'])).out));
    KeywordsOutputSchema.parse(JSON.parse((await cli(['keywords', posting, 'missing.txt', ...p, '--format', 'json'])).out));
    const exp = fixture('scan/exports/postings.jsonl');
    ScanOutputSchema.parse(JSON.parse((await cli(['scan', exp, ...p, '--format', 'json'])).out));
    for (const line of (await cli(['scan', exp, ...p, '--format', 'jsonl'])).out.trim().split('\n')) ScanJsonlLineSchema.parse(JSON.parse(line));
  });
});

describe('9. the library as the CLI', () => {
  const taxonomy = loadTaxonomy();
  it('loadProfile reads PDF and DOCX resumes with its default readers', async () => {
    for (const f of ['resumes/two-column.pdf', 'resumes/two-column.docx']) {
      const p = await loadProfile(fixture(f), taxonomy);
      expect(p.skills.length, f).toBeGreaterThan(3);
    }
  });
  it('postingFromHtml returns a Posting', () => {
    const p = postingFromHtml('job.html', '<html><head><title>Data Engineer</title></head><body><main><h1>Data Engineer</h1><p>You know SQL and Python.</p></main></body></html>');
    expect(p).toMatchObject({ source: 'job.html' });
    expect(p.text).toMatch(/SQL and Python/);
    expect('posting' in p).toBe(false);
  });
  it('compareSkills rejects a profile that is not one, naming the field', () => {
    const bad = { source: 'me', name: null, skills: ['Python'] } as never;
    expect(() => compareSkills([], bad, taxonomy)).toThrow(ConfigError);
    expect(() => compareSkills([], bad, taxonomy)).toThrow(/skills\[0\]/);
  });
  it('source maps ship in dist', () => {
    if (!existsSync(join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    expect(readFileSync(join(root, 'scripts/build.js'), 'utf8')).toMatch(/sourcemap: true/);
    expect(existsSync(join(root, 'dist/cli.js.map'))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).files).toContain('dist');
  });
});
