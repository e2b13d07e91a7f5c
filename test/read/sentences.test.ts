import { describe, expect, it } from 'vitest';
import { bundledVocabularies } from '../../src/read/index.js';
import { splitSentences } from '../../src/read/sentences.js';

const sentences = (text: string, abbreviations?: ReadonlySet<string>) => splitSentences(text, 0, text.length, abbreviations).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a line break, "; " and a stop before a capital', () => {
    expect(sentences('Python is required. Go is a plus!\nSQL; Spark')).toEqual(['Python is required.', 'Go is a plus!', 'SQL;', 'Spark']);
  });
  it('does not end one at a stop inside a word or before lower case', () => {
    expect(sentences('Node.js and ASP.NET. then more')).toEqual(['Node.js and ASP.NET. then more']);
  });
  it("does not end one at the full stop of an item's number in a list a colon opens, but does after a number elsewhere", () => {
    expect(sentences('Experience in: 1. Formulating lotions; 2. Conducting assays')).toEqual(['Experience in: 1. Formulating lotions; 2. Conducting assays']);
    expect(sentences('Experience in: 1. Formulating lotions')).toEqual(['Experience in: 1. Formulating lotions']);
    expect(sentences('We grew 12. Then more came')).toEqual(['We grew 12.', 'Then more came']);
  });
  it('does not end one after an abbreviation of the language', () => {
    const abbr = new Set(['e.g', 'Inc']);
    expect(sentences('Frameworks, e.g. PyTorch or JAX. Acme Inc. Berlin', abbr)).toEqual(['Frameworks, e.g. PyTorch or JAX.', 'Acme Inc. Berlin']);
  });
  it("starts a sentence at a word that only opens one, after a word and before lower case (the language's sentenceOpeners)", () => {
    const openers = bundledVocabularies().find((v) => v.language === 'en')!.sentenceOpeners;
    const split = (text: string) => splitSentences(text, 0, text.length, undefined, openers).map((s) => text.slice(s.start, s.end));
    expect(split('Experience with SQL and ETL Benefits We offer a competitive salary')).toEqual(['Experience with SQL and ETL Benefits', 'We offer a competitive salary']);
    expect(split('Experience presenting data (Tableau) You will report to the CTO')).toEqual(['Experience presenting data (Tableau)', 'You will report to the CTO']);
    // Not in Title Case ("What We Offer"), nor after a comma, nor without such a word list.
    expect(split('Experience with SQL What We Offer Health insurance')).toHaveLength(1);
    expect(split('Python, We offer')).toHaveLength(1);
    expect(sentences('Experience with SQL We offer a competitive salary')).toHaveLength(1);
  });
  it('keeps offsets into the text', () => {
    const text = 'One. Two.';
    expect(splitSentences(text, 5, text.length)).toEqual([{ start: 5, end: 9 }]);
  });
  it('ends an item at a bullet between blanks, as a flattened list has them', () => {
    const text = 'Requirements • Python and SQL • Spark is a plus · Go';
    expect(splitSentences(text).map((x) => text.slice(x.start, x.end))).toEqual(['Requirements', '• Python and SQL', '• Spark is a plus', '· Go']);
    // ... and a glyph glued to its item's first word, a capital ("preferably in Linux •Good listener"), not one inside a word.
    const glued = 'Programming (Python preferred) preferably in Linux •Good listener •Talent for SQL and a·b';
    expect(splitSentences(glued).map((x) => glued.slice(x.start, x.end))).toEqual(['Programming (Python preferred) preferably in Linux', '•Good listener', '•Talent for SQL and a·b']);
    // A middle dot inside a word is no bullet.
    expect(splitSentences('Kafka·Streams and Flink')).toHaveLength(1);
  });
  it('reads the bullets of symbol fonts, pasted from word processors and PDFs, as bullets', () => {
    const text = 'Requirements \uF0B7 Python and SQL \uF0A7 Spark is a plus \u25CF Go \u27A2 Rust';
    expect(sentences(text)).toEqual(['Requirements', '\uF0B7 Python and SQL', '\uF0A7 Spark is a plus', '\u25CF Go', '\u27A2 Rust']);
  });
  it('ends an item at a dash or star between blanks before a capital in a line that runs a dash list together', () => {
    const text = `What you bring - 5+ years of software engineering experience - Strong Python; Go is a plus - Experience with state-of-the-art PyTorch - Familiarity with LangChain, ${'and more of the same kind of words '.repeat(3)}`;
    expect(sentences(text).slice(0, 4)).toEqual(['What you bring', '- 5+ years of software engineering experience', '- Strong Python;', 'Go is a plus']);
    expect(sentences(text)[4]).toBe('- Experience with state-of-the-art PyTorch');
    // ... or a plus, as some exports mark items ("+ MS in chemical engineering + Active clearance").
    const plus = `Preferred Qualifications + MS in chemical engineering + Active Federal Q Clearance + Experience with Python and C++ ${'and more of the same kind of words '.repeat(3)}`;
    expect(sentences(plus).slice(0, 3)).toEqual(['Preferred Qualifications', '+ MS in chemical engineering', '+ Active Federal Q Clearance']);
    // Fewer than three such dashes, or a short line, is no list: "Data Scientist - Remote", "5 - 7 years - Python".
    const two = `Data Scientist - Remote. We need 5 - 7 years - Python and more ${'words of the same kind and more '.repeat(8)}`;
    expect(sentences(two)[0]).toBe('Data Scientist - Remote.');
    expect(sentences(two)[1]!.startsWith('We need 5 - 7 years - Python')).toBe(true);
    expect(sentences('SQL - Python - Go - Rust')).toEqual(['SQL - Python - Go - Rust']);
    // (Nor a lone star in a line that is no such list.)
    expect(sentences(`Rate your SQL * Python skills ${'and more words of the same kind '.repeat(8)}`)).toHaveLength(1);
  });
  it('ends an item at a star glued to the item before it in a line that runs a star list together, not at bold', () => {
    const text = `You have:* 5+ years of Python* Experience with SQL and Spark* Strong communication skills* A degree in statistics ${'and more words of the same kind '.repeat(3)}`;
    expect(sentences(text).slice(0, 4)).toEqual(['You have:', '* 5+ years of Python', '* Experience with SQL and Spark', '* Strong communication skills']);
    // (Bold's closing stars, a footnote's star and fewer than three glued stars are no items.)
    expect(sentences(`Use **Python** and **SQL** daily, plus Scala* Terms apply ${'and more words of the same kind '.repeat(8)}`)).toHaveLength(1);
  });
  it('ends an item at an emoji between blanks in a line that runs an emoji list together', () => {
    const text = "What you'll be doing 🔹 Build dashboards in Looker for clinic managers 🔹 Write SQL models and own data quality checks 🔹 Present findings What we're looking for ✅ 3+ years of experience in analytics ✅ Advanced SQL 👩‍💻 Python";
    expect(sentences(text)).toEqual([
      "What you'll be doing",
      '🔹 Build dashboards in Looker for clinic managers',
      '🔹 Write SQL models and own data quality checks',
      "🔹 Present findings What we're looking for",
      '✅ 3+ years of experience in analytics',
      '✅ Advanced SQL',
      '👩‍💻 Python',
    ]);
    // Emoji in a line that lists nothing stay in their sentence.
    expect(sentences(`We love data 🚀 and ${'a long sentence of words '.repeat(10)}`)).toHaveLength(1);
  });
  it('ends a sentence before Markdown heading marks run into a line, not at C# or a tag', () => {
    expect(sentences('## Requirements Experience with dbt ## Nice to have Terraform')).toEqual(['## Requirements Experience with dbt', '## Nice to have Terraform']);
    expect(sentences('Strong Python and Docker. ## Why us Competitive salary')).toEqual(['Strong Python and Docker.', '## Why us Competitive salary']);
    expect(sentences('Experience with C# and F# #LI-SP1 and # of users')).toHaveLength(1);
  });
  it('ends a sentence before a bold label run into a line, not at bold inside a sentence', () => {
    expect(sentences('• A budget of 2,000 GBP per year **Our interview process** We start with a call')).toEqual(['• A budget of 2,000 GBP per year', '**Our interview process** We start with a call']);
    expect(sentences('Python and SQL **Nice to have:** Kafka')).toEqual(['Python and SQL', '**Nice to have:** Kafka']);
    expect(sentences('You have strong **Python** skills and **a lot** of curiosity')).toHaveLength(1);
  });
});
