import { Command } from 'commander';
import { analyze } from '../../analyze.js';
import { extractPosting } from '../../extract/extract.js';
import type { FailedInput } from '../../extract/schema.js';
import { planLearning } from '../../plan/index.js';
import { formatFor, formatNames } from '../../report/formats/index.js';
import { addInputOptions, addProfileOptions, INPUTS_HELP, profileFrom, type ProfileFlags } from '../common.js';
import { readPostings, taxonomyFor } from '../inputs.js';
import type { RunState } from '../io.js';
import { deliver } from '../output.js';

const FORMATS = formatNames('plan');

interface Flags extends ProfileFlags {
  format: string;
  taxonomy?: string[];
  maxSize: number;
  output?: string;
}

export function planCommand(state: RunState): Command {
  const cmd = new Command('plan')
    .summary('what to learn next for one or many postings, prerequisites first')
    .description(
      'A learning plan from the skills the postings ask for that you lack, are learning, know a little or only know through a related skill: prerequisites first (the taxonomy\'s `requires`), then by the match-score points each skill adds across the postings, grouped into stages. Each step says which postings ask for it and what it builds on.',
    )
    .argument('[inputs...]', INPUTS_HELP);
  addProfileOptions(cmd).option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text');
  addInputOptions(cmd).addHelpText(
    'after',
    `
Examples:
  skillgap plan posting.txt --resume resume.md
  skillgap plan saved-postings/ --resume resume.pdf
  skillgap plan export.jsonl --profile me.yaml --format markdown -o plan.md
  pbpaste | skillgap plan --resume resume.md --format json`,
  );
  return cmd.action(async (inputs: string[], flags: Flags) => {
    const format = formatFor('plan', flags.format);
    const taxonomy = taxonomyFor(flags);
    const profile = await profileFrom(flags, taxonomy);
    const failed: FailedInput[] = [];
    const analyses = [];
    for (const r of await readPostings(inputs, state.io, flags)) {
      if (!r.ok) failed.push(state.failedEntry(r));
      else analyses.push(analyze(extractPosting(r.posting, taxonomy), profile, taxonomy));
    }
    const plan = planLearning(analyses, taxonomy, profile);
    const title = analyses.length === 1 ? `Learning plan for ${analyses[0]!.posting.title ?? analyses[0]!.posting.source}` : `Learning plan for ${analyses.length} postings`;
    const text = format.render.plan({ plan, failed, title, postings: analyses.length }, { style: state.style(flags.output) });
    deliver(state, text, { output: flags.output, format: format.name, count: analyses.length + failed.length });
  });
}
