import { describe, expect, it } from 'vitest';
import { matchText } from '../../src/extract/match.js';
import { HASH_MASK, keyHash, scanTokens } from '../../src/lexicon/tokenize.js';
import { compileTaxonomy } from '../../src/taxonomy/compile.js';
import { openPacked, packTaxonomy, spelledNames } from '../../src/taxonomy/serialize.js';
import type { SkillEntry } from '../../src/taxonomy/schema.js';
import { ROOT, TokenTrie } from '../../src/lexicon/trie.js';
import { miniTaxonomy } from '../helpers.js';

const FNV_PRIME = 0x01000193;
/** The inverse of the FNV prime modulo 2^32 (Newton's iteration): an FNV-1a step can be undone. */
const PRIME_INVERSE = (() => {
  let x = FNV_PRIME;
  for (let k = 0; k < 5; k++) x = Math.imul(x, 2 - Math.imul(FNV_PRIME, x));
  return x;
})();
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Another word of the same length whose keyHash equals `key`'s: three free letters, the key's
 * middle, four free letters, met in the middle (states after the prefix forward, before the
 * suffix backward from each of the four 32-bit values the 30-bit hash allows).
 */
function collidingWord(key: string): string {
  const middle = key.slice(3, key.length - 4);
  const forward = new Map<number, string>();
  for (const a of ALPHABET) for (const b of ALPHABET) for (const c of ALPHABET) {
    let h = 0x811c9dc5;
    for (const ch of a + b + c + middle) h = Math.imul(h ^ ch.charCodeAt(0), FNV_PRIME);
    forward.set(h, a + b + c);
  }
  const target = keyHash(key);
  for (let top = 0; top < 4; top++) {
    const final = (target | (top << 30)) | 0;
    for (let n = 0; n < ALPHABET.length ** 4; n++) {
      let suffix = '';
      for (let k = 0, m = n; k < 4; k++, m = Math.floor(m / ALPHABET.length)) suffix += ALPHABET[m % ALPHABET.length];
      let h = final;
      for (let k = 3; k >= 0; k--) h = Math.imul(h, PRIME_INVERSE) ^ suffix.charCodeAt(k);
      const prefix = forward.get(h);
      if (prefix !== undefined && prefix + middle + suffix !== key) return prefix + middle + suffix;
    }
  }
  throw new Error(`no collision found for ${key}`);
}

describe('TokenTrie', () => {
  it('finds children by token hash and reports missing ones', () => {
    const trie = new TokenTrie();
    const deep = trie.add(ROOT, 'deep');
    const learning = trie.add(deep, 'learning');
    expect(trie.add(ROOT, 'deep')).toBe(deep);
    const tokens = scanTokens('Deep learning, deep sea');
    expect(trie.find(ROOT, tokens, 0, true)).toBe(deep);
    expect(trie.find(deep, tokens, 1, true)).toBe(learning);
    expect(trie.find(deep, tokens, 5, true)).toBe(-1);
    expect(trie.children(ROOT).map((n) => trie.key(n))).toEqual(['deep']);
    expect(trie.spells(learning, tokens, 1)).toBe(true);
    expect(trie.spells(learning, tokens, 4)).toBe(false);
  });

  it('grows its table and keeps every node reachable', () => {
    const trie = new TokenTrie();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((w) => trie.add(ROOT, w));
    const tokens = scanTokens(words.join(' '));
    for (let i = 0; i < words.length; i++) expect(trie.find(ROOT, tokens, i, true)).toBe(ids[i]);
  });

  it('restored from its tables, reads the entries at a node when a text first reaches it', () => {
    const built = new TokenTrie<string>();
    const apache = built.add(ROOT, 'apache');
    const spark = built.add(apache, 'spark');
    built.entries[spark] = ['Apache Spark'];
    built.fillBits();
    const table = built.exportTable();
    const reads: number[] = [];
    const unread = new Uint8Array(built.nodeCount);
    unread[spark] = 1;
    const trie = TokenTrie.fromTable<string>(table, unread, (t, node) => {
      reads.push(node);
      t.entries[node] = ['Apache Spark'];
    });
    const tokens = scanTokens('Apache Spark');
    expect(trie.find(ROOT, tokens, 0, false)).toBe(apache);
    expect(reads).toEqual([]);
    expect(trie.key(trie.find(apache, tokens, 1, true))).toBe('spark');
    expect(reads).toEqual([spark]);
    expect(trie.entries[spark]).toEqual(['Apache Spark']);
    expect(trie.mayStartAt(tokens, 0)).toBe(true);
    // A restored trie still grows.
    const hadoop = trie.add(ROOT, 'hadoop');
    expect(trie.find(ROOT, scanTokens('Hadoop'), 0, true)).toBe(hadoop);
    expect(trie.find(apache, tokens, 1, true)).toBe(spark);
  });

  it('never matches a word whose hash and length only collide with a form', () => {
    const word = collidingWord('kubernetes');
    expect(word).toHaveLength('kubernetes'.length);
    expect(keyHash(word) & HASH_MASK).toBe(keyHash('kubernetes'));
    const t = compileTaxonomy([{ id: 'kubernetes', label: 'Kubernetes', category: 'cloud', source: { file: 'test.yaml', line: 1 } }]);
    expect(matchText(`We run ${word} and Kubernetes.`, t).map((m) => m.form)).toEqual(['Kubernetes']);
  });
});

