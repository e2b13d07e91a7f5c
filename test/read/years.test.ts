import { describe, expect, it } from 'vitest';
import { bundledVocabularies } from '../../src/read/index.js';
import { extractText } from '../../src/extract/extract.js';
import { bundledTaxonomy } from '../helpers.js';

const en = bundledVocabularies().find((v) => v.language === 'en')!;
const de = bundledVocabularies().find((v) => v.language === 'de');

describe('years', () => {
  it.each([
    ['3+ years of Python', 3],
    ['at least five years with AWS', 5],
    ['2-4 years of experience', 2],
    ['3 to 5 yrs in data', 3],
    ['ten plus years', 10],
    ['two (2) or more years', 2],
    ['five (5) years', 5],
    ['three (or more) years', 3],
    ['1 3 years (a range whose dash was lost)', 1],
    ['at least a decade of C++', 10],
    ['more than a decade of experience', 10],
  ])('%s', (text, years) => {
    expect(en.years.find(text).map((y) => y.years)).toEqual([years]);
  });
  it('ignores ages and other numbers', () => {
    expect(en.years.find('you must be 18 years old; 100 users')).toEqual([]);
  });
  it('reads a range in figures whose unit was lost before an experience word', () => {
    expect(en.years.find('3-6 experience in flow cytometry').map((y) => y.years)).toEqual([3]);
    expect(en.years.find('1 to 4 experience with LIMS').map((y) => y.years)).toEqual([1]);
    // (Never one number, nor a range that falls: "4 experience points", "level 5-2 experience".)
    expect(en.years.find('4 experience points; level 5-2 experience')).toEqual([]);
  });
  it.runIf(de)('reads German years', () => {
    expect(de!.years.find('mindestens 3 Jahre Erfahrung mit Python').map((y) => y.years)).toEqual([3]);
    expect(de!.years.find('mit einem Jahrzehnt Erfahrung in C++').map((y) => y.years)).toEqual([10]);
  });
});

