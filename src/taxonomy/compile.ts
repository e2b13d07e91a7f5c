import { normalizeKey, tokenize } from '../extract/tokenize.js';
import type { Ambiguity, SkillEntry } from './schema.js';

/** Categories whose skills do not vouch for an ambiguous technical term nearby. */
export const NON_TECHNICAL_CATEGORIES: ReadonlySet<string> = new Set([
  'soft-skill',
  'spoken-language',
  'degree',
  'field-of-study',
  'industry',
]);

export interface CompiledRule {
  caseSensitive: boolean;
  needsContext: boolean;
  contextFromSkills: boolean;
  context: readonly (readonly string[])[];
  window: number;
  notFollowedBy: readonly (readonly string[])[];
  notPrecededBy: readonly (readonly string[])[];
}

/** One way of writing a skill, as it sits at the end of a trie path. */
export interface FormEntry {
  skill: SkillEntry;
  form: string;
  /** Raw token texts of the form, for case-sensitive comparison. */
  raw: readonly string[];
  rule: CompiledRule | undefined;
  /** An automatic plural (LLMs, neural networks) rather than a written alias. */
  plural: boolean;
}

/**
 * The token trie, flattened: one Map from a key path (keys joined by TRIE_SEP) to its node. One
 * Map instead of a Map per node keeps start-up cheap; a walk extends the path one key at a time.
 */
export const TRIE_SEP = '\u0001';
export interface TrieNode {
  /** Forms that end here. */
  entries: FormEntry[] | undefined;
  /** Whether longer paths continue from here. */
  more: boolean;
}
export type Trie = Map<string, TrieNode>;

export interface CompiledTaxonomy {
  skills: ReadonlyMap<string, SkillEntry>;
  trie: Trie;
  /** Ancestors of a skill through `parents`, nearest first (computed on first use). */
  ancestorsOf(id: string): readonly string[];
  /** `related` made symmetric. */
  related: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every form of every skill (label, aliases, plurals), for validation and search. */
  forms: readonly FormEntry[];
}

const rawTokens = (phrase: string) => tokenize(phrase).map((t) => t.raw);

const keysOf = (phrases: readonly string[] | undefined) => (phrases ?? []).map((p) => rawTokens(p).map(normalizeKey)).filter((k) => k.length > 0);

/** The rule blocks of a skill, compiled; `forms` undefined means the block covers every other form. */
function compileRules(skill: SkillEntry): { rule: CompiledRule; forms: Set<string> | undefined }[] {
  return ambiguityBlocks(skill).map((a) => ({
    forms: a.forms ? new Set(a.forms) : undefined,
    rule: {
      caseSensitive: a.caseSensitive ?? false,
      needsContext: a.needsContext ?? false,
      contextFromSkills: a.contextFromSkills ?? true,
      context: keysOf(a.context),
      window: a.window ?? 8,
      notFollowedBy: keysOf(a.notFollowedBy),
      notPrecededBy: keysOf(a.notPrecededBy),
    },
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

function pluralOf(raw: readonly string[]): string | undefined {
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
export function buildTrie(forms: readonly FormEntry[]): Trie {
  const trie: Trie = new Map();
  const insert = (f: FormEntry) => {
    const keys = keyOf(f.raw);
    let path = '';
    for (let k = 0; k < keys.length; k++) {
      path = k === 0 ? keys[0]! : path + TRIE_SEP + keys[k];
      let node = trie.get(path);
      if (!node) {
        node = { entries: undefined, more: false };
        trie.set(path, node);
      }
      if (k < keys.length - 1) node.more = true;
      else if (!f.plural) (node.entries ??= []).push(f);
      else if (!node.entries) node.entries = [f];
      else if (node.entries.every((e) => e.plural)) node.entries.push(f);
    }
  };
  for (const f of forms) if (!f.plural) insert(f);
  for (const f of forms) if (f.plural) insert(f);
  return trie;
}

/** The skills map, ancestors (computed on first use) and symmetric `related` of a list of entries. */
export function compileRelations(entries: readonly SkillEntry[]): Pick<CompiledTaxonomy, 'skills' | 'ancestorsOf' | 'related'> {
  const skills = new Map(entries.map((e) => [e.id, e] as const));
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
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!related.has(a)) related.set(a, new Set());
    related.get(a)!.add(b);
  };
  for (const s of entries) for (const r of s.related ?? []) if (skills.has(r)) (link(s.id, r), link(r, s.id));
  return { skills, ancestorsOf: (id) => walk(id, new Set([id])), related };
}

export function compileTaxonomy(entries: readonly SkillEntry[]): CompiledTaxonomy {
  const forms = buildForms(entries);
  return { ...compileRelations(entries), trie: buildTrie(forms), forms };
}