describe('packed taxonomy', () => {
  it('matches what the compiled taxonomy matches, with the same skills and relations', () => {
    const compiled = miniTaxonomy();
    const restored = openPacked(packTaxonomy(compiled, { stamp: 's', digest: 'd' }))!.restore();
    const text = 'Deep learning with PyTorch and TensorFlow; scikit-learn, LLMs, Toronto Rangers, C++ and CI/CD.';
    const ids = (t: typeof compiled) => matchText(text, t).map((m) => `${m.skill.id}@${m.start}`);
    expect(ids(restored)).toEqual(ids(compiled));
    expect(ids(compiled).length).toBeGreaterThan(4);
    expect(restored.forms.length).toBe(compiled.forms.length);
    const forms = (t: typeof compiled) => t.forms.map((f) => JSON.stringify([f.skill.id, f.form, f.plural, f.raw, f.rule?.caseSensitive])).sort();
    expect(forms(restored)).toEqual(forms(compiled));
    expect([...restored.skills.keys()]).toEqual([...compiled.skills.keys()]);
    // (Of the aliases, the cache keeps the names that spell an acronym of the skill: see spelledNames.)
    const slimmed = (s: SkillEntry) => {
      const { aliases: _a, ambiguity: _b, examples: _c, ...rest } = s;
      const spelled = spelledNames(s);
      return spelled.length > 0 ? { ...rest, aliases: spelled } : rest;
    };
    expect([...restored.skills.values()]).toEqual([...compiled.skills.values()].map(slimmed));
    expect(restored.skills.get('llm')?.aliases).toEqual(expect.arrayContaining(['large language model']));
    expect([...restored.related]).toEqual([...compiled.related]);
    for (const id of compiled.skills.keys()) {
      expect(restored.ancestorsOf(id)).toEqual(compiled.ancestorsOf(id));
      expect(restored.meetsOf(id)).toEqual(compiled.meetsOf(id));
      expect(restored.wholesOf(id)).toEqual(compiled.wholesOf(id));
    }
    expect(restored.skills.get('no-such-skill')).toBeUndefined();
    expect(restored.categories).toEqual(compiled.categories);
  });

  it('keeps the platform a service is part of', () => {
    const src = { file: 'test.yaml', line: 1 };
    const compiled = compileTaxonomy([
      { id: 'aws', label: 'AWS', category: 'cloud-platform', source: src },
      { id: 'sagemaker', label: 'SageMaker', category: 'cloud-service', partOf: ['aws'], source: src },
      { id: 'sagemaker-ground-truth', label: 'SageMaker Ground Truth', category: 'cloud-service', partOf: ['sagemaker'], source: src },
    ]);
    const restored = openPacked(packTaxonomy(compiled, { stamp: 's', digest: 'd' }))!.restore();
    for (const t of [compiled, restored]) {
      expect(t.wholesOf('sagemaker-ground-truth')).toEqual(['sagemaker', 'aws']);
      expect(t.wholesOf('aws')).toEqual([]);
    }
  });

  it('is not read when it is not this format', () => {
    expect(openPacked(Buffer.from('{"stamp":"s"}'))).toBeUndefined();
  });
});
