import type { CompiledRule, CompiledTaxonomy, FormEntry, Trie, TrieLevel, TrieNode } from './compile.js';
import { compileRelations, levelHash } from './compile.js';
import { keyHash, tokenize } from '../extract/tokenize.js';
import type { SkillEntry } from './schema.js';

/**
 * The compiled taxonomy as JSON, made for start-up: the first level of the trie is restored at
 * once, but each first key's subtree (its forms and deeper keys) stays a JSON string until a text
 * first reaches it. One posting touches a few hundred of some six thousand first keys.
 */
export interface SerializedTaxonomy {
  /** Skills with what analysis needs (id, label, category, tree, source); aliases and rules live in `details`. */
  skills: SkillEntry[];
  rules: CompiledRule[];
  /** [first key, subtree as JSON] */
  roots: [string, string][];
  /** The trie's prefilter bitsets, base64. */
  bits: { firstKeys: string; wholeKeys: string; pairKeys: string };
}

/** A subtree: its forms ([skill index, form, raw tokens, plural 0/1, rule index or -1]) and children. */
interface SubTree {
  e?: [number, string, string[], 0 | 1, number][];
  c?: [string, SubTree][];
}

export function serializeTaxonomy(t: CompiledTaxonomy): SerializedTaxonomy {
  const skills = [...t.skills.values()];
  const skillIndex = new Map(skills.map((s, i) => [s, i] as const));
  const rules: CompiledRule[] = [];
  const ruleIndex = new Map<CompiledRule, number>();
  const formOf = (f: FormEntry): [number, string, string[], 0 | 1, number] => {
    let r = -1;
    if (f.rule) {
      r = ruleIndex.get(f.rule) ?? rules.push(f.rule) - 1;
      ruleIndex.set(f.rule, r);
    }
    // Raw tokens serve case-sensitive comparison only; other forms have them rebuilt if ever asked for.
    return [skillIndex.get(f.skill)!, f.form, f.rule?.caseSensitive ? [...f.raw] : [], f.plural ? 1 : 0, r];
  };
  const tree = (node: TrieNode): SubTree => {
    const out: SubTree = {};
    if (node.entries) out.e = node.entries.map(formOf);
    if (node.next) out.c = nodesOf(node.next).map((child) => [child.key, tree(child)]);
    return out;
  };
  const roots = nodesOf(t.trie.root).map((n) => [n.key, JSON.stringify(tree(n))] as [string, string]);
  const b64 = (bits: Uint32Array) => Buffer.from(bits.buffer, bits.byteOffset, bits.byteLength).toString('base64');
  return {
    skills: skills.map(slim),
    rules,
    roots,
    bits: { firstKeys: b64(t.trie.firstKeys), wholeKeys: b64(t.trie.wholeKeys), pairKeys: b64(t.trie.pairKeys) },
  };
}

const nodesOf = (level: TrieLevel): TrieNode[] => [...level.values()].flat();

/** What analysis needs of a skill; the trie holds its forms and rules. */
function slim(s: SkillEntry): SkillEntry {
  const out: SkillEntry = { id: s.id, label: s.label, category: s.category, source: s.source };
  if (s.parents?.length) out.parents = s.parents;
  if (s.related?.length) out.related = s.related;
  if (s.abstract) out.abstract = true;
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

/** A trie node whose forms and children are read from JSON on first use. */
class LazyNode implements TrieNode {
  private parsed: { entries: FormEntry[] | undefined; next: TrieLevel | undefined } | undefined;
  constructor(
    readonly key: string,
    private readonly source: SubTree | string,
    private readonly ctx: { skills: SkillEntry[]; rules: CompiledRule[] },
  ) {}

  private open() {
    if (!this.parsed) {
      const tree = typeof this.source === 'string' ? (JSON.parse(this.source) as SubTree) : this.source;
      const entries = tree.e?.map(([s, form, raw, plural, r]) => new Form(this.ctx.skills[s]!, form, raw.length ? raw : undefined, plural === 1, r >= 0 ? this.ctx.rules[r] : undefined));
      let next: TrieLevel | undefined;
      if (tree.c) {
        next = new Map();
        for (const [key, child] of tree.c) addNode(next, new LazyNode(key, child, this.ctx));
      }
      this.parsed = { entries, next };
    }
    return this.parsed;
  }

  get entries() {
    return this.open().entries;
  }

  get next() {
    return this.open().next;
  }
}

function addNode(level: TrieLevel, node: TrieNode): void {
  const h = levelHash(keyHash(node.key));
  const bucket = level.get(h);
  if (bucket) bucket.push(node);
  else level.set(h, [node]);
}

export function restoreTaxonomy(data: SerializedTaxonomy): CompiledTaxonomy {
  const ctx = { skills: data.skills, rules: data.rules };
  const root: TrieLevel = new Map();
  for (const [key, json] of data.roots) addNode(root, new LazyNode(key, json, ctx));
  const bits = (b64: string) => {
    const buf = Buffer.from(b64, 'base64');
    const out = new Uint32Array(buf.byteLength >>> 2);
    new Uint8Array(out.buffer).set(buf);
    return out;
  };
  const trie: Trie = { root, firstKeys: bits(data.bits.firstKeys), wholeKeys: bits(data.bits.wholeKeys), pairKeys: bits(data.bits.pairKeys) };
  let forms: FormEntry[] | undefined;
  return {
    ...compileRelations(data.skills),
    trie,
    // Every form opens every subtree: only `--unknown` and `taxonomy stats` ask.
    get forms() {
      if (!forms) {
        forms = [];
        const walk = (level: TrieLevel) => {
          for (const node of nodesOf(level)) {
            forms!.push(...(node.entries ?? []));
            if (node.next) walk(node.next);
          }
        };
        walk(root);
      }
      return forms;
    },
  };
}
