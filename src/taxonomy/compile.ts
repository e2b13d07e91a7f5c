import { keyHash, normalizeKey, tokenize } from '../lexicon/index.js';
import type { Ambiguity, SkillEntry } from './schema.js';
import { bundledCategories, type CategoryInfo } from './categories.js';
import { ROOT, TokenTrie } from '../lexicon/index.js';

/** Categories whose skills do not vouch for an ambiguous technical term nearby. */

export interface CompiledRule {
  caseSensitive: boolean;
  needsContext: boolean;
  contextFromSkills: boolean;
  context: readonly (readonly string[])[];
  window: number;
  notFollowedBy: readonly (readonly string[])[];
  notPrecededBy: readonly (readonly string[])[];
  notAfterSkill: boolean;
  /**
   * Key hashes of the key each phrase touches the form with: the first of each notFollowedBy and
   * context phrase, the last of each notPrecededBy phrase. The matcher compares these integers
   * before any string. Worked out by withEdges; stored as arrays in the build's cache.
   */
  edges: { next: Int32Array; prev: Int32Array; context: Int32Array; commaNext: boolean };
}

/** Whether a phrase is written after a comma ("Spring, TX"): the only kind of `notFollowedBy` looked at where no join follows the form. */
export const hasCommaPhrase = (phrases: readonly (readonly string[])[]) => phrases.some((p) => p[0] === COMMA);

/** A rule's edge hashes (see CompiledRule.edges), worked out from its phrases. */
export function withEdges(rule: Omit<CompiledRule, 'edges'>): CompiledRule {
  const hashes = (phrases: readonly (readonly string[])[], pick: (p: readonly string[]) => string) => Int32Array.from(phrases, (p) => keyHash(pick(p)));
  return {
    ...rule,
    edges: {
      next: hashes(rule.notFollowedBy, (p) => (p[0] === COMMA && p.length > 1 ? p[1]! : p[0]!)),
      prev: hashes(rule.notPrecededBy, (p) => p[p.length - 1]!),
      context: hashes(rule.context, (p) => p[0]!),
      commaNext: hasCommaPhrase(rule.notFollowedBy),
    },
  };
}

/** One way of writing a skill, as it sits at the end of a trie path. */
export interface FormEntry {
  readonly skill: SkillEntry;
  /** The form as written in the taxonomy (for a plural, the singular it was made from). */
  readonly form: string;
  /** Raw token texts of the form (a plural's last one with its s), for case-sensitive comparison. */
  readonly raw: readonly string[];
  readonly rule: CompiledRule | undefined;
  /** An automatic plural (LLMs, neural networks) rather than a written alias. */
  readonly plural: boolean;
}

export interface CompiledTaxonomy {
  skills: ReadonlyMap<string, SkillEntry>;
  trie: TokenTrie<FormEntry>;
  /** Ancestors of a skill through `parents`, nearest first (computed on first use). */
  ancestorsOf(id: string): readonly string[];
  /** `related` made symmetric. */
  related: ReadonlyMap<string, ReadonlySet<string>>;
  /** What a skill meets in full, through `meets` and on through their own (computed on first use). */
  meetsOf(id: string): readonly string[];
  /** The platforms a skill is a part of, through `partOf` and on through theirs (computed on first use). */
  wholesOf(id: string): readonly string[];
  /** Every form of every skill (label, aliases, plurals), for validation and search. */
  forms: readonly FormEntry[];
  /** What the code needs to know of each category (taxonomies/meta/categories.yaml). */
  categories: ReadonlyMap<string, CategoryInfo>;
  /** The skills that have a `field` (a field of study's `inDegree`, a title's `roleTitles`, resume `evidence`), without reading every skill. */
  skillsWith(field: IndexedField): readonly SkillEntry[];
}

/** The fields whose skills are looked up across the whole taxonomy (see CompiledTaxonomy.skillsWith). */
export const INDEXED_FIELDS = ['inDegree', 'roleTitles', 'evidence'] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

/** Whether a skill has a non-empty `field`. */
export const hasField = (s: SkillEntry, field: IndexedField): boolean => (s[field]?.length ?? 0) > 0;

/** What a category is, for a category the file does not list (an overlay's): a technical skill. */
const PLAIN: CategoryInfo = { id: '', technical: true, years: true, kindMeets: false, discipline: false, orExperience: false, tool: false, reading: 'skill' };

