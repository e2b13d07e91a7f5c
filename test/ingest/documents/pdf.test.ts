import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { loadProfile } from '../../../src/profile/load.js';
import { pageText, type TextRun } from '../../../src/ingest/documents/pdf-layout.js';
import { readPdf } from '../../../src/ingest/documents/pdf.js';
import { readers } from '../../../src/ingest/documents/index.js';
import { fixture, miniTaxonomy } from '../../helpers.js';

const pdfPath = fixture('resumes/two-column.pdf');
const run = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, y, size, width: text.length * size * 0.5 });

describe('reading a PDF resume', () => {
  it('reads a two-column PDF column by column, the centred header first', async () => {
    const text = await readPdf(pdfPath, readFileSync(pdfPath));
    const at = (s: string) => text.indexOf(s);
    expect(at('Jordan Okafor')).toBe(0);
    // The sidebar (skills, education) comes whole before the main column (summary, experience, projects).
    expect(at('SKILLS')).toBeLessThan(at('EDUCATION'));
    expect(at('Course: machine learning')).toBeLessThan(at('SUMMARY'));
    expect(at('SUMMARY')).toBeLessThan(at('EXPERIENCE'));
    expect(at('EXPERIENCE')).toBeLessThan(at('PROJECTS'));
    // No line mixes the two columns.
    for (const line of text.split('\n')) expect(line.includes('Docker') && line.includes('Analyst')).toBe(false);
    // Dates flush right stay on their title's line.
    expect(text).toMatch(/Data Analyst, Northwind Retail\s+2022 - now/);
  });

  it('knows where each skill is shown: skills section, experience, projects, education', async () => {
    const profile = await loadProfile(pdfPath, miniTaxonomy(), { readers });
    const evidence = Object.fromEntries(profile.skills.map((s) => [s.id, s.evidence]));
    expect(evidence).toMatchObject({
      python: 'listed',
      sql: 'listed',
      docker: 'listed',
      kubernetes: 'experience',
      aws: 'experience',
      'ci-cd': 'experience',
      pytorch: 'projects',
      r: 'education',
      'bachelors-degree': 'education',
    });
    expect(profile.skills.find((s) => s.id === 'kubernetes')?.wordings).toEqual(['k8s']);
  });

  it('finds the same skills with the same evidence in every format of the same resume', async () => {
    const summary = async (ext: string) =>
      (await loadProfile(fixture(`resumes/two-column.${ext}`), miniTaxonomy(), { readers })).skills.map((s) => `${s.id}:${s.evidence}`).sort();
    const pdf = await summary('pdf');
    for (const ext of ['docx', 'txt', 'md', 'json']) expect(await summary(ext), ext).toEqual(pdf);
  });

  it('reports a file that is not a PDF as an input error, not a crash', async () => {
    const err = await readPdf('bad.pdf', new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^bad\.pdf: not a readable PDF/);
  });
});

