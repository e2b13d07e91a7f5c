import { phraseKeys, tokenize } from '../lexicon/index.js';
import { ambiguityBlocks, buildForms, pluralOf, rawTokens, writtenForms } from './compile.js';
import type { SkillEntry } from './schema.js';
import { bundledCategories } from './categories.js';
import { createRequire } from 'node:module';

/** One problem found across entries, already phrased as `file:line: skill 'id': what`. */
export type TaxonomyProblem = string;

const where = (s: SkillEntry) => `${s.source.file}:${s.source.line}: skill '${s.id}'`;

/**
 * Checks that need the whole taxonomy: unique ids, references that exist, a parent graph without
 * cycles, forms the tokenizer can produce, and no form claimed by two skills.
 */
export function findProblems(entries: readonly SkillEntry[], categories: ReadonlyMap<string, unknown> = bundledCategories()): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const byId = new Map<string, SkillEntry>();
  for (const s of entries) {
    const prior = byId.get(s.id);
    if (prior) problems.push(`${where(s)}: id already used at ${prior.source.file}:${prior.source.line}`);
    else byId.set(s.id, s);
  }
  for (const s of entries) {
    if (!categories.has(s.category)) problems.push(`${where(s)}: category '${s.category}' is not one of taxonomies/meta/categories.yaml${closest(s.category, [...categories.keys()])}`);
    for (const field of ['parents', 'related', 'usedFor', 'partOf', 'requires', 'meets', 'inDegree'] as const) {
      for (const ref of s[field] ?? []) {
        if (ref === s.id) problems.push(`${where(s)}: ${field} lists the skill itself`);
        else if (!byId.has(ref)) problems.push(`${where(s)}: ${field} names '${ref}', which is not a skill`);
      }
    }
    const forms = writtenForms(s);
    for (const b of s.inContext ?? []) {
      if (b.means === s.id) problems.push(`${where(s)}: inContext means the skill itself`);
      else if (!byId.has(b.means)) problems.push(`${where(s)}: inContext means '${b.means}', which is not a skill`);
      for (const f of b.forms ?? []) if (!forms.includes(f)) problems.push(`${where(s)}: inContext.forms names '${f}', which is neither its label nor an alias`);
    }
    const blocks = ambiguityBlocks(s);
    for (const f of blocks.flatMap((b) => b.forms ?? [])) {
      if (!forms.includes(f)) problems.push(`${where(s)}: ambiguity.forms names '${f}', which is neither its label nor an alias`);
    }
    // A form takes the first block that names it (or the first that names none): a later one would be silently ignored.
    const named = new Map<string, number>();
    blocks.forEach((b, k) => {
      for (const f of new Set(b.forms ?? [])) {
        const first = named.get(f);
        if (first === undefined) named.set(f, k);
        else problems.push(`${where(s)}: ambiguity block ${k + 1} names '${f}', which block ${first + 1} already names: only the first block's rules apply to it (merge the rules into one block)`);
      }
    });
    if (blocks.filter((b) => !b.forms).length > 1) problems.push(`${where(s)}: more than one ambiguity block without forms: only the first applies to the forms no block names`);
    for (const f of forms) {
      const read = tokenize(f).map((t) => t.raw).join('');
      if (read !== f.replace(/[\s\-‐‑]+/g, '')) {
        problems.push(`${where(s)}: form '${f}' cannot be produced by the tokenizer (it reads '${tokenize(f).map((t) => t.raw).join(' ')}')`);
      }
    }
  }
  problems.push(...findBypassedCaseRules(entries));
  problems.push(...findRepeatedPlurals(entries));
  problems.push(...findCycles(byId));
  problems.push(...findCycles(byId, 'requires'));
  problems.push(...findClaimedTwice(entries));
  return problems;
}

/** ' (did you mean x?)' for the name nearest a misspelt one, when one is near. */
function closest(name: string, names: readonly string[]): string {
  // Jaro-Winkler (@skyra/jaro-winkler), loaded only on a problem.
  const { jaroWinkler } = createRequire(import.meta.url)('@skyra/jaro-winkler') as typeof import('@skyra/jaro-winkler');
  let best: string | undefined;
  let bestScore = 0;
  for (const n of names) {
    const score = jaroWinkler(name, n);
    if (score > bestScore) [best, bestScore] = [n, score];
  }
  return best && bestScore >= 0.85 ? ` (did you mean '${best}'?)` : '';
}

