import { describe, expect, it } from 'vitest';
import { textFacts } from '../../src/ingest/text.js';

describe('textFacts', () => {
  it('reads Field: value lines near the top', () => {
    expect(textFacts('# ML Engineer\n**Company:** Acme\nLocation: Berlin\nSalary: 90k\n')).toMatchObject({
      title: 'ML Engineer',
      company: 'Acme',
      location: 'Berlin',
      salary: '90k',
    });
  });
  it('does not take a sentence for a title', () => {
    expect(textFacts('We are hiring a great engineer to join us.\nPython').title).toBeUndefined();
  });
});
