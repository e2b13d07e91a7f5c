import { Command, CommanderError, Option } from 'commander';
import { ExitCode, SkillgapError, errorMessage } from '../errors.js';
import { formatNames, type ReportKind } from '../report/formats/index.js';
import { sanitize } from '../report/sanitize.js';
import { installSignalHandlers } from './cleanup.js';
import { loadConfig, type Config } from './config.js';
import { refuseOutputOverInput } from './guard.js';
import { packageVersion } from '../version.js';
import { analyzeCommand } from './commands/analyze.js';
import { extractCommand } from './commands/extract.js';
import { keywordsCommand } from './commands/keywords.js';
import { planCommand } from './commands/plan.js';
import { diffCommand } from './commands/diff.js';
import { mergeCommand } from './commands/merge.js';
import { scanCommand } from './commands/scan.js';
import { serveCommand } from './commands/serve.js';
import { taxonomyCommand } from './commands/taxonomy.js';
import { processIo, RunState, type GlobalFlags, type Io } from './io.js';
import { preload } from '../preload.js';

const EXIT_CODES = `
Exit codes:
  0  done
  1  at least one input could not be read (the others were still processed)
  2  usage or configuration error: a bad flag, an invalid profile or taxonomy`;

const DEFAULTS_HELP = `
Defaults: without --profile or --resume, the profile named by SKILLGAP_PROFILE, else the config file's
(--config FILE, else $XDG_CONFIG_HOME/skillgap/config.yaml, else ~/.config/skillgap/config.yaml):
  profile: me.yaml        resume: cv.pdf         (paths relative to the config file)
  taxonomy: [mine.yaml]   format: markdown       cacheDir: ~/postings-cache
Flags win over the environment, which wins over the config file.`;

/** The report each command makes, for the config file's default format. */
const KIND_OF: Record<string, ReportKind> = { analyze: 'analysis', extract: 'extract', keywords: 'keywords', plan: 'plan', scan: 'scan', merge: 'scan', diff: 'diff' };

const hasOption = (cmd: Command, name: string) => cmd.options.some((o) => o.attributeName() === name);

/**
 * Fill the options a user did not give from SKILLGAP_PROFILE and the config file (flags win over the
 * environment, which wins over the config), then refuse an --output that names an input: all before
 * anything is read.
 */
function prepare(state: RunState, cmd: Command, config: Config | undefined): void {
  const env = state.io.env;
  const set = (name: string, value: unknown, source: string) => cmd.setOptionValueWithSource(name, value, source as 'config');
  const opts = cmd.opts() as Record<string, unknown>;
  if (config) state.debug(`config: ${config.file}`);
  if (hasOption(cmd, 'profile') && opts.profile === undefined && opts.resume === undefined) {
    if (env.SKILLGAP_PROFILE) set('profile', env.SKILLGAP_PROFILE, 'env');
    else {
      if (config?.profile) set('profile', config.profile, 'config');
      if (config?.resume) set('resume', config.resume, 'config');
    }
  }
  if (config) {
    const kind = KIND_OF[cmd.name()];
    if (config.format && kind && hasOption(cmd, 'format') && cmd.getOptionValueSource('format') === 'default' && formatNames(kind).includes(config.format)) set('format', config.format, 'config');
    if (config.cacheDir && hasOption(cmd, 'cacheDir') && opts.cacheDir === undefined) set('cacheDir', config.cacheDir, 'config');
    if (config.taxonomy.length > 0 && hasOption(cmd, 'taxonomy')) set('taxonomy', [...config.taxonomy, ...((opts.taxonomy as string[] | undefined) ?? [])], 'config');
  }
  const o = cmd.opts() as { profile?: string; resume?: string; taxonomy?: string[]; output?: string };
  const source = (name: string) => ({ cli: 'flag', env: 'SKILLGAP_PROFILE', config: 'config file' })[cmd.getOptionValueSource(name) as string] ?? 'flag';
  if (o.profile) state.debug(`profile: ${o.profile} (from the ${source('profile')})`);
  if (o.resume) state.debug(`resume: ${o.resume} (from the ${source('resume')})`);
  if (hasOption(cmd, 'taxonomy')) state.debug(`taxonomy: the bundled cache${o.taxonomy?.length ? ` with overlays ${o.taxonomy.join(', ')}` : ''}`);
  refuseOutputOverInput(o.output, [
    ...cmd.args.map((path) => ({ path, what: 'the input' })),
    ...(o.profile ? [{ path: o.profile, what: 'the profile' }] : []),
    ...(o.resume ? [{ path: o.resume, what: 'the resume' }] : []),
    ...(o.taxonomy ?? []).map((path) => ({ path, what: 'the taxonomy overlay' })),
    ...(config ? [{ path: config.file, what: 'the config file' }] : []),
  ]);
}

