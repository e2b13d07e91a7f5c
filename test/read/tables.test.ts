import { describe, expect, it } from 'vitest';
import { bundledVocabularies } from '../../src/read/index.js';
import { readTables } from '../../src/read/tables.js';

const en = bundledVocabularies().find((v) => v.language === 'en')!;

/** The cells a table says something of: their text, cue and years. */
const cells = (text: string) => readTables(text, en).map((c) => [text.slice(c.start, c.end), c.cue, c.years]);

describe('readTables', () => {
  it('reads a Markdown table with a column of importance values and one of years', () => {
    const text = 'We hire.\n\n| Skill | Level | Years |\n|---|---|---|\n| Python | Required | 4+ |\n| SQL | Required | - |\n| Spark | Nice to have | |\n| Java | Not required | - |\n\nWhat you will do';
    expect(cells(text)).toEqual([
      ['Python', 'required', 4],
      ['SQL', 'required', null],
      ['Spark', 'preferred', null],
      ['Java', 'negated', null],
    ]);
  });
  it('reads a table without a header, its first row holding years, from the first row', () => {
    const text = 'Requirements\n\n| Java | 3+ years |\n| Python | 2 years |\n\nWhat you will do';
    expect(cells(text)).toEqual([
      ['Java', null, 3],
      ['Python', null, 2],
    ]);
  });
  it('reads a box table, the least of a range of years, and leaves a column of proficiency alone', () => {
    const text = '+------+------------+-------+\n| Skill | Importance | Years |\n+------+------------+-------+\n| C | must | 3-5 |\n| MISRA C | nice | |\n+------+------------+-------+';
    expect(cells(text)).toEqual([
      ['C', 'required', 3],
      ['MISRA C', 'preferred', null],
    ]);
    // "Expert", "Basic" say how well, not whether: the rows say nothing.
    expect(cells('| Skill | Level |\n|---|---|\n| Python | Expert |\n| Go | Basic |')).toEqual([]);
  });
  it('reads a column of the initials of the values its header names ("E", "D" under "Essential / Desirable")', () => {
    const text = 'Criterion | Essential / Desirable | Assessed by\nExperience of developing software in Python | E | Application / Interview\nExperience with C++ or Rust | D | Application\n';
    expect(cells(text)).toEqual([
      ['Experience of developing software in Python', 'required', null],
      ['Application / Interview', 'required', null],
      ['Experience with C++ or Rust', 'preferred', null],
      ['Application', 'preferred', null],
    ]);
    // (Letters that stand for no value of the header are no importance: "Level" of "A", "B".)
    expect(cells('Skill | Essential / Desirable\nPython | A\nSQL | B\n')).toEqual([]);
  });
  it('reads a bar that ends a row opened by none as the bound of an empty last cell ("Python | X |" under "Muss | Kann")', () => {
    const de = bundledVocabularies().find((v) => v.language === 'de')!;
    const text = 'Anforderung | Muss | Kann\nGute Kenntnisse in Python | X |\nErfahrung mit dbt | | X\nKenntnisse in Kafka | | X\n';
    expect(readTables(text, de).map((c) => [text.slice(c.start, c.end), c.cue])).toEqual([
      ['Gute Kenntnisse in Python', 'required'],
      ['Erfahrung mit dbt', 'preferred'],
      ['Kenntnisse in Kafka', 'preferred'],
    ]);
  });
  it('reads check marks under columns headed "Required" and "Preferred", tabs bounding empty cells', () => {
    const text = 'Competency\tRequired\tPreferred\nSAP S/4HANA\t✓\t\nSQL\t\t✓\nFrench\tx\t';
    expect(cells(text)).toEqual([
      ['SAP S/4HANA', 'required', null],
      ['SQL', 'preferred', null],
      ['French', 'required', null],
    ]);
  });
  it('reads columns headed "Must have" and "Nice to have" that hold the skills themselves', () => {
    const text = '| Area | Must have | Nice to have |\n|---|---|---|\n| Languages | Python, SQL | Scala |\n| Cloud | Azure | - |';
    expect(cells(text)).toEqual([
      ['Python, SQL', 'required', null],
      ['Scala', 'preferred', null],
      ['Azure', 'required', null],
    ]);
  });
  it('reads a yes/no column headed "Mandatory", and a spreadsheet pasted as comma-separated rows', () => {
    expect(cells('Skill  Level  Mandatory (Y/N)  Years\nSAP HANA  Expert  Y  5\nAzure  Basic  N  -\nShell scripting  Basic  N  -')).toEqual([
      ['SAP HANA', 'required', 5],
      ['Expert', 'required', 5],
      ['Azure', 'preferred', null],
      ['Basic', 'preferred', null],
      ['Shell scripting', 'preferred', null],
      ['Basic', 'preferred', null],
    ]);
    expect(cells('skill,min_years,priority\nPython,3,must\nXGBoost,,must\nSAS,,nice')).toEqual([
      ['Python', 'required', 3],
      ['XGBoost', 'required', null],
      ['SAS', 'preferred', null],
    ]);
  });
  it('takes no list or sentence with commas for a table', () => {
    expect(cells('Requirements\n- Python, SQL\n- Experience with Terraform preferred, not required\n- Snowflake or Redshift')).toEqual([]);
    expect(cells('We use Python, SQL and Spark, and we are hiring.\nYou know Docker, Kubernetes and AWS, required.')).toEqual([]);
    // A table of names with nothing said of them.
    expect(cells('| Tool | Team |\n|---|---|\n| Airflow | Data |\n| dbt | Analytics |')).toEqual([]);
    // A job board's header lines, whose thousands commas ("$145,000/yr") are no cells: "+8 more" is no years of React.
    expect(cells('$145,000/yr - $175,000/yr · Hybrid · Full-time\n1,001-5,000 employees\nSkills: React, TypeScript, +8 more')).toEqual([]);
  });
  it('splits a spreadsheet row at a comma between small numbers ("3,5"), not at one that groups thousands', () => {
    expect(cells('skill,min_years,max_years\nPython,3,5\nSQL,2,4')).toEqual([
      ['Python', null, 3],
      ['SQL', null, 2],
    ]);
  });
});
