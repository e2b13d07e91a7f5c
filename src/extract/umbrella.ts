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
