import { Command, Option } from 'commander';
import { ConfigError } from '../../errors.js';
import type { Profile } from '../../profile/schema.js';
import { formatFor, formatNames } from '../../report/formats/index.js';
import type { ScanEvent } from '../../scan/scan.js';
import type { ScanSummary } from '../../scan/schema.js';
import type { FieldMap } from '../../scan/sources.js';
import { addInputOptions, addProfileOptions, profileFrom, type ProfileFlags } from '../common.js';
import { taxonomyFor, taxonomyOptions, webOptions } from '../inputs.js';
import { onCleanup } from '../cleanup.js';
import type { Io, RunState } from '../io.js';
import { openAtomic, wrapWidth, wroteMessage } from '../output.js';
import { wrapText } from '../wrap.js';

const FORMATS = formatNames('scan');

interface Flags extends ProfileFlags {
  format: string;
  taxonomy?: string[];
  maxSize: number;
  output?: string;
  jobs?: number;
  top: number;
  textField?: string;
  titleField?: string;
  companyField?: string;
  locationField?: string;
  urlField?: string;
  dateField?: string;
  by?: 'month';
  stdinName?: string;
}

const count = (name: string, min: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new ConfigError('usage', `${name}: '${value}' is not a whole number of at least ${min}`);
  return n;
};

type Out = { write(s: string): void | Promise<void>; close(): void; abort(): void };

/**
 * stdout (waiting for 'drain' when it pushes back; a text report wrapped to the terminal), or a file
 * written to a temp file next to it and renamed over it by `close`: an interrupted, failed or
 * crashed scan leaves an existing file as it was, and no temp file.
 */
function openOut(io: Io, output: string | undefined, width?: number): Out {
  if (!output || output === '-') {
    const stream = io.stdout as Io['stdout'] & { once?: (ev: string, fn: () => void) => unknown };
    return {
      write: (s) => {
        if (stream.write(width ? wrapText(s, width) : s) === false && typeof stream.once === 'function') return new Promise<void>((resolve) => stream.once!('drain', resolve));
      },
      close() {},
      abort() {},
    };
  }
  const file = openAtomic(output);
  return { write: (s) => file.write(s), close: () => file.commit(), abort: () => file.abort() };
}

/** Write pieces, gathered into blocks of about 64 KB. */
async function writeAll(out: Out, chunks: Iterable<string>): Promise<void> {
  let block = '';
  for (const c of chunks) {
    block += c;
    if (block.length >= 65536) {
      await out.write(block);
      block = '';
    }
  }
  if (block) await out.write(block);
}