export function buildProgram(state: RunState): Command {
  const program = new Command('skillgap')
    .description('Find the skills job postings ask for, compare them with yours, and get honest resume keywords.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(add --help for usage)')
    .option('-q, --quiet', 'nothing on stderr unless something fails (no progress, warnings or notes)')
    .option('--verbose', 'say which profile, config and taxonomy are used, and how long it took')
    .addOption(new Option('--color', 'colour the text report, whatever NO_COLOR or FORCE_COLOR say'))
    .addOption(new Option('--no-color', 'never colour the text report'))
    .option('--config <file>', 'read defaults from this config file (see `skillgap --help`)')
    .addHelpText(
      'after',
      `
Examples:
  pbpaste | skillgap analyze --profile me.yaml
  skillgap analyze saved/posting.html https://jobs.example/123 --resume resume.pdf
  skillgap analyze posting.txt --profile me.yaml --format html -o report.html
  skillgap scan ~/saved-postings --profile me.yaml
  skillgap merge rows-*.jsonl                      # shards scanned anywhere, as one scan
  skillgap diff march.jsonl april.jsonl            # trends
  skillgap keywords posting.txt --resume resume.md --line
  skillgap extract posting.txt --format json
  skillgap taxonomy search pytorch
${DEFAULTS_HELP}
${EXIT_CODES}`,
    );
  program.hook('preAction', (_program, action) => {
    const flags = action.optsWithGlobals() as GlobalFlags;
    state.configure(flags);
    prepare(state, action, loadConfig(state.io.env, flags.config));
  });
  for (const cmd of [analyzeCommand(state), extractCommand(state), keywordsCommand(state), planCommand(state), scanCommand(state), mergeCommand(state), diffCommand(state), serveCommand(state), taxonomyCommand(state)]) program.addCommand(cmd);
  const configure = (c: Command) => {
    c.exitOverride().configureHelp({ showGlobalOptions: true }).configureOutput({
      writeOut: (s) => state.io.stdout.write(s),
      writeErr: (s) => state.io.stderr.write(s),
    });
    c.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/** Run the CLI in-process: returns the exit code, never calls process.exit. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const state = new RunState(io);
  const program = buildProgram(state);
  // Date.now(), not performance.now(): the global `performance` loads perf_hooks, ~0.6 ms of start-up.
  const started = Date.now();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    state.debug(`done in ${Date.now() - started} ms`);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with code 0; anything else commander rejects is a usage error.
      return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (err instanceof SkillgapError) {
      io.stderr.write(`skillgap: ${sanitize(err.message)}\n`);
      return err.exitCode;
    }
    io.stderr.write(`skillgap: internal error: ${sanitize(errorMessage(err))}\n${err instanceof Error && io.env.SKILLGAP_DEBUG ? `${err.stack}\n` : ''}`);
    return ExitCode.usage;
  }
  return state.failed > 0 ? ExitCode.inputFailed : ExitCode.ok;
}

/**
 * The entry point of bin/skillgap.js. `readAhead`: files the bin started reading before the CLI
 * compiled, [path, bytes] each (undefined for one it could not read); taken before the run.
 */
export async function main(options: { readAhead?: Promise<([string, Buffer] | undefined)[]> } = {}): Promise<void> {
  // Temp files and the scan's spool are removed on Ctrl-C, SIGTERM or a crash (exit 130, 143).
  installSignalHandlers();
  // `skillgap extract ... | head`: a reader that stops early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  for (const file of (await options.readAhead) ?? []) if (file) preload(...file);
  const code = await run(process.argv.slice(2));
  process.exitCode = code;
}