describe('years tied to skills', () => {
  const years = (text: string) => Object.fromEntries(extractText(`Requirements\n${text}`, bundledTaxonomy()).skills.map((s) => [s.id, s.years]));
  it('gives a phrase to the list of skills after it', () => {
    expect(years('3+ years of Python and SQL.\nJava is nice')).toMatchObject({ python: 3, sql: 3, java: null });
  });
  it('gives a range whose unit was lost to the skill after it', () => {
    expect(years('3-6 experience in Hematology required.')).toMatchObject({ hematology: 3 });
  });
  it('gives years right after a skill to that skill', () => {
    expect(years('Python (5+ years) and SQL (3+ years)')).toMatchObject({ python: 5, sql: 3 });
  });
  it('stops at the end of the list, and at a comma before any skill', () => {
    expect(years('2+ years of experience with data analysis, and expertise in Python and Tableau')).toMatchObject({ 'data-analysis': 2, python: null, tableau: null });
    expect(years('2-5 years experience, preferably with SQL')).toMatchObject({ sql: null });
    expect(years('3+ years of experience, strong SQL skills')).toMatchObject({ sql: null });
    expect(years('5 years in the industry, Python and SQL')).toMatchObject({ python: null, sql: null });
  });
  it('reads a cue in a bracket of years as the years\' own, not the skill\'s', () => {
    const r = extractText('Requirements\n- Python (2+ years preferred)\n- SQL', bundledTaxonomy());
    expect(r.skills.find((s) => s.id === 'python')).toMatchObject({ importance: 'required', years: 2 });
  });
  it('stops at a label run into the text between the years and the skills after it', () => {
    expect(years('Master\'s degree and 3+ years of experience OR PhD with 1+ years of experience Required Machine Learning, Python')).toMatchObject({ 'machine-learning': null, python: null });
    expect(years('3+ years of experience with Machine Learning and Python')).toMatchObject({ 'machine-learning': 3, python: 3 });
  });
  it('gives part of the years just named to what follows it', () => {
    expect(years('5+ years building backend services, at least 3 of them in Go')).toMatchObject({ 'backend-development': 5, go: 3 });
    expect(years('6 years of software engineering, 2 of which with Kubernetes')).toMatchObject({ 'software-engineering': 6, kubernetes: 2 });
    // Not without years before it: "one of them" is no years.
    expect(years('Knowledge of SQL or NoSQL databases, ideally one of them in production')).toMatchObject({ sql: null });
  });
  it('passes over items that name no skill before the first that does', () => {
    expect(years('2+ years experience with threat analysis, risk assessment and risk management')).toMatchObject({ 'risk-management': 2 });
    expect(years('5+ years of experience in building large scale, high performance, high availability systems')).toMatchObject({ 'high-availability': 5 });
    // ... and between skills, capitalized or of several words, up to a word that breaks the list.
    expect(years('4+ years in Analytics, Revenue Strategy/Planning, Management Consulting or similar roles')).toMatchObject({ analytics: 4, consulting: 4 });
    expect(years('3 years of project management, process and quality improvement, and reporting')).toMatchObject({ 'project-management': 3, reporting: 3 });
    expect(years('3 years of SQL, which is used daily, and Tableau')).toMatchObject({ sql: 3, tableau: null });
    // ... and over the last words of one item and the first of the next around a list word.
    expect(years('At least 3 years building ML infrastructure and production models')).toMatchObject({ mlops: 3, 'model-deployment': 3 });
    expect(years('7 years of IT architecture or business consulting experience')).toMatchObject({ consulting: 7 });
    expect(years('3+ years of Python and excellent communication skills')).toMatchObject({ python: 3, communication: null });
    // ... and over a list word, a verb of the same experience and its object to a binder.
    expect(years('3 years of experience building data pipelines and managing workflows in Airflow')).toMatchObject({ 'data-pipelines': 3, airflow: 3 });
    expect(years('3-5 years of Database Marketing and Data Mining experience')).toMatchObject({ 'data-mining': 3 });
    expect(years('5+ years of high availability systems and Strong Computer Science fundamentals (algorithms, data structures)')).toMatchObject({ algorithms: null });
    expect(years('5+ years in SAS/R/Python - Existing modeling and data analysis done with these tools')).toMatchObject({ python: 5, 'data-analysis': null });
  });
  it('never gives the company\'s years: a sentence about them asks for none of its skills', () => {
    expect(years('Join a team that has been in business for 12 years building Java systems')).not.toHaveProperty('java');
    const firm = years('Our firm has 12 years of Java consulting behind it. You bring 3+ years of Python');
    expect(firm).toMatchObject({ python: 3 });
    expect(firm).not.toHaveProperty('java');
  });
  it('gives the years of a job board\'s experience question to every skill before its colon, not to the next line\'s', () => {
    expect(years('Experience:\nextracting insights from social media data: 1 year (Required)\ndeveloping and implementing change management strategies: 3 years (Required)\nPostgreSQL and SQL: 2 years (Preferred)')).toMatchObject({
      'social-media-analytics': 1,
      'change-management': 3,
      postgresql: 2,
      sql: 2,
    });
  });
  it('reads "i.e." and "e.g." inside a list of what years qualify', () => {
    expect(years('2+ years of experience with data analysis (i.e., regression and forecasting)')).toMatchObject({ 'data-analysis': 2, 'regression-analysis': 2, forecasting: 2 });
  });
  it('carries them from a field to what it focuses on ("with a focus on"; German "mit Schwerpunkt auf")', () => {
    expect(years('4+ years of experience in a Data Engineering role, with a focus on data warehousing and data pipelines')).toMatchObject({ 'data-engineering': 4, 'data-warehousing': 4, 'data-pipelines': 4 });
    const de = Object.fromEntries(extractText('Anforderungen\n3 Jahre Erfahrung im Data Engineering mit Schwerpunkt auf Data Warehousing', bundledTaxonomy()).skills.map((s) => [s.id, s.years]));
    expect(de).toMatchObject({ 'data-engineering': 3, 'data-warehousing': 3 });
  });
  it('gives none to a discipline listed with a field of study: the years are the field\'s', () => {
    expect(years('5+ years of work in a discipline such as mathematics, statistics or computer science')).toMatchObject({ mathematics: null, statistics: null, 'computer-science': null });
    // ... yet it is asked all the same; and a discipline in a list of skills takes them.
    expect(years('5+ years of work in a discipline such as mathematics, statistics or computer science')).toHaveProperty('statistics');
    expect(years('3 years of statistics and machine learning')).toMatchObject({ statistics: 3, 'machine-learning': 3 });
  });
  it('takes the years of the strongest ask: required years over preferred ones', () => {
    const y = Object.fromEntries(
      extractText('Requirements\n5 years of Kubernetes experience\nNice to have\n7 years of Kubernetes experience', bundledTaxonomy()).skills.map((s) => [s.id, [s.importance, s.years]]),
    );
    expect(y.kubernetes).toEqual(['required', 5]);
  });
});
