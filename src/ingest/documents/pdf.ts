import { InputError, errorMessage } from '../../errors.js';
import { withoutPageFurniture } from './pdf-furniture.js';
import { pageText, type TextRun } from './pdf-layout.js';

/**
 * Bounds on reading one PDF: every page is read until the text passes PDF_MAX_CHARS (1 million
 * characters, some 300 dense pages) or reading has taken PDF_MAX_MS (30 s); a bound that stops the
 * reading gives a warning naming the file and the last page read.
 */
export const PDF_MAX_CHARS = 1_000_000;
export const PDF_MAX_MS = 30_000;

export interface PdfOptions {
  /** Told what reading noticed (a bound that stopped it), one line each naming the file. */
  warnings?: string[];
  maxChars?: number;
  maxMs?: number;
  /** Told the document's own title (its metadata's Title), when it has one. */
  info?: { title?: string };
}

/**
 * The text of a PDF (a resume, a saved posting) in reading order (columns read one after the other), with pdf.js
 * (pdfjs-dist legacy build, which runs on Node 20). Loaded on first use: most runs never read a PDF.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoading: Promise<PdfJs> | undefined;

/**
 * pdf.js, bundled into dist (pdfjs-dist is a build-time dependency, so an install never pulls its
 * 33 MB optional canvas binary, which only rendering pages to images needs). In Node, pdf.js looks for
 * that canvas at load: reading text needs only a DOMMatrix (@thednp/dommatrix), and its notes that the
 * canvas is missing are dropped. Its worker runs in this thread (`globalThis.pdfjsWorker`).
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    g.DOMMatrix ??= (await import('@thednp/dommatrix')).default;
    const log = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && /^Warning: Cannot (load "@napi-rs\/canvas"|polyfill `(ImageData|Path2D)`)/.test(args[0])) return;
      log.apply(console, args);
    };
    try {
      const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
      g.pdfjsWorker ??= worker;
      return pdfjs;
    } finally {
      console.warn = log;
    }
  })();
  return pdfjsLoading;
}

export async function readPdf(path: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<string> {
  const pdfjs = await loadPdfJs();
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
    if (options.info) {
      const meta = await doc.getMetadata().catch(() => undefined);
      const title = (meta?.info as { Title?: unknown } | undefined)?.Title;
      if (typeof title === 'string' && title.trim() !== '') options.info.title = title.trim();
    }
    const pages: string[] = [];
    const maxChars = options.maxChars ?? PDF_MAX_CHARS;
    const deadline = Date.now() + (options.maxMs ?? PDF_MAX_MS);
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (n > 1 && (chars >= maxChars || Date.now() > deadline)) {
        const why = chars >= maxChars ? `its text passed ${maxChars.toLocaleString('en')} characters` : `reading took over ${(options.maxMs ?? PDF_MAX_MS) / 1000} s`;
        options.warnings?.push(`${path}: read pages 1-${n - 1} of ${doc.numPages}; stopped at page ${n} because ${why}`);
        break;
      }
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const [a, b, , d, x, y] = item.transform as number[];
        const size = Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0) || item.height || 10;
        runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
      }
      const text = pageText(runs);
      chars += text.length;
      pages.push(text);
      page.cleanup();
    }
    // (Without the running headers and footers of its pages: see withoutPageFurniture.)
    const text = withoutPageFurniture(pages).join('\n\n').trim();
    if (text.length === 0) throw new InputError('empty', `${path}: the PDF has no text layer (a scan?); save it as text or run OCR first`);
    return `${text}\n`;
  } finally {
    await doc.destroy();
  }
}
