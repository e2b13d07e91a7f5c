import type { MentionReader } from '../read/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import type { SkillEntry } from '../taxonomy/schema.js';
import type { Match } from './match.js';

/** How far back through a list of fields a degree may stand ("a BS in Statistics, Economics, Business Analytics, Data Science, ..."). */
const MAX_FIELDS = 12;

const twinsOf = new WeakMap<CompiledTaxonomy, ReadonlyMap<string, SkillEntry>>();

/** Skill id -> the field of study it names in a degree (the taxonomy's `inDegree`), built once per taxonomy. */
function degreeTwins(taxonomy: CompiledTaxonomy): ReadonlyMap<string, SkillEntry> {
  let twins = twinsOf.get(taxonomy);
  if (!twins) {
    const map = new Map<string, SkillEntry>();
    for (const s of taxonomy.skillsWith('inDegree')) for (const id of s.inDegree ?? []) map.set(id, s);
    twinsOf.set(taxonomy, (twins = map));
  }
  return twins;
}

/**
 * Skills named as the field of a degree become that field of study: in "a Master's in Business
 * Analytics, Data Analytics or Data Science" the posting asks for a data science degree, not for
 * the practice of data science (a field's `inDegree`). A mention is a degree's field when the list it
 * stands in runs back, mention by mention, to a degree, with no words of experience between the
 * degree and the list ("a Bachelor's degree and experience in data science" asks for the practice).
 * Replaces the matches in place: offsets stay.
 */
export function asDegreeFields(matches: Match[], reader: MentionReader, taxonomy: CompiledTaxonomy): void {
  const twins = degreeTwins(taxonomy);
  if (twins.size === 0) return;
  for (let i = 0; i < matches.length; i++) {
    const field = twins.get(matches[i]!.skill.id);
    if (field && inDegreeFields(matches, i, reader)) matches[i] = { ...matches[i]!, skill: field };
  }
}

/**
 * Whether match i stands in the list of a degree's fields: the list runs back, mention by mention,
 * to a degree, with no words of experience or of work (`alternatives.yearsBridge`) between the
 * degree and the list ("a BS degree in Physics, Mathematics"; not "a Bachelor's degree and
 * experience in data science", nor "postdoctoral experience building and validating models").
 */
export function inDegreeFields(matches: readonly Match[], i: number, reader: MentionReader): boolean {
  const vocab = reader.reading.vocab;
  for (let k = i; k > 0 && i - k < MAX_FIELDS; k--) {
    const before = matches[k - 1]!;
    const here = matches[k]!;
    const degree = before.skill.category === 'degree';
    // (Between the degree and its first field, a few words that lead to the field do too: "a Master's
    // degree, preferably, in finance or data science"; see MentionReader.degreeLead.)
    if (reader.listGap(before, here, true) === 'break' && !(degree && reader.degreeLead(before, here))) return false;
    if (!degree) continue;
    // (Time spent, not a degree (the taxonomy's `years`), is spent in what follows it: "3 years of postdoctoral
    // experience in immunology" asks three years of immunology, its name holding the experience word.)
    if (before.skill.years === true) return false;
    let worked = false;
    vocab.experience.each(reader.tokens, before.last, here.first, () => (worked = true));
    if (!worked) vocab.alternatives.each(reader.tokens, before.last, here.first, (tag) => (worked ||= tag === 'yearsBridge'));
    return !worked;
  }
  return false;
}

/**
 * Whether match i stands in one list with a field of study, mention by mention either way ("5 years in
 * physics, statistics or a similar field"): a list of fields, not of skills.
 */
export function listedWithField(matches: readonly Match[], i: number, reader: MentionReader): boolean {
  for (let k = i; k > 0 && i - k < MAX_FIELDS && reader.listGap(matches[k - 1]!, matches[k]!, true) !== 'break'; k--) if (matches[k - 1]!.skill.category === 'field-of-study') return true;
  for (let k = i; k + 1 < matches.length && k - i < MAX_FIELDS && reader.listGap(matches[k]!, matches[k + 1]!, true) !== 'break'; k++) if (matches[k + 1]!.skill.category === 'field-of-study') return true;
  return false;
}
