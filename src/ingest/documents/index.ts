/**
 * Documents to text: PDF (pdf.js, reading order across columns) and Word .docx (mammoth). Postings
 * saved as PDF or DOCX and resumes are read alike. Each reader loads its library only when called.
 */

/** A binary document's text, from its name (for messages) and bytes. */
export type DocumentReader = (path: string, bytes: Uint8Array) => Promise<string>;

/** Readers for binary document formats, by extension. */
export const readers: Readonly<Record<string, DocumentReader>> = {
  '.pdf': async (path, bytes) => (await import('./pdf.js')).readPdf(path, bytes),
  '.docx': async (path, bytes) => (await import('./docx.js')).readDocx(path, bytes),
};

/** The extensions the readers take. */
export const DOCUMENT_EXTENSIONS = new Set(Object.keys(readers));
