import type { GapItem } from '../compare/schema.js';

/**
 * What a report says of a skill asked as one of alternatives ("PyTorch or TensorFlow"): the posting
 * accepts any member, so a member the person lacks is no gap when another is met. Null for a skill
 * asked on its own.
 */
export function alternativesNote(g: GapItem, items: readonly GapItem[]): string | null {
  if (g.group === null) return null;
  if (g.alternatives?.length) return `or ${g.alternatives.join(' or ')}: any one will do`;
  if (g.metBy !== null) {
    const by = items.find((i) => i.id === g.metBy);
    const how = by?.status === 'transferable' ? `, where your ${by.yours?.label ?? 'experience'} counts` : ', which you have';
    return `not needed: the posting accepts ${by?.label ?? g.metBy} instead${how}`;
  }
  const counted = items.find((i) => i.group === g.group && i.weight > 0);
  return counted ? `or ${counted.label}: any one will do` : null;
}

/** A note and the alternatives note, joined. */
export const withAlternatives = (note: string, g: GapItem, items: readonly GapItem[]): string => {
  const alt = alternativesNote(g, items);
  return alt ? (note ? `${note}; ${alt}` : alt) : note;
};
