import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/read/sentences.js';

const sentences = (text: string, abbreviations?: ReadonlySet<string>) => splitSentences(text, 0, text.length, abbreviations).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a line break, "; " and a stop before a capital', () => {
    expect(sentences('Python is required. Go is a plus!\nSQL; Spark')).toEqual(['Python is required.', 'Go is a plus!', 'SQL;', 'Spark']);
  });
  it('does not end one at a stop inside a word or before lower case', () => {
    expect(sentences('Node.js and ASP.NET. then more')).toEqual(['Node.js and ASP.NET. then more']);
  });
  it('does not end one after an abbreviation of the language', () => {
    const abbr = new Set(['e.g', 'Inc']);
    expect(sentences('Frameworks, e.g. PyTorch or JAX. Acme Inc. Berlin', abbr)).toEqual(['Frameworks, e.g. PyTorch or JAX.', 'Acme Inc. Berlin']);
  });
  it('keeps offsets into the text', () => {
    const text = 'One. Two.';
    expect(splitSentences(text, 5, text.length)).toEqual([{ start: 5, end: 9 }]);
  });
  it('ends an item at a bullet between blanks, as a flattened list has them', () => {
    const text = 'Requirements • Python and SQL • Spark is a plus · Go';
    expect(splitSentences(text).map((x) => text.slice(x.start, x.end))).toEqual(['Requirements', '• Python and SQL', '• Spark is a plus', '· Go']);
    // A middle dot inside a word is no bullet.
    expect(splitSentences('Kafka·Streams and Flink')).toHaveLength(1);
  });
  it('reads the bullets of symbol fonts, pasted from word processors and PDFs, as bullets', () => {
    const text = 'Requirements \uF0B7 Python and SQL \uF0A7 Spark is a plus \u25CF Go \u27A2 Rust';
    expect(sentences(text)).toEqual(['Requirements', '\uF0B7 Python and SQL', '\uF0A7 Spark is a plus', '\u25CF Go', '\u27A2 Rust']);
  });
});
