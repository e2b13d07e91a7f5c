import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { read } from '../../../src/read/index.js';
import { readDocx } from '../../../src/ingest/documents/docx.js';
import { loadProfile } from '../../../src/profile/load.js';
import { readers } from '../../../src/ingest/documents/index.js';
import { fixture, miniTaxonomy } from '../../helpers.js';

const docxPath = fixture('resumes/two-column.docx');

describe('reading a Word resume', () => {
  it('gives one paragraph a line, headings included', async () => {
    const text = await readDocx(docxPath, readFileSync(docxPath));
    expect(text.split('\n').slice(0, 3)).toEqual(['Jordan Okafor', 'Data analyst moving into machine learning | jordan.okafor@example.org | Leeds, UK', 'Summary']);
    expect(text).toMatch(/\nSkills\nPython\nSQL\n/);
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
