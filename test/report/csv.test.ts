import { describe, expect, it } from 'vitest';
import { csvRows, guardFormula } from '../../src/report/csv.js';
import { mergedKeywordsCsv } from '../../src/report/keywords-csv.js';
import { sanitize } from '../../src/report/sanitize.js';

describe('the CSV writer', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['plain', 'plain'],
    [-3, -3],
    [null, null],
  ])('guards %j as %j', (cell, expected) => expect(guardFormula(cell)).toBe(expected));
  it('quotes what must be quoted (RFC 4180, CRLF), a lone line feed and edge white space too', () => {
    expect(csvRows([['a, b', 'say "hi"', 'two\nlines', ' pad', 1, null]])).toBe('"a, b","say ""hi""","two\nlines"," pad",1,\r\n');
  });
  it('the keywords CSV uses it: a leading tab stays and is guarded', () => {
    const s = { write: '\t=1+1', label: 'X', id: 'x', importance: 'required', asks: 1, note: '=HYPERLINK("x")', postings: 1, share: 1 };
    const csv = mergedKeywordsCsv({ useWording: [s], addToSkills: [], alreadyThere: [], related: [], toLearn: [], conditions: [] } as never);
    expect(csv.split('\r\n')[1]).toBe(`use-wording,'\t=1+1,X,x,required,1,1,1,"'=HYPERLINK(""x"")"`);
  });
});

describe('sanitize', () => {
  it('removes escape sequences and control characters, keeps line feeds and tabs', () => {
    expect(sanitize('A\u001b[2J\u001b]0;pwned\u0007B\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\C\tD\nE\u0007\u009b31mF\u001bcG\u0000')).toBe('ABlinkC\tD\nEFG');
  });
  it('leaves clean text (and null) alone', () => {
    expect(sanitize('PyTorch · Acme (Berlin)')).toBe('PyTorch · Acme (Berlin)');
    expect(sanitize(null)).toBe(null);
  });
});