/** The category of a skill, as the code reads it. */
export function categoryOf(t: Pick<CompiledTaxonomy, 'categories'>, category: string): CategoryInfo {
  return t.categories.get(category) ?? PLAIN;
}

export const rawTokens = (phrase: string) => tokenize(phrase).map((t) => t.raw);

const keysOf = (phrases: readonly string[] | undefined) => (phrases ?? []).map((p) => rawTokens(p).map(normalizeKey)).filter((k) => k.length > 0);

/** A skill's `inContext` block, compiled: the skill meant, the forms it covers, its words' keys and their first keys' hashes. */
export interface CompiledSense {
  means: string;
  forms: ReadonlySet<string> | undefined;
  context: readonly (readonly string[])[];
  hashes: Int32Array;
  window: number;
}

const senses = new WeakMap<SkillEntry, readonly CompiledSense[]>();

/** A skill's `inContext` blocks, compiled on first use (a few skills have any). */
export function sensesOf(skill: SkillEntry): readonly CompiledSense[] {
  let out = senses.get(skill);
  if (!out) {
    out = (skill.inContext ?? []).map((b) => {
      const context = keysOf(b.context);
      return { means: b.means, forms: b.forms ? new Set(b.forms) : undefined, context, hashes: Int32Array.from(context, (p) => keyHash(p[0]!)), window: b.window ?? 8 };
    });
    senses.set(skill, out);
  }
  return out;
}

/** The first key of a notFollowedBy phrase written after a comma (", TX"): the words follow the form after a comma, not joined to it. */
export const COMMA = ',';

/** notFollowedBy's keys; a phrase that opens with a comma keeps it as its first key (", Texas"). */
const followKeysOf = (phrases: readonly string[] | undefined) =>
  (phrases ?? []).map((p) => {
    const keys = rawTokens(p).map(normalizeKey);
    return /^\s*,/.test(p) && keys.length > 0 && keys[0] !== COMMA ? [COMMA, ...keys] : keys;
  }).filter((k) => k.length > 0);

/** The rule blocks of a skill, compiled; `forms` undefined means the block covers every other form. */
function compileRules(skill: SkillEntry): { rule: CompiledRule; forms: Set<string> | undefined }[] {
  return ambiguityBlocks(skill).map((a) => ({
    forms: a.forms ? new Set(a.forms) : undefined,
    rule: withEdges({
      caseSensitive: a.caseSensitive ?? false,
      needsContext: a.needsContext ?? false,
      contextFromSkills: a.contextFromSkills ?? true,
      context: keysOf(a.context),
      window: a.window ?? 8,
      notFollowedBy: followKeysOf(a.notFollowedBy),
      notPrecededBy: keysOf(a.notPrecededBy),
      notAfterSkill: a.notAfterSkill ?? false,
    }),
  }));
}

/** A skill's ambiguity rules as a list: one block, several, or none. */
export function ambiguityBlocks(skill: Pick<SkillEntry, 'ambiguity'>): Ambiguity[] {
  const a = skill.ambiguity;
  return a === undefined ? [] : Array.isArray(a) ? a : [a];
}

/** The written forms of a skill: its label and aliases, deduplicated by key. */
export function writtenForms(skill: SkillEntry): string[] {
  return [skill.label, ...(skill.aliases ?? [])];
}

/** The plural the compiler adds for a form's last word (LLM -> LLMs, neural network -> neural networks), if any. */
export function pluralOf(raw: readonly string[]): string | undefined {
  const last = raw[raw.length - 1];
  if (!last || !/^\p{L}+$/u.test(last) || /s$/i.test(last)) return undefined;
  const acronym = last.length >= 2 && last === last.toUpperCase();
  const multiWord = raw.length >= 2 && last.length >= 3 && !/[^a-z]/.test(last);
  if (!acronym && !multiWord) return undefined;
  return `${last}s`;
}

