/**
 * A learning plan: the skills the postings ask for that the person lacks, is learning, knows a little
 * or only knows through a related skill, as an ordered path. Prerequisites come first (the taxonomy's
 * `requires`, including ones no posting names), then value: the score points a skill would add,
 * summed over the postings that ask for it. Steps are grouped into stages: a stage holds the skills
 * whose prerequisites are all had or learned in an earlier stage. Deterministic; no resources invented.
 */

import type { Analysis } from '../analyze.js';
import type { GapItem } from '../compare/schema.js';
import { byText } from '../compare-text.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import type { Plan, PlanStep } from './schema.js';

export type { Plan, PlanStep } from './schema.js';

/** The share of a skill's weight a step still has to earn: what learning it adds. */
function missingShare(g: GapItem): number {
  return g.weight === 0 ? 0 : Math.max(0, 1 - g.credit);
}

function statusOf(g: GapItem): PlanStep['status'] | null {
  if (g.weight === 0) return null;
  if (g.status === 'missing') return g.yours?.level === 'learning' ? 'learning' : 'missing';
  if (g.status === 'transferable' && g.transfer === 'related') return 'related';
  if ((g.status === 'matched' || g.status === 'reworded') && (g.yours?.level === 'beginner' || g.yearsShort)) return 'weak';
  return null;
}

interface Draft {
  id: string;
  label: string;
  anyOf: string[] | null;
  /** For a group: the ids of its members. */
  members: string[];
  /** Groups folded into this step (see foldGroups). */
  alsoMeets: string[];
  status: PlanStep['status'];
  points: number;
  postings: PlanStep['postings'];
}

/** The plan for one or more analyses of the same person. */
export function planLearning(analyses: readonly Pick<Analysis, 'posting' | 'gap'>[], taxonomy: CompiledTaxonomy, profile: { skills: readonly { id: string; level: string | null }[] }): Plan {
  const had = profile.skills.filter((s) => s.level !== 'learning').map((s) => s.id);
  // A prerequisite is had when the person has it or a kind of it (Python for "programming").
  const kinds = new Set(had.flatMap((id) => taxonomy.ancestorsOf(id)));
  const has = new Set([...had, ...kinds]);
  const drafts = new Map<string, Draft>();
  const conditions = new Map<string, { id: string; label: string; postings: number }>();
  for (const a of analyses) {
    const possible = a.gap.score.components.reduce((n, c) => n + c.possible, 0);
    const missingRequired = a.gap.items.filter((g) => g.importance === 'required' && g.weight > 0 && g.status === 'missing');
    const membersOf = (group: number) => a.gap.items.filter((i) => i.group === group).map((i) => i.id);
    for (const g of a.gap.items) {
      const status = statusOf(g);
      if (!status || possible === 0) continue;
      const anyOf = g.alternatives?.length ? [g.label, ...g.alternatives] : null;
      const label = anyOf ? anyOf.join(' or ') : g.label;
      // A condition of the job no learning gives (a citizenship, a clearance) is no step.
      if (!g.learnable) {
        const c = conditions.get(label) ?? conditions.set(label, { id: g.id, label, postings: 0 }).get(label)!;
        c.postings++;
        continue;
      }
      const points = Math.round(((100 * g.weight * missingShare(g)) / possible) * 10) / 10;
      if (points <= 0) continue;
      const key = anyOf ? [...anyOf].sort().join(' | ') : g.id;
      let d = drafts.get(key);
      if (!d) drafts.set(key, (d = { id: g.id, label, anyOf, members: anyOf && g.group !== null ? membersOf(g.group) : [], alsoMeets: [], status, points: 0, postings: [] }));
      d.points = Math.round((d.points + points) * 10) / 10;
      d.postings.push({
        source: a.posting.source,
        title: a.posting.title,
        importance: g.importance,
        points,
        unlocks: g.importance === 'required' && g.status === 'missing' && missingRequired.length === 1,
      });
    }
  }
  foldGroups(drafts);
  // Prerequisites the person lacks, on through theirs: steps of their own (no posting needs to name them).
  const requiresOf = (id: string) => (taxonomy.skills.get(id)?.requires ?? []).filter((r) => taxonomy.skills.has(r));
  const todo = [...drafts.values()].filter((d) => !d.anyOf).map((d) => d.id);
  while (todo.length > 0) {
    const id = todo.shift()!;
    for (const r of requiresOf(id)) {
      if (has.has(r) || drafts.has(r)) continue;
      drafts.set(r, { id: r, label: taxonomy.skills.get(r)!.label, anyOf: null, members: [], alsoMeets: [], status: 'prerequisite', points: 0, postings: [] });
      todo.push(r);
    }
  }
  // Stages: a skill comes after every prerequisite still to learn.
  const stage = new Map<string, number>();
  const stageOf = (id: string, trail: Set<string>): number => {
    const known = stage.get(id);
    if (known !== undefined) return known;
    let s = 1;
    for (const r of requiresOf(id)) if (drafts.has(r) && !trail.has(r)) s = Math.max(s, 1 + stageOf(r, new Set([...trail, r])));
    stage.set(id, s);
    return s;
  };
  const leadsTo = new Map<string, string[]>();
  for (const d of drafts.values()) {
    if (d.anyOf) continue;
    for (const r of requiresOf(d.id)) if (drafts.has(r)) (leadsTo.get(r) ?? leadsTo.set(r, []).get(r)!).push(d.label);
  }
  // A prerequisite is worth what it leads to.
  const worth = (d: Draft): number => d.points + (leadsTo.get(d.id)?.length ? Math.max(...[...drafts.values()].filter((x) => requiresOf(x.id).includes(d.id)).map(worth)) : 0);
  const value = new Map<PlanStep, number>();
  const steps: PlanStep[] = [...drafts.values()].map((d) => {
    const reqs = d.anyOf ? [] : requiresOf(d.id);
    const buildsOn = reqs.filter((r) => has.has(r)).map((r) => taxonomy.skills.get(r)!.label);
    const after = reqs.filter((r) => drafts.has(r)).map((r) => taxonomy.skills.get(r)!.label);
    const step: PlanStep = {
      id: d.id,
      label: d.label,
      anyOf: d.anyOf,
      stage: d.anyOf ? 1 : stageOf(d.id, new Set([d.id])),
      status: d.status,
      points: d.points,
      postings: d.postings.sort((a, b) => b.points - a.points || byText(a.source, b.source)),
      buildsOn,
      after,
      leadsTo: (leadsTo.get(d.id) ?? []).sort(byText),
      alsoMeets: d.alsoMeets.sort(byText),
      why: '',
    };
    step.why = whyOf(step, analyses.length);
    value.set(step, worth(d));
    return step;
  });
  steps.sort((a, b) => a.stage - b.stage || value.get(b)! - value.get(a)! || b.postings.length - a.postings.length || byText(a.label, b.label));
  return {
    postings: analyses.length,
    steps,
    conditions: [...conditions.values()].sort((a, b) => b.postings - a.postings || byText(a.label, b.label)),
    explanation:
      'Prerequisites first (a stage holds the skills whose prerequisites you have or learn in an earlier stage), then by value: the match-score points a skill would add, summed over the postings that ask for it. ' +
      'Missing skills, skills you are learning, know a little or only know through a related skill are in it; nothing is invented: learn each from the sources you trust.',
  };
}

