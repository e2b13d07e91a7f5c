import { TextDecoder } from 'node:util';

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
}

/** Windows-1252 bytes 0x80-0x9F (Node 20's TextDecoder leaves them as C1 controls, as latin1 would). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
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

export function decodeHtml(bytes: Uint8Array, contentType?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding, from: 'bom' };
  }
  const fromHeader = decoderFor(charsetOf(contentType));
  if (fromHeader) return { text: decodeWith(fromHeader, bytes), encoding: fromHeader.encoding, from: 'header' };

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
  if (fromMeta) return { text: decodeWith(fromMeta, bytes), encoding: fromMeta.encoding, from: 'meta' };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', from: 'default' };
}
