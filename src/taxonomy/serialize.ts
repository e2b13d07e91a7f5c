import type { CompiledRule, CompiledTaxonomy, FormEntry } from './compile.js';
import { compileRelations, withEdges } from './compile.js';
import { tokenize } from '../lexicon/index.js';
import type { SkillEntry } from './schema.js';
import type { CategoryInfo } from './categories.js';
import { ROOT, TokenTrie } from '../lexicon/index.js';

/**
 * The compiled taxonomy as JSON, made for start-up: the first level of the trie is restored at
 * once, but each first key's subtree (its forms and deeper keys) stays a JSON string until a text
 * first reaches it. One posting touches a few hundred of some six thousand first keys.
 */
export interface SerializedTaxonomy {
  /** Skills with what analysis needs (id, label, category, tree, source); aliases and rules live in `details`. */
  skills: SkillEntry[];
  /** The rules, without their edge hashes (worked out again on restore). */
  rules: Omit<CompiledRule, 'edges'>[];
  /** [first key, subtree as JSON] */
  roots: [string, string][];
  /** The trie's prefilter bitsets, base64. */
  bits: { firstKeys: string; wholeKeys: string; pairKeys: string };
  /** The categories (taxonomies/meta/categories.yaml), as the code reads them. */
  categories: CategoryInfo[];
}

/** A subtree: its forms ([skill index, form, raw tokens, plural 0/1, rule index or -1]) and children. */
interface SubTree {
  e?: [number, string, string[], 0 | 1, number][];
  c?: [string, SubTree][];
}

export function serializeTaxonomy(t: CompiledTaxonomy): SerializedTaxonomy {
  const skills = [...t.skills.values()];
  const skillIndex = new Map(skills.map((s, i) => [s, i] as const));
  const rules: Omit<CompiledRule, 'edges'>[] = [];
  const ruleIndex = new Map<CompiledRule, number>();
  const formOf = (f: FormEntry): [number, string, string[], 0 | 1, number] => {
    let r = f.rule ? ruleIndex.get(f.rule) : -1;
    if (r === undefined) {
      const { edges: _, ...rule } = f.rule!;
      r = rules.push(rule) - 1;
      ruleIndex.set(f.rule!, r);
    }
    // Raw tokens serve case-sensitive comparison only; other forms have them rebuilt if ever asked for.
    return [skillIndex.get(f.skill)!, f.form, f.rule?.caseSensitive ? [...f.raw] : [], f.plural ? 1 : 0, r];
  };
  const trie = t.trie;
  trie.readAll();
  const tree = (node: number): SubTree => {
    const out: SubTree = {};
    const entries = trie.entries[node];
    if (entries) out.e = entries.map(formOf);
    if (trie.hasChildren(node)) out.c = trie.children(node).map((child) => [trie.key(child), tree(child)]);
    return out;
  };
  const roots = trie.children(ROOT).map((n) => [trie.key(n), JSON.stringify(tree(n))] as [string, string]);
  const b64 = (bits: Uint32Array) => Buffer.from(bits.buffer, bits.byteOffset, bits.byteLength).toString('base64');
  return {
    skills: skills.map(slim),
    rules,
    roots,
    bits: (({ firstKeys, wholeKeys, pairKeys }) => ({ firstKeys: b64(firstKeys), wholeKeys: b64(wholeKeys), pairKeys: b64(pairKeys) }))(trie.exportBits()),
    categories: [...t.categories.values()],
  };
}

/** What analysis needs of a skill; the trie holds its forms and rules. */
function slim(s: SkillEntry): SkillEntry {
  const out: SkillEntry = { id: s.id, label: s.label, category: s.category, source: s.source };
  if (s.parents?.length) out.parents = s.parents;
  if (s.related?.length) out.related = s.related;
  if (s.usedFor?.length) out.usedFor = s.usedFor;
  if (s.requires?.length) out.requires = s.requires;
  if (s.meets?.length) out.meets = s.meets;
  if (s.inDegree?.length) out.inDegree = s.inDegree;
  if (s.evidence?.length) out.evidence = s.evidence;
  if (s.abstract) out.abstract = true;
  if (s.umbrella) out.umbrella = true;
  return out;
}

/** The rest of each skill (aliases, ambiguity rules, examples), by id, for the commands that show them. */
export function skillDetails(t: CompiledTaxonomy): Record<string, Partial<SkillEntry>> {
  const out: Record<string, Partial<SkillEntry>> = {};
  for (const s of t.skills.values()) {
    const d: Partial<SkillEntry> = {};
    if (s.aliases?.length) d.aliases = s.aliases;
    if (s.ambiguity) d.ambiguity = s.ambiguity;
    if (s.examples) d.examples = s.examples;
    if (d.aliases || d.ambiguity || d.examples) out[s.id] = d;
  }
  return out;
}

/** A form read from the cache; its raw tokens, kept for case-sensitive forms only, are rebuilt on demand. */
class Form implements FormEntry {
  constructor(
    readonly skill: SkillEntry,
    readonly form: string,
    private rawTokens: string[] | undefined,
    readonly plural: boolean,
    readonly rule: CompiledRule | undefined,
  ) {}

  get raw(): readonly string[] {
    if (!this.rawTokens) {
      const raw = tokenize(this.form).map((t) => t.raw);
      if (this.plural && raw.length > 0) raw[raw.length - 1] += 's';
      this.rawTokens = raw;
    }
    return this.rawTokens;
  }
}

/** A first key's subtree, read from its JSON when a text first reaches it. */
function readSubtree(trie: TokenTrie<FormEntry>, node: number, tree: SubTree, ctx: { skills: SkillEntry[]; rules: CompiledRule[] }): void {
  if (tree.e) trie.entries[node] = tree.e.map(([s, form, raw, plural, r]) => new Form(ctx.skills[s]!, form, raw.length ? raw : undefined, plural === 1, r >= 0 ? ctx.rules[r] : undefined));
  for (const [key, child] of tree.c ?? []) readSubtree(trie, trie.add(node, key), child, ctx);
}

export function restoreTaxonomy(data: SerializedTaxonomy): CompiledTaxonomy {
  const ctx = { skills: data.skills, rules: data.rules.map(withEdges) };
  const trie = new TokenTrie<FormEntry>((t, node, json) => readSubtree(t, node, JSON.parse(json) as SubTree, ctx));
  for (const [key, json] of data.roots) trie.addLazy(ROOT, key, json);
  const bits = (b64: string) => {
    const buf = Buffer.from(b64, 'base64');
    const out = new Uint32Array(buf.byteLength >>> 2);
    new Uint8Array(out.buffer).set(buf);
    return out;
  };
  trie.importBits({ firstKeys: bits(data.bits.firstKeys), wholeKeys: bits(data.bits.wholeKeys), pairKeys: bits(data.bits.pairKeys) });
  let forms: FormEntry[] | undefined;
  return {
    ...compileRelations(data.skills),
    trie,
    categories: new Map(data.categories.map((c) => [c.id, c])),
    // Every form opens every subtree: only `--unknown` and `taxonomy stats` ask.
    get forms() {
      if (!forms) {
        trie.readAll();
        forms = [];
        for (let node = 0; node < trie.nodeCount; node++) forms.push(...(trie.entries[node] ?? []));
      }
      return forms;
    },
  };
}
