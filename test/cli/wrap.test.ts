import { describe, expect, it } from 'vitest';
import { visibleWidth, wrapText } from '../../src/cli/wrap.js';

describe('wrapText', () => {
  it('wraps long lines at spaces, continuing two columns in, and leaves short lines alone', () => {
    const text = `short\n    ${'word '.repeat(30).trim()}\n`;
    const out = wrapText(text, 40);
    for (const l of out.split('\n')) expect(visibleWidth(l)).toBeLessThanOrEqual(40);
    expect(out.split('\n')[0]).toBe('short');
    expect(out.split('\n')[2]).toMatch(/^ {6}word/);
    expect(out.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });
  it('counts colour codes as no width, and keeps a word longer than the line whole', () => {
    expect(visibleWidth('\u001b[1mbold\u001b[22m')).toBe(4);
    const url = `https://example.com/${'x'.repeat(60)}`;
    expect(wrapText(`see ${url}`, 30)).toBe(`see\n  ${url}`);
  });
});
