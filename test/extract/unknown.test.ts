import { describe, expect, it } from 'vitest';
import { looksTechnical, unknownTerms } from '../../src/extract/unknown.js';
import { miniTaxonomy } from '../helpers.js';

describe('looksTechnical', () => {
  it.each(['LangGraph', 'gRPC', 'S3', 'K8s', 'Vue.js', '.NET', 'F#', 'CDK'])('%s', (w) => expect(looksTechnical(w)).toBe(true));
  it.each(['Berlin', 'team', 'CEO', 'USA', '2024', '3.5', 'Hello'])('not %s', (w) => expect(looksTechnical(w)).toBe(false));
});

describe('unknownTerms', () => {
  it('lists frequent unknown technical terms, not known skills or plain words', () => {
    const text = 'We use LangGraph and Python.\nLangGraph agents call our gRPC services on Apache Pinot.\nThe CEO loves Tensorflw and PyTorch.';
    const terms = unknownTerms(text, miniTaxonomy());
    expect(terms[0]).toEqual({ term: 'LangGraph', count: 2, similar: null });
    const names = terms.map((t) => t.term);
    expect(names).toContain('gRPC');
    expect(names).toContain('Apache Pinot');
    expect(names).not.toContain('Python');
    expect(names).not.toContain('PyTorch');
    expect(names).not.toContain('CEO');
  });
  it('counts a glued pair of known names as known, and the words after it as they are', () => {
    // (The matcher reads "PythonPyTorch" as two tokens; the terms are counted over whole words.)
    const names = unknownTerms('Daily PythonPyTorch LangGraph and Python with gRPC', miniTaxonomy()).map((t) => t.term);
    expect(names).not.toContain('PythonPyTorch');
    expect(names).toEqual(expect.arrayContaining(['LangGraph', 'gRPC']));
  });
  it('points at a similar known skill', () => {
    expect(unknownTerms('Models in TensorFlw2 and more TensorFlw2', miniTaxonomy())[0]).toMatchObject({ term: 'TensorFlw2', similar: 'tensorflow' });
  });
});
