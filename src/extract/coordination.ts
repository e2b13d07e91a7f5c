/**
 * Coordinated forms give every member: "supervised/unsupervised learning" names supervised learning
 * too, "written and verbal communication" written communication, "machine and deep learning"
 * machine learning. A word joined to a matched phrase by "/", "and", "or", "&" or a comma, that
 * forms a skill with the phrase's last words, is a mention of that skill (its own word only).
 */

import { scanTokens, type Tokens } from '../lexicon/tokenize.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { matchTokens, type Match } from './match.js';

const JOINS = new Set(['/', 'and', 'or', '&']);
const LIST_GAP = /^[ \t,]*$/;

export function coordinated(matches: Match[], tokens: Tokens, taxonomy: CompiledTaxonomy): Match[] {
  let added: Match[] | undefined;
  for (let x = 0; x < matches.length; x++) {
    const m = matches[x]!;
    if (m.last - m.first < 2) continue;
    const tail = tokens.text.slice(tokens.end[m.first]!, m.end);
    const floor = x > 0 ? matches[x - 1]!.last : 0;
    // Walk back over "X /", "X and", "X, Y and": each X a word of its own, not part of another skill.
    const gap = (a: number, b: number) => tokens.text.slice(tokens.end[a]!, tokens.start[b]!);
    let at = m.first;
    while (at - 1 >= floor) {
      let word = at - 1;
      if (JOINS.has(tokens.key(word))) {
        if (!LIST_GAP.test(gap(word, at))) break;
        word--;
        if (word < floor || !LIST_GAP.test(gap(word, word + 1))) break;
      } else if (!LIST_GAP.test(gap(word, at)) || !gap(word, at).includes(',')) break;
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
