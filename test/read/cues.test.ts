import { describe, expect, it } from 'vitest';
import { cueImportance, sectionImportance, strongest } from '../../src/extract/importance.js';

describe('cueImportance', () => {
  it.each([
    ['Experience with Kafka is a plus', 'preferred'],
    ['Nice to have: Rust', 'preferred'],
    ['Terraform preferred', 'preferred'],
    ['Bonus: GraphQL', 'preferred'],
    ['Ideally you know Spark', 'preferred'],
    ['Python is required', 'required'],
    ['You must have SQL', 'required'],
    ['At least 3 years of Java', 'required'],
    ['Preferred but not required: Go', 'preferred'],
    ['You will build pipelines in Python', undefined],
  ])('%s -> %s', (sentence, expected) => {
    expect(cueImportance(sentence, 0)).toBe(expected);
  });
  it('reads the clause of the mention when a sentence has both cues', () => {
    const s = 'Python is required, Go is a plus';
    expect(cueImportance(s, s.indexOf('Python'))).toBe('required');
    expect(cueImportance(s, s.indexOf('Go'))).toBe('preferred');
  });
});

describe('section defaults', () => {
  it('maps sections to importance', () => {
    expect(sectionImportance('requirements')).toBe('required');
    expect(sectionImportance('preferred')).toBe('preferred');
    expect(sectionImportance('responsibilities')).toBe('mentioned');
    expect(strongest('mentioned', 'preferred')).toBe('preferred');
    expect(strongest('required', 'preferred')).toBe('required');
  });
});
