import type { CompiledRule, CompiledTaxonomy, FormEntry, Trie, TrieNode } from './compile.js';
import { compileRelations } from './compile.js';
import type { SkillEntry } from './schema.js';

/**
 * The compiled taxonomy as plain JSON, so the CLI restores the trie at start-up instead of building
 * it: skills (without their example sentences, which only validation needs), rules, forms and trie
 * nodes, all cross-referenced by index.
 */
export interface SerializedTaxonomy {
  skills: SkillEntry[];
  rules: CompiledRule[];
  /** [skill index, form, raw tokens, plural 0/1, rule index or -1] */
  forms: [number, string, string[], 0 | 1, number][];
  /** [key path, more 0/1, ...form indices] */
  trie: (string | number)[][];
}

export function serializeTaxonomy(t: CompiledTaxonomy): SerializedTaxonomy {
  const skills = [...t.skills.values()];
  const skillIndex = new Map(skills.map((s, i) => [s, i] as const));
  const rules: CompiledRule[] = [];
  const ruleIndex = new Map<CompiledRule, number>();
  const formIndex = new Map<FormEntry, number>();
  const forms = t.forms.map((f, i): SerializedTaxonomy['forms'][number] => {
    formIndex.set(f, i);
    let r = -1;
    if (f.rule) {
      r = ruleIndex.get(f.rule) ?? rules.push(f.rule) - 1;
      ruleIndex.set(f.rule, r);
    }
    return [skillIndex.get(f.skill)!, f.form, [...f.raw], f.plural ? 1 : 0, r];
  });
  const trie = [...t.trie].map(([path, node]) => [path, node.more ? 1 : 0, ...(node.entries ?? []).map((e) => formIndex.get(e)!)]);
  return { skills: skills.map(({ examples: _e, ...s }) => s), rules, forms, trie };
}

export function restoreTaxonomy(data: SerializedTaxonomy): CompiledTaxonomy {
  const forms: FormEntry[] = data.forms.map(([s, form, raw, plural, r]) => ({
    skill: data.skills[s]!,
    form,
    raw,
    plural: plural === 1,
    rule: r >= 0 ? data.rules[r] : undefined,
  }));
  const trie: Trie = new Map();
  for (const row of data.trie) {
    const node: TrieNode = { more: row[1] === 1, entries: undefined };
    if (row.length > 2) node.entries = (row.slice(2) as number[]).map((i) => forms[i]!);
    trie.set(row[0] as string, node);
  }
  return { ...compileRelations(data.skills), trie, forms };
}
