import { describe, expect, it } from 'vitest';
import { unweaveColumns } from '../../src/profile/columns.js';
import { profileFromResumeText } from '../../src/profile/load.js';
import { bundledTaxonomy } from '../helpers.js';

const taxonomy = bundledTaxonomy();

// A sidebar and a main column, copied line by line across both (a PDF's text with its layout kept).
const SIDEBAR_LEFT = [
  'MAYA LINDQVIST',
  'SKILLS                    PROFESSIONAL EXPERIENCE',
  'Python                    Data Engineer, Fjordline Logistics',
  'SQL                       Mar 2021 – Present',
  'Apache Spark              Built batch pipelines in Apache Spark on AWS EMR feeding the',
  'Airflow                   routing models; orchestrated 40 DAGs with Airflow.',
  'LEARNING                  Junior Data Engineer, Norrsken Retail',
  'Kubernetes                Aug 2018 – Feb 2021',
  'Terraform                 Wrote SQL transformations and Python jobs for sales data.',
  'LANGUAGES                 EDUCATION',
  'German (basic)            MSc Computer Science, KTH, 2018',
].join('\n');

const SIDEBAR_RIGHT = [
  'EXPERIENCE                                                   SKILLS',
  'Data Analyst, Lombardia Retail SpA                           SQL',
  '2021 – present                                               Power BI',
  'Built weekly sales dashboards in Power BI and automated      Excel',
  'the stock reports with SQL and Excel macros for the          CURRENTLY LEARNING',
  'regional managers.                                           Python',
  '                                                             Tableau',
].join('\n');

describe('a two-column resume whose lines run across both columns', () => {
  it('is read column by column, the sidebar on either side', () => {
    const left = unweaveColumns(SIDEBAR_LEFT).split('\n');
    expect(left.slice(0, 12)).toEqual(['MAYA LINDQVIST', 'SKILLS', 'Python', 'SQL', 'Apache Spark', 'Airflow', 'LEARNING', 'Kubernetes', 'Terraform', 'LANGUAGES', 'German (basic)', '']);
    expect(left).toContain('Built batch pipelines in Apache Spark on AWS EMR feeding the');
    const right = unweaveColumns(SIDEBAR_RIGHT).split('\n');
    expect(right.indexOf('SKILLS')).toBeGreaterThan(right.indexOf('regional managers.'));
  });
  it("reads the sidebar's skills being learned as learning, not as the next role's work", () => {
    const levels = (text: string) => Object.fromEntries(profileFromResumeText('cv.txt', text, taxonomy).skills.map((s) => [s.id, s.level]));
    expect(levels(SIDEBAR_LEFT)).toMatchObject({ kubernetes: 'learning', terraform: 'learning', python: null, german: 'beginner' });
    expect(levels(SIDEBAR_RIGHT)).toMatchObject({ python: 'learning', tableau: 'learning', sql: null });
  });
  it('leaves a label and its value, a table and a role with its dates as rows', () => {
    const rows = [
      'Expert:        Python, SQL, Apache Spark',
      'Familiar:      Kafka, Scala',
      'Learning:      Rust, Kubernetes',
      'Languages      Python, SQL, Go',
      'Tools          Docker, Terraform',
      'Python         Expert        6',
      'Data Engineer           Kafka Logistics s.r.o.           2020 – present',
      'Senior Analyst          Bohemia Bank                     2017 – 2020',
    ].join('\n');
    expect(unweaveColumns(rows)).toBe(rows);
  });

  it('leaves rows set with tabs as they are (a gutter of a tab fits no row of blanks)', () => {
    const rows = ['Skills   and tools', 'Python\tExpert', 'SQL\tGood', 'Rust\t\tLearning'].join('\n');
    expect(unweaveColumns(rows)).toBe(rows);
  });
});

describe('a long resume of aligned rows', () => {
  it('is looked at in one pass, rows or columns', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `Label ${i}        value ${i}, more words here`).join('\n');
    const columns = Array.from({ length: 100_000 }, () => 'SKILLS        Built the pipelines and the\nPython        reports in Excel.').join('\n');
    const t0 = Date.now();
    expect(unweaveColumns(rows)).toBe(rows);
    expect(unweaveColumns(columns).split('\n')).toHaveLength(400_001);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
