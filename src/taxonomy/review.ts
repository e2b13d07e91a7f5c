/**
 * Links that look against the relation rules (docs/taxonomy-format.md, Relations), for a person to
 * review: a tool filed under a field as a kind of it, `related` across kinds of skill or beside an
 * is-a link, a prerequisite that is the skill's own kind of thing. Warnings, not errors: some are right.
 */
import { categoryOf, type CompiledTaxonomy } from './compile.js';
import type { SkillEntry } from './schema.js';

export interface SuspiciousLink {
  skill: SkillEntry;
  field: 'parents' | 'related' | 'requires';
  target: string;
  reason: string;
}

export function suspiciousLinks(t: CompiledTaxonomy): SuspiciousLink[] {
  const out: SuspiciousLink[] = [];
  const kindOf = (id: string) => {
    const s = t.skills.get(id);
    return s ? categoryOf(t, s.category) : undefined;
  };
  for (const s of t.skills.values()) {
    const mine = categoryOf(t, s.category);
    for (const p of s.parents ?? []) {
      const theirs = kindOf(p);
      if (mine.tool && theirs && !theirs.tool) out.push({ skill: s, field: 'parents', target: p, reason: `a tool (${s.category}) filed as a kind of ${t.skills.get(p)?.category} '${p}': is it usedFor?` });
      if (s.usedFor?.includes(p)) out.push({ skill: s, field: 'parents', target: p, reason: 'both parent and usedFor' });
    }
    for (const r of s.related ?? []) {
      const other = t.skills.get(r);
      if (!other) continue;
      if (t.ancestorsOf(s.id).includes(r) || t.ancestorsOf(r).includes(s.id)) out.push({ skill: s, field: 'related', target: r, reason: 'related and is-a at once: one of them is a kind of the other' });
      else if (other.category !== s.category && kindOf(r)?.tool !== mine.tool) out.push({ skill: s, field: 'related', target: r, reason: `related across kinds (${s.category} ~ ${other.category}): does one transfer to the other?` });
    }
    for (const r of s.requires ?? []) {
      if (t.ancestorsOf(r).includes(s.id)) out.push({ skill: s, field: 'requires', target: r, reason: `requires a kind of itself` });
    }
  }
  return out;
}
