import { InputError, errorMessage } from '../../errors.js';

/**
 * A Word document's XML parts (the ones read for its text) may inflate to at most this many bytes
 * in all (50 MB; a long resume is well under 1 MB). Checked from the zip's central directory before
 * anything is inflated, then while inflating (a part that inflates past its declared size stops).
 */
export const DOCX_MAX_XML_BYTES = 50 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The XML parts of a .docx, checked against the bound: one-line errors naming the file. */
async function checkInflatedSize(path: string, bytes: Uint8Array, max: number): Promise<void> {
  // yauzl is CommonJS: bundled, its functions sit on the namespace's default export; run from source, on both.
  const mod = (await import('yauzl')) as typeof import('yauzl') & { default?: typeof import('yauzl') };
  const yauzl = mod.default ?? mod;
  const fail = (err: unknown): InputError =>
    err instanceof InputError ? err : new InputError('unparsable', `${path}: not a readable Word document (${errorMessage(err)})`, { cause: err });
  const zip = await new Promise<import('yauzl').ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, z) => (err ? reject(fail(err)) : resolve(z))),
  );
  const parts: import('yauzl').Entry[] = [];
  let declared = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (err) => reject(fail(err)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: import('yauzl').Entry) => {
      if (/\.(xml|rels)$/i.test(entry.fileName)) {
        declared += entry.uncompressedSize;
        if (declared > max) {
          zip.close();
          reject(new InputError('too-large', `${path}: the document's XML inflates to ${mb(declared)} or more, over the ${mb(max)} limit for a Word document (checked before inflating)`));
          return;
        }
        parts.push(entry);
      }
      zip.readEntry();
    });
    zip.readEntry();
  });
  // The central directory may lie: inflate each part, discarding it, stopping at its declared size.
  for (const entry of parts) {
    await new Promise<void>((resolve, reject) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(fail(err));
        stream.on('error', (e) => reject(new InputError('too-large', `${path}: ${entry.fileName} inflates past its declared size (${errorMessage(e)})`)));
        stream.on('end', () => resolve());
        stream.resume();
      });
    });
  }
  zip.close();
}

/**
 * The text of a Word (.docx) document (a resume, a posting), with mammoth, loaded on first use: its
 * HTML read as a page's text is, one paragraph a line. Headings and list items ("- item") stand on
 * their own lines, so sections are found as in a text; a table's row is one line of cells joined by
 * " | " (a person specification with "Essential" and "Desirable" columns, a "Job Title | Data
 * Analyst" row), as a table of a saved page is.
 */
export async function readDocx(path: string, bytes: Uint8Array, options: { maxXmlBytes?: number } = {}): Promise<string> {
  await checkInflatedSize(path, bytes, options.maxXmlBytes ?? DOCX_MAX_XML_BYTES);
  const [{ default: mammoth }, { htmlValueToText }] = await Promise.all([import('mammoth'), import('../html/job-posting.js')]);
  let value: string;
  try {
    ({ value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (err) {
    throw new InputError('unparsable', `${path}: not a readable Word document (${errorMessage(err)})`, { cause: err });
  }
  // One line break per paragraph reads like a text resume (no blank lines around headings).
  const text = htmlValueToText(value).replace(/\n{2,}/g, '\n').trim();
  if (text.length === 0) throw new InputError('empty', `${path}: the document has no text`);
  return `${text}\n`;
}
