import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/extract.js';
import { bundledFromFiles, bundledTaxonomy } from '../helpers.js';

const ids = (text: string) => extractText(`Requirements\n${text}`, bundledTaxonomy()).skills.map((s) => s.id);

describe('acronyms the posting defines as something else', () => {
  it('drops an acronym defined as another thing, and its later uses', () => {
    const found = ids('Knowledge of the Massachusetts Contingency Plan (MCP) is preferred.\nPrepare MCP filings.');
    expect(found).not.toContain('mcp');
    expect(ids('Must obtain a Department of Energy (DOE) clearance')).not.toContain('design-of-experiments');
    expect(ids('Integrate the Master Patient Index (MPI) with the warehouse; MPI matching rules')).not.toContain('mpi');
  });
  it('keeps an acronym defined as the skill itself, even misspelt', () => {
    expect(ids('Build agents on the Model Context Protocol (MCP)')).toContain('mcp');
    expect(ids('Natural language process (NLP) experience')).toContain('nlp');
    expect(ids('Design of Experiments (DOE) for process tuning')).toContain('design-of-experiments');
  });
  it('keeps an acronym defined by the skill\'s name give or take a word or a typo, not by another name sharing its last words', () => {
    expect(ids('High Performance Liquid Chromotography (HPLC) of samples')).toContain('hplc');
    expect(ids('Track operational Key Process Indicators (KPIs)')).toContain('kpis');
    expect(ids('Experience with the Customer Data Platform (CDP) and Segment')).not.toContain('cloudera');
  });
  it('judges a definition the same with the compiled cache as with the taxonomy read from its files', () => {
    const fromFiles = bundledFromFiles();
    const text = 'Requirements\nHigh Performance Liquid Chromotography (HPLC); the Massachusetts Contingency Plan (MCP); Key Process Indicators (KPIs)';
    const of = (t: ReturnType<typeof bundledTaxonomy>) => extractText(text, t).skills.map((s) => s.id).sort();
    expect(of(fromFiles)).toEqual(of(bundledTaxonomy()));
  });
  it('reads the words spelling an acronym that is a skill as that skill alone, spelt before or after it', () => {
    const before = ids('You hold a Science, Technology, Engineering or Mathematics (STEM) qualification');
    expect(before).toContain('stem');
    expect(before).not.toContain('technical-field');
    expect(before).not.toContain('mathematics');
    const after = ids('Enrolled at university in a STEM field (Science, Technology, Engineering, Math)');
    expect(after).toContain('stem');
    expect(after).not.toContain('mathematics');
    expect(ids('Maintain SQL Server Reporting Services (SSRS) reports for the branches')).toContain('ssrs');
  });
  it('keeps a skill named by the whole spelling, and words outside the brackets', () => {
    expect(ids('Natural Language Processing (NLP) for support tickets')).toContain('nlp');
    const apart = ids('A STEM background; coursework in mathematics (linear algebra) a plus');
    expect(apart).toEqual(expect.arrayContaining(['stem', 'mathematics']));
  });
  it('reads an acronym that spells the last words of another skill\'s name right before it as that name\'s short form', () => {
    const found = ids('Skills: Power Business Intelligence (BI) dashboards for the sales team');
    expect(found).toContain('power-bi');
    expect(found).not.toContain('business-intelligence');
    // (Not one that spells a name of its own past the other's: "Google Cloud Natural Language Processing (NLP)".)
    expect(ids('Business Intelligence (BI) reporting in Looker')).toContain('business-intelligence');
  });
  it('leaves acronyms alone where nothing defines them', () => {
    expect(ids('Experience with MPI and OpenMP; MCP servers')).toEqual(expect.arrayContaining(['mpi', 'mcp']));
  });
});
