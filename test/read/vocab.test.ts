import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingExampleProblem, postingExampleProblems } from '../../src/extract/vocab-examples.js';
import { extractText } from '../../src/extract/extract.js';
import { bundledVocabularies, languageOf, listVocabFiles, readVocabFiles } from '../../src/read/index.js';
import { bundledTaxonomy, scratch, vocabExamples } from '../helpers.js';

/** Every vocabulary file's examples, run as tests: headings, and small postings read end to end. */
describe.each(bundledVocabularies().map((v) => [v.language, v] as const))('vocab/%s.yaml', (language, vocab) => {
  const examples = vocabExamples(language);
  it.each((examples.headings ?? []).map((e) => [e.line, e] as const))('heading %j', (_line, e) => {
    expect(headingExampleProblem(vocab, e)).toBeUndefined();
  });
  it.each((examples.postings ?? []).map((e) => [e.name, e] as const))('%s', (_name, e) => {
    expect(postingExampleProblems(vocab, e, bundledTaxonomy())).toEqual([]);
    const r = extractText(e.text, bundledTaxonomy(), { company: e.company, vocab });
    for (const s of r.skills) for (const m of s.mentions) expect(e.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('the vocabulary files', () => {
  it('are each a language of their own, with the schema line', () => {
    const files = listVocabFiles();
    const parsed = readVocabFiles(files);
    expect(new Set(parsed.map((v) => v.language)).size).toBe(parsed.length);
    for (const f of files) expect(readFileSync(f, 'utf8').split('\n')[0], f).toMatch(/yaml-language-server: \$schema=\.\.\/schema\/vocab\.schema\.json/);
  });
  it("borrow another language's headings where they say so, and name a language no file has", () => {
    const de = readVocabFiles(listVocabFiles()).find((v) => v.language === 'de');
    if (de) {
      expect(de.headings?.requirements).toEqual(expect.arrayContaining(['ihr profil', 'requirements', 'must haves']));
      expect(de.headings?.requirements?.indexOf('ihr profil')).toBeLessThan(de.headings!.requirements!.indexOf('requirements'));
    }
    const { file } = scratch('skillgap-vocab-borrow-');
    const en = listVocabFiles().find((f) => f.endsWith('en.yaml'))!;
    const fr = file('fr.yaml', readFileSync(en, 'utf8').replace(/^language: en$/m, 'language: fr\nborrowHeadings: [xx]'));
    expect(() => readVocabFiles([fr])).toThrow(/fr\.yaml: borrowHeadings names 'xx', the language of no other vocabulary file/);
  });
  it('are chosen by the language of the text', () => {
    expect(languageOf('We are looking for a data scientist with experience in Python and SQL.').language).toBe('en');
    if (bundledVocabularies().some((v) => v.language === 'de')) {
      expect(languageOf('Wir suchen eine Data Scientist mit Erfahrung in Python und SQL. Das bringst du mit:').language).toBe('de');
      // (A short resume, its English skill names many: its few German words tell.)
      // (A short profile, its skill names English, its "in" English too: its German words tell.)
      expect(languageOf('Ihr Profil\n- Mindestens 4 Jahre Erfahrung in Data Engineering, davon 2 Jahre in einer Führungsrolle').language).toBe('de');
      expect(languageOf('Profil\nQuereinstieg in Data Engineering aus dem Controlling. Belege gerade einen Kurs in Kubernetes.\n\nKenntnisse\nPython, SQL').language).toBe('de');
    }
  });
});
