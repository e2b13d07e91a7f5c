import type { AlternativeGroup, ExtractedSkill } from '../extract/schema.js';
import { Profile, type ProfileSkill } from '../profile/schema.js';
import { ConfigError } from '../errors.js';
import { formatPath } from '../yaml-source.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import type { Gap, GapItem } from './schema.js';
import { STATUSES } from './status.js';
import { CHILD_CREDIT, CREDIT, LEVEL_CREDIT, WEIGHTS, levelFactor, score, yearsFactor } from './score.js';
import { categoryOf } from '../taxonomy/compile.js';
import { askedLevel } from '../read/index.js';
import { levelRank } from '../profile/resolve.js';

/** Two wordings are the same when they differ only in case, spacing or hyphens ("Scikit-learn", "scikit learn"). */
const wordKey = (s: string) => s.toLowerCase().replace(/[\s\-‐‑]+/g, ' ').replace(/’/g, "'").trim();

/**
 * The posting's most frequent wording of a skill (first seen wins a tie). A job title that names
 * it ("as a Data Scientist") is no wording of the skill for a resume's keywords: the label stands
 * in for it when the posting has no other; a soft skill's wording is its label.
 */
export function postingWording(skill: ExtractedSkill, taxonomy?: CompiledTaxonomy): string {
  // A soft skill is written in the posting as a deed ("Mentor junior engineers", "Collaborate with
  // cross-functional teams"): its name is the keyword ("mentoring", "cross-functional collaboration").
  if (taxonomy && categoryOf(taxonomy, skill.category).reading === 'soft-skill') return skill.label;
  const titles = taxonomy?.skills.get(skill.id)?.roleTitles;
  const isTitle = (w: string) => titles?.some((t) => wordKey(t) === wordKey(w)) ?? false;
  const counts = new Map<string, number>();
  for (const m of skill.mentions) if (!isTitle(m.text)) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = skill.label;
  let n = 0;
  for (const [w, c] of counts) {
    if (c > n) {
      best = w;
      n = c;
    }
  }
  return best;
}

/** The person's skill closest below `id` in the tree (scikit-learn before TensorFlow for "machine learning"). */
function nearestDescendant(id: string, skills: readonly ProfileSkill[], taxonomy: CompiledTaxonomy): ProfileSkill | undefined {
  let best: ProfileSkill | undefined;
  let hops = Infinity;
  for (const p of skills) {
    const at = taxonomy.ancestorsOf(p.id).indexOf(id);
    if (at >= 0 && at < hops) {
      best = p;
      hops = at;
    }
  }
  return best;
}

/** Years of work that stand in for a degree the posting accepts "or equivalent experience" for. */
export const EQUIVALENT_YEARS = 4;

const yoursOf = (p: ProfileSkill) => ({
  id: p.id,
  label: p.label,
  wordings: p.wordings,
  evidence: p.evidence,
  level: p.level,
  years: p.years,
  shownBy: p.shownBy ?? null,
  roles: p.roles ?? null,
  mentions: p.mentions ?? null,
});

/**
 * Each skill the posting asks for is matched (the same skill, the same wording), reworded (the same
 * skill, other words: k8s vs Kubernetes), transferable (the person has a child skill, a service of the
 * asked platform or a related one) or missing.
 */
/** Profiles already checked (a scan compares one profile with every posting: it is checked once). */
const checked = new WeakSet<object>();

/**
 * A profile handed to the library must have the shape `loadProfile` returns: anything else (a profile
 * file's raw `{ skills: ['Python'] }`, a misspelt field) would silently score 0. A ConfigError names the field.
 */
export function assertProfile(profile: unknown): asserts profile is Profile {
  if (typeof profile === 'object' && profile !== null && checked.has(profile)) return;
  const r = Profile.safeParse(profile);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = formatPath(issue.path);
    throw new ConfigError('profile-invalid', `profile: ${field ? `${field}: ` : ''}${issue.message} (a profile is what loadProfile returns)`);
  }
  checked.add(profile as object);
}

