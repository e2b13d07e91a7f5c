import type { SectionKind } from './sections.js';

export const IMPORTANCE = ['required', 'preferred', 'mentioned'] as const;
export type Importance = (typeof IMPORTANCE)[number];

export const importanceRank: Record<Importance, number> = { required: 0, preferred: 1, mentioned: 2 };

const PREFERRED_CUE =
  /\b(nice[ -]to[ -]have|(?:is|are|would be|will be|as) (?:a |an )?(?:big |huge |strong |definite |real )?(?:plus|bonus|advantage)|a plus|bonus|preferred|preferably|preferable|ideally|desirable|desired|advantageous|not (?:strictly )?required|good to have|would be (?:great|nice|helpful)|is helpful|are helpful|beneficial)\b/i;
const REQUIRED_CUE = /\b(must|required|requires|mandatory|essential|need to have|minimum of|at least)\b/i;
const CLAUSE = /,\s+|\s+but\s+|\s+while\s+|\s+whereas\s+/;

/** Words every cue contains: a sentence with none of them has no cue, and the full expressions need not run. */
const PREFERRED_STEM = /nice|plus|bonus|prefer|ideal|desir|advantag|not |good to have|would be|helpful|benefic/i;
const REQUIRED_STEM = /must|requir|mandatory|essential|need to have|minimum of|at least/i;

const ANY_STEM = new RegExp(`${PREFERRED_STEM.source}|${REQUIRED_STEM.source}`, 'i');

/** Whether a text may hold a cue of either kind: false means none of its sentences has one. */
export function mayHaveCues(text: string): boolean {
  return ANY_STEM.test(text);
}

/** Which kinds of cue a sentence has. */
export function sentenceCues(sentence: string): { pref: boolean; req: boolean } {
  return {
    pref: PREFERRED_STEM.test(sentence) && PREFERRED_CUE.test(sentence),
    req: REQUIRED_STEM.test(sentence) && REQUIRED_CUE.test(sentence),
  };
}

/** The importance a sentence's own words give (`X is a plus`, `must have Y`), if any. */
export function cueImportance(sentence: string, offsetInSentence: number, cues = sentenceCues(sentence)): Importance | undefined {
  const { pref, req } = cues;
  if (!pref && !req) return undefined;
  if (pref !== req) return pref ? 'preferred' : 'required';
  // Both kinds in one sentence ("Python is required, Go is a plus"): read the mention's own clause.
  let from = 0;
  for (const part of sentence.split(CLAUSE)) {
    const at = sentence.indexOf(part, from);
    if (offsetInSentence >= at && offsetInSentence < at + part.length) {
      if (PREFERRED_CUE.test(part)) return 'preferred';
      if (REQUIRED_CUE.test(part)) return 'required';
      return undefined;
    }
    from = at + part.length;
  }
  return undefined;
}

export function sectionImportance(kind: SectionKind): Importance {
  switch (kind) {
    case 'requirements':
    case 'title':
      return 'required';
    case 'preferred':
      return 'preferred';
    default:
      return 'mentioned';
  }
}

export function strongest(a: Importance, b: Importance): Importance {
  return importanceRank[a] <= importanceRank[b] ? a : b;
}
