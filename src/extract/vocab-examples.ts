/**
 * The vocabularies' examples (vocab/<lang>.yaml `examples`), run with the taxonomy: heading lines
 * and the kinds they must give, small postings and what reading them must find. The build and the
 * tests run the same checks, so a vocabulary edit that breaks one fails both, naming file and example.
 */

import { readHeading } from '../read/headings.js';
import type { VocabExample, VocabFile } from '../read/schema.js';
import { Vocabulary } from '../read/vocab.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { extractText } from './extract.js';

type HeadingExample = NonNullable<NonNullable<VocabFile['examples']>['headings']>[number];

/** What is wrong with a heading example, if anything. */
export function headingExampleProblem(vocab: Vocabulary, e: HeadingExample): string | undefined {
  const phrases = e.resume ? vocab.resumeHeadings : vocab.headings;
  const got = readHeading(e.line, vocab, phrases, { resume: e.resume })?.kind ?? null;
  return got === e.kind ? undefined : `heading "${e.line}" should give ${e.kind ?? 'no heading'}, gives ${got ?? 'no heading'}`;
}

/** What is wrong with a posting example, if anything: every expectation checked, the first failure named. */
export function postingExampleProblems(vocab: Vocabulary, e: VocabExample, taxonomy: CompiledTaxonomy): string[] {
  const problems: string[] = [];
  const r = extractText(e.text, taxonomy, { company: e.company, vocab });
  const got = new Map<string, string>();
  for (const s of r.skills) got.set(s.id, s.importance);
  for (const n of r.negated) if (!got.has(n.id)) got.set(n.id, 'negated');
  const known = (id: string) => taxonomy.skills.has(id) || (problems.push(`"${id}" is no skill id`), false);
  for (const [id, want] of Object.entries(e.expect ?? {})) {
    if (known(id) && (got.get(id) ?? 'absent') !== want) problems.push(`${id} should be ${want}, is ${got.get(id) ?? 'absent'}`);
  }
  const groups = r.groups.map((g) => [...g.skills].sort().join(' '));
  for (const group of e.groups ?? []) {
    if (group.every(known) && !groups.includes([...group].sort().join(' '))) problems.push(`no group ${group.join(' | ')} (found: ${groups.join('; ') || 'none'})`);
  }
  for (const set of e.apart ?? []) {
    const together = r.groups.find((g) => set.every((id) => g.skills.includes(id)));
    if (set.every(known) && together) problems.push(`${set.join(' and ')} should be in no group together, are in ${together.skills.join(' | ')}`);
  }
  for (const [id, years] of Object.entries(e.years ?? {})) {
    const y = r.skills.find((s) => s.id === id)?.years ?? null;
    if (y !== years) problems.push(`${id} should ask ${years ?? 'no'} years, asks ${y ?? 'none'}`);
  }
  if (e.title !== undefined && r.reading.title !== e.title) problems.push(`title should be ${JSON.stringify(e.title)}, is ${JSON.stringify(r.reading.title)}`);
  return problems;
}

/** Every example of every vocabulary: one line per failure, naming the file and the example. */
export function checkVocabularies(files: readonly VocabFile[], names: readonly string[], taxonomy: CompiledTaxonomy): { problems: string[]; examples: number } {
  const problems: string[] = [];
  let examples = 0;
  files.forEach((file, i) => {
    const vocab = new Vocabulary(file);
    const name = names[i] ?? file.language;
    for (const e of file.examples?.headings ?? []) {
      examples++;
      const p = headingExampleProblem(vocab, e);
      if (p) problems.push(`${name}: ${p}`);
    }
    for (const e of file.examples?.postings ?? []) {
      examples++;
      for (const p of postingExampleProblems(vocab, e, taxonomy)) problems.push(`${name}: example "${e.name}": ${p}`);
    }
  });
  return { problems, examples };
}
