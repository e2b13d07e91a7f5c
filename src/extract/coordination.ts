/**
 * Coordinated forms give every member: "supervised/unsupervised learning" names supervised learning
 * too, "written and verbal communication" written communication, "machine and deep learning"
 * machine learning. A word joined to a matched phrase by "/", "and", "or", "&" or a comma, that
 * forms a skill with the phrase's last words, is a mention of that skill (its own word only).
 */

import { keyHash, scanTokens, type Tokens } from '../lexicon/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { matchTokens, type Match } from './match.js';

const JOINS = new Set(['/', 'and', 'or', '&'].map(keyHash));

/**
 * What stands between tokens a and b: -1 anything but spaces, tabs and commas; else the number of
 * commas (0: only blanks). Read in place: this runs before every phrase of two words or more.
 */
function listGap(tokens: Tokens, a: number, b: number): number {
  const text = tokens.text;
  let commas = 0;
  for (let p = tokens.end[a]!, to = tokens.start[b]!; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 44) commas++;
    else if (c !== 32 && c !== 9) return -1;
  }
  return commas;
}

export function coordinated(matches: Match[], tokens: Tokens, taxonomy: CompiledTaxonomy): Match[] {
  let added: Match[] | undefined;
  for (let x = 0; x < matches.length; x++) {
    const m = matches[x]!;
    if (m.last - m.first < 2 || m.first === 0) continue;
    let tail: string | undefined;
    const floor = x > 0 ? matches[x - 1]!.last : 0;
    // Walk back over "X /", "X and", "X, Y and": each X a word of its own, not part of another skill.
    let at = m.first;
    while (at - 1 >= floor) {
      let word = at - 1;
      if (JOINS.has(tokens.keyHashOf(word))) {
        if (listGap(tokens, word, at) < 0) break;
        word--;
        if (word < floor || listGap(tokens, word, word + 1) < 0) break;
      } else if (listGap(tokens, word, at) < 1) break;
      tail ??= tokens.text.slice(tokens.end[m.first]!, m.end);
      const found = matchTokens(scanTokens(`${tokens.raw(word)}${tail}`), taxonomy);
      const one = found.length === 1 ? found[0]! : undefined;
      if (!one || one.first !== 0 || one.last !== m.last - m.first || one.skill.id === m.skill.id) break;
      (added ??= []).push({ skill: one.skill, form: one.form, first: word, last: word + 1, start: tokens.start[word]!, end: tokens.end[word]! });
      at = word;
    }
  }
  if (!added) return matches;
  return [...matches, ...added].sort((a, b) => a.start - b.start);
}
