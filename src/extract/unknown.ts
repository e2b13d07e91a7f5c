import { createRequire } from 'node:module';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { matchText } from './match.js';
import { Gap, tokenize } from '../lexicon/index.js';
import { byText } from '../compare-text.js';

export interface UnknownTerm {
  term: string;
  count: number;
  /** A known skill this may be a spelling of ("Tensorflow2" -> tensorflow), for an overlay alias. */
  similar: string | null;
}

/** Acronyms and symbols that are common in postings and are not skills. */
const NOT_SKILLS = new Set(
  'us usa uk eu eea emea apac latam ceo cto cfo coo cpo vp svp evp hr pto faq ok am pm et pt est pst cet utc llc inc ltd gmbh co nyc sf la dc tbd asap fte usd eur gbp id q1 q2 q3 q4 h1 h2 ii iii iv w2 1099 401k eeo ada ofccp dei kpi kpis okr okrs roi b2b b2c saas ie eg etc vs'.split(' '),
);

/** Does a token look like a technology name: inner capitals, letters with digits, dots, ++/#, or a short acronym? */
export function looksTechnical(raw: string): boolean {
  if (raw.length < 2 || NOT_SKILLS.has(raw.toLowerCase())) return false;
  if (/^\d+(\.\d+)*\+?$/.test(raw)) return false; // numbers, versions alone
  if (/^\d+(st|nd|rd|th|k|m|am|pm)\+?$/i.test(raw)) return false; // 21st, 60k, 30pm
  if (/www\.|\.(com|org|gov|edu|ly|aspx|html?)$/i.test(raw)) return false; // addresses
  if (/^(e\.g|i\.e|a\.m|p\.m|d\.c|p\.l\.c)$/i.test(raw)) return false; // abbreviations
  if (/\p{Ll}\p{Lu}/u.test(raw) && /^\p{Lu}?\p{Ll}/u.test(raw)) return true; // camelCase / PascalCase inner capital: LangGraph, gRPC
  if (/\p{L}/u.test(raw) && /\d/.test(raw) && raw.length <= 12) return true; // S3, K8s, GPT4o, Llama3
  if (/\p{L}\.\p{L}/u.test(raw) || /^\./.test(raw) || /(\+\+|#)$/.test(raw)) return true; // Vue.js, .NET, F#
  return /^\p{Lu}{2,5}s?$/u.test(raw); // acronyms: CDK, MLIR
}

/**
 * Frequent technical-looking terms of a text that the taxonomy does not know: single tokens and
 * pairs like "Apache Pinot", most frequent first. Material for a user's taxonomy overlay.
 */
export function unknownTerms(text: string, taxonomy: CompiledTaxonomy, limit = 15): UnknownTerm[] {
  const tokens = tokenize(text);
  const covered = new Uint8Array(tokens.length);
  // (By offsets: the matcher's tokens may split a glued pair that these keep whole.)
  let t = 0;
  for (const m of matchText(text, taxonomy)) {
    while (t < tokens.length && tokens[t]!.end <= m.start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < m.end; k++) covered[k] = 1;
  }
  const lower = new Set(tokens.filter((t) => t.raw === t.key).map((t) => t.key));
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.raw.length > 40) continue;
    const tech = looksTechnical(t.raw) && !(t.raw === t.raw.toUpperCase() && lower.has(t.key));
    const next = tokens[i + 1];
    // "Apache Pinot", "Ray Serve": a capitalized pair with at least one technical-looking or product-prefixed word.
    if (next && !covered[i + 1] && next.gap === Gap.join && /^\p{Lu}/u.test(t.raw) && /^\p{Lu}/u.test(next.raw)) {
      if (tech || looksTechnical(next.raw) || /^(apache|aws|azure|google|amazon|microsoft|ibm|oracle|sap)$/i.test(t.raw)) {
        add(`${t.raw} ${next.raw}`);
        i++;
        continue;
      }
    }
    if (tech) add(t.raw);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).slice(0, limit);
  const similar = similarityIndex(taxonomy);
  return ranked.map(([term, count]) => ({ term, count, similar: similar(term) }));
}

/** The closest known skill by Jaro-Winkler on labels and aliases (@skyra/jaro-winkler: loaded only here). */
function similarityIndex(taxonomy: CompiledTaxonomy): (term: string) => string | null {
  const { jaroWinkler: jw } = createRequire(import.meta.url)('@skyra/jaro-winkler') as typeof import('@skyra/jaro-winkler');
  const names = taxonomy.forms.filter((f) => !f.plural).map((f) => [f.form.toLowerCase(), f.skill.id] as const);
  return (term) => {
    const t = term.toLowerCase();
    let best: string | null = null;
    let score = 0.9;
    for (const [name, id] of names) {
      if (name[0] !== t[0] || Math.abs(name.length - t.length) > 4) continue;
      const s = jw(name, t);
      if (s > score) [best, score] = [id, s];
    }
    return best;
  };
}
