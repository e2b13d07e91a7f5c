import { describe, expect, it } from 'vitest';
import { checkResumeExamples, resumeExampleProblems } from '../../src/profile/resume-examples.js';
import { bundledVocabularies } from '../../src/read/index.js';
import { bundledTaxonomy, vocabExamples } from '../helpers.js';

/** Every vocabulary file's resume examples, run as tests: small resumes read end to end. */
describe.each(bundledVocabularies().map((v) => [v.language, v] as const))('vocab/%s.yaml resumes', (language, vocab) => {
  const resumes = vocabExamples(language).resumes ?? [];
  it('has resume examples', () => expect(resumes.length).toBeGreaterThan(0));
  it.each(resumes.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    expect(resumeExampleProblems(vocab, e, bundledTaxonomy())).toEqual([]);
  });
});

describe('a resume example', () => {
  const en = bundledVocabularies().find((v) => v.language === 'en')!;
  const text = 'Alex Example\n\nSummary\nCurrently learning Rust. No experience with Scala.\n\nSkills\nPython\n';
  it('names each skill that reads otherwise than it expects, and an id the taxonomy lacks', () => {
    const e = { name: 'wrong on purpose', text, expect: { rust: 'claimed', scala: 'absent', python: 'claimed', 'no-such-skill': 'absent' } } as const;
    expect(resumeExampleProblems(en, e, bundledTaxonomy())).toEqual(['rust should be claimed, is learning', 'scala should be absent, is lacks', '"no-such-skill" is no skill id']);
  });
  it('fails the check of its file, named', () => {
    const file = { ...en.file, examples: { resumes: [{ name: 'wrong on purpose', text, expect: { rust: 'claimed' as const } }] } };
    expect(checkResumeExamples([file], ['mine.yaml'], bundledTaxonomy())).toEqual({ problems: ['mine.yaml: resume example "wrong on purpose": rust should be claimed, is learning'], examples: 1 });
  });
});
