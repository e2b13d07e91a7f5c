import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/extract/extract.js';
import { descriptionToText, unescapeLiteralBreaks } from '../../src/ingest/description.js';
import { postingFromRow } from '../../src/scan/item.js';
import { bundledTaxonomy } from '../helpers.js';

const importance = (row: Record<string, unknown>) =>
  Object.fromEntries(extractPosting(postingFromRow('x.jsonl#1', row, {}), bundledTaxonomy()).skills.map((s) => [s.id, s.importance]));

describe('descriptionToText (an export row)', () => {
  it('reads HTML as a saved page is read: headings, items, table cells', () => {
    expect(descriptionToText('<p><strong>Requirements</strong></p><ul><li>Python &amp; SQL</li></ul>')).toBe('Requirements\n- Python & SQL');
    expect(descriptionToText('<div><b>Your profile</b></div><table><tr><td>Must</td><td>Apache Spark</td></tr><tr><td>Nice to have</td><td>Trino</td></tr></table>')).toBe(
      'Your profile\nMust | Apache Spark\nNice to have | Trino',
    );
    expect(descriptionToText('<p><b>You have:</b><br>&nbsp;&nbsp;&bull; Go or Python<br>&nbsp;&nbsp;&bull; DNS</p>')).toBe('You have:\n• Go or Python\n• DNS');
  });

  it('reads HTML escaped once or twice more', () => {
    expect(descriptionToText('&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Strong Python; Java or Scala&lt;/li&gt;&lt;/ul&gt;')).toBe('Requirements\n- Strong Python; Java or Scala');
    expect(descriptionToText('&amp;lt;p&amp;gt;Nice to have&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;dbt&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;')).toBe('Nice to have\n- dbt');
  });

  it('reads line breaks written as \\n in a text without real ones', () => {
    expect(descriptionToText('Essential criteria:\\n- Advanced Excel\\n\\nDesirable:\\n\\u2022 Knowledge of R')).toBe('Essential criteria:\n- Advanced Excel\n\nDesirable:\n• Knowledge of R');
    expect(descriptionToText('What you&#8217;ll bring:\\n* SQL &amp; Jira\\n* Visio')).toBe('What you’ll bring:\n* SQL & Jira\n* Visio');
  });

  it('leaves text that is not markup or escaped as written', () => {
    expect(descriptionToText('Generics (List<String>, Map<K, V>) in Java 17')).toBe('Generics (List<String>, Map<K, V>) in Java 17');
    expect(unescapeLiteralBreaks('Files live in C:\\new\\data')).toBe('Files live in C:\\new\\data');
    expect(unescapeLiteralBreaks('Real lines\nand one \\n written out\\n')).toBe('Real lines\nand one \\n written out\\n');
    expect(descriptionToText('R&D team; AT&T; &copy 2024')).toBe('R&D team; AT&T; &copy 2024');
  });

  it('keeps the lines of a plain text with a stray tag or two; reads HTML written over lines as HTML', () => {
    expect(descriptionToText('The Team\n\nWe map flood risk for insurers.\nWhat you bring</h2>\n- Python\n- <b>PostGIS</b>\nSalary: $120K')).toBe(
      'The Team\n\nWe map flood risk for insurers.\nWhat you bring\n\n- Python\n- PostGIS\nSalary: $120K',
    );
    expect(descriptionToText('<p><strong>Qualifications</strong></p>\n<ul>\n<li>SQL for self-serve\nanalysis</li>\n</ul>')).toBe('Qualifications\n- SQL for self-serve analysis');
  });

  it('gives skills the importance of their section', () => {
    const escaped = '&lt;h3&gt;Responsibilities&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Build real-time features with Flink&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Strong Scala&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Preferred&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Graph neural networks&lt;/li&gt;&lt;/ul&gt;';
    expect(importance({ description: escaped })).toMatchObject({ 'apache-flink': 'mentioned', scala: 'required', 'graph-neural-networks': 'preferred' });
    const literal = 'Key responsibilities:\\n- Maintain dashboards in Power BI\\n\\nEssential criteria:\\n- Advanced SQL\\n\\nDesirable criteria:\\n- Knowledge of QGIS';
    expect(importance({ description: literal })).toMatchObject({ 'power-bi': 'mentioned', sql: 'required', qgis: 'preferred' });
  });
});
