import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { applyOverlay, readTaxonomyFiles } from '../../src/taxonomy/load.js';
import { findProblems } from '../../src/taxonomy/validate.js';
import { bundledCategories, categoriesFrom, readCategories } from '../../src/taxonomy/categories.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';

function files(contents: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-tax-'));
  for (const [name, text] of Object.entries(contents)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The problems of a taxonomy file whose skills use the test category `c`. */
const problemsOf = (yaml: string) => findProblems(readTaxonomyFiles([join(files({ 'a.yaml': yaml }), 'a.yaml')]), categoriesFrom([{ id: 'c', description: 'a test category' }]));

describe('taxonomy schema errors name file, line and field', () => {
  it('rejects a bad id with its line', () => {
    const dir = files({ 'a.yaml': 'domain: x\nskills:\n  - id: Bad Id\n    label: B\n    category: c\n' });
    expect(() => readTaxonomyFiles([join(dir, 'a.yaml')])).toThrow(/a\.yaml:3: skills\[0\]\.id: must be kebab-case/);
  });
  it('rejects unknown fields', () => {
    const dir = files({ 'a.yaml': 'domain: x\nskills:\n  - id: a\n    label: A\n    category: c\n    colour: red\n' });
    expect(() => readTaxonomyFiles([join(dir, 'a.yaml')])).toThrow(ConfigError);
  });
  it('reports YAML syntax errors with a line', () => {
    const dir = files({ 'a.yaml': 'domain: x\nskills:\n  - id: [unclosed\n' });
    expect(() => readTaxonomyFiles([join(dir, 'a.yaml')])).toThrow(/a\.yaml:\d+:/);
  });
});

describe('cross-entry checks', () => {
  it('finds duplicate ids, unknown parents, cycles, forms claimed twice, untokenizable forms', () => {
    const problems = problemsOf(`domain: x
skills:
  - { id: a, label: Alpha, category: c, parents: [b] }
  - { id: b, label: Beta, category: c, parents: [a] }
  - { id: a, label: Again, category: c }
  - { id: d, label: Delta, category: c, aliases: [alpha], related: [nope] }
  - { id: e, label: "!!!", category: c }
  - { id: f, label: Eff, category: c, ambiguity: { forms: [F] } }
`);
    const text = problems.join('\n');
    expect(text).toMatch(/skill 'a': id already used/);
    expect(text).toMatch(/skill 'd': related names 'nope', which is not a skill/);
    expect(text).toMatch(/parents form a cycle/);
    expect(text).toMatch(/skill 'd': form 'alpha' is also claimed by 'a'/);
    expect(text).toMatch(/skill 'e': form '!!!' cannot be produced by the tokenizer/);
    expect(text).toMatch(/skill 'f': ambiguity.forms names 'F'/);
    expect(problems.every((p) => /a\.yaml:\d+: skill '/.test(p))).toBe(true);
  });
  it('finds an inContext block that means no skill, the skill itself, or a form the skill lacks', () => {
    const text = problemsOf(`domain: x
skills:
  - id: s
    label: Ess
    category: c
    inContext:
      - { means: nope, context: [data] }
      - { means: s, context: [data] }
      - { means: t, forms: [Tee], context: [data] }
  - { id: t, label: Tee, category: c }
`).join('\n');
    expect(text).toMatch(/skill 's': inContext means 'nope', which is not a skill/);
    expect(text).toMatch(/skill 's': inContext means the skill itself/);
    expect(text).toMatch(/skill 's': inContext.forms names 'Tee', which is neither its label nor an alias/);
  });
  it('finds a form named by two ambiguity blocks, and two blocks without forms: only the first would apply', () => {
    const text = problemsOf(`domain: x
skills:
  - id: g
    label: Gee
    category: c
    aliases: [gee whiz, gee wow]
    ambiguity:
      - { forms: [gee whiz, gee wow], notPrecededBy: [we] }
      - { forms: [gee whiz], notFollowedBy: [as a service] }
  - id: h
    label: Aitch
    category: c
    ambiguity:
      - { notPrecededBy: [we] }
      - { notFollowedBy: [team] }
`).join('\n');
    expect(text).toMatch(/skill 'g': ambiguity block 2 names 'gee whiz', which block 1 already names/);
    expect(text).not.toMatch(/'gee wow', which/);
    expect(text).toMatch(/skill 'h': more than one ambiguity block without forms/);
  });
  it('lets two skills share a key only with exact, different casings', () => {
    expect(problemsOf(`domain: x
skills:
  - { id: sas, label: SAS, category: c, ambiguity: { caseSensitive: true } }
  - { id: sas-other, label: Sas, category: c, ambiguity: { caseSensitive: true } }
`)).toEqual([]);
  });
  it('refuses an alias that is the plural the compiler adds, unless a rule of its own sets it apart', () => {
    const text = problemsOf(`domain: x
skills:
  - { id: nn, label: neural network, category: c, aliases: [neural networks, NN] }
  - { id: llm, label: LLM, category: c, aliases: [LLMs] }
  - { id: gpu, label: GPU, category: c, aliases: [GPUs], ambiguity: [{ forms: [GPU], caseSensitive: true }, { forms: [GPUs], needsContext: true, context: [cuda] }] }
  - { id: sas, label: SAS, category: c, aliases: [SASes] }
`).join('\n');
    expect(text).toMatch(/skill 'nn': alias 'neural networks' is the plural the compiler adds for 'neural network'/);
    expect(text).toMatch(/skill 'llm': alias 'LLMs' is the plural/);
    expect(text).not.toMatch(/skill 'gpu'/);
    // No plural is added to a word ending in s: "SASes" is an alias of its own.
    expect(text).not.toMatch(/skill 'sas'/);
  });
});

describe('categories are data', () => {
  it('fails a skill whose category is not listed, naming the nearest', () => {
    const entries = readTaxonomyFiles([join(files({ 'a.yaml': 'domain: x\nskills:\n  - { id: a, label: Alpha, category: ml-framwork }\n' }), 'a.yaml')]);
    expect(findProblems(entries).join('\n')).toMatch(/a\.yaml:3: skill 'a': category 'ml-framwork' is not one of taxonomies\/meta\/categories\.yaml \(did you mean 'ml-framework'\?\)/);
  });
  it('tells the code what it needs of each category', () => {
    const c = bundledCategories();
    expect(c.get('soft-skill')).toMatchObject({ technical: false, years: false, reading: 'soft-skill' });
    expect(c.get('industry')).toMatchObject({ technical: false, years: true, reading: 'industry' });
    expect(c.get('methodology')?.reading).toBe('practice');
    expect(c.get('programming-language')).toMatchObject({ technical: true, years: true, reading: 'skill' });
    // Every category a bundled skill has is listed (the build checks it too).
    for (const s of loadTaxonomy().skills.values()) expect(c.has(s.category), s.id).toBe(true);
  });
  it('refuses a category file with an unknown reading or a name listed twice', () => {
    const dir = files({
      'bad.yaml': 'categories:\n  - { id: a, description: "one", reading: odd }\n',
      'twice.yaml': 'categories:\n  - { id: a, description: "one" }\n  - { id: a, description: "two" }\n',
    });
    expect(() => readCategories(join(dir, 'bad.yaml'))).toThrow(/bad\.yaml:2.*reading/s);
    expect(() => readCategories(join(dir, 'twice.yaml'))).toThrow(/'a' is listed twice/);
  });
});

describe('overlays', () => {
  const dir = files({ 'base.yaml': 'domain: x\nskills:\n  - { id: python, label: Python, category: programming-language }\n' });
  it('adds skills and overrides fields by id', () => {
    const overlay = join(files({ 'o.yaml': 'skills:\n  - { id: python, aliases: [py] }\n  - { id: polars, label: Polars, category: data-tool, related: [python] }\n' }), 'o.yaml');
    const t = loadTaxonomy({ dir, overlays: [overlay] });
    expect(t.skills.get('python')?.aliases).toEqual(['py']);
    expect(t.skills.get('polars')?.label).toBe('Polars');
    expect(t.skills.get('polars')?.source.file).toMatch(/o\.yaml$/);
  });
  it('needs label and category for a new skill', () => {
    const overlay = join(files({ 'o.yaml': 'skills:\n  - { id: polars }\n' }), 'o.yaml');
    expect(() => applyOverlay(readTaxonomyFiles([join(dir, 'base.yaml')]), overlay)).toThrow(/o\.yaml:2: skills\[0\] \(polars\): a new skill needs label and category/);
  });
  it('fails validation naming the overlay entry', () => {
    const overlay = join(files({ 'o.yaml': 'skills:\n  - { id: polars, label: Polars, category: data-tool, parents: [dataframes] }\n' }), 'o.yaml');
    expect(() => loadTaxonomy({ dir, overlays: [overlay] })).toThrow(/o\.yaml:2: skill 'polars': parents names 'dataframes'/);
  });
});
