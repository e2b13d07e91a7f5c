import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/report/scan-csv.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [42, '42'],
    [null, ''],
  ])('%j -> %s', (value, expected) => expect(csvField(value)).toBe(expected));
});
