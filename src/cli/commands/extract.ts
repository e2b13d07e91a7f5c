import { Command } from 'commander';
import { extractPosting } from '../../extract/extract.js';
import { unknownTerms } from '../../extract/unknown.js';
import type { ExtractOutput } from '../../extract/schema.js';
import { SCHEMA_VERSION } from '../../extract/version.js';
import { formatFor, formatNames } from '../../report/formats/index.js';
import { addInputOptions, INPUTS_HELP } from '../common.js';
import { readPostings, taxonomyFor } from '../inputs.js';
import type { RunState } from '../io.js';
import { deliver } from '../output.js';

const FORMATS = formatNames('extract');

interface Flags {
  format: string;
  unknown?: boolean;
  taxonomy?: string[];
  maxSize: number;
  output?: string;
}

export function extractCommand(state: RunState): Command {
  const cmd = new Command('extract')
    .summary('list the skills postings ask for')
    .description(`List the skills each posting asks for, with importance, years and every mention. \`--format json\` is the stable machine-readable contract (schemaVersion ${SCHEMA_VERSION}).`)
    .argument('[inputs...]', INPUTS_HELP)
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--unknown', 'also list frequent technical-looking terms the taxonomy does not know (to extend it with --taxonomy)');
  addInputOptions(cmd).addHelpText(
    'after',
    `
Examples:
  skillgap extract posting.txt
  pbpaste | skillgap extract --format json
  skillgap extract saved/*.md --format json -o skills.json
  skillgap extract https://jobs.example/123 --render always
  skillgap extract posting.txt --unknown`,
  );
  return cmd.action(async (inputs: string[], flags: Flags) => {
    const format = formatFor('extract', flags.format);
    const taxonomy = taxonomyFor(flags);
    const out: ExtractOutput = { schemaVersion: SCHEMA_VERSION, postings: [] };
    for (const r of await readPostings(inputs, state.io, flags)) {
      if (r.ok) {
        const p = extractPosting(r.posting, taxonomy);
        out.postings.push(flags.unknown ? { ...p, unknown: unknownTerms(p.text, taxonomy) } : p);
      } else {
        out.postings.push(state.failedEntry(r));
      }
    }
    deliver(state, format.render.extract(out, { style: state.style(flags.output) }), { output: flags.output, format: format.name, count: out.postings.length });
  });
}
