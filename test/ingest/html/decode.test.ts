import { describe, expect, it } from 'vitest';
import { charsetOf, decodeHtml } from '../../../src/ingest/html/decode.js';
import { postingFromHtml } from '../../../src/ingest/html/index.js';
import { htmlFixture } from '../fixture-server.js';

const latin = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('charset detection', () => {
  it('reads a windows-1252 page from its meta tag, smart quotes and euro sign included', () => {
    const d = decodeHtml(htmlFixture('windows-1252.html'));
    expect(d).toMatchObject({ encoding: 'windows-1252', from: 'meta' });
    expect(d.text).toContain('L’Atelier Brisé');
    expect(d.text).toContain('45 000 € – 52 000 €');
    expect(d.text).toContain('“emploi@atelier-brise.example”');
  });

  it('reads UTF-16 from its byte-order mark', () => {
    const d = decodeHtml(htmlFixture('utf-16.html'));
    expect(d).toMatchObject({ encoding: 'utf-16le', from: 'bom' });
    expect(d.text).toContain('Müller &amp; Söhne');
  });

  it('reads UTF-16BE from its BOM and UTF-16 without a BOM from its zero bytes', () => {
    const be = Uint8Array.from([0xfe, 0xff, 0, 0x3c, 0, 0x70, 0, 0x3e, 0, 0xe9]);
    expect(decodeHtml(be).text).toBe('<p>é');
    const le = new Uint8Array(Buffer.from('<p>ü</p>', 'utf16le'));
    expect(decodeHtml(le)).toMatchObject({ text: '<p>ü</p>', encoding: 'utf-16le' });
  });

  it('the HTTP header wins over the meta tag; a BOM wins over both', () => {
    const page = latin('<meta charset="utf-8"><p>caf\xe9</p>');
    expect(decodeHtml(page, 'text/html; charset=ISO-8859-1')).toMatchObject({ encoding: 'windows-1252', from: 'header' });
    expect(decodeHtml(page, 'text/html; charset=ISO-8859-1').text).toContain('café');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>café</p>')]);
    expect(decodeHtml(bom, 'text/html; charset=windows-1252')).toMatchObject({ text: '<p>café</p>', from: 'bom' });
  });

  it('falls back to UTF-8 for unknown labels and no declaration', () => {
    const page = new TextEncoder().encode('<meta charset="x-made-up"><p>naïve</p>');
    expect(decodeHtml(page)).toMatchObject({ encoding: 'utf-8', from: 'default' });
    expect(decodeHtml(page).text).toContain('naïve');
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetOf('text/html')).toBeUndefined();
  });

  it('postingFromHtml decodes bytes before reading', () => {
    const { posting } = postingFromHtml('w.html', htmlFixture('windows-1252.html'));
    expect(posting.title).toBe('Développeur Python confirmé');
    expect(posting.text).toContain('3 ans d’expérience avec Python et PostgreSQL');
    const u = postingFromHtml('u.html', htmlFixture('utf-16.html'));
    expect(u.posting.text).toContain('Betrieb und Tuning von PostgreSQL und Oracle');
  });
});
