import { Command, CommanderError } from 'commander';
import { ExitCode, SkillgapError, errorMessage } from '../errors.js';
import { packageVersion } from '../version.js';
import { analyzeCommand } from './commands/analyze.js';
import { extractCommand } from './commands/extract.js';
import { keywordsCommand } from './commands/keywords.js';
import { planCommand } from './commands/plan.js';
import { scanCommand } from './commands/scan.js';
import { taxonomyCommand } from './commands/taxonomy.js';
import { processIo, RunState, type Io } from './io.js';

const EXIT_CODES = `
Exit codes:
  0  done
  1  at least one input could not be read (the others were still processed)
  2  usage or configuration error: a bad flag, an invalid profile or taxonomy`;

export function buildProgram(state: RunState): Command {
  const program = new Command('skillgap')
    .description('Find the skills job postings ask for, compare them with yours, and get honest resume keywords.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  pbpaste | skillgap analyze --profile me.yaml
  skillgap analyze saved/posting.html https://jobs.example/123 --resume resume.pdf
  skillgap analyze posting.txt --profile me.yaml --format html -o report.html
  skillgap scan ~/saved-postings --profile me.yaml
  skillgap keywords posting.txt --resume resume.md --line
  skillgap extract posting.txt --format json
  skillgap taxonomy search pytorch
${EXIT_CODES}`,
    );
  for (const cmd of [analyzeCommand(state), extractCommand(state), keywordsCommand(state), planCommand(state), scanCommand(state), taxonomyCommand(state)]) program.addCommand(cmd);
  const configure = (c: Command) => {
    c.exitOverride().configureOutput({
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
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with code 0; anything else commander rejects is a usage error.
      return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (err instanceof SkillgapError) {
      io.stderr.write(`skillgap: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`skillgap: internal error: ${errorMessage(err)}\n${err instanceof Error && io.env.SKILLGAP_DEBUG ? `${err.stack}\n` : ''}`);
    return ExitCode.usage;
  }
  return state.failed > 0 ? ExitCode.inputFailed : ExitCode.ok;
}

/** The entry point of bin/skillgap.js. */
export async function main(): Promise<void> {
  // `skillgap extract ... | head`: a reader that stops early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const code = await run(process.argv.slice(2));
  process.exitCode = code;
}
