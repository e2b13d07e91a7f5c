import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/extract.js';
import { bundledTaxonomy } from '../helpers.js';

/** The groups of a requirement line, as sorted lists of skill ids. */
const groups = (line: string) =>
  extractText(`Requirements\n${line}`, bundledTaxonomy())
    .groups.map((g) => [...g.skills].sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('groups of alternatives', () => {
  it('makes one group of a list with an "or"', () => {
    expect(groups('Python, SQL or R')).toEqual([['python', 'r', 'sql']]);
    expect(groups('AWS, GCP, or Azure')).toEqual([['aws', 'azure', 'gcp']]);
  });
  it('never joins names across a table cell a tab bounds', () => {
    expect(groups('Technical skills\tAdvanced SQL; strong Excel\tPython or SAS; Power BI')).toEqual([['python', 'sas']]);
  });
  it('reads an "or" that opens a bracket as joining the skill before it only', () => {
    expect(groups('Hands-on experience with dbt, Airflow (or Dagster) and Snowflake')).toEqual([['airflow', 'dagster']]);
    expect(groups("A Bachelor's (or Master's) degree")).toEqual([['bachelors-degree', 'masters-degree']]);
    expect(groups('Python, SQL (or similar) and Go')).toEqual([]);
  });
  it('joins the examples an "or" offers of a similar kind to the alternatives before it', () => {
    expect(groups('Experience with Kafka or a similar message broker such as RabbitMQ or Pulsar')).toEqual([['apache-pulsar', 'kafka', 'message-queues', 'rabbitmq']]);
    expect(groups('Experience with Airflow or another orchestrator, e.g. Dagster')).toEqual([['airflow', 'dagster']]);
    // Not examples of a member ("such as" after an "or" pair names what is used with them), nor "or equivalent".
    expect(groups('Experience with Python or R such as pandas')).toEqual([['python', 'r']]);
    expect(groups("Bachelor's degree or equivalent in Computer Science")).toEqual([]);
  });
  it('makes one group of the items of a list a line ending in a colon introduces as alternatives, one skill an item', () => {
    expect(groups('Experience with any of the following:\n- PyTorch\n- TensorFlow\n- JAX\n')).toEqual([['jax', 'pytorch', 'tensorflow']]);
    expect(groups('At least one of these:\n1. Java\n2. Kotlin\n\nAlso SQL')).toEqual([['java', 'kotlin']]);
    // Not a list introduced otherwise, nor an item that names several skills, nor lines that are no items.
    expect(groups('You have the following:\n- Java\n- Kotlin\n')).toEqual([]);
    expect(groups('Any of the following:\n- Java and SQL\n- Kotlin\n')).toEqual([]);
    expect(groups('Any of the following:\nJava\nKotlin\n')).toEqual([]);
  });
  it('passes over an item or two the taxonomy does not know in a list of alternatives', () => {
    expect(groups('Service frameworks such as Spring Boot, Ratpack, Vert.x, or Play')).toEqual([['eclipse-vert-x', 'play-framework', 'ratpack', 'spring-boot']]);
    expect(groups('Service frameworks such as Spring Boot, Zorbleon, Vert.x, or Quellix')).toEqual([['eclipse-vert-x', 'spring-boot']]);
    expect(groups('Python, Foo, Java')).toEqual([]);
    // ... and, in a list of fields of study, the first words of an item the taxonomy knows the end of.
    expect(groups("Master's degree in Statistics, Transport Economics, Bioinformatics, or Computer Science")).toEqual([['computational-biology', 'computer-science', 'economics', 'statistics']]);
    expect(groups('SQL, Advanced Python or R')).toEqual([['python', 'r']]);
    // ... and, in a list a lead-in and a colon open, a few lower-case words around an item.
    expect(groups('Knowledge of one or more of the following: high performance computing, scientific data analysis, large-scale data management, and big data technologies')).toEqual([['big-data', 'data-analysis', 'data-management', 'high-performance-computing']]);
    expect(groups('Python, R or Matlab, including file parsing and data visualization')).toEqual([['matlab', 'python', 'r']]);
  });
  it('reads a degree an "or" opens, after another degree of the line, as another route, also where the line is hard-wrapped', () => {
    expect(groups("PhD with at least 6 years in clinical research or a Master's degree with 10 years")).toEqual([['masters-degree', 'phd']]);
    // (The "or" opens the next line of a hard-wrapped paragraph: the flow reads the two lines as one.)
    const wrapped = ['Doctorate with at least six years of hands-on work in a hospital lab', "or a Master's degree with twelve years of comparable work in", 'a large clinical laboratory, and strong references from mentors.', 'Reviews lab procedures each quarter, keeps records for audits,', 'and trains the staff on new instruments as they are brought in.', 'Writes clear summaries of findings for the department leadership.'];
    expect(groups(wrapped.join('\n'))).toEqual([['masters-degree', 'phd']]);
  });
  it('makes no group of a list joined by "and" or commas', () => {
    expect(groups('Python, SQL and R')).toEqual([]);
  });
  it('reads a list of slashed items as one group per item', () => {
    expect(groups('supervised/unsupervised learning, AWS/GCP/Azure')).toEqual([
      ['aws', 'azure', 'gcp'],
      ['supervised-learning', 'unsupervised-learning'],
    ]);
    expect(groups('Spark/Hadoop, Kafka')).toEqual([['apache-spark', 'hadoop']]);
  });
});