describe('reading order of positioned text', () => {
  it('reads one column line by line, with a blank line between blocks', () => {
    const runs = [run('Experience', 40, 700, 12), run('Built things', 40, 686), run('Education', 40, 640, 12), run('BSc', 40, 626)];
    expect(pageText(runs)).toBe('Experience\nBuilt things\n\nEducation\nBSc');
  });
  it('joins runs of one line, with a space only where there is a gap', () => {
    expect(pageText([run('Py', 40, 700), run('Torch', 50, 700), run('and', 80, 700)])).toBe('PyTorch and');
  });
  it('does not take a column of dates at the right margin for a column of text', () => {
    const runs = [
      run('Data Analyst at Northwind Retail', 40, 700),
      run('2022 - now', 480, 700),
      run('Moved nightly jobs to Kubernetes clusters', 40, 686),
      run('Built reports for the branch managers', 40, 672),
      run('Junior Analyst at Harbour Bank', 40, 650),
      run('2021 - 2022', 480, 650),
      run('Wrote SQL every single day of the week', 40, 636),
    ];
    expect(pageText(runs).split('\n')[0]).toMatch(/^Data Analyst at Northwind Retail\s+2022 - now$/);
  });
  it('reads a heading set larger than the body that wraps onto a second line as one line', () => {
    const runs = [
      run('Machine Learning Engineer, Search', 40, 780, 22),
      run('Relevance', 40, 750, 22),
      run('Lumenfield - Amsterdam, Netherlands - Hybrid', 40, 720),
      run('Lumenfield builds the search engine behind more than', 40, 700),
      run('four hundred online grocery stores across Europe.', 40, 686),
      run('What you will bring', 40, 650, 14),
      run('Strong Python skills and experience with PyTorch', 40, 630),
    ];
    expect(pageText(runs).split('\n').filter(Boolean)).toEqual([
      'Machine Learning Engineer, Search Relevance',
      'Lumenfield - Amsterdam, Netherlands - Hybrid',
      // (The body's own lines stay as they are: the reading of a text joins its soft wraps.)
      'Lumenfield builds the search engine behind more than',
      'four hundred online grocery stores across Europe.',
      'What you will bring',
      'Strong Python skills and experience with PyTorch',
    ]);
  });
  it("reads a narrow box of facts beside the text as a column of its own, after the text whose lines nearly reach it", () => {
    // The main column's lines run to x 370; the box starts at x 410 and holds a small share of the text.
    const main = ['THE ROLE', 'We are looking for a BI Developer to join our BI team now.', 'You will build the reports that help councillors and manag', 'ers make decisions about housing and waste collection too.', 'MAIN DUTIES', 'Develop and maintain Power BI reports and dashboards', 'Write and optimise T-SQL queries and stored procedures', 'Build ETL processes with SSIS', 'ESSENTIAL', 'Experience developing reports in Power BI, including DAX', 'Good knowledge of SQL Server', 'Experience of data modelling', 'Ability to explain data to non-technical audiences', 'DESIRABLE', 'Experience with Azure Data Factory', 'Knowledge of Python', 'Experience of working in local government and its services'];
    // (The box holds less than a sixth of the page's text.)
    const box = ['Location', 'Harrowgate', 'Salary', '£36,124', 'Contract', 'Permanent', 'Hours', '37 a week', 'Closing date', '12 February', 'Grade', 'Band 7'];
    // (Each fact a label over its value, 12 points apart, 16 between facts: some share a line of the text.)
    const runs = [...main.map((t, k) => run(t, 40, 706 - 14 * k)), ...box.map((t, k) => run(t, 410, 715 - 28 * Math.floor(k / 2) - 12 * (k % 2), 9))];
    expect(pageText(runs).split('\n').filter(Boolean)).toEqual([...main, ...box]);
  });
  it("reads a table set without rules as rows of cells joined by ' | ', an empty cell kept, its padded rows together", () => {
    // As a browser prints a page's table: a run a cell, blank runs spanning the gaps, the header centred in its cells.
    const row = (y: number, ...cells: [string, number][]) => cells.flatMap(([t, x], i) => [run(t, x, y, 12), ...(i < cells.length - 1 ? [{ ...run(' ', x + t.length * 6, y, 12), width: 130 }] : [])]);
    const runs = [
      run('Profile', 60, 520, 18),
      ...row(480, ['Skill', 88], ['Must have', 213], ['Nice to have', 373]),
      ...row(457, ['Programming', 63], ['Python, C++', 160], ['CUDA', 347]),
      ...row(434, ['Deep learning', 63], ['PyTorch, 3 years of vision', 160], ['Vision transformers', 347]),
      ...row(410, ['Geospatial', 63], ['GDAL, remote sensing', 347]),
      run('Education: MSc or PhD in computer vision or machine learning.', 58, 370, 12),
    ];
    expect(pageText(runs).split('\n')).toEqual([
      'Profile',
      '',
      'Skill | Must have | Nice to have',
      'Programming | Python, C++ | CUDA',
      'Deep learning | PyTorch, 3 years of vision | Vision transformers',
      'Geospatial | | GDAL, remote sensing',
      '',
      'Education: MSc or PhD in computer vision or machine learning.',
    ]);
  });
  it('takes no list beside its bullets or numbers for a table', () => {
    const items = ['Build retrieval pipelines with vector databases', 'Evaluate large language models on benchmarks', 'Maintain our annotation guidelines'];
    const runs = items.flatMap((t, k) => [run('•', 40, 700 - 16 * k), run(t, 54, 700 - 16 * k)]);
    expect(pageText(runs)).not.toContain('|');
    expect(pageText(items.flatMap((t, k) => [run(`${k + 1}.`, 40, 700 - 16 * k), run(t, 58, 700 - 16 * k)]))).not.toContain('|');
  });
  it('reads bands: a full-width line between two-column parts ends one band and starts the next', () => {
    const left = (t: string, y: number) => run(t, 40, y);
    const right = (t: string, y: number) => run(t, 300, y);
    const runs = [
      run('A centred name across the whole page width here please', 100, 800, 14),
      left('left one', 760), right('right one', 760), left('left two', 746), right('right two', 746), left('left three', 732), right('right three', 732),
      run('Another full width line that crosses the gutter between cols', 40, 700),
      left('left four', 680), right('right four', 680), left('left five', 666), right('right five', 666), left('left six', 652), right('right six', 652),
    ];
    const lines = pageText(runs).split('\n').filter(Boolean);
    expect(lines).toEqual([
      'A centred name across the whole page width here please',
      'left one', 'left two', 'left three', 'right one', 'right two', 'right three',
      'Another full width line that crosses the gutter between cols',
      'left four', 'left five', 'left six', 'right four', 'right five', 'right six',
    ]);
  });
});
