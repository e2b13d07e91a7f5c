import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { inlineText, nodesToText } from '../../../src/ingest/html/to-text.js';

const text = (html: string) => nodesToText(load(html, null, false).root()[0]!);

describe('HTML to text', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['<div>a<br>b<br/>c</div>', 'a\nb\nc'],
    ['<p>Intro</p><h2>Requirements</h2><ul><li>Python</li><li>SQL</li></ul>', 'Intro\n\nRequirements\n- Python\n- SQL'],
    ['<ul><li>Outer<ul><li>Inner</li></ul></li><li>Next</li></ul>', '- Outer\n  - Inner\n- Next'],
    ['<ul><li><p>In a paragraph</p></li><li>  </li></ul>', '- In a paragraph'],
    ['<p>  lots   of\n\t space&nbsp;&amp; entities &lt;3 </p>', 'lots of space & entities <3'],
    ['<p>in<b>line</b> <i>stays</i> <a href="#">together</a></p>', 'inline stays together'],
    ['<table><tr><th>Skill</th><th>Years</th></tr><tr><td>Go</td><td>3</td></tr></table>', 'Skill | Years\nGo | 3'],
    // A cell's one paragraph, as a Word table's, stays on its row's line; the empty corner of a table headed both ways keeps its place.
    ['<table><tr><td></td><td><p><b>Essential</b></p></td><td><p>Desirable</p></td></tr><tr><td><p>Skills</p></td><td><p>SQL</p></td><td><p>Python</p></td></tr></table>', '| | Essential | Desirable\nSkills | SQL | Python'],
    // (A layout's empty spacer cell before one cell of content opens no row of cells.)
    ['<table><tr><td></td><td><p>Requirements</p></td></tr></table>', 'Requirements'],
    // (A cell of two paragraphs keeps its lines.)
    ['<table><tr><td><p>One</p><p>Two</p></td></tr></table>', 'One\nTwo'],
    ['<pre>line 1\n  line 2</pre>', 'line 1\n  line 2'],
    ['<p>Seen</p><script>var hidden = 1</script><style>p{}</style><div hidden>gone</div><span style="display: none">gone</span><button>Apply</button>', 'Seen'],
    ['<h1>Title</h1><h2>Sub</h2>', 'Title\n\nSub'],
  ])('%s', (html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it('skips what the caller asks it to', () => {
    const $ = load('<div><p>keep</p><p class="x">drop</p><h2>Stop here</h2><p>gone too</p></div>', null, false);
    const out = nodesToText($.root()[0]!, { skip: (el) => el.attribs['class'] === 'x', skipRest: (el) => el.name === 'h2' });
    expect(out).toBe('keep');
  });

  it('inlineText puts a block on one line', () => {
    const $ = load('<div><h3>Employment</h3><p>Full\n time</p></div>', null, false);
    expect(inlineText($.root()[0]!)).toBe('Employment Full time');
  });
});
