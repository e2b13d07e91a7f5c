import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/extract/extract.js';
import { fileNameFacts, postingFromText } from '../../src/ingest/text.js';
import { miniTaxonomy } from '../helpers.js';

describe('text postings', () => {
  it('reads Field: value lines near the top, and a title line', () => {
    const p = extractPosting(postingFromText('job.md', '# ML Engineer\n**Company:** Acme\nLocation: Berlin\nSalary: 90k\n'), miniTaxonomy());
    expect(p).toMatchObject({ title: 'ML Engineer', company: 'Acme', location: 'Berlin', salary: '90k' });
  });
  it("decodes a text's HTML character references, only those closed by a semicolon", () => {
    expect(postingFromText('job.txt', 'WHAT WE DON&#39;T NEED &ndash; Kafka &amp; Flink. R&D, AT&T, &copy 2024').text).toBe("WHAT WE DON'T NEED – Kafka & Flink. R&D, AT&T, &copy 2024");
  });
  it('does not take a sentence for a title', () => {
    expect(extractPosting(postingFromText('job.txt', 'We are hiring a great engineer to join us.\nPython'), miniTaxonomy()).title).toBeNull();
    expect(extractPosting(postingFromText('job.txt', 'We are looking for someone who knows Python to join our team\nPython'), miniTaxonomy()).title).toBeNull();
  });
  it('reads the company and title of a file named <id>_<Company>_<Title>', () => {
    expect(fileNameFacts('exports/1042_Acme-Robotics_Senior-Data-Scientist.txt')).toEqual({ company: 'Acme Robotics', title: 'Senior Data Scientist' });
    expect(fileNameFacts('a17_Northwind Traders_ML Engineer (Remote).md')).toEqual({ company: 'Northwind Traders', title: 'ML Engineer (Remote)' });
    expect(fileNameFacts('my_job_notes.txt')).toEqual({});
    expect(fileNameFacts('11_data_governance.txt')).toEqual({});
    expect(fileNameFacts('d04_startup_backend.txt')).toEqual({});
    expect(fileNameFacts('posting.txt')).toEqual({});
    const p = extractPosting(postingFromText('1042_Acme_Data-Engineer.txt', 'We build data platforms.\nRequirements\n- Python'), miniTaxonomy());
    expect(p).toMatchObject({ title: 'Data Engineer', company: 'Acme' });
  });
});
