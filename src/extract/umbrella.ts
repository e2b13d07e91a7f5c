/**
 * Umbrella skills: a skill that names a kind of skills ("programming languages", "databases",
 * "communication"; an `umbrella` of the taxonomy) asks for nothing of its own in a sentence that
 * names members of that kind; the members are what is asked. "Programming languages such as Java
 * or Go", "databases (PostgreSQL, MongoDB)", "Python or similar programming languages", "strong
 * written and verbal communication: the ability to communicate results".
 */

import type { MentionReader } from '../read/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import type { Match } from './match.js';

/** How many words from an umbrella its members may stand (a run-on text is one long "sentence"). */
const REACH = 25;

/**
 * The umbrella matches whose sentence names members of theirs, each with the indices of those
 * members: "3+ years in programming languages used for analysis (Python, R)" asks the years of
 * Python and R.
 */
export function coveredUmbrellas(reader: MentionReader, matches: readonly Match[], taxonomy: CompiledTaxonomy): Map<number, number[]> | undefined {
  let covered: Map<number, number[]> | undefined;
  for (let i = 0; i < matches.length; i++) {
    const u = matches[i]!;
    if (u.skill.umbrella !== true) continue;
    const sentence = reader.sentenceAt(u.start);
    const member = (m: Match) => m.skill.id !== u.skill.id && taxonomy.ancestorsOf(m.skill.id).includes(u.skill.id);
    let members: number[] | undefined;
    // (Not past an item run in, a text's line breaks lost: "... languages (Python, R, etc.) Advanced SQL".)
    for (let k = i - 1; k >= 0; k--) {
      const m = matches[k]!;
      if (m.start < sentence.start || u.first - m.last > REACH || reader.itemBetween(m, u)) break;
      if (member(m)) (members ??= []).push(k);
    }
    for (let k = i + 1; k < matches.length; k++) {
      const m = matches[k]!;
      if (m.end > sentence.end || m.first - u.last > REACH || reader.itemBetween(u, m)) break;
      if (member(m)) (members ??= []).push(k);
    }
    if (members) (covered ??= new Map()).set(i, members);
  }
  return covered;
}

/** How many words a descriptor may stand before the noun of the kind it describes ("open source data analytics frameworks"). */
const DESCRIBED_WORDS = 4;

/** How many words after the examples' lead-in the first example may stand ("libraries like the PyTorch"). */
const EXAMPLE_REACH = 2;

/**
 * Whether the match at `i`, of a `descriptor` skill ("open source"), says what kind the tools after
 * it are: a noun of a kind (alternatives.kinds) a few words after it, in its clause, opens examples
 * (a bracket, or a lead-in: "such as", "like", "including") and another skill is the first of them:
 * "open source frameworks like Spark and Flink", "open-source programming platforms and libraries
 * (Scala, R)". Not "free and open-source software (FOSS)", whose bracket names it again.
 */
export function describesExamples(reader: MentionReader, matches: readonly Match[], i: number): boolean {
  const d = matches[i]!;
  if (d.skill.descriptor !== true) return false;
  const { tokens } = reader;
  const vocab = reader.reading.vocab;
  const end = Math.min(tokens.count, d.last + DESCRIBED_WORDS);
  for (let k = d.last; k < end; k++) {
    // (In its clause: no stop, comma or bracket before the noun.)
    if (/[.,;:!?()[\]]/.test(tokens.text.slice(tokens.end[k - 1]!, tokens.start[k]!))) return false;
    if (!vocab.alternativeKinds.has(tokens.key(k))) continue;
    let from = -1;
    if (k + 1 < tokens.count && tokens.text.slice(tokens.end[k]!, tokens.start[k + 1]!).includes('(')) from = k + 1;
    else if (k + 1 < tokens.count && vocab.alternativeParts.has(tokens.key(k + 1))) from = k + 2;
    else vocab.alternatives.each(tokens, k + 1, Math.min(tokens.count, k + 4), (tag, first, last) => {
      if (tag === 'leadIn' && first === k + 1 && from < 0) from = last;
    });
    if (from < 0) continue;
    for (let n = i + 1; n < matches.length && matches[n]!.first <= from + EXAMPLE_REACH; n++) {
      if (matches[n]!.first >= from) return matches[n]!.skill.id !== d.skill.id;
    }
    return false;
  }
  return false;
}
