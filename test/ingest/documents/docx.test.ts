import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { read } from '../../../src/read/index.js';
import { readDocx } from '../../../src/ingest/documents/docx.js';
import { loadProfile } from '../../../src/profile/load.js';
import { readers } from '../../../src/ingest/documents/index.js';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { extractPosting } from '../../../src/extract/extract.js';
import { postingFromText } from '../../../src/ingest/text.js';
import { bundledTaxonomy, fixture, miniTaxonomy } from '../../helpers.js';

const docxPath = fixture('resumes/two-column.docx');

describe('reading a Word resume', () => {
  it('gives one paragraph a line, headings included', async () => {
    const text = await readDocx(docxPath, readFileSync(docxPath));
    expect(text.split('\n').slice(0, 3)).toEqual(['Jordan Okafor', 'Data analyst moving into machine learning | jordan.okafor@example.org | Leeds, UK', 'Summary']);
    // (List items as a text writes them.)
    expect(text).toMatch(/\nSkills\n- Python\n- SQL\n/);
    expect(text).not.toMatch(/\n\n/);
  });

  it('knows where each skill is shown', async () => {
    const profile = await loadProfile(docxPath, miniTaxonomy(), { readers });
    const evidence = Object.fromEntries(profile.skills.map((s) => [s.id, s.evidence]));
    expect(evidence).toMatchObject({ python: 'listed', sql: 'listed', excel: 'listed', kubernetes: 'experience', mysql: 'experience', pytorch: 'projects', r: 'education' });
  });

  it('does not take a skill alone on its line (SQL, AWS) for a resume heading', () => {
    const text = 'Skills\nPython\nSQL\nAWS\nExcel\nINTERESTS\nChess';
    expect(read(text, { kind: 'resume' }).sections.map((s) => [s.kind, s.heading])).toEqual([
      ['skills', 'Skills'],
      ['interests', 'INTERESTS'],
    ]);
  });

  it('reports a file that is not a Word document as an input error', async () => {
    const err = await readDocx('bad.docx', new TextEncoder().encode('plain text, not a zip')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^bad\.docx: not a readable Word document/);
  });

  it('with no readers for it, a PDF or Word resume is a clear input error', async () => {
    await expect(loadProfile(docxPath, miniTaxonomy(), { readers: {} })).rejects.toThrow(/DOCX resumes are not supported by this build/);
  });
});

describe('reading a Word job description', () => {
  const cell = (text: string, bold = false) => new TableCell({ children: text ? [new Paragraph({ children: [new TextRun({ text, bold })] })] : [] });
  const row = (...cells: TableCell[]) => new TableRow({ children: cells });
  const jobDescription = async () =>
    new Uint8Array(
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Table({ rows: [row(cell('Job Title', true), cell('Credit Risk Data Analyst')), row(cell('Location', true), cell('Leeds (hybrid)'))] }),
                new Paragraph('Key accountabilities'),
                new Paragraph({ text: 'Build SQL data marts for the PD and LGD models', bullet: { level: 0 } }),
                new Paragraph('Person specification'),
                new Table({
                  rows: [
                    row(cell(''), cell('Essential', true), cell('Desirable', true)),
                    row(cell('Technical skills', true), cell('Advanced SQL; strong Excel'), cell('Python; Power BI')),
                    row(cell('Behaviours', true), cell('Attention to detail'), cell('Stakeholder management')),
                  ],
                }),
              ],
            },
          ],
        }),
      ),
    );

  it('gives a table row one line, its cells joined by " | ", the corner of a table headed both ways kept', async () => {
    const text = await readDocx('jd.docx', await jobDescription());
    expect(text.split('\n')).toEqual([
      'Job Title | Credit Risk Data Analyst',
      'Location | Leeds (hybrid)',
      'Key accountabilities',
      '- Build SQL data marts for the PD and LGD models',
      'Person specification',
      '| | Essential | Desirable',
      'Technical skills | Advanced SQL; strong Excel | Python; Power BI',
      'Behaviours | Attention to detail | Stakeholder management',
      '',
    ]);
  });

  it('keeps a cell of several paragraphs or list items on its row\'s line, so that each keeps its column', async () => {
    const item = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
    const many = (...paragraphs: Paragraph[]) => new TableCell({ children: paragraphs });
    const bytes = new Uint8Array(
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph('Person specification'),
                new Table({
                  rows: [
                    row(cell('Essential', true), cell('Desirable', true)),
                    row(many(item('Strong SQL'), item('Experience with dbt')), many(item('Experience with Tableau'), item('Python for data transformation'))),
                  ],
                }),
                new Table({
                  rows: [
                    row(cell('Criteria', true), cell('Essential', true), cell('Desirable', true)),
                    row(cell('Experience', true), many(new Paragraph('Two years of data analysis.'), new Paragraph('Advanced Excel')), many(new Paragraph('Experience with R'), new Paragraph('Knowledge of Azure'))),
                  ],
                }),
              ],
            },
          ],
        }),
      ),
    );
    const text = await readDocx('spec.docx', bytes);
    expect(text.split('\n')).toEqual([
      'Person specification',
      'Essential | Desirable',
      'Strong SQL; Experience with dbt | Experience with Tableau; Python for data transformation',
      'Criteria | Essential | Desirable',
      'Experience | Two years of data analysis. Advanced Excel | Experience with R; Knowledge of Azure',
      '',
    ]);
    const posting = extractPosting(postingFromText('spec.docx', text), bundledTaxonomy());
    const importance = Object.fromEntries(posting.skills.map((s) => [s.id, s.importance]));
    expect(importance).toMatchObject({ sql: 'required', dbt: 'required', excel: 'required', tableau: 'preferred', python: 'preferred', r: 'preferred', azure: 'preferred' });
  });

  it('reads a person specification that marks each criterion "E" or "D", its "Assessed by" column no hiring-process text', () => {
    const text = 'Person specification\nCriterion | Essential / Desirable | Assessed by\nExperience of developing software in Python | E | Application / Interview\nExperience with C++ or Rust | D | Application / Interview\n';
    const posting = extractPosting(postingFromText('spec.docx', text), bundledTaxonomy());
    const importance = Object.fromEntries(posting.skills.map((s) => [s.id, s.importance]));
    expect(importance).toMatchObject({ python: 'required', cpp: 'preferred', rust: 'preferred' });
  });

  it('reads its "Essential" and "Desirable" columns as required and nice to have', async () => {
    const posting = extractPosting(postingFromText('jd.docx', await readDocx('jd.docx', await jobDescription())), bundledTaxonomy());
    const importance = Object.fromEntries(posting.skills.map((s) => [s.id, s.importance]));
    expect(importance).toMatchObject({ sql: 'required', excel: 'required', 'attention-to-detail': 'required', python: 'preferred', 'power-bi': 'preferred', 'stakeholder-management': 'preferred' });
  });
});
