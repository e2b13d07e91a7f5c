import { Command } from 'commander';
import { analyze } from '../../analyze.js';
import { extractPosting } from '../../extract/extract.js';
import type { FailedInput } from '../../extract/schema.js';
import { keywordsJson } from '../../report/json.js';
import { failedMarkdown, keywordsMarkdown } from '../../report/markdown.js';
import { styleFor } from '../../report/style.js';
import { keywordsText } from '../../report/text.js';
import type { Suggestions } from '../../suggest/keywords.js';
import { addInputOptions, addProfileOptions, profileFrom, type ProfileFlags } from '../common.js';
import { readPostings, taxonomyFor } from '../inputs.js';
import { parseFormat, type RunState } from '../io.js';
import { emit } from '../output.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

interface Flags extends ProfileFlags {
  format: string;
  taxonomy?: string[];
  maxSize: number;
  output?: string;
}

type Row = { source: string; title: string | null; company: string | null; location: string | null; suggestions: Suggestions };

export function keywordsCommand(state: RunState): Command {
  const cmd = new Command('keywords')
    .summary('resume keywords tailored to a posting')
    .description(
      "The resume keyword list for a posting, in the posting's own words: skills you have but word differently, skills shown only in your prose that belong in your skills section, and, apart, what to learn. It never suggests claiming a skill you lack.",
    )
    .argument('[inputs...]', 'posting files (.txt, .md) or - for stdin; reads stdin when none is given');
  addProfileOptions(cmd).option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text');
  addInputOptions(cmd).addHelpText(
    'after',
    `
Examples:
  skillgap keywords posting.txt --resume resume.md
  pbpaste | skillgap keywords --profile me.yaml --format json`,
  );
  return cmd.action(async (inputs: string[], flags: Flags) => {
    const format = parseFormat(flags.format, FORMATS);
    const taxonomy = taxonomyFor(flags);
    const profile = await profileFrom(flags, taxonomy);
    const rows: (Row | FailedInput)[] = [];
    for (const r of await readPostings(inputs, state.io, flags)) {
      if (!r.ok) {
        state.error(r.error.message);
        rows.push({ source: r.source, error: { code: r.error.code, message: r.error.message } });
        continue;
      }
      const a = analyze(extractPosting(r.posting, taxonomy), profile, taxonomy);
      const { source, title, company, location } = a.posting;
      rows.push({ source, title, company, location, suggestions: a.suggestions });
    }
    const style = styleFor(flags.output ? {} : state.io.stdout, state.io.env);
    const ok = rows.filter((r): r is Row => !('error' in r));
    const text =
      format === 'json'
        ? keywordsJson(rows)
        : format === 'markdown'
          ? rows.map((r) => ('error' in r ? failedMarkdown(r) : keywordsMarkdown(r, r.suggestions))).join('\n')
          : ok.map((r) => keywordsText(r, r.suggestions, style)).join('\n');
    emit(state.io, text, flags.output);
  });
}