/** A form without rules that reads like a case-sensitive form of the same skill makes its case rule moot (Photoshop vs PhotoShop). */
function findBypassedCaseRules(entries: readonly SkillEntry[]): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const byKey = new Map<string, { strict?: string; loose?: string; skill: SkillEntry }>();
  for (const f of buildForms(entries)) {
    if (f.plural) continue;
    const key = `${f.skill.id}\u0000${f.raw.join(' ').toLowerCase()}`;
    const slot = byKey.get(key) ?? { skill: f.skill };
    if (f.rule?.caseSensitive) slot.strict ??= f.form;
    else if (!f.rule) slot.loose ??= f.form;
    byKey.set(key, slot);
  }
  for (const { strict, loose, skill } of byKey.values()) {
    if (strict && loose) problems.push(`${where(skill)}: form '${loose}' has no rules, so the case rule on '${strict}' never applies (name it in ambiguity.forms or drop it)`);
  }
  return problems;
}

/**
 * An alias that is the plural the compiler adds anyway ("LLMs" beside "LLM", "neural networks"
 * beside "neural network"), under the same rule: it only makes the list longer.
 */
export function findRepeatedPlurals(entries: readonly SkillEntry[]): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  for (const s of entries) {
    const aliases = s.aliases ?? [];
    if (aliases.length === 0) continue;
    const blocks = ambiguityBlocks(s);
    const blockOf = (form: string) => blocks.find((b) => b.forms?.includes(form)) ?? blocks.find((b) => !b.forms);
    const plurals = new Map<string, string>();
    for (const w of writtenForms(s)) {
      const raw = rawTokens(w);
      const plural = pluralOf(raw);
      if (!plural) continue;
      const sig = [...raw.slice(0, -1), plural].join(' ');
      plurals.set(blockOf(w)?.caseSensitive ? sig : sig.toLowerCase(), w);
    }
    for (const a of aliases) {
      const raw = rawTokens(a).join(' ');
      const from = plurals.get(blockOf(a)?.caseSensitive ? raw : raw.toLowerCase());
      if (from !== undefined && from !== a && blockOf(from) === blockOf(a)) problems.push(`${where(s)}: alias '${a}' is the plural the compiler adds for '${from}' (drop it)`);
    }
  }
  return problems;
}

function findCycles(byId: ReadonlyMap<string, SkillEntry>, field: 'parents' | 'requires' = 'parents'): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const state = new Map<string, 1 | 2>(); // 1 visiting, 2 done
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) {
      const cycle = path.slice(path.indexOf(id));
      problems.push(`${where(byId.get(id)!)}: ${field} form a cycle: ${[...cycle, id].join(' -> ')}`);
      return;
    }
    state.set(id, 1);
    for (const p of byId.get(id)?.[field] ?? []) if (byId.has(p)) visit(p, [...path, id]);
    state.set(id, 2);
  };
  for (const id of byId.keys()) visit(id, []);
  return problems;
}

function findClaimedTwice(entries: readonly SkillEntry[]): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const byKey = new Map<string, { skill: SkillEntry; form: string; exact: string | undefined }[]>();
  for (const f of buildForms(entries)) {
    if (f.plural) continue;
    const key = f.raw.map((r) => phraseKeys(r)[0] ?? r).join(' ');
    const list = byKey.get(key) ?? [];
    list.push({ skill: f.skill, form: f.form, exact: f.rule?.caseSensitive ? f.raw.join(' ') : undefined });
    byKey.set(key, list);
  }
  for (const list of byKey.values()) {
    const ids = new Set(list.map((x) => x.skill.id));
    if (ids.size < 2) continue;
    // Two skills may share a key only when each writes it with an exact, different casing (SAS vs sas).
    const exact = list.map((x) => x.exact);
    if (exact.every((e) => e !== undefined) && new Set(exact).size === exact.length) continue;
    const [a, b] = [list[0]!, list.find((x) => x.skill.id !== list[0]!.skill.id)!];
    problems.push(`${where(b.skill)}: form '${b.form}' is also claimed by '${a.skill.id}' (${a.skill.source.file}:${a.skill.source.line}, as '${a.form}')`);
  }
  return problems;
}
