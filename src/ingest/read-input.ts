import { readFile as readFileCb, stat as statCb } from 'node:fs';
import { promisify } from 'node:util';
import { InputError, errorMessage } from '../errors.js';

/** Larger than any posting or resume; a bigger file is almost surely the wrong file. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

// node:fs's callbacks, not node:fs/promises: reading one posting or profile is what every
// `analyze` does, and fs/promises (with what it loads) costs 1-2 ms of each start-up.
const stat = promisify(statCb);
const readFile = promisify(readFileCb);

/** Read a file as bytes, with one-line errors naming it: missing, a directory, too large, empty. */
export async function readFileBytes(path: string, options: ReadOptions = {}): Promise<Uint8Array> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not-found', `${path}: no such file`);
    if (code === 'EACCES') throw new InputError('unreadable', `${path}: permission denied`);
    throw new InputError('unreadable', `${path}: ${errorMessage(err)}`);
  }
  if (info.isDirectory()) throw new InputError('is-directory', `${path}: is a directory (give the files in it, or use \`skillgap scan ${path}\`)`);
  if (!info.isFile()) throw new InputError('not-a-file', `${path}: not a regular file`);
  if (info.size > max) throw new InputError('too-large', `${path}: file is ${mb(info.size)}, over the ${mb(max)} limit for one input (--max-size)`);
  try {
    return await readFile(path);
  } catch (err) {
    throw new InputError('unreadable', `${path}: ${errorMessage(err)}`);
  }
}

/** Read a stream (stdin) to the end, with the same size limit. */
export async function readStreamBytes(name: string, stream: AsyncIterable<Uint8Array | string>, options: ReadOptions = {}): Promise<Uint8Array> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size > max) throw new InputError('too-large', `${name}: input is over the ${mb(max)} limit for one input (--max-size)`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

const MAGIC: readonly [string, number[]][] = [
  ['a PDF file', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP or Office file', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip file', [0x1f, 0x8b]],
];

/** What kind of binary file this is, or undefined for text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  const n = Math.min(bytes.length, 8000);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16) for (let i = 0; i < n; i++) if (bytes[i] === 0) return 'a binary file';
  return undefined;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Windows-1252 bytes 0x80-0x9F (Node 20's TextDecoder leaves them as C1 controls, as latin1 would). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Bytes as windows-1252, the whole table (0x80-0x9F included: curly quotes, dashes, the euro sign). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Could these (non-UTF-8) bytes be windows-1252 text? Not when they hold control bytes text never
 * has or bytes windows-1252 leaves undefined (then they look binary), nor when more than 30% of
 * them are non-ASCII (then they are some other encoding: Greek, Cyrillic, CJK).
 */
export function windows1252Verdict(bytes: Uint8Array): 'text' | 'binary' | 'other-encoding' {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20) {
      if (b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) return 'binary';
    } else if (b >= 0x7f) {
      if (b === 0x7f || b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return 'binary';
      high++;
    }
  }
  return high > bytes.length * 0.3 ? 'other-encoding' : 'text';
}

export const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Decode a text input: UTF-8 (UTF-16 with a BOM). Bytes that are not UTF-8 but read as windows-1252
 * text (a curly quote or an en dash saved by an old editor) are decoded as windows-1252, with a
 * warning naming the first byte that is not UTF-8 pushed to `warnings`. Binary or other bytes give a
 * one-line error.
 */
export function decodeTextInput(name: string, bytes: Uint8Array, warnings?: string[]): string {
  const binary = binaryKind(bytes);
  if (binary) throw new InputError('binary', `${name}: looks like ${binary}, not text`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return utf8.decode(bytes);
  } catch {
    const at = invalidUtf8At(bytes);
    const verdict = windows1252Verdict(bytes);
    if (verdict === 'binary') throw new InputError('binary', `${name}: looks like a binary file, not text (byte ${hex(bytes[at]!)} at offset ${at} is not UTF-8)`);
    if (verdict === 'other-encoding') {
      throw new InputError('invalid-utf8', `${name}: not valid UTF-8 text (first bad byte at offset ${at}); save it as UTF-8`);
    }
    warnings?.push(`${name}: not valid UTF-8 (first odd byte ${hex(bytes[at]!)} at offset ${at}); read as windows-1252`);
    return decodeWindows1252(bytes);
  }
}
