/**
 * The heads of lists: a skill that names a kind of skills ("programming languages", "databases",
 * an `umbrella` of the taxonomy) right beside members of that kind asks for nothing of its own;
 * the members are what is asked. "Programming languages such as Java or Go", "databases (SQL and
 * NoSQL)", "Python or similar languages", "Jenkins, Python and other programming languages".
 */

import type { MentionReader } from '../read/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import type { Match } from './match.js';

/** At most this many words between a list's head and its first member, or its last member and the head. */
const MAX_GAP = 4;

/** The indices of the matches that only head a list of their own members. */
export function listHeads(reader: MentionReader, matches: readonly Match[], taxonomy: CompiledTaxonomy): Set<number> | undefined {
  let heads: Set<number> | undefined;
  for (let i = 0; i + 1 < matches.length; i++) {
    const a = matches[i]!;
    const b = matches[i + 1]!;
    if (b.first < a.last || b.first - a.last > MAX_GAP) continue;
    const aHeads = a.skill.umbrella === true && taxonomy.ancestorsOf(b.skill.id).includes(a.skill.id);
    const bHeads = !aHeads && b.skill.umbrella === true && taxonomy.ancestorsOf(a.skill.id).includes(b.skill.id);
    if (!aHeads && !bHeads) continue;
    if (!plainGap(reader, a, b)) continue;
    if (aHeads ? leadsIn(reader, a, b) : namesKind(reader, a, b)) (heads ??= new Set()).add(aHeads ? i : i + 1);
  }
  return heads;
}

/** Only spaces, commas, colons, brackets, dashes and slashes between the two, outside the words (a line break ends a list item). */
function plainGap(reader: MentionReader, a: Match, b: Match): boolean {
  const { tokens } = reader;
  const flow = reader.reading.flow;
  let p = a.end;
  for (let k = a.last; k <= b.first; k++) {
    const to = k < b.first ? tokens.start[k]! : b.start;
    for (; p < to; p++) {
      const c = flow.charCodeAt(p);
      // space, tab, nbsp, comma, colon, ( ) [ ], -, –, —, /
      if (!(c === 32 || c === 9 || c === 0xa0 || c === 44 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 45 || c === 0x2013 || c === 0x2014 || c === 47)) return false;
    }
    if (k < b.first) p = tokens.end[k]!;
  }
  return true;
}

/** "programming languages such as Java", "databases: SQL": between head and member only lead-ins and filler. */
function leadsIn(reader: MentionReader, head: Match, member: Match): boolean {
  if (member.first === head.last) return true;
  const covered = new Uint8Array(member.first - head.last);
  reader.reading.vocab.alternatives.each(reader.tokens, head.last, member.first, (tag, first, last) => {
    if (tag === 'leadIn' || tag === 'filler') covered.fill(1, first - head.last, last - head.last);
  });
  return !covered.includes(0);
}

/** "Python or similar languages", "and other databases": a kind word between the member and the head. */
function namesKind(reader: MentionReader, member: Match, head: Match): boolean {
  let found = false;
  reader.reading.vocab.listKinds.each(reader.tokens, member.last, head.first, () => (found = true));
  return found;
}