/**
 * A group of alternatives one of whose members is a step of its own ("Apache Spark" asked by one
 * posting, "Apache Hive or Apache Spark" by another) is folded into that step: learning it meets
 * both, so it is one step, worth the points of both. Into the member worth most, when several are.
 * A posting that asks both ways counts once, by the points of both.
 */
function foldGroups(drafts: Map<string, Draft>): void {
  for (const [key, group] of drafts) {
    if (!group.anyOf) continue;
    let into: Draft | undefined;
    for (const id of group.members) {
      const d = drafts.get(id);
      if (d && !d.anyOf && (!into || d.points > into.points || (d.points === into.points && byText(d.label, into.label) < 0))) into = d;
    }
    if (!into) continue;
    into.points = Math.round((into.points + group.points) * 10) / 10;
    for (const p of group.postings) {
      const same = into.postings.find((q) => q.source === p.source);
      if (!same) into.postings.push(p);
      else {
        same.points = Math.round((same.points + p.points) * 10) / 10;
        if (p.importance === 'required') same.importance = 'required';
        else if (p.importance === 'preferred' && same.importance === 'mentioned') same.importance = 'preferred';
        same.unlocks ||= p.unlocks;
      }
    }
    into.alsoMeets.push(group.label);
    drafts.delete(key);
  }
}

function whyOf(s: PlanStep, postings: number): string {
  const parts: string[] = [];
  const asked = s.postings.length;
  if (asked > 0) {
    const required = s.postings.filter((p) => p.importance === 'required').length;
    const unlocks = s.postings.filter((p) => p.unlocks).length;
    parts.push(postings === 1 ? `+${s.points} points on this posting (${s.postings[0]!.importance})` : `asked by ${asked} of ${postings} postings (${required} as required), +${s.points} points in all`);
    if (unlocks > 0) parts.push(postings === 1 ? 'the last required skill missing' : `the last required skill missing in ${unlocks}`);
  }
  if (s.status === 'prerequisite') parts.push(`needed first for ${s.leadsTo.join(', ')}`);
  else if (s.leadsTo.length > 0) parts.push(`leads to ${s.leadsTo.join(', ')}`);
  if (s.status === 'learning') parts.push('you are learning it');
  if (s.status === 'weak') parts.push('you have it, but know it only a little or have fewer years than asked');
  if (s.status === 'related') parts.push('you know a related skill');
  if (s.alsoMeets.length > 0) parts.push(`also meets ${s.alsoMeets.map((g) => `"${g}"`).join(', ')}`);
  if (s.buildsOn.length > 0) parts.push(`builds on your ${s.buildsOn.join(', ')}`);
  if (s.after.length > 0) parts.push(`after ${s.after.join(', ')}`);
  return parts.join('; ');
}
