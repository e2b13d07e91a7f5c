import type { MentionReader } from '../read/index.js';
import { isUpper } from '../read/mentions.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import type { SkillEntry } from '../taxonomy/schema.js';
import type { Match } from './match.js';

/** How many tokens a word for a certification may stand before the list it leads in ("certifications in either Tableau or ..."). */
const LEAD_REACH = 3;

const twinsOf = new WeakMap<CompiledTaxonomy, ReadonlyMap<string, SkillEntry>>();

/**
 * Skill id -> the certification of it: a skill of category certification that `requires` that
 * skill alone, the most general one where several do (AWS Certification, not one of its exams).
 * Built once per taxonomy.
 */
function certificationTwins(taxonomy: CompiledTaxonomy): ReadonlyMap<string, SkillEntry> {
  let twins = twinsOf.get(taxonomy);
  if (!twins) {
    const of = new Map<string, SkillEntry[]>();
    for (const s of taxonomy.skills.values()) {
      if (s.category !== 'certification' || s.requires?.length !== 1) continue;
      const tool = s.requires[0]!;
      of.set(tool, [...(of.get(tool) ?? []), s]);
    }
    const map = new Map<string, SkillEntry>();
    for (const [tool, certs] of of) {
      const ids = new Set(certs.map((c) => c.id));
      const general = certs.filter((c) => !taxonomy.ancestorsOf(c.id).some((a) => ids.has(a)));
      if (general.length === 1) map.set(tool, general[0]!);
    }
    twinsOf.set(taxonomy, (twins = map));
  }
  return twins;
}

/**
 * Tools and frameworks listed as certifications become those certifications: "Preferred
 * certifications: ITIL V3, TOGAF", "certifications in either Tableau or Salesforce", "AWS or Azure
 * Certifications" ask for the certification of each, not for the practice (vocab
 * `certificationWords`, a word of which leads the list in, a few words before its first member, or
 * closes a list of choices, right after its last; or a certification of a tool such a list ends
 * with: "SQL Server, Power BI or Azure Certification"). Only a skill the taxonomy has a certification
 * of changes. Replaces the matches in place: offsets stay.
 */
export function asCertifications(matches: Match[], reader: MentionReader, taxonomy: CompiledTaxonomy): void {
  const words = reader.reading.vocab.certificationWords;
  // (Most postings name no certification: their lists are never walked.)
  if (words.size === 0 || !reader.reading.vocab.certificationGate.test(reader.reading.flow)) return;
  const twins = certificationTwins(taxonomy);
  if (twins.size === 0) return;
  const { tokens } = reader;
  const flow = reader.reading.flow;
  const isWord = (k: number) => k >= 0 && k < tokens.count && words.has(tokens.keyHashOf(k));
  // Each list of mentions once, in one pass (a text of one long list reads in linear time).
  for (let first = 0; first < matches.length; ) {
    let last = first;
    let choice = false;
    let joined = false;
    let twinned = twins.has(matches[first]!.skill.id);
    for (; last + 1 < matches.length; last++) {
      const gap = reader.listGap(matches[last]!, matches[last + 1]!);
      if (gap === 'break') break;
      if (gap === 'or') choice = true;
      else if (gap === 'and') joined = true;
      twinned ||= twins.has(matches[last + 1]!.skill.id);
    }
    const next = last + 1;
    if (!twinned) {
      first = next;
      continue;
    }
    const end = matches[last]!;
    // Closed by the word, or by a certification of a tool the list ends with ("... or Azure
    // Certification"): a choice only ("AWS or Azure Certifications"; in "Python, SQL and Tableau
    // certification" the word is Tableau's alone).
    let certified = choice && !joined && ((end.skill.category === 'certification' && end.skill.requires?.length === 1) || (isWord(end.last) && /^[ \t-]*$/.test(flow.slice(end.end, tokens.start[end.last]!))));
    // Led in: "certifications: ITIL", "certifications in either Tableau or", no stop between.
    const start = matches[first]!;
    // (Not past a capitalised word after a word in lower case, a sentence's start where the line
    // breaks were lost: "Epic Clarity certification Experience with dbt or Snowflake".)
    for (let k = start.first - 1; !certified && k >= 0 && k >= start.first - LEAD_REACH; k--) {
      if (/[.;!?\n]/.test(flow.slice(tokens.end[k]!, k + 1 < tokens.count ? tokens.start[k + 1]! : start.start))) break;
      if (isWord(k)) certified = true;
      else if (k > 0 && isUpper(flow.charCodeAt(tokens.start[k]!)) && !isUpper(flow.charCodeAt(tokens.start[k - 1]!)) && !isUpper(flow.charCodeAt(tokens.start[k]! + 1))) break;
    }
    if (certified) {
      for (let k = first; k <= last; k++) {
        const twin = twins.get(matches[k]!.skill.id);
        if (twin) matches[k] = { ...matches[k]!, skill: twin };
      }
    }
    first = next;
  }
}
