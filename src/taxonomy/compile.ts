import { phraseKeys, tokenize } from '../extract/tokenize.js';
import type { SkillEntry } from './schema.js';

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

export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  entries: FormEntry[] | undefined;
}

export interface CompiledTaxonomy {
  skills: ReadonlyMap<string, SkillEntry>;
  root: TrieNode;
  /** Ancestors of each skill through `parents`, nearest first. */
  ancestors: ReadonlyMap<string, readonly string[]>;
  /** `related` made symmetric. */
  related: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every form of every skill (label, aliases, plurals), for validation and search. */
  forms: readonly FormEntry[];
}

const keysOf = (phrases: readonly string[] | undefined) => (phrases ?? []).map(phraseKeys).filter((k) => k.length > 0);

function compileRule(skill: SkillEntry): { rule: CompiledRule; forms: Set<string> | undefined } | undefined {
  const a = skill.ambiguity;
  if (!a) return undefined;
  return {
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
  };
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
    const compiled = compileRule(skill);
    const seen = new Set<string>();
    const add = (form: string, raw: string[], plural: boolean) => {
      const covered = compiled && (!compiled.forms || compiled.forms.has(plural ? form.replace(/s$/, '') : form));
      // Case-sensitive forms are distinct by exact casing (LLaMA and Llama); others by key.
      const exact = covered && compiled.rule.caseSensitive;
      const sig = (exact ? raw.join(' ') : raw.join(' ').toLowerCase()) + (covered ? '\u0001' : '');
      if (seen.has(sig)) return;
      seen.add(sig);
      forms.push({ skill, form, raw, rule: covered ? compiled.rule : undefined, plural });
    };
    for (const form of writtenForms(skill)) {
      const raw = tokenize(form).map((t) => t.raw);
      if (raw.length === 0) continue;
      add(form, raw, false);
      const plural = pluralOf(raw);
      if (plural) add(form, [...raw.slice(0, -1), plural], true);
    }
  }
  return forms;
}

const keyOf = (raw: readonly string[]) => raw.map((r) => phraseKeys(r)[0] ?? r.toLowerCase());

/** Build the token trie. Plural variants never shadow a form written in the data. */
export function buildTrie(forms: readonly FormEntry[]): TrieNode {
  const root: TrieNode = { next: undefined, entries: undefined };
  const written = new Set(forms.filter((f) => !f.plural).map((f) => keyOf(f.raw).join(' ')));
  for (const f of forms) {
    const keys = keyOf(f.raw);
    if (f.plural && written.has(keys.join(' '))) continue;
    let node = root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: undefined, entries: undefined };
        node.next.set(k, child);
      }
      node = child;
    }
    (node.entries ??= []).push(f);
  }
  return root;
}

export function compileTaxonomy(entries: readonly SkillEntry[]): CompiledTaxonomy {
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
  for (const id of skills.keys()) walk(id, new Set([id]));
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!related.has(a)) related.set(a, new Set());
    related.get(a)!.add(b);
  };
  for (const s of entries) for (const r of s.related ?? []) if (skills.has(r)) (link(s.id, r), link(r, s.id));
  const forms = buildForms(entries);
  return { skills, root: buildTrie(forms), ancestors, related, forms };
}

