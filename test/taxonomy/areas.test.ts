import { describe, expect, it } from 'vitest';
import { areaResolver, bundledAreas, checkAreas } from '../../src/taxonomy/areas.js';
import { bundledTaxonomy } from '../helpers.js';

describe('areas (taxonomies/meta/areas.yaml)', () => {
  it('names only skills and categories that exist, each area once', () => {
    expect(checkAreas(bundledAreas(), bundledTaxonomy())).toEqual([]);
  });

  it('reports an unknown skill or category and an area listed twice', () => {
    const areas = [
      { id: 'nlp', label: 'NLP', skills: ['no-such-skill'] },
      { id: 'nlp', label: 'NLP again', categories: ['no-such-category'] },
    ];
    expect(checkAreas(areas, bundledTaxonomy(), 'areas.yaml')).toEqual([
      "areas.yaml: area 'nlp': no skill 'no-such-skill' in the taxonomy",
      "areas.yaml: area 'nlp' is listed twice",
      "areas.yaml: area 'nlp': no category 'no-such-category' in taxonomies/meta/categories.yaml",
    ]);
  });

  it('gives each skill the first area that claims it or an ancestor, else its category', () => {
    const areaOf = areaResolver(bundledTaxonomy());
    const area = (id: string) => areaOf(id)?.id ?? null;
    expect(area('nlp')).toBe('nlp');
    expect(area('computer-vision')).toBe('computer-vision');
    expect(area('reinforcement-learning')).toBe('reinforcement-learning');
    expect(area('mlops')).toBe('mlops');
    expect(area('machine-learning')).toBe('machine-learning');
    expect(area('data-engineering')).toBe('data-engineering');
    expect(area('python')).toBe('software-engineering');
    // LLM frameworks, evaluation and tuning descend from machine learning but roll up to LLMs.
    expect([area('langchain'), area('ragas'), area('lora'), area('ai-agents')]).toEqual(['llm', 'llm', 'llm', 'llm']);
    expect(area('fine-tuning')).toBe('machine-learning');
    // Data tools by category that are analysis or statistics, not data engineering.
    expect([area('mixpanel'), area('spss'), area('label-studio'), area('airflow')]).toEqual(['analytics', 'statistics-math', 'machine-learning', 'data-engineering']);
    expect(area('no-such-skill')).toBeNull();
  });
});
