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
});
