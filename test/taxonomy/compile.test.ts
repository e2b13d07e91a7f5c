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
