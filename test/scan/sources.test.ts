import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingFromRow } from '../../src/scan/item.js';
import { estimateTotal, expandInputs, jsonDocumentRows, resolveFields, sniffDelimiter, stdinItems, type SourceItem } from '../../src/scan/sources.js';
import { fixture } from '../helpers.js';

async function collect(inputs: string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of expandInputs(inputs)) out.push(item);
  return out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skillgap-sources-'));
  mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'z.txt'), 'Data Engineer\nPython');
  writeFileSync(join(dir, 'a.md'), '# ML Engineer\nPyTorch');
  writeFileSync(join(dir, 'b', 'page.html'), '<h1>x</h1>');
  writeFileSync(join(dir, 'b', 'deep', 'old.htm'), '<h1>y</h1>');
  writeFileSync(join(dir, 'b', 'notes.xlsx'), 'PK');
  writeFileSync(join(dir, '.hidden', 'secret.txt'), 'nope');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('walks folders recursively by extension, sorted, skipping hidden folders', async () => {
    const items = await collect([dir]);
    expect(items.map((i) => [i.kind, i.source.slice(dir.length + 1)])).toEqual([
      ['spec', 'a.md'],
      ['spec', 'b/deep/old.htm'],
      ['spec', 'b/page.html'],
      ['spec', 'z.txt'],
    ]);
  });

  it('expands globs in sorted order, and reports a glob matching nothing', async () => {
    const items = await collect([join(dir, '**/*.htm*'), join(dir, '*.nothing')]);
    expect(items.map((i) => i.source.replace(dir, ''))).toEqual(['/b/deep/old.htm', '/b/page.html', '/*.nothing']);
    expect(items[2]).toMatchObject({ kind: 'error', error: { code: 'no-match' } });
  });

  it('reads URL lists: .urls files and .txt files of URLs, with comments; a non-URL line is an error', async () => {
    const items = await collect([fixture('scan/lists/links.urls'), fixture('scan/lists/links.txt')]);
    expect(items.map((i) => (i.kind === 'error' ? `error ${i.error.message.replace(/^.*lists\//, '')}` : i.source))).toEqual([
      'https://jobs.example/a/1',
      'https://jobs.example/b/2',
      'error links.urls:5: not a URL: not a url',
      'https://jobs.example/c/3',
      'https://jobs.example/d/4',
    ]);
  });

  it('streams JSONL rows as file#LINE, skipping blank lines', async () => {
    const items = await collect([fixture('scan/exports/postings.jsonl')]);
    expect(items.map((i) => [i.kind, i.source.replace(/^.*exports\//, '')])).toEqual([
      ['json-bytes', 'postings.jsonl#1'],
      ['json-bytes', 'postings.jsonl#2'],
      ['json-bytes', 'postings.jsonl#3'],
      ['json-bytes', 'postings.jsonl#4'],
      ['json-bytes', 'postings.jsonl#5'],
    ]);
  });

  it('keeps JSONL lines as bytes, blank as String.prototype.trim sees it (no-break spaces, a BOM) and without a CR', async () => {
    const own = mkdtempSync(join(tmpdir(), 'skillgap-rows-'));
    const path = join(own, 'rows.jsonl');
    writeFileSync(path, '{"text":"Python, ’SQL’"}\r\n \t\n\u00a0\ufeff\u2028\n\u00a0{"text":"Go"}\n');
    const items = await collect([path]);
    expect(items.map((i) => [i.source.slice(path.length), i.kind === 'json-bytes' ? Buffer.from(i.bytes).toString('utf8') : i.kind])).toEqual([
      ['#1', '{"text":"Python, ’SQL’"}'],
      ['#4', '\u00a0{"text":"Go"}'],
    ]);
    rmSync(own, { recursive: true, force: true });
  });

  it('streams CSV records with the line each starts on; a record with the wrong field count is an error naming file:LINE', async () => {
    const items: SourceItem[] = [];
    for await (const item of expandInputs([fixture('scan/exports/postings.csv')], { fields: { text: 'posting_body' } })) items.push(item);
    expect(items.map((i) => i.source.replace(/^.*exports\//, ''))).toEqual(['postings.csv#2', 'postings.csv#5', 'postings.csv#8', 'postings.csv#9']);
    expect(items[2]).toMatchObject({ kind: 'error', error: { code: 'bad-row' } });
    expect(items[2]!.kind === 'error' && items[2]!.error.message).toMatch(/postings\.csv:8: 3 fields where the header has 4$/);
    expect(items[0]).toMatchObject({ kind: 'record', record: { job_title: 'Analyst', employer: 'Bluth Company', city: 'Newport' } });
  });

  it('says once, with its columns, that a CSV has no column with the posting text, instead of once a row', async () => {
    const own = mkdtempSync(join(tmpdir(), 'skillgap-csv-'));
    const path = join(own, 'odd.csv');
    writeFileSync(path, 'Job Title;Employer Name;Job Description (full)\nAnalyst;Acme;Python and SQL\nEngineer;Acme;Go\n');
    const items = await collect([path]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'error', source: path, error: { code: 'no-text' } });
    expect(items[0]!.kind === 'error' && items[0]!.error.message).toBe(
      `${path}: no column with the posting text (looked for text, description, body, content, ...): its columns are 'Job Title', 'Employer Name', 'Job Description (full)'; name the one with --text-field`,
    );
    const mapped: SourceItem[] = [];
    for await (const item of expandInputs([path], { fields: { text: 'Job Description (full)' } })) mapped.push(item);
    expect(mapped.map((i) => i.kind)).toEqual(['record', 'record']);
    const wrong: SourceItem[] = [];
    for await (const item of expandInputs([path], { fields: { text: 'description' } })) wrong.push(item);
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.kind === 'error' && wrong[0]!.error.message).toMatch(/no column 'description' \(--text-field\): its columns are 'Job Title'/);
    rmSync(own, { recursive: true, force: true });
  });

  it('reports a missing input and goes on', async () => {
    const items = await collect([join(dir, 'missing'), join(dir, 'z.txt')]);
    expect(items[0]).toMatchObject({ kind: 'error', error: { code: 'not-found' } });
    expect(items[1]).toMatchObject({ kind: 'spec' });
  });

  it('estimates the total for a progress bar', async () => {
    expect(await estimateTotal([dir, fixture('scan/exports/postings.jsonl')])).toBe(9);
    expect(await estimateTotal([fixture('scan/exports/postings.csv')])).toBeUndefined();
  });
});

describe('field mapping', () => {
  it('finds common column names without case or punctuation', () => {
    expect(resolveFields(['Job Title', 'Company_Name', 'description', 'date_posted', 'link'])).toEqual({
      title: 'Job Title',
      company: 'Company_Name',
      text: 'description',
      date: 'date_posted',
      url: 'link',
    });
  });

  it('uses mapped columns first', () => {
    const p = postingFromRow('x.csv#2', { job_title: 'Analyst', posting_body: 'Requirements\n- SQL', body: 'other' }, { text: 'posting_body' });
    expect(p).toMatchObject({ source: 'x.csv#2', title: 'Analyst', text: 'Requirements\n- SQL' });
  });

  it("decodes the character references of a description without tags", () => {
    const p = postingFromRow('x.csv#3', { description: 'WHAT WE DON&#39;T NEED - Kafka &amp; Flink' }, {});
    expect(p.text).toBe("WHAT WE DON'T NEED - Kafka & Flink");
  });

  it('names the row when there is no text', () => {
    expect(() => postingFromRow('x.jsonl#4', { title: 'T' }, {})).toThrow(/^x\.jsonl:4: no posting text/);
    expect(() => postingFromRow('x.jsonl#4', { body: 'b' }, { text: 'posting' })).toThrow("x.jsonl:4: no posting text: no field 'posting'");
  });

  it('turns an HTML description into lines of text', () => {
    const p = postingFromRow('x.jsonl#1', { description: '<h2>Requirements</h2><ul><li>Python &amp; SQL</li></ul>' }, {});
    expect(p.text).toBe('Requirements\n- Python & SQL');
  });
});

describe('exports in the shapes APIs and spreadsheets give', () => {
  it('finds the fields of a posting nested under a key, by path or by last name', () => {
    const p = postingFromRow('x.jsonl#1', { scraped_at: '2026-11-21', job: { title: 'Data Analyst', description: 'Requirements\n- SQL', company: { name: 'Brackenridge' }, location: { city: 'Leeds' }, posted: '2026-11-03' } }, {});
    expect(p).toMatchObject({ title: 'Data Analyst', company: 'Brackenridge', location: 'Leeds', datePosted: '2026-11-03', text: 'Requirements\n- SQL' });
    expect(postingFromRow('x.jsonl#2', { job: { body: 'b', info: 'i' } }, { text: 'job.info' }).text).toBe('i');
    // company.name is the company's, never the title
    expect(resolveFields(['text', 'company', 'company.name'])).toEqual({ text: 'text', company: 'company' });
  });

  it("reads a Lever posting: its text is the title, the description and its lists of sections the posting", () => {
    const row = {
      text: 'Senior Data Engineer',
      categories: { location: 'Leeds, UK', team: 'Data' },
      createdAt: 1793750400000,
      description: '<div>We move parcels.</div>',
      descriptionPlain: 'We move parcels.',
      lists: [{ text: 'Requirements', content: '<li>Python</li><li>SQL</li>' }, { text: 'Nice to have', content: '<li>dbt</li>' }],
      additional: '<div>28 days of leave.</div>',
      additionalPlain: '28 days of leave.',
      hostedUrl: 'https://jobs.lever.co/x/1',
    };
    const p = postingFromRow('lever.json#1', row, {});
    expect(p).toMatchObject({ title: 'Senior Data Engineer', location: 'Leeds, UK', url: 'https://jobs.lever.co/x/1', datePosted: '1793750400000' });
    expect(p.text).toBe('We move parcels.\n\nRequirements\n- Python\n- SQL\n\nNice to have\n- dbt\n\nAdditional\n28 days of leave.');
  });

  it('appends section columns under their own name, once', () => {
    const p = postingFromRow('x.csv#2', { description: 'We build maps.', preferred_qualifications: 'Go', benefits: 'We build maps.' }, {});
    expect(p.text).toBe('We build maps.\n\nPreferred qualifications\nGo');
  });

  it('sniffs a CSV header\'s delimiter outside quotes', () => {
    expect(sniffDelimiter('Job Title;Company Name;Job Description')).toBe(';');
    expect(sniffDelimiter('"a;b",c,d')).toBe(',');
    expect(sniffDelimiter('title\tdescription')).toBe('\t');
    expect(sniffDelimiter('description', '\t')).toBe('\t');
  });

  it('reads a semicolon CSV with a BOM, from a file and from standard input', async () => {
    const csv = '\uFEFF"Job Title";"Company";"Job Description"\r\n"Data Analyst";"Brackenridge";"Requirements\r\n- SQL; Tableau"\r\n';
    writeFileSync(join(dir, 'semi.csv'), csv);
    const items = await collect([join(dir, 'semi.csv')]);
    // named by the line it starts on: the parser counts a CRLF inside a quoted cell as two lines
    expect(items).toMatchObject([{ kind: 'record', source: `${join(dir, 'semi.csv')}#2`, record: { 'Job Title': 'Data Analyst', Company: 'Brackenridge', 'Job Description': 'Requirements\r\n- SQL; Tableau' } }]);
    const fromStdin: SourceItem[] = [];
    for await (const i of stdinItems((async function* () { yield Buffer.from(csv); })(), 1 << 20)) fromStdin.push(i);
    expect(fromStdin).toMatchObject([{ kind: 'record', source: 'stdin#2', record: { Company: 'Brackenridge' } }]);
  });

  it("reads a JSON document of postings: an array, or an object's longest array of objects", async () => {
    const gh = { jobs: [{ title: 'A', content: '&lt;p&gt;SQL&lt;/p&gt;' }, { title: 'B', content: 'Go' }], meta: { total: 2 } };
    expect(jsonDocumentRows('gh.json', JSON.stringify(gh))).toEqual([
      { kind: 'json', source: 'gh.json#1', line: JSON.stringify(gh.jobs[0]) },
      { kind: 'json', source: 'gh.json#2', line: JSON.stringify(gh.jobs[1]) },
    ]);
    expect(jsonDocumentRows('l.json', '[{"text":"A"}, 3]')).toMatchObject([{ kind: 'json', source: 'l.json#1' }, { kind: 'error', source: 'l.json#2' }]);
    expect(jsonDocumentRows('x.json', '{"a":1}\n{"a":2}\n')).toMatchObject([{ kind: 'error', error: { message: expect.stringContaining('name it .jsonl') } }]);
    writeFileSync(join(dir, 'gh.json'), JSON.stringify(gh));
    expect((await collect([join(dir, 'gh.json')])).map((i) => i.kind)).toEqual(['json', 'json']);
    // piped in: an array, or an object over lines; an object on one line is a JSONL row, and says what it holds
    const piped = async (text: string) => {
      const out: SourceItem[] = [];
      for await (const i of stdinItems((async function* () { yield Buffer.from(text); })(), 1 << 20)) out.push(i);
      return out;
    };
    expect((await piped(JSON.stringify(gh, null, 2))).map((i) => i.source)).toEqual(['stdin#1', 'stdin#2']);
    expect((await piped(JSON.stringify(gh.jobs))).map((i) => i.kind)).toEqual(['json', 'json']);
    expect(() => postingFromRow('stdin#1', gh, {})).toThrow("stdin:1: no posting text: no text field, but 2 objects under 'jobs': a JSON document of postings on one line? Save it as .json and scan that");
    // never picked up in a folder walk: a folder of saved pages holds other JSON
    expect((await collect([dir])).some((i) => i.source.endsWith('.json'))).toBe(false);
  });
});
