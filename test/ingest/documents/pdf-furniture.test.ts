import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { withoutPageFurniture } from '../../../src/ingest/documents/pdf-furniture.js';
import { readPdf } from '../../../src/ingest/documents/pdf.js';

/** A PDF of the given pages, each a list of lines from the top (a line of '' is a gap). */
async function pdfOf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      if (line) page.drawText(line, { x: 40, y: 800 - i * 16, size: 10, font });
    });
  }
  return doc.save();
}

describe('page furniture of a PDF', () => {
  it('drops the header and footer a browser prints on a saved job page', async () => {
    const bytes = await pdfOf([
      ['12/6/26, 7:28 PM Senior Data Engineer - Northwind', '', 'Senior Data Engineer', 'Northwind Logistics', '', 'What you bring', '5+ years of Python', 'Excellent SQL', ...Array(40).fill(''), 'https://jobs.example.com/northwind/123 1/2'],
      ['12/6/26, 7:28 PM Senior Data Engineer - Northwind', '', 'Experience with Apache Kafka', 'Nice to have', 'Terraform', ...Array(40).fill(''), 'https://jobs.example.com/northwind/123 2/2'],
    ]);
    const text = await readPdf('job.pdf', bytes);
    expect(text.split('\n')[0]).toBe('Senior Data Engineer');
    expect(text).not.toMatch(/7:28 PM|jobs\.example\.com/);
    expect(text).toMatch(/Excellent SQL\n+Experience with Apache Kafka/);
  });

  it('drops "Page n of m" and a footer every page repeats, and the first page keeps a running title with no digit', () => {
    const pages = [
      'Data Scientist\nAcme Analytics\nRequirements\nPython\nAcme Analytics - Confidential\nPage 1 of 3',
      'Data Scientist\nSQL\nStatistics\nAcme Analytics - Confidential\nPage 2 of 3',
      'Data Scientist\nNice to have\nSpark\nAcme Analytics - Confidential\nPage 3 of 3',
    ];
    expect(withoutPageFurniture(pages)).toEqual(['Data Scientist\nAcme Analytics\nRequirements\nPython', 'SQL\nStatistics', 'Nice to have\nSpark']);
  });

  it('leaves the text alone where no line at a page edge is furniture', () => {
    const pages = ['Jordan Okafor\nSkills\nPython, SQL\nEducation\nBSc Mathematics, 2021', 'Projects\nChurn model\n2 years of R'];
    expect(withoutPageFurniture(pages)).toEqual(pages);
    // A lone number is the page number only where it is that page's: "3" closing page 1 is content.
    expect(withoutPageFurniture(['Years of SQL\nPython\n3', 'More\nR\n2'])).toEqual(['Years of SQL\nPython\n3', 'More\nR']);
    // A page of a line or two is all text, however alike the pages: "Page 7 Python" on each.
    expect(withoutPageFurniture(['Page 1 Python', 'Page 2 Python', 'Page 3 Python'])).toEqual(['Page 1 Python', 'Page 2 Python', 'Page 3 Python']);
  });

  it('reads the stamps of other locales and page numbers alone', () => {
    expect(withoutPageFurniture(['06.12.2026, 19:28 Stellenanzeige\nIhr Profil\nPython\n- 1 -'])).toEqual(['Ihr Profil\nPython']);
  });
});