export function scanCommand(state: RunState): Command {
  const cmd = new Command('scan')
    .summary('scan many postings: rank them by fit, and see what the market asks for')
    .description(
      'Scan folders, globs, lists of URLs and JSONL/CSV exports of postings. With your profile: a fit score per posting, ranked best first, ' +
        'with its missing required skills, and the gaps that would unlock the most postings. Always: the share of postings asking for each skill, ' +
        'required vs preferred, the years asked, and skills that go together. Duplicates (the same posting twice, or on two boards) count once.',
    )
    .argument('<inputs...>', 'folders (recursive: .txt .md .html .htm .pdf .docx .jsonl .csv .urls), globs, files, URLs, .urls lists, JSONL/CSV exports; - for standard input (JSONL, CSV or one text)');
  addProfileOptions(cmd)
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('-j, --jobs <n>', 'worker threads (0: in-process); default: min(cores, 4) from a few hundred postings', count('--jobs', 0))
    .addOption(new Option('--top <n>', 'length of each ranking (best fits, skills, gaps, pairs)').default(20).argParser(count('--top', 1)))
    .option('--text-field <name>', 'JSONL/CSV column with the posting text (default: text, description, body, ...)')
    .option('--title-field <name>', 'column with the job title')
    .option('--company-field <name>', 'column with the company')
    .option('--location-field <name>', 'column with the location')
    .option('--url-field <name>', 'column with the posting URL')
    .option('--date-field <name>', 'column with the date posted')
    .option('--stdin-name <name>', 'name the rows of standard input NAME#LINE (default stdin#LINE): e.g. part{#} under GNU parallel')
    .option('--by <period>', 'also split demand by month of the date posted (month; undated postings apart)', parseBy);
  addInputOptions(cmd).addHelpText(
    'after',
    `
Examples:
  skillgap scan ~/saved-postings --profile me.yaml
  skillgap scan 'exports/*.jsonl' --resume resume.md --format csv -o ranked.csv
  skillgap scan postings.csv --text-field job_description --title-field job_title
  skillgap scan links.urls --format jsonl > results.jsonl
  parallel --pipe --block 10M skillgap scan - --format jsonl < export.jsonl > rows.jsonl   # a mapper
  skillgap merge rows.jsonl                                      # the summary of all the shards

JSONL is streamed (one posting a line as it finishes, in input order, then a summary line): to
stdout as it goes; with -o FILE into a temp file next to FILE, which becomes FILE complete at the end.
Every -o file appears complete at the end: an interrupted or failed scan leaves an existing FILE as it
was. Exit 1 if any input failed (the rest is still reported); 130 on Ctrl-C, 143 on SIGTERM.

scan - reads standard input as a stream, by its first line: \`[\` or \`{\` alone a JSON document (an
API's answer, read whole), \`{\` a JSONL export, a CSV header with a text-like column (comma, semicolon
or tab) a CSV export, else one posting. With --format jsonl it is a mapper for GNU parallel,
Hadoop Streaming or Spark RDD.pipe; \`skillgap merge\` combines the shards (see README, Many machines).`,
  );
  return cmd.action(async (inputs: string[], flags: Flags) => {
    // The scan's machinery loads when a scan runs: every other command starts without it.
    const [{ progressBar }, { scan }, { estimateTotal }] = await Promise.all([import('../../scan/progress.js'), import('../../scan/scan.js'), import('../../scan/sources.js')]);
    const format = formatFor('scan', flags.format);
    const taxonomy = taxonomyFor(flags);
    const profile: Profile | null = flags.profile || flags.resume ? await profileFrom(flags, taxonomy) : null;
    const fields: FieldMap = {};
    for (const [key, flag] of [['text', flags.textField], ['title', flags.titleField], ['company', flags.companyField], ['location', flags.locationField], ['url', flags.urlField], ['date', flags.dateField]] as const) {
      if (flag !== undefined) fields[key] = flag;
    }
    const io = state.io;
    const bar = progressBar(state.quiet ? { write: () => true } : io.stderr);
    if (io.stderr.isTTY && !state.quiet && !inputs.includes('-')) void estimateTotal(inputs).then((t) => bar.setTotal(t));
    const events = scan(inputs, {
      taxonomy: taxonomyOptions(flags),
      compiled: taxonomy,
      profile,
      fields,
      maxBytes: flags.maxSize,
      web: webOptions(flags),
      top: flags.top,
      by: flags.by ?? null,
      ...(inputs.includes('-') ? { stdin: io.stdin, ...(flags.stdinName ? { stdinName: flags.stdinName } : {}) } : {}),
      ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
      onProgress: (p) => bar.update(p.done, p),
    });
    await writeScanOutput(state, events, { format: format.name, output: flags.output, top: flags.top, bar });
  });
}

/** `--by month`. */
export const parseBy = (value: string): 'month' => {
  if (value === 'month') return 'month';
  throw new ConfigError('usage', `--by: '${value}' is not one of month`);
};

/**
 * Write a scan's (or a merge's) events in a format: JSONL streams each row as it comes, formats that
 * list every posting park the rows in a spool until the end, the others render the summary only.
 * Failed rows are reported on stderr (and make the exit code 1).
 */
export async function writeScanOutput(
  state: RunState,
  events: AsyncIterable<ScanEvent>,
  options: { format: string; output: string | undefined; /** Default: the summary's own. */ top?: number | undefined; bar?: { done(): void } },
): Promise<void> {
  const io = state.io;
  const format = formatFor('scan', options.format);
  const bar = options.bar ?? { done() {} };
  const width = wrapWidth(io, format.name, options.output);
  const stream = format.scanRows === 'stream' ? openOut(io, options.output) : undefined;
  const { RowSpool } = await import('../../scan/spool.js');
  let spool: InstanceType<typeof RowSpool> | undefined;
  let unregisterSpool = () => {};
  let summary: ScanSummary | undefined;
  let rows = 0;
  try {
    if (format.scanRows === 'all') {
      const s = (spool = new RowSpool());
      unregisterSpool = onCleanup(() => s.close());
    }
    for await (const ev of events) {
      if (ev.type === 'summary') {
        summary = ev.summary;
        continue;
      }
      const row = ev.row;
      if (row.error) {
        bar.done();
        state.error(row.error.message);
      }
      if (stream) await stream.write(format.scanRow!(row));
      spool?.add(row);
      rows++;
    }
    bar.done();
    if (!summary) throw new Error('scan ended without a summary');
    const style = state.style(options.output);
    const top = options.top ?? summary.options.top;
    if (stream) {
      await writeAll(stream, format.render.scan({ summary }, { style, top }));
      stream.close();
    } else {
      const out = openOut(io, options.output, width);
      try {
        await writeAll(out, format.render.scan(spool ? { summary, rows: spool.ranked() } : { summary }, { style, top }));
        out.close();
      } catch (err) {
        out.abort();
        throw err;
      }
    }
    if (options.output && options.output !== '-') state.info(wroteMessage(rows, options.output));
  } catch (err) {
    bar.done();
    stream?.abort();
    throw err;
  } finally {
    spool?.close();
    unregisterSpool();
  }
}
