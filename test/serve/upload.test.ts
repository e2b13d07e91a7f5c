import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { scanItemsOf } from '../../src/serve/upload.js';

describe('the scan view reads a dropped posting file as the command line does', () => {
  it('takes the title and employer a PDF printed from a job page keeps in its own title, where its text names none', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Data Engineer - Halden Rail | JobHarbour');
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    ['Data Engineer', 'Leeds, full-time', 'Requirements', 'Python and SQL', 'Halden Rail runs the trains of the north.'].forEach((line, i) => page.drawText(line, { x: 40, y: 800 - i * 16, size: 10, font }));
    const items = await scanItemsOf([{ name: 'job.pdf', bytes: await doc.save() }], '');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'record', source: 'job.pdf', record: { title: 'Data Engineer', company: 'Halden Rail' } });
  });

  it('reads a CSV export saved with semicolons (Excel in much of Europe), uploaded or pasted, as the command line does', async () => {
    const csv = 'Title;Company;Description\nData Analyst;Acme;"Requirements: SQL; Python"\nData Engineer;Acme;Spark and Airflow\n';
    for (const items of [await scanItemsOf([{ name: 'export.csv', bytes: new TextEncoder().encode(csv) }], ''), await scanItemsOf([], csv)]) {
      expect(items.map((i) => i.kind)).toEqual(['record', 'record']);
      expect(items[0]).toMatchObject({ record: { Title: 'Data Analyst', Company: 'Acme', Description: 'Requirements: SQL; Python' } });
    }
  });

  it('says once, with its columns, that a CSV has no column with the posting text', async () => {
    const csv = 'Job Title,Employer Name,Job Description (full)\nAnalyst,Acme,SQL\nEngineer,Acme,Go\n';
    const items = await scanItemsOf([{ name: 'odd.csv', bytes: new TextEncoder().encode(csv) }], '');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'error', source: 'odd.csv', error: { code: 'no-text' } });
    expect(items[0]!.kind === 'error' && items[0]!.error.message).toMatch(/^odd\.csv: no column with the posting text .*its columns are 'Job Title', 'Employer Name', 'Job Description \(full\)'; rename the one with the posting text to "description"$/);
  });
});
