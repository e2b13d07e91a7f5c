import { Command } from 'commander';
import { analyze } from '../../analyze.js';
import type { GapItem } from '../../compare/schema.js';
import { ConfigError } from '../../errors.js';
import { extractPosting } from '../../extract/extract.js';
import type { FailedInput } from '../../extract/schema.js';
import { formatFor, formatNames } from '../../report/formats/index.js';
import type { PostingFacts } from '../../report/keywords-text.js';
import { mergeKeywords } from '../../suggest/merge.js';
import { addInputOptions, addProfileOptions, INPUTS_HELP, profileFrom, type ProfileFlags } from '../common.js';
import { readPostings, taxonomyFor } from '../inputs.js';
import type { RunState } from '../io.js';
import { deliver } from '../output.js';

const FORMATS = formatNames('keywords');

interface Flags extends ProfileFlags {
  format: string;
  taxonomy?: string[];
  maxSize: number;
  output?: string;
  top?: number;
  line?: boolean;
}

const parseTop = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError('usage', `--top: '${value}' is not a whole number of at least 1`);
  return n;
};

export function keywordsCommand(state: RunState): Command {
  const cmd = new Command('keywords')
    .summary('resume keywords tailored to one or many postings')
    .description(
      "The resume keyword list for one or many postings, in the postings' own words, with how many postings ask for each: skills you have but word differently, skills shown only in your prose that belong in your skills section, and, apart, what to learn. It never suggests claiming a skill you lack.",
    )
    .argument('[inputs...]', INPUTS_HELP);
  addProfileOptions(cmd)
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('-n, --top <N>', 'keep the N most asked skills of each list', parseTop)
    .option('--line', "print only the keywords as one comma-separated line, for an application form's skills field");
  addInputOptions(cmd).addHelpText(
    'after',
    `
Examples:
  skillgap keywords posting.txt --resume resume.pdf
  skillgap keywords saved/*.txt --resume resume.md --top 15
  skillgap keywords posting.txt --profile me.yaml --line | pbcopy
  pbpaste | skillgap keywords --profile me.yaml --format json`,
  );
  return cmd.action(async (inputs: string[], flags: Flags) => {
    const format = formatFor('keywords', flags.format);
    const taxonomy = taxonomyFor(flags);
    const profile = await profileFrom(flags, taxonomy);
    const postings: (PostingFacts | FailedInput)[] = [];
    const gaps: GapItem[][] = [];
    for (const r of await readPostings(inputs, state.io, flags)) {
      if (!r.ok) {
        postings.push(state.failedEntry(r));
        continue;
      }
      const a = analyze(extractPosting(r.posting, taxonomy), profile, taxonomy);
      const { source, title, company, location } = a.posting;
      postings.push({ source, title, company, location });
      gaps.push(a.gap.items);
    }
    const merged = mergeKeywords(gaps, flags.top !== undefined ? { top: flags.top } : {});
    const text = flags.line ? `${merged.line}\n` : format.render.keywords({ postings, merged }, { style: state.style(flags.output) });
    deliver(state, text, { output: flags.output, format: flags.line ? 'line' : format.name, count: postings.length });
  });
}
