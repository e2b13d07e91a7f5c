import type { CompiledRule, CompiledTaxonomy, FormEntry } from './compile.js';
import { hasCommaPhrase, INDEXED_FIELDS, skillWalks, type IndexedField } from './compile.js';
import { tokenize } from '../lexicon/index.js';
import type { SkillEntry } from './schema.js';
import type { CategoryInfo } from './categories.js';
import { TokenTrie, type TrieTable } from '../lexicon/index.js';
import { openFile, packFile, type PackedFile } from '../packed-file.js';

/**
 * The compiled taxonomy as one binary file (see packed-file.ts), made for start-up: the trie's tables
 * are typed arrays used in place (views of the file); a skill, a rule and the forms at a trie node
 * are read from their bytes only when a text or a report first asks for them (one posting touches a
 * few hundred of some 4,000 skills and 28,000 nodes). Nothing is built in proportion to the
 * taxonomy, so start-up allocates little and leaves the GC little to do.
 */
const MAGIC = 0x32544753; // 'SGT2' (SGT1 had no skills.with)

/** Which taxonomy files a cache was built from (see taxonomyStamp and taxonomyDigest). */
export interface CacheKey {
  stamp: string;
  digest: string;
}

/** A rule as stored: its edge hashes as arrays (the build works them out once; whether one is after a comma, on restoring). */
type StoredRule = Omit<CompiledRule, 'edges'> & { edges: { next: number[]; prev: number[]; context: number[] } };

const restoreRule = (r: StoredRule): CompiledRule => ({
  ...r,
  edges: { next: Int32Array.from(r.edges.next), prev: Int32Array.from(r.edges.prev), context: Int32Array.from(r.edges.context), commaNext: hasCommaPhrase(r.notFollowedBy) },
});

/** The flags of a form: bit 0 plural, the rest its rule's index + 1 (0: no rule). */
const PLURAL = 1;

/** The cache file of a compiled taxonomy. */
export function packTaxonomy(t: CompiledTaxonomy, key: CacheKey): Buffer {
  const skills = [...t.skills.values()];
  const skillIndex = new Map(skills.map((s, i) => [s, i] as const));
  const table = t.trie.exportTable();
  const nodes = table.hashes.length;

  // Forms, node by node in the order they stand at the node; rules numbered as met.
  const rules: StoredRule[] = [];
  const ruleIndex = new Map<CompiledRule, number>();
  const formsAt = new Int32Array(nodes + 1);
  const formSkill: number[] = [];
  const formFlags: number[] = [];
  const formEnds: number[] = [];
  let formText = '';
  for (let node = 0; node < nodes; node++) {
    formsAt[node] = formSkill.length;
    for (const f of t.trie.entries[node] ?? []) {
      let r = f.rule ? ruleIndex.get(f.rule) : -1;
      if (r === undefined) {
        const { edges, ...rule } = f.rule!;
        r = rules.push({ ...rule, edges: { next: [...edges.next], prev: [...edges.prev], context: [...edges.context] } }) - 1;
        ruleIndex.set(f.rule!, r);
      }
      formSkill.push(skillIndex.get(f.skill)!);
      formFlags.push((f.plural ? PLURAL : 0) | ((r + 1) << 1));
      formEnds.push((formText += f.form).length);
    }
  }
  formsAt[nodes] = formSkill.length;
  // 1 for each node with forms: the trie reads them when a text first reaches the node.
  const unread = Uint8Array.from({ length: nodes }, (_, node) => (formsAt[node + 1]! > formsAt[node]! ? 1 : 0));

  // `related` in its own order (which skill a report names first depends on it), by skill index.
  const relatedKeys: number[] = [];
  const relatedAt: number[] = [0];
  const relatedIds: number[] = [];
  for (const [id, set] of t.related) {
    relatedKeys.push(skillIndex.get(t.skills.get(id)!)!);
    for (const r of set) relatedIds.push(skillIndex.get(t.skills.get(r)!)!);
    relatedAt.push(relatedIds.length);
  }
  const relatedSlot = new Int32Array(skills.length).fill(-1);
  relatedKeys.forEach((s, k) => (relatedSlot[s] = k));

  const jsonList = (items: readonly unknown[]) => {
    const parts = items.map((x) => Buffer.from(JSON.stringify(x)));
    let end = 0;
    return { bytes: Buffer.concat(parts), ends: Int32Array.from(parts, (b) => (end += b.length)) };
  };
  const skillJson = jsonList(skills.map(slim));
  const ruleJson = jsonList(rules);
  const sections: Record<string, ArrayBufferView> = {
    'trie.hashes': table.hashes,
    'trie.lengths': table.lengths,
    'trie.parents': table.parents,
    'trie.firstChild': table.firstChild,
    'trie.nextSibling': table.nextSibling,
    'trie.slots': table.slots,
    'trie.keyText': Buffer.from(table.keyText),
    'trie.keyEnds': table.keyEnds,
    'trie.firstKeys': table.firstKeys,
    'trie.wholeKeys': table.wholeKeys,
    'trie.pairKeys': table.pairKeys,
    'forms.at': formsAt,
    'forms.unread': unread,
    'forms.skill': Int32Array.from(formSkill),
    'forms.flags': Int32Array.from(formFlags),
    'forms.text': Buffer.from(formText),
    'forms.ends': Int32Array.from(formEnds),
    'skills.ids': Buffer.from(skills.map((s) => s.id).join('\n')),
    'skills.json': skillJson.bytes,
    'skills.ends': skillJson.ends,
    'rules.json': ruleJson.bytes,
    'rules.ends': ruleJson.ends,
    'related.keys': Int32Array.from(relatedKeys),
    'related.slot': relatedSlot,
    'related.at': Int32Array.from(relatedAt),
    'related.ids': Int32Array.from(relatedIds),
    categories: Buffer.from(JSON.stringify([...t.categories.values()])),
    // The skills that have each indexed field, by index: looked up without reading every skill.
    'skills.with': Buffer.from(JSON.stringify(Object.fromEntries(INDEXED_FIELDS.map((f) => [f, t.skillsWith(f).map((s) => skillIndex.get(s)!)])))),
  };
  return packFile(MAGIC, key, sections);
}

