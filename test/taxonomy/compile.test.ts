import { describe, expect, it } from 'vitest';
import { miniTaxonomy } from '../helpers.js';

describe('compileTaxonomy', () => {
  const t = miniTaxonomy();
  it('computes ancestors nearest first', () => {
    expect(t.ancestorsOf('pytorch')).toEqual(['deep-learning-frameworks', 'deep-learning', 'machine-learning']);
  });
  it('makes related symmetric', () => {
    expect(t.related.get('tensorflow')?.has('pytorch')).toBe(true);
    expect(t.related.get('pytorch')?.has('tensorflow')).toBe(true);
  });
  it('adds plural forms only for acronyms and multi-word forms', () => {
    const forms = t.forms.filter((f) => f.plural).map((f) => f.raw.join(' '));
    expect(forms).toContain('LLMs');
    expect(forms).toContain('neural networks');
    expect(forms).not.toContain('Pythons');
  });
});

describe('skillsWith', () => {
  it('gives the skills that have a field, the same when compiled and when read back from the packed cache', async () => {
    const { bundledTaxonomy } = await import('../helpers.js');
    const { compileTaxonomy, INDEXED_FIELDS } = await import('../../src/taxonomy/compile.js');
    const { openPacked, packTaxonomy } = await import('../../src/taxonomy/serialize.js');
    const packed = bundledTaxonomy();
    const compiled = compileTaxonomy([...packed.skills.values()]);
    const restored = openPacked(packTaxonomy(compiled, { stamp: 'test', digest: 'test' }))!.restore();
    for (const field of INDEXED_FIELDS) {
      const ids = compiled.skillsWith(field).map((s) => s.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual([...compiled.skills.values()].filter((s) => (s[field]?.length ?? 0) > 0).map((s) => s.id));
      expect(restored.skillsWith(field).map((s) => s.id)).toEqual(ids);
      expect(packed.skillsWith(field).map((s) => s.id)).toEqual(ids);
    }
  });
});
