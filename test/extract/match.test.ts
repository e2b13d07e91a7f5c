import { describe, expect, it } from 'vitest';
import { matchText } from '../../src/extract/match.js';
import { bundledTaxonomy, miniTaxonomy } from '../helpers.js';

const ids = (text: string, assumeContext = false) => matchText(text, miniTaxonomy(), { assumeContext }).map((m) => m.skill.id);
const texts = (text: string) => matchText(text, miniTaxonomy()).map((m) => text.slice(m.start, m.end));

describe('matchTokens: longest match on a token trie', () => {
  it('prefers the longest phrase', () => {
    expect(ids('Toronto Rangers fans')).toEqual(['toronto-rangers']);
    expect(ids('Toronto office')).toEqual(['toronto']);
  });
  it('falls back when the longer phrase misses on the right', () => {
    expect(ids('Toronto Raptors')).toEqual(['toronto']);
  });
  it('misses on the left: a phrase must start at its first word', () => {
    expect(ids('learning deep')).toEqual([]);
  });
  it('does not match across a skipped word', () => {
    expect(ids('deep and learning')).toEqual([]);
  });
  it('does not match across a sentence or line break', () => {
    expect(ids('We go deep. Learning is fun')).toEqual([]);
    expect(ids('deep\nlearning')).toEqual([]);
  });
  it('matches across a hyphen or a different hyphenation', () => {
    expect(ids('deep-learning models and scikit-learn, scikit learn, sklearn')).toEqual(['deep-learning', 'scikit-learn', 'scikit-learn', 'scikit-learn']);
  });
  it('keeps symbols whole: C++, C#, .NET, Node.js, CI/CD, A/B', () => {
    expect(texts('C++, C#, .NET, Node.js, CI/CD and A/B testing')).toEqual(['C++', 'C#', '.NET', 'Node.js', 'CI/CD', 'A/B testing']);
  });
  it('adds plurals for acronyms and multi-word forms', () => {
    expect(ids('LLMs and neural networks')).toEqual(['llm', 'neural-networks']);
  });
  it('uses Map keys, so words like constructor are safe', () => {
    expect(ids('constructor toString __proto__ hasOwnProperty')).toEqual([]);
  });
});

describe('ambiguity rules', () => {
  it('needs the exact case for case-sensitive forms', () => {
    expect(ids('We go with Python')).toEqual(['python']);
    expect(ids('Rust and rust')).toEqual(['rust']);
  });
  it('needs context: a context word or a nearby unambiguous skill', () => {
    expect(ids('Backend services in Go')).toEqual(['go']);
    expect(ids('Go and Python')).toEqual(['go', 'python']);
    expect(ids('Go for it')).toEqual([]);
  });
  it('lets an ambiguous name its context settled vouch for another such name, not a settled common word', () => {
    const bundled = (text: string) => matchText(text, bundledTaxonomy()).map((m) => m.skill.id);
    // The word "Kafka" settles Pulsar; Pulsar then settles Kafka, which needs a streaming word or a sure skill of its own.
    expect(bundled('Nice to have: Kafka or Pulsar')).toEqual(['kafka', 'apache-pulsar']);
    expect(bundled('Nice to have: Kafka')).toEqual([]);
  });
  it('takes a name written in its own case that is a bulleted list item of its own as a skill, not one in a sentence or unbulleted', () => {
    const bundled = (text: string) => matchText(text, bundledTaxonomy()).map((m) => m.skill.id);
    expect(bundled('Requirements\n- Go\n')).toEqual(['go']);
    expect(bundled('Requirements\n• R.\n')).toEqual(['r']);
    expect(bundled('Requirements\n- Go to the office daily\n')).toEqual([]);
    expect(bundled('Go\n')).toEqual([]);
  });
  it('vetoes by neighbours', () => {
    expect(ids('Our Go-to-market with Python')).toEqual(['python']);
    expect(ids('We raised a Series C with Python')).toEqual(['python']);
    expect(ids('R&D in Python')).toEqual(['python']);
    expect(ids('You excel at Excel')).toEqual(['excel']);
    expect(ids('Excel in your role')).toEqual([]);
  });
  it('does not let a non-technical skill vouch for an ambiguous one', () => {
    expect(ids('Go with communication skills')).toEqual(['communication']);
  });
  it('can assume context for lists of skill names', () => {
    expect(ids('Go', true)).toEqual(['go']);
  });
});

describe('tag lists', () => {
  it('accepts a lower-case form of a case-sensitive skill between other skills', () => {
    expect(ids('Technologies: python rust docker')).toEqual(['python', 'rust', 'docker']);
  });
  it('does not relax case for a lone word, a capitalised word or a phrase', () => {
    expect(ids('the rust on the car')).toEqual([]);
    expect(ids('Rust')).toEqual(['rust']);
    expect(ids('docker rusty')).toEqual(['docker']);
  });
  it('does not let an ambiguous neighbour vouch for a relaxed one', () => {
    expect(ids('rust go')).toEqual([]);
  });
  it('takes a lower-case name as written in its own case in a text written all in lower case', () => {
    const casual = "what you'll do\n- keep our services fast\n\nwhat we're looking for\n- strong python\n- some exposure to rust\n- you like small teams. you ship often.";
    expect(ids(casual)).toEqual(['python', 'rust']);
    // ... not where most lines and sentences open with a capital, as in a hard-wrapped posting.
    expect(ids(casual.replace(/(^|\n- |\. )([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase()))).toEqual(['python']);
  });
});

describe('list numbers', () => {
  it('reads a lone lower-case letter before "." or ")" as a list number, not a one-letter skill', () => {
    const ids = (text: string) => matchText(text, bundledTaxonomy()).map((m) => m.skill.id);
    expect(ids('a. Statistics b. Computer programming c. Visualization')).not.toContain('c');
    expect(ids('Languages: java, c, python')).toContain('c');
  });
});

describe('glued names', () => {
  const spans = (text: string) => matchText(text, bundledTaxonomy()).map((m) => `${m.skill.id}@${text.slice(m.start, m.end)}`);
  it('splits a token the taxonomy does not know at an inner capital when both sides are names, offsets exact', () => {
    expect(spans('Search with SolrLucene or ElasticsearchELK')).toEqual(['apache-solr@Solr', 'lucene@Lucene', 'elasticsearch@Elasticsearch', 'elk-stack@ELK']);
    expect(spans('Models in TorchPyTorch')).toEqual(['torch@Torch', 'pytorch@PyTorch']);
  });
  it('keeps a known name whole, and a token whose sides are not both names', () => {
    expect(spans('JavaScript, GitHub, PowerPoint and TensorFlow')).toEqual(['javascript@JavaScript', 'github@GitHub', 'microsoft-powerpoint@PowerPoint', 'tensorflow@TensorFlow']);
    expect(spans('McDonald used an iPhone and PythonCodez')).toEqual([]);
    // ReactIR is an instrument the taxonomy knows (kept whole), never React and IR glued; SpringML is no name
    expect(spans('SpringML and ReactIR')).toEqual(['reactir@ReactIR']);
  });
});
