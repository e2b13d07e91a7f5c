import type { GapItem } from '../compare/schema.js';

/** "10 years, from 2 roles" / "3 years" / "". */
function yearsHad(g: GapItem): string {
  const y = g.yours?.years;
  if (y === null || y === undefined) return '';
  const n = Number.isInteger(y) ? String(y) : y.toFixed(1);
  const roles = g.yours?.roles;
  return `${n} year${y === 1 ? '' : 's'}${roles ? `, from ${roles} role${roles === 1 ? '' : 's'}` : ''}`;
}

/**
 * What a report says of a skill in a few words, the same in every format: where the person shows it
 * (quoting the line of work that shows it), the years they have and those asked, the level they
 * stated, and, for a gap, why ("you are learning Rust", what the resume says they lack).
 */
export function noteOf(g: GapItem): string {
  const asked = g.yearsAsked !== null ? `${g.yearsAsked}+ years asked` : '';
  const had = yearsHad(g);
  const years = g.yearsShort ? `${asked}, you have ${had || g.yours?.years}` : had;
  const where = (): string => {
    const y = g.yours;
    if (!y) return '';
    if (y.evidence === 'listed') return 'in your skills';
    return y.shownBy ? `shown in your ${y.evidence}: "${y.shownBy}"` : `shown in your ${y.evidence}`;
  };
  const parts: string[] = [];
  switch (g.status) {
    case 'matched':
      parts.push(where());
      break;
    case 'reworded':
      parts.push(y(g) ? `you wrote ${y(g)}; the posting says "${g.wording}"` : `${where()}; the posting says "${g.wording}"`);
      break;
    case 'transferable':
      parts.push(g.why ?? 'related to a skill you have');
      break;
    case 'missing':
      parts.push(g.why ?? (asked || 'not in your resume or profile'));
      break;
  }
  if (g.status !== 'missing' && g.status !== 'transferable') {
    if (g.why) parts.push(g.why);
    if (years) parts.push(years);
  }
  return parts.filter(Boolean).join('; ');
}

const y = (g: GapItem) => g.yours?.wordings.map((w) => `"${w}"`).join(', ') ?? '';