/** What analysis needs of a skill; the trie holds its forms and rules. */
function slim(s: SkillEntry): SkillEntry {
  const out: SkillEntry = { id: s.id, label: s.label, category: s.category, source: s.source };
  if (s.parents?.length) out.parents = s.parents;
  if (s.related?.length) out.related = s.related;
  if (s.usedFor?.length) out.usedFor = s.usedFor;
  if (s.partOf?.length) out.partOf = s.partOf;
  if (s.requires?.length) out.requires = s.requires;
  if (s.meets?.length) out.meets = s.meets;
  if (s.inDegree?.length) out.inDegree = s.inDegree;
  if (s.evidence?.length) out.evidence = s.evidence;
  if (s.roleTitles?.length) out.roleTitles = s.roleTitles;
  if (s.abstract) out.abstract = true;
  if (s.umbrella) out.umbrella = true;
  if (s.askedOnly) out.askedOnly = true;
  if (s.descriptor) out.descriptor = true;
  if (s.membersAsk) out.membersAsk = true;
  if (s.field) out.field = true;
  if (s.years !== undefined) out.years = s.years;
  if (s.learnable === false) out.learnable = false;
  if (s.inContext?.length) out.inContext = s.inContext;
  // Of its aliases, the names that spell one of its acronyms: what a text's definition of an
  // acronym is judged by (see extract/acronyms.ts). The rest are in the details.
  const spelled = spelledNames(s);
  if (spelled.length > 0) out.aliases = spelled;
  return out;
}

/** A name that a text may write as an acronym: one word of two to six letters ("MCP", "KPIs", "kpi"). */
const ACRONYM_FORM = /^[A-Za-z]{2,6}$/;

