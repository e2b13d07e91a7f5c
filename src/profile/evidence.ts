/**
 * Evidence of what was done: a resume line that says what the person did shows a skill the words
 * never name ("presented model results to executives" shows presentation skills, "mentored two
 * junior analysts" mentoring). The phrases are the taxonomy's (`evidence`), read in resumes only; a
 * `*` in a phrase stands for one to four words ("presented * to executives").
 */

import { PhraseSet } from '../lexicon/index.js';
import { phraseKeys, type Tokens } from '../lexicon/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import type { SkillEntry } from '../taxonomy/schema.js';

/** How many words a `*` stands for, at most. */
const MAX_GAP = 4;

interface Lead {
  skill: SkillEntry;
  /** The keys of each part after the first, in order (a `*` between each). */
  rest: string[][];
}

export interface EvidenceHit {
  skill: SkillEntry;
  /** Tokens [first, last) of the whole phrase as found. */
  first: number;
  last: number;
}

const readers = new WeakMap<CompiledTaxonomy, PhraseSet<Lead> | null>();

/** The evidence phrases of a taxonomy, by their first part (built once per taxonomy). */
function leadsOf(taxonomy: CompiledTaxonomy): PhraseSet<Lead> | null {
  let set = readers.get(taxonomy);
  if (set !== undefined) return set;
  set = null;
  for (const skill of taxonomy.skillsWith('evidence')) {
    for (const phrase of skill.evidence ?? []) {
      const parts = phrase.split('*').map((p) => phraseKeys(p)).filter((k) => k.length > 0);
      if (parts.length === 0) continue;
      (set ??= new PhraseSet<Lead>()).add(parts[0]!.join(' '), { skill, rest: parts.slice(1) });
    }
  }
  readers.set(taxonomy, set);
  return set;
}

/** Whether token i continues a line (no line break since token i - 1). */
function sameLine(tokens: Tokens, i: number): boolean {
  const text = tokens.text;
  for (let p = tokens.end[i - 1]!; p < tokens.start[i]!; p++) if (text.charCodeAt(p) === 10) return false;
  return true;
}

/** Whether a sentence or clause ends between token i - 1 and token i (a `*` never runs across one). */
function stopBefore(tokens: Tokens, i: number): boolean {
  const text = tokens.text;
  for (let p = tokens.end[i - 1]!; p < tokens.start[i]!; p++) {
    const c = text.charCodeAt(p);
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63) return true;
  }
  return false;
}

/** Whether part `keys` stands at token `at`, all on one line. */
function partAt(tokens: Tokens, at: number, keys: readonly string[]): boolean {
  if (at + keys.length > tokens.count) return false;
  for (let k = 0; k < keys.length; k++) {
    if (!tokens.keyIs(at + k, keys[k]!)) return false;
    if (!sameLine(tokens, at + k)) return false;
  }
  return true;
}

/** The evidence phrases in tokens [from, to), each skill's phrase once where it first stands. */
export function findEvidence(tokens: Tokens, taxonomy: CompiledTaxonomy, from = 0, to = tokens.count): EvidenceHit[] {
  const leads = leadsOf(taxonomy);
  if (!leads) return [];
  const hits: EvidenceHit[] = [];
  leads.each(tokens, from, to, (lead, first, last) => {
    let end = last;
    for (const part of lead.rest) {
      let found = -1;
      if (end >= to || !sameLine(tokens, end) || stopBefore(tokens, end)) return;
      for (let at = end + 1; at <= end + MAX_GAP && at < to; at++) {
        if (!sameLine(tokens, at) || stopBefore(tokens, at)) break;
        if (partAt(tokens, at, part)) {
          found = at + part.length;
          break;
        }
      }
      if (found < 0) return;
      end = found;
    }
    hits.push({ skill: lead.skill, first, last: end });
  });
  return hits;
}
