import { Command, Option } from 'commander';
import { ConfigError } from '../../errors.js';
import { formatNames } from '../../report/formats/index.js';
import { taxonomyFor } from '../inputs.js';
import { collect } from '../io.js';
import type { RunState } from '../io.js';
import { parseBy, writeScanOutput } from './scan.js';

const FORMATS = formatNames('scan');

interface Flags {
  format: string;
  taxonomy?: string[];
  output?: string;
  top?: number;
  by?: 'month';
}

const positive = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError('usage', `${name}: '${value}' is not a whole number of at least 1`);
  return n;
};

export function mergeCommand(state: RunState): Command {
  const cmd = new Command('merge')
    .summary('combine the rows of many scans (shards scanned anywhere) into one scan\'s summary')
    .description(
      'Merge `scan --format jsonl` outputs (or `--format json`, or earlier merges) into exactly the report one scan of all their postings gives: ' +
        'demand, required/preferred, years, pairs, gaps, the ranking, areas, and duplicates found across shards. Shards are taken in the order given; ' +
        'a file may hold several shards one after another (concatenated outputs). Shards scanned with another schema version, taxonomy, profile or field mapping are refused.',
    )
    .argument('<files...>', 'scan outputs: JSONL rows ending with their summary line, or scan JSON; - for standard input')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--taxonomy <file>', 'the taxonomy overlays the scans used (repeatable): the taxonomy version must match', collect)
    .addOption(new Option('--top <n>', 'length of each ranking (default: the shards\')').argParser(positive('--top')))
    .option('--by <period>', 'also split demand by month of the date posted (month)', parseBy)
    .option('-o, --output <file>', 'write the result to FILE instead of stdout: it appears complete at the end; never one of the inputs')
    .addHelpText(
      'after',
      `
Examples:
  skillgap scan part-1.jsonl --format jsonl > rows-1.jsonl     # on one machine
  skillgap scan part-2.jsonl --format jsonl > rows-2.jsonl     # on another
  skillgap merge rows-*.jsonl --format html -o report.html
  parallel --pipe --block 10M skillgap scan - --format jsonl < export.jsonl | skillgap merge -

Refused (exit 2), naming the file: another schemaVersion, taxonomy version, profile or field mapping.
Reported (exit 1): a missing file, a truncated last line, rows without their summary line, failed
postings. Warned: an empty shard, a shard given twice (counted once).`,
    );
  return cmd.action(async (files: string[], flags: Flags) => {
    const { merge } = await import('../../scan/merge.js');
    const taxonomy = taxonomyFor(flags);
    const events = merge(files, {
      taxonomy: { overlays: flags.taxonomy ?? [] },
      compiled: taxonomy,
      ...(flags.top !== undefined ? { top: flags.top } : {}),
      by: flags.by ?? null,
      ...(files.includes('-') ? { stdin: state.io.stdin } : {}),
      onWarning: (m) => state.warn(m),
      onError: (m) => state.error(m),
    });
    await writeScanOutput(state, events, { format: flags.format, output: flags.output, top: flags.top });
  });
}
