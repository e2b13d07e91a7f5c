import { keyHash, normalizeKey, tokenize } from '../extract/tokenize.js';
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
  readonly skill: SkillEntry;
  /** The form as written in the taxonomy (for a plural, the singular it was made from). */
  readonly form: string;
  /** Raw token texts of the form (a plural's last one with its s), for case-sensitive comparison. */
  readonly raw: readonly string[];
  readonly rule: CompiledRule | undefined;
  /** An automatic plural (LLMs, neural networks) rather than a written alias. */
  readonly plural: boolean;
}

/** A node of the token trie: its key, the forms that end here, and the keys that continue. */
export interface TrieNode {
  readonly key: string;
  readonly entries: FormEntry[] | undefined;
  readonly next: TrieLevel | undefined;
}

/** A node while the trie is being built. */
interface BuildNode {
  key: string;
  entries: FormEntry[] | undefined;
  next: Map<number, BuildNode[]> | undefined;
}

/**
 * One level of the trie, keyed by the key's hash (30 bits, a small integer for V8), so a token is
 * looked up with the hash the scanner computed and compared in place, without building its key.
 */
export type TrieLevel = Map<number, TrieNode[]>;

/**
 * The token trie with three bitsets that most tokens fail at once, before any Map lookup: hashes
 * of the first-level keys, of those that are a whole form by themselves, and of valid first-two-key
 * pairs ("the" alone is nothing; "the" is only worth a look when the next key continues a form).
 */
export interface Trie {
  root: TrieLevel;
  firstKeys: Uint32Array;
  wholeKeys: Uint32Array;
  pairKeys: Uint32Array;
}

/** Key hashes are already 30-bit small integers (see keyHash). */
export const levelHash = (hash: number) => hash;
/** 2^18 bits (32 KB) a set: a prefilter, where a few false positives only cost a lookup. */
const BITS = 1 << 18;
export const inBits = (bits: Uint32Array, hash: number) => (bits[(hash & (BITS - 1)) >>> 5]! & (1 << (hash & 31))) !== 0;
const setBit = (bits: Uint32Array, hash: number) => {
  bits[(hash & (BITS - 1)) >>> 5]! |= 1 << (hash & 31);
};
/** The hash of a pair of key hashes (first, second). */
export const pairHash = (a: number, b: number) => (Math.imul(a ^ 0x1e3779b9, 0x01000193) ^ b) & 0x3fffffff;

export const newBits = () => new Uint32Array(BITS >>> 5);

export function trieOf(root: TrieLevel): Trie {
  const firstKeys = newBits();
  const wholeKeys = newBits();
  const pairKeys = newBits();
  for (const nodes of root.values()) {
    for (const node of nodes) {
      const h = keyHash(node.key);
      setBit(firstKeys, h);
      if (node.entries) setBit(wholeKeys, h);
      for (const children of node.next?.values() ?? []) for (const child of children) setBit(pairKeys, pairHash(h, keyHash(child.key)));
    }
  }
  return { root, firstKeys, wholeKeys, pairKeys };
}

/** The node for `key` at a level, made when missing. */
function nodeAt(level: Map<number, BuildNode[]>, key: string): BuildNode {
  const h = levelHash(keyHash(key));
  let bucket = level.get(h);
  if (!bucket) level.set(h, (bucket = []));
  let node = bucket.find((n) => n.key === key);
  if (!node) bucket.push((node = { key, entries: undefined, next: undefined }));
  return node;
}

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
  const root = new Map<number, BuildNode[]>();
  const insert = (f: FormEntry) => {
    let level = root;
    let node: BuildNode | undefined;
    for (const key of keyOf(f.raw)) {
      if (node) level = node.next ??= new Map();
      node = nodeAt(level, key);
    }
    if (!node) return;
    if (!f.plural) (node.entries ??= []).push(f);
    else if (!node.entries) node.entries = [f];
    else if (node.entries.every((e) => e.plural)) node.entries.push(f);
  };
  for (const f of forms) if (!f.plural) insert(f);
  for (const f of forms) if (f.plural) insert(f);
  return trieOf(root);
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
  return { skills, ancestorsOf: (id) => ancestors.get(id) ?? walk(id, new Set([id])), related };
}

export function compileTaxonomy(entries: readonly SkillEntry[]): CompiledTaxonomy {
  const forms = buildForms(entries);
  return { ...compileRelations(entries), trie: buildTrie(forms), forms };
}