export function buildForms(skills: Iterable<SkillEntry>): FormEntry[] {
  const forms: FormEntry[] = [];
  for (const skill of skills) {
    if (skill.abstract) continue;
    const blocks = compileRules(skill);
    // A form takes the first block that names it, else the first block that names no forms.
    const ruleFor = (form: string) => (blocks.find((b) => b.forms?.has(form)) ?? blocks.find((b) => !b.forms))?.rule;
    const seen = new Set<string>();
    const add = (form: string, raw: string[], plural: boolean) => {
      const rule = ruleFor(form);
      // Case-sensitive forms are distinct by exact casing (LLaMA and Llama); others by key.
      const sig = (rule?.caseSensitive ? raw.join(' ') : raw.join(' ').toLowerCase()) + (rule ? '\u0001' : '');
      if (seen.has(sig)) return;
      seen.add(sig);
      forms.push({ skill, form, raw, rule, plural });
    };
    for (const form of writtenForms(skill)) {
      const raw = rawTokens(form);
      if (raw.length === 0) continue;
      add(form, raw, false);
      const plural = pluralOf(raw);
      if (plural) add(form, [...raw.slice(0, -1), plural], true);
    }
  }
  return forms;
}

const keyOf = (raw: readonly string[]) => raw.map(normalizeKey);

/** Build the token trie. Plural variants never shadow a form written in the data. */
export function buildTrie(forms: readonly FormEntry[]): TokenTrie<FormEntry> {
  const trie = new TokenTrie<FormEntry>();
  const insert = (f: FormEntry) => {
    const keys = keyOf(f.raw);
    if (keys.length === 0) return;
    let node = ROOT;
    for (const key of keys) node = trie.add(node, key);
    const entries = trie.entries[node];
    if (!f.plural) (trie.entries[node] ??= []).push(f);
    else if (!entries) trie.entries[node] = [f];
    else if (entries.every((e) => e.plural)) entries.push(f);
  };
  for (const f of forms) if (!f.plural) insert(f);
  for (const f of forms) if (f.plural) insert(f);
  trie.fillBits();
  return trie;
}

/** The skills map, ancestors (computed on first use) and symmetric `related` of a list of entries. */
export function compileRelations(entries: readonly SkillEntry[]): Pick<CompiledTaxonomy, 'skills' | 'ancestorsOf' | 'related' | 'meetsOf' | 'wholesOf' | 'skillsWith'> {
  const skills = new Map(entries.map((e) => [e.id, e] as const));
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!related.has(a)) related.set(a, new Set());
    related.get(a)!.add(b);
  };
  for (const s of entries) for (const r of s.related ?? []) if (skills.has(r)) (link(s.id, r), link(r, s.id));
  const withField = new Map<IndexedField, SkillEntry[]>();
  const skillsWith = (field: IndexedField) => {
    let list = withField.get(field);
    if (!list) withField.set(field, (list = entries.filter((s) => hasField(s, field))));
    return list;
  };
  return { skills, related, ...skillWalks(skills), skillsWith };
}

/** Ancestors through `parents`, what a skill meets through `meets` and the platforms it is part of, each worked out on first use. */
export function skillWalks(skills: ReadonlyMap<string, SkillEntry>): Pick<CompiledTaxonomy, 'ancestorsOf' | 'meetsOf' | 'wholesOf'> {
  const ancestors = new Map<string, string[]>();
  const walk = (id: string, trail: Set<string>): string[] => {
    const done = ancestors.get(id);
    if (done) return done;
    const out: string[] = [];
    for (const p of skills.get(id)?.parents ?? []) {
      if (trail.has(p) || !skills.has(p)) continue;
      trail.add(p);
      for (const a of [p, ...walk(p, trail)]) if (!out.includes(a)) out.push(a);
      trail.delete(p);
    }
    ancestors.set(id, out);
    return out;
  };
  // (`meets` and `partOf` are followed on the same way: breadth first, each target once.)
  const closure = (field: 'meets' | 'partOf') => {
    const done = new Map<string, string[]>();
    return (id: string): string[] => {
      let out = done.get(id);
      if (out) return out;
      out = [];
      done.set(id, out);
      const todo = [...(skills.get(id)?.[field] ?? [])];
      while (todo.length > 0) {
        const m = todo.shift()!;
        if (m === id || out.includes(m) || !skills.has(m)) continue;
        out.push(m);
        todo.push(...(skills.get(m)?.[field] ?? []));
      }
      return out;
    };
  };
  return { ancestorsOf: (id) => ancestors.get(id) ?? walk(id, new Set([id])), meetsOf: closure('meets'), wholesOf: closure('partOf') };
}

export function compileTaxonomy(entries: readonly SkillEntry[], categories: ReadonlyMap<string, CategoryInfo> = bundledCategories()): CompiledTaxonomy {
  const forms = buildForms(entries);
  return { ...compileRelations(entries), trie: buildTrie(forms), forms, categories };
}
