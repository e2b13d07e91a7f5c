import type { SectionKind } from '../read/index.js';

export const IMPORTANCE = ['required', 'preferred', 'mentioned'] as const;
export type Importance = (typeof IMPORTANCE)[number];

export const importanceRank: Record<Importance, number> = { required: 0, preferred: 1, mentioned: 2 };

/**
 * The importance a section gives a skill without a cue of its own: requirements ask, nice-to-haves
 * prefer; elsewhere (the role's description, the opening, a section without a known heading) a
 * skill is mentioned, unless its sentence reads as a requirement ("The ideal candidate has...").
 * A title never raises importance: it may be a guess.
 */
export function sectionImportance(kind: SectionKind, asks: boolean): Importance {
  switch (kind) {
    case 'requirements':
      return 'required';
    case 'preferred':
      return 'preferred';
    case 'summary':
    case 'other':
      return asks ? 'required' : 'mentioned';
    default:
      return 'mentioned';
  }
}

export function strongest(a: Importance, b: Importance): Importance {
  return importanceRank[a] <= importanceRank[b] ? a : b;
}