/** The aliases of a skill whose words' initials spell its label or another alias that may be an acronym ("Model Context Protocol" for MCP). */
export function spelledNames(s: SkillEntry): string[] {
  const acronyms = [s.label, ...(s.aliases ?? [])].filter((n) => ACRONYM_FORM.test(n)).flatMap((n) => [n.toUpperCase(), n.toUpperCase().replace(/S$/, '')]);
  if (acronyms.length === 0) return [];
  return (s.aliases ?? []).filter((a) => {
    const words = a.match(/[\p{L}\p{N}]+/gu);
    if (!words || words.length < 2) return false;
    const initials = words.map((w) => w[0]!.toUpperCase()).join('');
    return acronyms.includes(initials);
  });
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

/** A cache file opened: its key, and the taxonomy read from it on demand. */
export interface PackedTaxonomy {
  key: CacheKey;
  restore(): CompiledTaxonomy;
}

/** Open a cache file; undefined when it is not one this code writes (another format, another byte order). */
export function openPacked(file: Buffer): PackedTaxonomy | undefined {
  const packed = openFile<CacheKey>(MAGIC, file);
  return packed && { key: packed.data, restore: () => restoreTaxonomy(packed) };
}

/**
 * A map whose values are read on first use: the skills by id, `related` by id. Keys in the order
 * the compiled taxonomy had them.
 */
class LazyMap<V> implements ReadonlyMap<string, V> {
  private readonly values_: (V | undefined)[] = [];

  constructor(
    readonly size: number,
    private readonly keyList: () => readonly string[],
    private readonly indexOf: (key: string) => number,
    private readonly read: (i: number) => V,
  ) {}

  at(i: number): V {
    let v = this.values_[i];
    if (v === undefined) this.values_[i] = v = this.read(i);
    return v;
  }

  get(key: string): V | undefined {
    const i = this.indexOf(key);
    return i >= 0 ? this.at(i) : undefined;
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  *entries(): MapIterator<[string, V]> {
    const keys = this.keyList();
    for (let i = 0; i < this.size; i++) yield [keys[i]!, this.at(i)];
  }

  keys(): MapIterator<string> {
    return this.keyList().values() as MapIterator<string>;
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** A form read from the cache; its raw tokens (for case-sensitive comparison) are rebuilt on first use. */
class Form implements FormEntry {
  private rawTokens: string[] | undefined;

  constructor(
    readonly skill: SkillEntry,
    readonly form: string,
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

function restoreTaxonomy(file: PackedFile<CacheKey>): CompiledTaxonomy {
  const skillEnds = file.int32('skills.ends');
  let ids: string[] | undefined;
  const idList = () => (ids ??= file.text('skills.ids').split('\n'));
  let byId: Map<string, number> | undefined;
  const skillIndex = (id: string) => (byId ??= new Map(idList().map((s, i) => [s, i] as const))).get(id) ?? -1;
  const skills = new LazyMap<SkillEntry>(skillEnds.length, idList, skillIndex, (i) => file.json<SkillEntry>('skills.json', skillEnds, i));

  const ruleEnds = file.int32('rules.ends');
  const rules: (CompiledRule | undefined)[] = [];
  const rule = (r: number) => (rules[r] ??= restoreRule(file.json<StoredRule>('rules.json', ruleEnds, r)));

  const formsAt = file.int32('forms.at');
  const formSkill = file.int32('forms.skill');
  const formFlags = file.int32('forms.flags');
  const formEnds = file.int32('forms.ends');
  let formText: string | undefined;
  const readForms = (trie: TokenTrie<FormEntry>, node: number) => {
    const text = (formText ??= file.text('forms.text'));
    const out: FormEntry[] = [];
    for (let f = formsAt[node]!; f < formsAt[node + 1]!; f++) {
      const flags = formFlags[f]!;
      const r = (flags >>> 1) - 1;
      out.push(new Form(skills.at(formSkill[f]!), text.slice(f > 0 ? formEnds[f - 1] : 0, formEnds[f]), (flags & PLURAL) !== 0, r >= 0 ? rule(r) : undefined));
    }
    trie.entries[node] = out;
  };
  const table: TrieTable = {
    hashes: file.int32('trie.hashes'),
    lengths: file.int32('trie.lengths'),
    parents: file.int32('trie.parents'),
    firstChild: file.int32('trie.firstChild'),
    nextSibling: file.int32('trie.nextSibling'),
    slots: file.int32('trie.slots'),
    keyText: file.text('trie.keyText'),
    keyEnds: file.int32('trie.keyEnds'),
    firstKeys: file.uint32('trie.firstKeys'),
    wholeKeys: file.uint32('trie.wholeKeys'),
    pairKeys: file.uint32('trie.pairKeys'),
  };
  // (The marks of nodes whose forms are read are the trie's own: the file's memory may be shared by other threads and taxonomies.)
  const trie = TokenTrie.fromTable<FormEntry>(table, file.uint8('forms.unread').slice(), readForms);

  const relatedKeys = file.int32('related.keys');
  const relatedSlot = file.int32('related.slot');
  const relatedAt = file.int32('related.at');
  const relatedIds = file.int32('related.ids');
  let relatedKeyList: string[] | undefined;
  const related = new LazyMap<ReadonlySet<string>>(
    relatedKeys.length,
    () => (relatedKeyList ??= Array.from(relatedKeys, (s) => idList()[s]!)),
    (id) => {
      const s = skillIndex(id);
      return s >= 0 ? relatedSlot[s]! : -1;
    },
    (k) => new Set(Array.from(relatedIds.subarray(relatedAt[k], relatedAt[k + 1]), (s) => idList()[s]!)),
  );

  let withField: Record<IndexedField, number[]> | undefined;
  const withSkills = new Map<IndexedField, SkillEntry[]>();
  const skillsWith = (field: IndexedField) => {
    let list = withSkills.get(field);
    if (!list) withSkills.set(field, (list = ((withField ??= JSON.parse(file.text('skills.with')) as Record<IndexedField, number[]>)[field] ?? []).map((i) => skills.at(i))));
    return list;
  };
  let forms: FormEntry[] | undefined;
  return {
    skills,
    related,
    skillsWith,
    ...skillWalks(skills),
    trie,
    categories: new Map((JSON.parse(file.text('categories')) as CategoryInfo[]).map((c) => [c.id, c])),
    // Every form reads every node: only `--unknown` and `taxonomy stats` ask.
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
