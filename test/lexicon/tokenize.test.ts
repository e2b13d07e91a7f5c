import { describe, expect, it } from 'vitest';
import { Gap, phraseKeys, tokenize } from '../../src/lexicon/tokenize.js';

describe('tokenize', () => {
  it.each([
    ['C++ and C#', ['C++', 'and', 'C#']],
    ['.NET, ASP.NET and Node.js', ['.NET', 'ASP.NET', 'and', 'Node.js']],
    ['CI/CD', ['CI', '/', 'CD']],
    ['A/B testing', ['A', '/', 'B', 'testing']],
    ['scikit-learn', ['scikit', 'learn']],
    ['R&D', ['R', '&', 'D']],
    ['3+ years', ['3+', 'years']],
    ['F# or C', ['F#', 'or', 'C']],
    // A list item's number glued to a capital is split off; versions and decimals stay whole.
    ['5.Team player 3.SQL', ['5', 'Team', 'player', '3', 'SQL']],
    ['Python 3.x, v2.Java, 1.5 years, C#.Net', ['Python', '3.x', 'v2.Java', '1.5', 'years', 'C#', '.Net']],
    // A sentence's last word glued to the next one's capital is two words; a name keeps its dot.
    ['data analysis.Werner is, Socket.IO', ['data', 'analysis', 'Werner', 'is', 'Socket.IO']],
    ['Xamarin.Forms and Boost.Test', ['Xamarin.Forms', 'and', 'Boost.Test']],
    // ... and a capitalized word's, where the export glued others nearby.
    ['Responsibilities:Build on Delta Lake.Implement', ['Responsibilities', 'Build', 'on', 'Delta', 'Lake', 'Implement']],
  ])('%s', (text, raws) => {
    expect(tokenize(text).map((t) => t.raw)).toEqual(raws);
  });

  it('keeps offsets that slice back to the token', () => {
    const text = 'We use PyTorch, C++ and scikit-learn.\nAlso CI/CD.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('joins across spaces and word hyphens, stops at punctuation and line breaks', () => {
    const gaps = (s: string) => tokenize(s).map((t) => t.gap);
    expect(gaps('machine learning')).toEqual([Gap.stop, Gap.join]);
    expect(gaps('go-to-market')).toEqual([Gap.stop, Gap.join, Gap.join]);
    expect(gaps('machine, learning')).toEqual([Gap.stop, Gap.stop]);
    expect(gaps('machine\nlearning')).toEqual([Gap.stop, Gap.stop]);
    expect(gaps('machine - learning')).toEqual([Gap.stop, Gap.stop]);
  });

  it("joins past a dotted abbreviation's full stop and a plural possessive, never past a sentence's end", () => {
    const gaps = (s: string) => tokenize(s).map((t) => t.gap);
    expect(gaps('B.S. degree')).toEqual([Gap.stop, Gap.join]);
    expect(gaps('Bachelors’ degree')).toEqual([Gap.stop, Gap.join]);
    expect(gaps("Masters' degree")).toEqual([Gap.stop, Gap.join]);
    expect(gaps('Python. Degree')).toEqual([Gap.stop, Gap.stop]);
    expect(gaps("Python' degree")).toEqual([Gap.stop, Gap.stop]);
  });

  it('normalizes keys: case, typographic apostrophe, possessive', () => {
    expect(phraseKeys("Python's PyTorch you’ll")).toEqual(['python', 'pytorch', "you'll"]);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('  --- ... !!! ')).toEqual([]);
  });
});
