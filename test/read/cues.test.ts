import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/extract.js';
import { sectionImportance, strongest } from '../../src/extract/importance.js';
import { bundledTaxonomy } from '../helpers.js';

/** The importance each skill gets from a sentence under a responsibilities heading (where, without a cue, it is mentioned). */
const cued = (sentence: string) => {
  const r = extractText(`What you will do\n${sentence}`, bundledTaxonomy());
  const out: Record<string, string> = {};
  for (const s of r.skills) out[s.id] = s.importance;
  for (const n of r.negated) out[n.id] = 'negated';
  return out;
};

describe('cues and their scope', () => {
  it.each([
    ['Experience with Apache Kafka is a plus', { kafka: 'preferred' }],
    ['Nice to have: Rust', { rust: 'preferred' }],
    ['Terraform preferred', { terraform: 'preferred' }],
    ['Bonus: GraphQL', { graphql: 'preferred' }],
    ['Ideally you know Apache Spark', { 'apache-spark': 'preferred' }],
    ['Python is required', { python: 'required' }],
    ['You must have SQL', { sql: 'required' }],
    ['At least 3 years of Java', { java: 'required' }],
    ['Preferred but not required: Go and Rust', { go: 'preferred', rust: 'preferred' }],
    ['You will build pipelines in Python', { python: 'mentioned' }],
    ['Python is required, Go is a plus', { python: 'required', go: 'preferred' }],
    // (A cue after a comma said of the one skill before it, the item before the comma one of its own, asking.)
    ['Experience with Python, Docker is not required', { python: 'required', docker: 'negated' }],
    ['Strong SQL skills, Kafka is a plus', { sql: 'required', kafka: 'preferred' }],
    ['Java, Scala and Kotlin are not required', { java: 'negated', scala: 'negated', kotlin: 'negated' }],
    // (A cue before an item ends where a requirement-like phrase opens the next one after a comma: SQL takes the section's importance.)
    ['Ideally experience with Airflow, strong SQL skills', { airflow: 'preferred', sql: 'mentioned' }],
    ['Ideally experience with Spark, Kafka and Flink', { 'apache-spark': 'preferred', kafka: 'preferred', 'apache-flink': 'preferred' }],
    // ("Strong" opens a qualification: SQL is asked, and the cue after it does not reach back to it.)
    ['Strong SQL, preferably with dbt', { sql: 'required', dbt: 'preferred' }],
    ['No prior Kubernetes experience needed', { kubernetes: 'negated' }],
    ['You do not need to know Scala', { scala: 'negated' }],
    ['Docker is not required but a plus', { docker: 'preferred' }],
    ['No less than 5 years of Python is required', { python: 'required' }],
    ['Build no-code tools in Python, which is required', { python: 'required' }],
    // A cue set off by commas inside a list reaches no further than where the list goes on.
    ['Experience with Python is required, preferably Django, and AWS', { python: 'required', django: 'preferred' }],
    ['Must know Python, SQL, and ideally Airflow, plus Docker', { airflow: 'preferred', docker: 'required' }],
    ['Must have a degree, preferably in Computer Science, Statistics, and Mathematics', { 'computer-science': 'preferred', mathematics: 'preferred' }],
  ])('%s', (sentence, expected) => {
    expect(cued(sentence)).toMatchObject(expected);
  });
});

describe('section defaults', () => {
  it('maps sections to importance', () => {
    expect(sectionImportance('requirements', false)).toBe('required');
    expect(sectionImportance('preferred', false)).toBe('preferred');
    expect(sectionImportance('responsibilities', true)).toBe('mentioned');
    expect(sectionImportance('summary', true)).toBe('required');
    expect(sectionImportance('summary', false)).toBe('mentioned');
    expect(sectionImportance('title', true)).toBe('mentioned');
    expect(strongest('mentioned', 'preferred')).toBe('preferred');
    expect(strongest('required', 'preferred')).toBe('required');
  });
});

