import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../src/build.js';
import { findProblems, listTaxonomyFiles } from '../../src/taxonomy/index.js';
import { bundledEntries, root } from '../helpers.js';

describe('the bundled taxonomy', () => {
  const entries = bundledEntries();
  it('passes every cross-entry check', () => {
    expect(findProblems(entries)).toEqual([]);
  });
  it('covers the terms career guides name', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const id of ['linear-algebra', 'calculus', 'probability', 'statistics', 'python', 'numpy', 'pandas', 'matplotlib', 'seaborn', 'scikit-learn', 'tensorflow', 'pytorch', 'keras', 'cnn', 'rnn', 'gan', 'transformers', 'bert', 'gpt', 'llm', 'nlp', 'computer-vision', 'reinforcement-learning', 'supervised-learning', 'unsupervised-learning', 'ab-testing', 'cross-validation', 'hyperparameter-tuning', 'feature-engineering', 'data-cleaning', 'git', 'unit-testing', 'ci-cd', 'docker', 'kubernetes', 'flask', 'fastapi', 'django', 'aws', 'gcp', 'azure', 'sagemaker', 'prometheus', 'grafana', 'sql', 'apache-spark', 'communication', 'teamwork', 'problem-solving', 'bachelors-degree', 'masters-degree', 'phd']) {
      expect(ids.has(id), id).toBe(true);
    }
  });
  it('gives every file the JSON Schema line', () => {
    for (const f of listTaxonomyFiles()) expect(readFileSync(f, 'utf8').split('\n')[0], f).toMatch(/yaml-language-server: \$schema=\.\.\/schema\/taxonomy\.schema\.json/);
  });
  it('ships generated files that are up to date (JSON Schemas, docs/skills.md)', () => {
    for (const [name, text] of Object.entries(generatedFiles(entries))) {
      expect(readFileSync(join(root, name), 'utf8') === text, `${name} is stale: run npm run generate`).toBe(true);
    }
  });
});
