import type { GapItem } from '../compare/schema.js';
import { IMPORTANCE, importanceRank } from '../extract/importance.js';
import { byText } from '../compare-text.js';
import { phraseKeys } from '../lexicon/index.js';
import type { Suggestion, Suggestions } from './schema.js';

// The schemas of these suggestions are in schema.ts: only the published JSON Schema needs them built.
export type { Suggestion, Suggestions } from './schema.js';

const order = (a: GapItem, b: GapItem) =>
  importanceRank[a.importance] - importanceRank[b.importance] || b.asks - a.asks || byText(a.label, b.label);

const entry = (g: GapItem, note: string): Suggestion => ({ id: g.id, label: g.label, write: g.wording, importance: g.importance, asks: g.asks, note });
/** An unmet group of alternatives is one thing to learn: "PyTorch or TensorFlow". */
const anyOf = (g: GapItem, note: string): Suggestion => {
  const e = entry(g, note);
  if (!g.alternatives?.length) return e;
  const label = [g.label, ...g.alternatives].join(' or ');
  return { ...e, label, write: label, note: `${note}; any one of them` };
};

/** The same word, or one the start of the other ("mentor", "mentoring"; four letters at least). */
const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * Keyword advice from a gap, honest by construction: only skills the person has are ever proposed as
 * keywords; transferable and missing skills go to lists of their own and never into `keywords`.
 */
export function suggestKeywords(items: readonly GapItem[]): Suggestions {
  const sorted = [...items].sort(order);
  const s: Suggestions = { useWording: [], addToSkills: [], alreadyThere: [], related: [], toLearn: [], conditions: [], keywords: [] };
  for (const g of sorted) {
    // The other members of a group of alternatives: the one that counts speaks for the group.
    if (g.group !== null && g.weight === 0) continue;
    const yours = g.yours;
    if ((g.status === 'matched' || g.status === 'reworded') && yours) {
      const little = yours.level === 'beginner' ? ' (you know it a little: say so)' : '';
      const told = yours.wordings.length > 0 ? `you wrote ${yours.wordings.map((w) => `"${w}"`).join(', ')}` : yours.shownBy ? `your resume shows it: "${yours.shownBy}"` : 'you wrote it in other words';
      if (g.status === 'reworded') s.useWording.push(entry(g, `${told}${little}`));
      if (yours.evidence !== 'listed') s.addToSkills.push(entry(g, `shown only in ${yours.evidence === 'prose' ? 'your summary or prose' : `your ${yours.evidence}`}${little}`));
      else if (g.status === 'matched') s.alreadyThere.push(entry(g, `in your skills with the same words${little}`));
      s.keywords.push(g.wording);
    } else if (g.status === 'transferable' && g.transfer === 'meets' && yours) {
      // A Master's meets a Bachelor's requirement: nothing to add, and never the lower one as a keyword.
      s.alreadyThere.push(entry(g, `met by your ${yours.label}`));
    } else if (g.status === 'transferable' && (g.transfer === 'child' || g.transfer === 'part') && yours) {
      // A more specific skill implies the asked one, a platform's service the platform used: naming
      // it is honest, with the specific skill as evidence.
      s.useWording.push(entry(g, `${g.why ?? ''}: name it, with your ${yours.label} as the evidence`));
      s.keywords.push(g.wording);
    } else if (g.status === 'transferable' && yours) {
      s.related.push(anyOf(g, `${g.why ?? ''}: lead with your ${yours.label}; claim ${g.label} only if true`));
    } else if (g.status === 'transferable' && g.transfer === 'experience') {
      // The posting takes equivalent experience instead ("... Medical Informatics, or equivalent
      // experience") and the person has the years: their roles are what to describe, nothing to learn.
      s.related.push(anyOf(g, `${g.why ?? ''}: describe that experience; claim ${g.label} only if true`));
    } else {
      const why = g.why ?? (g.yearsAsked !== null ? `asked with ${g.yearsAsked}+ years` : 'not in your profile');
      // (What to learn is named by the skill; the posting's words are told when they share no word
      // with its name: "model deployment", the posting says "shipping"; not for "Kafka", "Mentor".)
      const named = phraseKeys(g.label);
      const says = !g.alternatives?.length && !phraseKeys(g.wording).some((w) => named.some((n) => sameWord(w, n))) ? `; the posting says "${g.wording}"` : '';
      // (A condition of the job no learning gives, a citizenship or a clearance, is no thing to learn.)
      (g.learnable ? s.toLearn : s.conditions).push(anyOf(g, `${why}${says}`));
    }
  }
  return s;
}