describe('a heading run into a line ends the sentence before it', () => {
  const importance = (text: string) => Object.fromEntries(extractText(text, bundledTaxonomy()).skills.map((s) => [s.id, s.importance]));

  it('keeps a cue after an inline label from reaching back over it', () => {
    // ("Desired" reads either way: the fields of the degree before its label stay required.)
    const r = importance(
      'Knowledge and Skills Required for the Position:\nM.S. or Ph.D. in Mathematics, Statistics, Electrical Engineering or Computer Science Desired: 3+ years of experience in the development of medical devices, medical diagnostics or other sensor based systems.\nProficiency in Python.',
    );
    expect(r).toMatchObject({ phd: 'required', mathematics: 'required', 'computer-science': 'required', 'medical-devices': 'preferred', python: 'required' });
  });

  it('reads an inline label after an item\'s first words as qualifying what follows it on its line only', () => {
    const of = (text: string) => {
      const out: Record<string, string> = {};
      for (const s of extractText(text, bundledTaxonomy()).skills) out[s.id] = s.importance;
      return out;
    };
    expect(of('Requirements\n- Python, SQL. Nice to have: Airflow\n- Docker')).toEqual({ python: 'required', sql: 'required', airflow: 'preferred', docker: 'required' });
    expect(of('Requirements\n- Python and SQL, nice to have: Airflow, dbt\n- Docker')).toEqual({ python: 'required', sql: 'required', airflow: 'preferred', dbt: 'preferred', docker: 'required' });
    expect(of('Responsibilities\n- Build pipelines in Python. Bonus: Rust\n- Ship Docker images')).toEqual({ python: 'mentioned', rust: 'preferred', docker: 'mentioned' });
  });

  it('keeps an item of a nice-to-have list that opens with a lead-in and a colon nice to have', () => {
    const of = (text: string) => {
      const out: Record<string, string> = {};
      for (const s of extractText(text, bundledTaxonomy()).skills) out[s.id] = s.importance;
      return out;
    };
    expect(of('Requirements\n- Python\nNice to Haves\n- Experience with: Git, Docker, and JavaScript tools for dashboards and reports\n- Experience working on Linux')).toMatchObject({ python: 'required', git: 'preferred', docker: 'preferred', javascript: 'preferred', linux: 'preferred' });
    // A label that says so itself still qualifies its item.
    expect(of('Requirements\n- Python\n- Master\'s Degree Preferred In: Statistics')).toMatchObject({ python: 'required', 'masters-degree': 'preferred' });
  });

  it('reads a willingness to learn as what the job teaches, not what it asks, for the list right after it only', () => {
    const asked = (line: string) => {
      const out: Record<string, string> = {};
      for (const s of extractText(`Requirements\n- SQL\n- ${line}`, bundledTaxonomy()).skills) out[s.id] = s.importance;
      return out;
    };
    expect(asked('Willingness to learn Scala')).toMatchObject({ scala: 'mentioned', sql: 'required' });
    expect(asked('Eager to learn new analytics tools such as Tableau, Power BI')).toMatchObject({ tableau: 'mentioned', 'power-bi': 'mentioned' });
    expect(asked('A desire to learn, be self-motivated, and have excellent communication skills')).toMatchObject({ communication: 'required' });
    expect(asked('Willingness to learn and adapt to changing priorities')).toMatchObject({ adaptability: 'required' });
    expect(asked('Desire to learn Spark (experience is a plus)')).toMatchObject({ 'apache-spark': 'preferred' });
  });

  it('reads a run-in heading in sentence case when it ends in a list\'s own name', () => {
    const r = importance(
      'Responsibilities Solve complex problems and drive insights from large data Lead an analytic solution module in data science projects Work with a customer centric approach to deliver analytic solutions Preferred qualifications Experience with statistical programming languages (for example, SAS, R). Experience with SQL and relational databases (for example, Oracle). Excellent working knowledge of statistics.',
    );
    expect(r).toMatchObject({ sas: 'preferred', r: 'preferred', sql: 'preferred', 'oracle-database': 'preferred', statistics: 'preferred' });
  });

  it('reads a sentence that is only a cue as qualifying the sentence before it on its line, never a heading run into a text', () => {
    const asked = (text: string) => {
      const r = extractText(text, bundledTaxonomy());
      const out: Record<string, string> = {};
      for (const s of r.skills) out[s.id] = s.importance;
      for (const n of r.negated) out[n.id] = 'negated';
      return out;
    };
    expect(asked('Requirements\n- Experience with Docker. This is a plus.\n- Familiarity with Hive; a plus\n- Python')).toMatchObject({ docker: 'preferred', 'apache-hive': 'preferred', python: 'required' });
    expect(asked('Requirements\n- Experience with Kubernetes. Not required.')).toMatchObject({ kubernetes: 'negated' });
    // Not the next line's cue, nor one with more words than cues, nor a heading in a text without line breaks.
    expect(asked('Requirements\n- Experience with Docker.\n- A plus.\n- Experience with Terraform. A strong team is a plus.')).toMatchObject({ docker: 'required', terraform: 'required' });
    expect(asked('Responsibilities Performs data collection and data modeling. Required Knowledge, Skills and Experience: Excellent SQL')).toMatchObject({ 'data-collection': 'mentioned', sql: 'required' });
    expect(asked('Responsibilities Performs data collection. DESIRED SKILLS. Tableau')).toMatchObject({ 'data-collection': 'mentioned' });
  });
});
