/**
 * The vocabularies' resume examples (vocab/<lang>.yaml `examples.resumes`): small resumes and what
 * reading each must give its skills, run with the taxonomy. The build and the tests run the same
 * checks, as for the headings and postings of extract/vocab-examples.ts.
 */

import type { ResumeExample, VocabFile } from '../read/schema.js';
import { Vocabulary } from '../read/vocab.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { skillsFromResumeText } from './resume-text.js';

/** A fixed month for "present", so that an example reads the same in any year. */
const NOW = new Date(Date.UTC(2026, 0, 1));

/** What is wrong with a resume example, if anything: every expectation checked. */
export function resumeExampleProblems(vocab: Vocabulary, e: ResumeExample, taxonomy: CompiledTaxonomy): string[] {
  const problems: string[] = [];
  const read = skillsFromResumeText(e.text, taxonomy, { vocab, now: NOW });
  const got = new Map<string, string>();
  for (const s of read.skills) got.set(s.id, s.level === 'learning' || s.level === 'beginner' ? s.level : 'claimed');
  for (const l of read.lacks) if (!got.has(l.id)) got.set(l.id, 'lacks');
  for (const [id, want] of Object.entries(e.expect)) {
    if (!taxonomy.skills.has(id)) problems.push(`"${id}" is no skill id`);
    else if ((got.get(id) ?? 'absent') !== want) problems.push(`${id} should be ${want}, is ${got.get(id) ?? 'absent'}`);
  }
  return problems;
}

/** Every resume example of every vocabulary: one line per failure, naming the file and the example. */
export function checkResumeExamples(files: readonly VocabFile[], names: readonly string[], taxonomy: CompiledTaxonomy): { problems: string[]; examples: number } {
  const problems: string[] = [];
  let examples = 0;
  files.forEach((file, i) => {
    const vocab = new Vocabulary(file);
    for (const e of file.examples?.resumes ?? []) {
      examples++;
      for (const p of resumeExampleProblems(vocab, e, taxonomy)) problems.push(`${names[i] ?? file.language}: resume example "${e.name}": ${p}`);
    }
  });
  return { problems, examples };
}
