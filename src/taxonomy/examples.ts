import { extractText } from '../extract/extract.js';
import { matchText } from '../extract/match.js';
import { scanTokens } from '../lexicon/index.js';
import { findRoleTitles } from '../extract/role-titles.js';
import { findEvidence } from '../profile/evidence.js';
import { compileTaxonomy, type CompiledTaxonomy } from './compile.js';
import type { SkillEntry } from './schema.js';
import { findProblems } from './validate.js';

export interface ExampleFailure {
  skill: string;
  file: string;
  line: number;
  kind: 'match' | 'noMatch' | 'evidence' | 'roleTitle';
  sentence: string;
  found: string[];
}

/** Run every skill's (or the given skills') `examples.match` / `examples.noMatch` sentences through the matcher, with the whole taxonomy. */
export function runExamples(taxonomy: CompiledTaxonomy, skills: Iterable<SkillEntry> = taxonomy.skills.values()): { checked: number; failures: ExampleFailure[] } {
  const failures: ExampleFailure[] = [];
  let checked = 0;
  for (const skill of skills) {
    for (const kind of ['match', 'noMatch'] as const) {
      for (const sentence of skill.examples?.[kind] ?? []) {
        checked++;
        const found = matchText(sentence, taxonomy).map((m) => m.skill.id);
        // A field of study that other skills stand for in a degree ("a Master's in Data Science") is found by reading the sentence.
        if (skill.inDegree?.length) found.push(...extractText(sentence, taxonomy).skills.map((s) => s.id));
        if (found.includes(skill.id) !== (kind === 'match')) {
          failures.push({ skill: skill.id, file: skill.source.file, line: skill.source.line, kind, sentence, found });
        }
      }
    }
    for (const sentence of skill.examples?.evidence ?? []) {
      checked++;
      const found = findEvidence(scanTokens(sentence), taxonomy).map((h) => h.skill.id);
      if (!found.includes(skill.id)) failures.push({ skill: skill.id, file: skill.source.file, line: skill.source.line, kind: 'evidence', sentence, found });
    }
    for (const line of skill.examples?.roleTitles ?? []) {
      checked++;
      const found = findRoleTitles(scanTokens(line), taxonomy).map((h) => h.skill.id);
      if (!found.includes(skill.id)) failures.push({ skill: skill.id, file: skill.source.file, line: skill.source.line, kind: 'roleTitle', sentence: line, found });
    }
  }
  return { checked, failures };
}

/**
 * Every check of a taxonomy, as one-line problems naming file and entry: schema-independent
 * cross-entry checks first, then (when those pass) every example sentence.
 */
export function checkTaxonomy(entries: readonly SkillEntry[]): { problems: string[]; failures: string[]; examples: number } {
  const problems = findProblems(entries);
  if (problems.length > 0) return { problems, failures: [], examples: 0 };
  const { checked, failures } = runExamples(compileTaxonomy(entries));
  return { problems, failures: failures.map(describeFailure), examples: checked };
}

export function describeFailure(f: ExampleFailure): string {
  const verb = f.kind === 'match' ? 'should find' : f.kind === 'evidence' ? 'should find evidence of' : f.kind === 'roleTitle' ? 'should find the title of' : 'should not find';
  return `${f.file}:${f.line}: skill '${f.skill}': ${verb} it in "${f.sentence}" (found: ${f.found.join(', ') || 'nothing'})`;
}
