import { Command, Option } from 'commander';
import { ConfigError } from '../../errors.js';
import { formatFor, formatNames } from '../../report/formats/index.js';
import { collect, type RunState } from '../io.js';
import { deliver } from '../output.js';

const FORMATS = formatNames('diff');

interface Flags {
  format: string;
  output?: string;
  top: number;
  taxonomy?: string[];
}

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError('usage', `--top: '${value}' is not a whole number of at least 1`);
  return n;
};

export function diffCommand(state: RunState): Command {
  return new Command('diff')
    .summary('trends between two scans: which skills and areas rise, fall, appear, vanish')
    .description(
      'Compare two scans (or merges): each skill\'s share of postings then and now and the change in points, new and vanished skills, ' +
        'shifts between required and preferred, the areas (NLP, computer vision, MLOps, data engineering, ...) growing and shrinking, ' +
        'and, when the scans had a profile, your coverage of required skills then and now.',
    )
    .argument('<old>', 'the earlier scan: `scan --format json` or `--format jsonl` output, or a merge\'s')
    .argument('<new>', 'the later scan, likewise')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .addOption(new Option('--top <n>', 'length of each list').default(20).argParser(positive))
    .option('--taxonomy <file>', 'overlays, for a JSONL of several shards (merged first) (repeatable)', collect)
    .option('-o, --output <file>', 'write the result to FILE instead of stdout: it appears complete at the end; never one of the inputs')
    // A profile given here would be a mistake (the coverage is the scans'): said plainly, not "unknown option".
    .addOption(new Option('-p, --profile <file>').hideHelp())
    .addOption(new Option('-r, --resume <file>').hideHelp())
    .addHelpText(
      'after',
      `
Examples:
  skillgap scan march/ --profile me.yaml --format jsonl -o march.jsonl
  skillgap scan april/ --profile me.yaml --format jsonl -o april.jsonl
  skillgap diff march.jsonl april.jsonl
  skillgap diff march.jsonl april.jsonl --format html -o trends.html

Your coverage then and now comes from the profile each scan was made with (scan --profile or --resume);
diff takes none of its own.`,
    )
    .action(async (oldFile: string, newFile: string, flags: Flags & { profile?: string; resume?: string }, cmd: Command) => {
      // (Only as typed: SKILLGAP_PROFILE and the config file's profile fill these for every command.)
      const given = (['profile', 'resume'] as const).find((o) => cmd.getOptionValueSource(o) === 'cli');
      if (given) {
        throw new ConfigError(
          'usage',
          `diff takes no --${given}: it compares the scans as they were made, your coverage from the profile each was scanned with; scan both with it (skillgap scan DIR --${given} ${flags[given]} --format jsonl -o FILE) and diff those`,
        );
      }
      const format = formatFor('diff', flags.format);
      const { diffSummaries, loadSummary } = await import('../../scan/diff.js');
      const options = { taxonomy: { overlays: flags.taxonomy ?? [] } };
      const [o, n] = [await loadSummary(oldFile, options), await loadSummary(newFile, options)];
      const report = format.render.diff(diffSummaries(o, n, { old: oldFile, new: newFile }, flags.top), { style: state.style(flags.output), top: flags.top });
      // Two scans compared: "wrote 2 results" names the scans the report covers.
      deliver(state, report, { output: flags.output, format: format.name, count: 2 });
    });
}
