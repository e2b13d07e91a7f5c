import { describe, expect, it } from 'vitest';
import { runExamples } from '../../src/taxonomy/examples.js';
import { describeFailure } from '../../src/taxonomy/examples.js';
import { bundledFromFiles, miniTaxonomy } from '../helpers.js';

describe('taxonomy examples', () => {
  it('runs the examples of the test taxonomy', () => {
    const { checked, failures } = runExamples(miniTaxonomy());
    expect(checked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  // Every examples.match / examples.noMatch sentence in taxonomies/*.yaml, one test per skill.
  // From the YAML sources: the build's cache leaves the example sentences out.
  const t = bundledFromFiles();
  const skills = [...t.skills.values()].filter((s) => s.examples);
  it('the bundled taxonomy has examples', () => {
    expect(skills.length).toBeGreaterThan(100);
  });
  describe.each(skills.map((s) => [s.id, s] as const))('%s', (_id, skill) => {
    it('matches its examples and none of its traps', () => {
      // (Read with the whole taxonomy: a name may mean another skill in context, see inContext.)
      const failures = runExamples(t, [skill]).failures.map(describeFailure);
      expect(failures).toEqual([]);
    });
  });
});
