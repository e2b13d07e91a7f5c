import { describe, expect, it } from 'vitest';
import { indexIn, isWhiteSpace, onOneLine } from '../src/white-space.js';

describe('white space', () => {
  it('tells white space as \\s does', () => {
    for (const c of [' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff']) expect(isWhiteSpace(c.charCodeAt(0)), JSON.stringify(c)).toBe(true);
    for (const c of ['a', '-', '\u200b']) expect(isWhiteSpace(c.charCodeAt(0)), JSON.stringify(c)).toBe(/\s/.test(c));
  });
  it('finds a character without reading past the end it is given', () => {
    expect(indexIn('a:b:c', 58, 2, 5)).toBe(3);
    expect(indexIn('a:b:c', 58, 2, 3)).toBe(-1);
  });
  it('tells a text whose words all stand on one line, blank lines around it aside', () => {
    expect(onOneLine('Data Engineer What you bring • Python • SQL')).toBe(true);
    expect(onOneLine('Data Engineer What you bring • Python • SQL\n')).toBe(true);
    expect(onOneLine('\n\n  Data Engineer • Python \r\n\n')).toBe(true);
    expect(onOneLine('Data Engineer\nWhat you bring')).toBe(false);
    expect(onOneLine('')).toBe(true);
  });
});
