import { InputError, errorMessage } from '../errors.js';

/**
 * The text of a Word (.docx) resume, one paragraph a line, with mammoth. Loaded on first use.
 * Headings, list items and table cells each come out as paragraphs, so resume sections are found
 * the same way as in a text resume.
 */
export async function readDocx(path: string, bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (err) {
    throw new InputError('unparsable', `${path}: not a readable Word document (${errorMessage(err)})`, { cause: err });
  }
  // mammoth ends each paragraph with a blank line; one line break per paragraph reads like a text resume.
  const text = value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').trim();
  if (text.length === 0) throw new InputError('empty', `${path}: the document has no text`);
  return `${text}\n`;
}