export function compareSkills(postingSkills: readonly ExtractedSkill[], profile: Profile, taxonomy: CompiledTaxonomy, groups: readonly AlternativeGroup[] = []): Gap {
  assertProfile(profile);
  const mine = new Map(profile.skills.map((s) => [s.id, s] as const));
  // What the person has: a skill they are learning shows nothing yet.
  const has = profile.skills.filter((s) => s.level !== 'learning');
  const lacks = new Map((profile.lacks ?? []).map((l) => [l.id, l] as const));
  // Degrees and fields of study are shown by education (or a profile's list), never by work done.
  const schooled = has.filter((s) => s.evidence === 'education' || s.evidence === 'listed');
  // One object literal with every field in one order: a single shape for V8 (a spread would not be).
  const item = (s: ExtractedSkill, status: GapItem['status'], yours: ProfileSkill | undefined, why: string | null, transfer: GapItem['transfer'], yearsShort: number | null, credit: number, wording = postingWording(s, taxonomy)): GapItem => ({
    id: s.id,
    label: s.label,
    category: s.category,
    soft: categoryOf(taxonomy, s.category).reading === 'soft-skill',
    learnable: taxonomy.skills.get(s.id)?.learnable !== false,
    importance: s.importance,
    wording,
    asks: s.mentions.length,
    yearsAsked: s.years,
    status,
    yours: yours ? yoursOf(yours) : null,
    why,
    transfer,
    yearsShort,
    credit,
    weight: WEIGHTS[s.importance],
    group: s.group ?? null,
    alternatives: null,
    metBy: null,
  });
  const items: GapItem[] = postingSkills.map((s) => {
    const same = mine.get(s.id);
    if (same?.level === 'learning') return item(s, 'missing', same, 'you are still learning it: not yet a skill to claim', null, null, 0);
    if (same) {
      // (The keyword the posting is read with counts as its wording: a soft skill's label.)
      const asked = new Set(s.mentions.map((m) => wordKey(m.text)));
      // A level the posting's words ask that the person's is below is no keyword to claim: "Fluent
      // German" for German at A2, "Advanced SQL" for basic SQL; the wording without it is.
      let wording = postingWording(s, taxonomy);
      const level = same.level ? askedLevel(wording) : undefined;
      if (level && same.level && levelRank[same.level] < levelRank[level.level]) wording = level.rest || s.label;
      asked.add(wordKey(wording));
      // (A wording of yours that holds the posting's, word for word, is as good: "AWS Lambda" for
      // "Lambda", a keyword search finds it there; it is the keyword then, the more telling one.)
      const holds = (w: string) => {
        const mine = ` ${wordKey(w)} `;
        for (const a of asked) if (a !== '' && mine.includes(` ${a} `)) return true;
        return false;
      };
      const exact = same.wordings.some((w) => asked.has(wordKey(w)));
      const holding = exact ? undefined : same.wordings.find(holds);
      if (holding) wording = holding;
      const status = exact || holding ? 'matched' : 'reworded';
      const yearsShort = s.years !== null && same.years !== null && same.years < s.years ? s.years - same.years : null;
      const why = same.level === 'beginner' ? `you know ${same.label} a little (${LEVEL_CREDIT.beginner * 100}% credit)` : null;
      return item(s, status, same, why, null, yearsShort, CREDIT[status] * yearsFactor(s.years, same.years) * levelFactor(same.level), wording);
    }
    const lack = lacks.get(s.id);
    if (lack) return item(s, 'missing', undefined, `your resume says: "${lack.line}"`, null, null, 0);
    // A skill that meets the requirement in full: a Master's for a Bachelor's, a physics degree for a quantitative field.
    const kind = categoryOf(taxonomy, s.category).kindMeets;
    const meets = (kind ? schooled : has).find((p) => taxonomy.meetsOf(p.id).includes(s.id) || (kind && taxonomy.ancestorsOf(p.id).includes(s.id)));
    if (meets) return item(s, 'transferable', meets, `your ${meets.label} meets ${s.label}`, 'meets', null, CREDIT.matched * levelFactor(meets.level));
    // "Bachelor's degree or equivalent experience": years of work stand in for it, in part.
    if (s.orExperience) {
      const years = profile.experienceYears ?? 0;
      if (years >= EQUIVALENT_YEARS) return item(s, 'transferable', undefined, `the posting accepts equivalent experience: you have ${years} years of dated roles`, 'experience', null, CREDIT.transferable);
    }
    const child = nearestDescendant(s.id, has, taxonomy);
    if (child) return item(s, 'transferable', child, `${child.label} is a kind of ${s.label}`, 'child', null, CHILD_CREDIT * levelFactor(child.level));
    // A service of the asked platform shows the platform used, in part ("Trained models in SageMaker"
    // for "AWS"), as a child shows its parent; never the other way: AWS shows no SageMaker.
    const part = has.find((p) => taxonomy.wholesOf(p.id).includes(s.id));
    if (part) return item(s, 'transferable', part, `you used ${s.label} through ${part.label}, a part of it`, 'part', null, CHILD_CREDIT * levelFactor(part.level));
    const related = taxonomy.related.get(s.id);
    const peer = related && has.find((p) => related.has(p.id));
    if (peer) return item(s, 'transferable', peer, `you know ${peer.label}, related to ${s.label}`, 'related', null, CREDIT.transferable);
    return item(s, 'missing', undefined, s.orExperience ? `the posting accepts equivalent experience instead (${EQUIVALENT_YEARS}+ years of dated roles count)` : null, null, null, 0);
  });
  groups.forEach((_, g) => countOnce(items.filter((i) => i.group === g)));
  return { items, score: score(items) };
}

/**
 * A group of alternatives counts once: the member the person meets best (by status, then credit)
 * carries the weight and names the others; the others weigh nothing, and point to it when it is met.
 */
function countOnce(members: GapItem[]): void {
  if (members.length < 2) return;
  const best = members.reduce((a, b) => (STATUSES.indexOf(b.status) < STATUSES.indexOf(a.status) || (b.status === a.status && b.credit > a.credit) ? b : a));
  best.alternatives = members.filter((m) => m !== best).map((m) => m.label);
  // The group asks as strongly as its most important member.
  const weight = Math.max(...members.map((m) => m.weight));
  const importance = members.find((m) => m.weight === weight)!.importance;
  best.weight = weight;
  best.importance = importance;
  for (const m of members) {
    if (m === best) continue;
    m.weight = 0;
    m.credit = 0;
    m.metBy = best.status === 'missing' ? null : best.id;
  }
}
