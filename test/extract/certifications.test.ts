import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/extract.js';
import { bundledTaxonomy } from '../helpers.js';

const ids = (text: string) => extractText(`Preferred\n${text}`, bundledTaxonomy()).skills.map((s) => s.id);

describe('tools listed as certifications', () => {
  it('are the certification of each, led in by a word of certification', () => {
    expect(ids('Preferred certifications: ITIL V3, TOGAF')).toEqual(expect.arrayContaining(['itil-certification', 'togaf-certification']));
    expect(ids('Candidates holding certifications in either Tableau or Salesforce')).toEqual(expect.arrayContaining(['tableau-certifications', 'salesforce-certifications']));
    expect(ids('Preferred certifications: ITIL V3, TOGAF')).not.toContain('itil');
  });
  it('are the certification of each, a choice closed by a word of certification or a certification', () => {
    expect(ids('AWS or Azure certifications')).toEqual(expect.arrayContaining(['aws-certifications', 'azure-certifications']));
    expect(ids('Power BI or Azure Certification')).toEqual(expect.arrayContaining(['pl-300', 'azure-certifications']));
  });
  it('stay tools in a list all joined, before a stop, and where the taxonomy has no certification of them', () => {
    const found = ids('Strong Python, SQL and Tableau certification');
    expect(found).toEqual(expect.arrayContaining(['python', 'sql', 'tableau-certifications']));
    expect(ids('Certification preferred. AWS and Docker')).toEqual(expect.arrayContaining(['aws', 'docker']));
    expect(ids('Experience with AWS or Azure')).toEqual(expect.arrayContaining(['aws', 'azure']));
    // (A text whose line breaks were lost: the word ends one item, a capitalised word opens the next.)
    const flat = ids('Epic Clarity certification Experience with dbt or Snowflake');
    expect(flat).toEqual(expect.arrayContaining(['dbt', 'snowflake']));
    expect(flat).not.toContain('dbt-certification');
  });
});
