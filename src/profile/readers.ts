import type { ResumeReader } from './load.js';

/** Readers for binary resume formats, by extension; each loads its library only when called. */
export const readers: Readonly<Record<string, ResumeReader>> = {
  '.pdf': async (path, bytes) => (await import('./pdf.js')).readPdf(path, bytes),
  '.docx': async (path, bytes) => (await import('./docx.js')).readDocx(path, bytes),
};
