import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchText } from '../../src/extract/match.js';
import { readRejectedTerms } from '../../src/taxonomy/rejected.js';
import { bundledTaxonomy, root } from '../helpers.js';

/** taxonomies/rejected/terms.yaml: reviewed terms that are no skills (npm run taxonomy:gaps). */
describe('the rejected terms', () => {
  const terms = readRejectedTerms(join(root, 'taxonomies/rejected/terms.yaml'));
  it('each has a reason, once', () => {
    expect(new Set(terms.map((t) => t.term.toLowerCase())).size).toBe(terms.length);
    for (const t of terms) expect(t.reason.length, t.term).toBeGreaterThan(2);
  });
  it('are not skills the taxonomy matches (a rejected term the taxonomy has since learned is stale)', () => {
    const matched = terms.filter((t) => matchText(t.term, bundledTaxonomy(), { assumeContext: true }).some((m) => m.start === 0 && m.end === t.term.length));
    expect(matched.map((t) => t.term)).toEqual([]);
  });
});
