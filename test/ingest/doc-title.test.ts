import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { documentTitleFacts } from '../../src/ingest/doc-title.js';
import { loadPosting } from '../../src/ingest/index.js';

describe("a document's own title", () => {
  it('gives the job and its employer when the job stands as one of the first lines of the text', () => {
    const text = 'JobHarbour Find jobs Sign in\nHome > Jobs > IT jobs > Data Engineer jobs in Manchester\nJobs near Manchester\nData Engineer\nHalden Rail · Manchester · £50,000\n';
    // (Manchester, which the text names as a place, is no employer.)
    expect(documentTitleFacts('Data Engineer - Manchester - Halden Rail | JobHarbour', text)).toEqual({ title: 'Data Engineer', company: 'Halden Rail' });
    expect(documentTitleFacts('Data Analyst (Marketing) | Brightwater Insurance Careers', 'Data Analyst (Marketing)\nBrightwater Insurance is looking for an analyst.\n')).toEqual({
      title: 'Data Analyst (Marketing)',
      company: 'Brightwater Insurance',
    });
  });
  it("gives nothing from a file's name, a template's title, the employer's name alone, or a title the text does not open with", () => {
    const text = 'Acme Corp\nSenior Data Engineer\nRequirements\n- SQL\n';
    expect(documentTitleFacts('Microsoft Word - JD_v3.docx', text)).toEqual({});
    expect(documentTitleFacts('Job Description', text)).toEqual({});
    expect(documentTitleFacts('Acme Corp', text)).toEqual({});
    expect(documentTitleFacts('Platform Engineer | Acme Corp', text)).toEqual({});
  });
  it('names the job and employer of a PDF printed from a job page, its title kept in the metadata', async () => {
    const pdf = await PDFDocument.create();
    pdf.setTitle('Computer Vision Engineer | Orbital Eye');
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    ['Computer Vision Engineer', 'Orbital Eye · Toulouse, France', 'Orbital Eye analyses satellite images.', 'Profile', 'Python and PyTorch'].forEach((line, k) =>
      page.drawText(line, { x: 40, y: 780 - 20 * k, size: 11, font }),
    );
    const path = join(mkdtempSync(join(tmpdir(), 'skillgap-doc-title-')), 'cv-engineer.pdf');
    writeFileSync(path, await pdf.save());
    const posting = await loadPosting(path);
    expect([posting.title, posting.company]).toEqual(['Computer Vision Engineer', 'Orbital Eye']);
  });
});
