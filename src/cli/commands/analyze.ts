import { Command } from 'commander';
import { analyze, type Analysis } from '../../analyze.js';
import { extractPosting } from '../../extract/extract.js';
import type { FailedInput } from '../../extract/schema.js';
import { formatFor, formatNames } from '../../report/formats/index.js';
import { addInputOptions, addProfileOptions, INPUTS_HELP, profileFrom, type ProfileFlags } from '../common.js';
import { readPostings, taxonomyFor } from '../inputs.js';
import type { RunState } from '../io.js';
import { deliver } from '../output.js';

const FORMATS = formatNames('analysis');

interface Flags extends ProfileFlags {
  format: string;
  taxonomy?: string[];
  maxSize: number;
  output?: string;
}

export function analyzeCommand(state: RunState): Command {
  const cmd = new Command('analyze')
    .summary('compare postings with your skills: gap, match score, resume keywords')
    .description('Compare each posting with your skills: what matches, what is worded differently, what transfers, what is missing, a 0-100 match score and resume keywords.')
    .argument('[inputs...]', INPUTS_HELP);
  addProfileOptions(cmd).option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text');
  addInputOptions(cmd).addHelpText(
    'after',
    `
Examples:
  pbpaste | skillgap analyze --profile me.yaml
  skillgap analyze posting.txt --resume resume.md
  skillgap analyze saved/job.html https://jobs.example/123 --profile me.yaml
  skillgap analyze a.txt b.md --profile me.yaml --format markdown -o report.md
  skillgap analyze posting.txt --resume resume.pdf --format html -o report.html`,
  );
  return cmd.action(async (inputs: string[], flags: Flags) => {
    const format = formatFor('analysis', flags.format);
    const taxonomy = taxonomyFor(flags);
    const profile = await profileFrom(flags, taxonomy);
    const results: (Analysis | FailedInput)[] = [];
    for (const r of await readPostings(inputs, state.io, flags)) {
      if (!r.ok) {
        results.push(state.failedEntry(r));
        continue;
      }
      results.push(analyze(extractPosting(r.posting, taxonomy), profile, taxonomy));
    }
    deliver(state, format.render.analysis(results, { style: state.style(flags.output) }), { output: flags.output, format: format.name, count: results.length });
  });
}
