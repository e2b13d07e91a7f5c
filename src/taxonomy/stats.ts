import type { CompiledTaxonomy } from './compile.js';
import { byText } from '../compare-text.js';

export interface TaxonomyStats {
  skills: number;
  forms: number;
  ambiguous: number;
  examples: number;
  byCategory: [string, number][];
  byFile: [string, number][];
  roots: number;
  maxDepth: number;
}

const countBy = (keys: Iterable<string>): [string, number][] => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
};

export function taxonomyStats(t: CompiledTaxonomy): TaxonomyStats {
  const skills = [...t.skills.values()];
  return {
    skills: skills.length,
    forms: t.forms.length,
    ambiguous: skills.filter((s) => s.ambiguity).length,
    examples: skills.reduce((n, s) => n + (s.examples?.match?.length ?? 0) + (s.examples?.noMatch?.length ?? 0), 0),
    byCategory: countBy(skills.map((s) => s.category)),
    byFile: countBy(skills.map((s) => s.source.file)),
    roots: skills.filter((s) => !s.parents?.length).length,
    maxDepth: skills.reduce((n, s) => Math.max(n, t.ancestorsOf(s.id).length), 0),
  };
}

/** Skills whose id, label or an alias contains the query (case-insensitive), best first. */
export function searchSkills(t: CompiledTaxonomy, query: string) {
  const q = query.toLowerCase().trim();
  const scored: { skill: (typeof t.skills extends ReadonlyMap<string, infer V> ? V : never); rank: number }[] = [];
  for (const s of t.skills.values()) {
    const names = [s.id, s.label, ...(s.aliases ?? [])].map((n) => n.toLowerCase());
    const rank = names.some((n) => n === q) ? 0 : names.some((n) => n.startsWith(q)) ? 1 : names.some((n) => n.includes(q)) ? 2 : -1;
    if (rank >= 0) scored.push({ skill: s, rank });
  }
  return scored.sort((a, b) => a.rank - b.rank || byText(a.skill.label, b.skill.label)).map((x) => x.skill);
}
