import { InputError, errorMessage } from '../errors.js';
import { pageText, type TextRun } from './pdf-layout.js';

/** Pages beyond this are not a resume; reading stops there. */
const MAX_PAGES = 20;

/**
 * The text of a PDF resume in reading order (columns read one after the other), with pdf.js
 * (pdfjs-dist legacy build, which runs on Node 20). Loaded on first use: most runs never read a PDF.
 */
export async function readPdf(path: string, bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new InputError('encrypted', `${path}: the PDF is password-protected; save an unprotected copy`);
    throw new InputError('unparsable', `${path}: not a readable PDF (${errorMessage(err)})`, { cause: err });
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const [a, b, , d, x, y] = item.transform as number[];
        const size = Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0) || item.height || 10;
        runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
      }
      pages.push(pageText(runs));
      page.cleanup();
    }
    const text = pages.join('\n\n').trim();
    if (text.length === 0) throw new InputError('empty', `${path}: the PDF has no text layer (a scan?); save it as text or run OCR first`);
    return `${text}\n`;
  } finally {
    await doc.destroy();
  }
}
