import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/yaml-source.js';

const text = [
  'name: Sam', //                         1
  'skills:', //                           2
  '  - Python', //                        3
  '  - name: SQL', //                     4
  '    years: 3', //                      5
  '  - { name: Go, level: expert }', //   6
  '  -', //                               7
  '    name: Rust', //                    8
  'notes: |', //                          9
  '  first line', //                      10
  '  second line', //                     11
  'nested:', //                           12
  '  deeper:', //                         13
  '    - [a, "b c"]', //                  14
  '',
].join('\n');

describe('parseSource', () => {
  it('gives the value of a YAML document', () => {
    expect(parseSource('p.yaml', text).value).toEqual({
      name: 'Sam',
      skills: ['Python', { name: 'SQL', years: 3 }, { name: 'Go', level: 'expert' }, { name: 'Rust' }],
      notes: 'first line\nsecond line\n',
      nested: { deeper: [['a', 'b c']] },
    });
  });

  it('says on which line each value stands, in block and flow style', () => {
    const src = parseSource('p.yaml', text);
    expect(src.lineOf([])).toBe(1);
    expect(src.lineOf(['name'])).toBe(1);
    expect(src.lineOf(['skills'])).toBe(3);
    expect(src.lineOf(['skills', 0])).toBe(3);
    expect(src.lineOf(['skills', 1])).toBe(4);
    expect(src.lineOf(['skills', 1, 'years'])).toBe(5);
    expect(src.lineOf(['skills', 2])).toBe(6);
    expect(src.lineOf(['skills', 2, 'level'])).toBe(6);
    expect(src.lineOf(['skills', 3])).toBe(8);
    expect(src.lineOf(['notes'])).toBe(9);
    expect(src.lineOf(['nested', 'deeper', 0, 1])).toBe(14);
  });

  it('names the line of as much of a path as the document holds', () => {
    const src = parseSource('p.yaml', text);
    expect(src.lineOf(['skills', 1, 'level'])).toBe(4);
    expect(src.lineOf(['skills', 9])).toBe(3);
    expect(src.lineOf(['nowhere', 0])).toBe(1);
  });

  it('reads JSON, and an empty file as null', () => {
    expect(parseSource('p.json', '{"skills": [{"name": "SQL"}]}').value).toEqual({ skills: [{ name: 'SQL' }] });
    expect(parseSource('p.yaml', '').value).toBeNull();
    expect(parseSource('p.yaml', '# nothing but a comment\n').value).toBeNull();
  });

  it('refuses bad YAML in one line naming the file and line', () => {
    expect(() => parseSource('p.yaml', 'a: 1\nb: [1\n')).toThrow(/^p\.yaml:3: /);
    expect(() => parseSource('p.yaml', 'skills:\n  - a\nskills:\n  - b\n')).toThrow(/^p\.yaml:3: duplicated mapping key$/);
    expect(() => parseSource('p.yaml', 'a: 1\n---\nb: 2\n')).toThrow(/^p\.yaml:3: a second document/);
    expect(() => parseSource('p.yaml', 'a: *nowhere\n')).toThrow(/^p\.yaml:1: /);
  });

  it('takes aliases, but not ones that expand to millions of values', () => {
    expect(parseSource('p.yaml', 'base: &b { level: expert }\nskills:\n  - *b\n  - *b\n').value).toEqual({ base: { level: 'expert' }, skills: [{ level: 'expert' }, { level: 'expert' }] });
    const names = 'abcdefghij';
    const lines = [`a: &a [${Array(10).fill('"x"').join(', ')}]`];
    for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(10).fill(`*${names[i - 1]}`).join(', ')}]`);
    expect(() => parseSource('lol.yaml', `${lines.join('\n')}\n`)).toThrow(/^lol\.yaml:1: its aliases expand to more than 1,000,000 values$/);
  });
});
