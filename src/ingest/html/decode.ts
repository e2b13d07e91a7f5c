import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { decodeWindows1252, hex, invalidUtf8At, windows1252Verdict } from '../read-input.js';

/**
 * Bytes of an HTML page to a string. The encoding comes from, in this order (the HTML standard's
 * order): a byte-order mark, the HTTP `Content-Type` charset, a `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="...; charset=...">` in the first 1024 bytes, else UTF-8.
 * Node's TextDecoder knows the WHATWG labels (windows-1252, iso-8859-1 -> windows-1252, utf-16le/be,
 * shift_jis, ...); an unknown label falls back to UTF-8.
 */

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`, `utf-16le`. */
  encoding: string;
  /** Where the encoding came from. */
  from: 'bom' | 'header' | 'meta' | 'default';
  /** Set when the declared (or default) encoding did not fit the bytes and another was used. */
  warning?: string;
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, ''));
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type value, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return m?.[2];
}

/** The charset a page declares in its first 1024 bytes (read as ASCII). */
export function metaCharset(head: string): string | undefined {
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return charset?.[1];
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

const SINGLE_BYTE = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|x-mac-cyrillic|ibm866)$/;

function hasZeroBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return zeros > n * 0.1;
}

/**
 * A declared encoding checked against the bytes; a replacement when it does not fit them: UTF-16
 * declared on bytes with no zero bytes (UTF-16 of a page is half zeros) that are valid UTF-8, or a
 * single-byte encoding declared on bytes that are valid UTF-8 with multi-byte characters, are UTF-8;
 * UTF-8 declared (or assumed) on bytes that are not UTF-8 but read as windows-1252 are windows-1252.
 */
function checkDeclared(bytes: Uint8Array, encoding: string, where: string, from: Decoded['from']): Decoded | undefined {
  if (encoding === 'utf-8') {
    if (isUtf8(bytes) || windows1252Verdict(bytes) !== 'text') return undefined;
    const at = invalidUtf8At(bytes);
    const warning = `not valid UTF-8 (first odd byte ${hex(bytes[at]!)} at offset ${at})${where ? ` though ${where} says UTF-8` : ''}; read as windows-1252`;
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', from, warning };
  }
  const utf16 = encoding.startsWith('utf-16');
  if (!utf16 && !SINGLE_BYTE.test(encoding)) return undefined;
  if (utf16 && hasZeroBytes(bytes)) return undefined;
  if (!utf16 && !bytes.some((b) => b >= 0x80)) return undefined;
  if (!isUtf8(bytes)) return undefined;
  const warning = `${where} declares ${encoding}, but the bytes are UTF-8; read as UTF-8`;
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', from, warning };
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding, from: 'bom' };
  }
  const fromHeader = decoderFor(charsetOf(contentType));
  if (fromHeader) {
    const checked = checkDeclared(bytes, fromHeader.encoding, 'the Content-Type header', 'header');
    return checked ?? { text: decodeWith(fromHeader, bytes), encoding: fromHeader.encoding, from: 'header' };
  }

  // UTF-16 without a BOM shows as ASCII with every other byte zero: "<\0h\0t\0..." or "\0<\0h...".
  if (bytes.length >= 4 && bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', from: 'default' };
  }
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] !== 0) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', from: 'default' };
  }

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  let fromMeta = decoderFor(metaCharset(head));
  // A page read as bytes that declares UTF-16 in ASCII is not UTF-16 (the standard says: UTF-8).
  if (fromMeta && fromMeta.encoding.startsWith('utf-16')) fromMeta = new TextDecoder('utf-8');
  if (fromMeta) {
    const checked = checkDeclared(bytes, fromMeta.encoding, "the page's <meta> charset", 'meta');
    return checked ?? { text: decodeWith(fromMeta, bytes), encoding: fromMeta.encoding, from: 'meta' };
  }
  return checkDeclared(bytes, 'utf-8', '', 'default') ?? { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', from: 'default' };
}
