import { describe, expect, it } from 'vitest';
import { bundledVocabularies } from '../../src/read/index.js';
import { titleOf } from '../../src/read/title.js';

const en = bundledVocabularies().find((v) => v.language === 'en')!;

describe('titleOf', () => {
  it('reads a title line', () => {
    expect(titleOf('Senior Data Scientist - NLP', en)).toBe('Senior Data Scientist - NLP');
    expect(titleOf('## Machine Learning Engineer', en)).toBe('Machine Learning Engineer');
    // (Bold or italic words inside the line, not only around all of it.)
    expect(titleOf('**Data Engineer II** – Lakehouse Platform', en)).toBe('Data Engineer II – Lakehouse Platform');
    expect(titleOf('Senior *Backend* Engineer', en)).toBe('Senior Backend Engineer');
    expect(titleOf('C++ Engineer (snake_case_tools)', en)).toBe('C++ Engineer (snake_case_tools)');
    expect(titleOf('Engineer for ml_ops_ tooling', en)).toBe('Engineer for ml_ops_ tooling');
  });
  it('never takes a sentence or a date for a title', () => {
    // (Nor a heading's label run into sentences, a one-line posting.)
    expect(titleOf("Requirements: 3+ years of Python. Master's or PhD in Computer Science", en)).toBeUndefined();
    expect(titleOf('Job Title: Data Scientist', en)).toBe('Data Scientist');
    expect(titleOf('We are looking for someone who knows Python to join our team', en)).toBeUndefined();
    expect(titleOf('Friday, April 3, 2020', en)).toBeUndefined();
    expect(titleOf('Mon 12 Oct 2020', en)).toBeUndefined();
  });
  it('after the first line, takes only a name that names a role and opens with no heading', () => {
    expect(titleOf('Senior Data Engineer', en, true)).toBe('Senior Data Engineer');
    expect(titleOf('Acme Analytics Group', en)).toBe('Acme Analytics Group');
    expect(titleOf('Acme Analytics Group', en, true)).toBeUndefined();
    expect(titleOf('Partner with project leadership to understand client business processes', en, true)).toBeUndefined();
    expect(titleOf('Responsibilities of a Data Scientist', en, true)).toBeUndefined();
    expect(titleOf('Job Description for Data Scientist', en, true)).toBeUndefined();
  });
});

describe("a posting's title among the fields of its first line", () => {
  it("takes the field that names a role, as a job board's header or a \"Who's hiring\" post writes it", async () => {
    const { read } = await import('../../src/read/index.js');
    expect(read('Lumenfold | Senior ML Engineer | Remote (US) | Full-time | $180k | Python, PyTorch\nWe build document models. Must have 4+ years of Python.').title).toBe('Senior ML Engineer');
    expect(read('Korvid Robotics | Embedded Software Engineer | Pittsburgh, PA\n\nWe make robots.').title).toBe('Embedded Software Engineer');
    // A first field that names the role is the title, the rest its company and place.
    expect(read('Data Scientist | Acme Corp | Remote\n\nRequirements\n- SQL').title).toBe('Data Scientist');
  });
  it('leaves out a word after the role that names the posting, not the job', async () => {
    const { read } = await import('../../src/read/index.js');
    expect(read('Subject: Analytics Engineer opportunity - 100% remote - $140k\n\nHi Jordan,\n\nStrong SQL and dbt.').title).toBe('Analytics Engineer');
    expect(read('Senior Data Scientist Role\n\nRequirements\n- SQL').title).toBe('Senior Data Scientist');
    // Not a word of the title itself, nor one after no role word.
    expect(read('Head of Talent Opportunity\n\nRequirements\n- SQL').title).toBe('Head of Talent Opportunity');
    expect(read('Data Engineer, Job Platform\n\nRequirements\n- SQL').title).toBe('Data Engineer, Job Platform');
  });
  it("ends a title line at a dash that leads to the job's place, pay or terms, not at one that leads to more of the title", async () => {
    const { read } = await import('../../src/read/index.js');
    expect(read('Junior Data Analyst — Leeds — £26,000\n\nExcel and SQL essential.').title).toBe('Junior Data Analyst');
    expect(read('QA Tester (Manual) — Remote, contract\n\nYou will test our apps.').title).toBe('QA Tester (Manual)');
    expect(read('Senior Data Scientist - Credit Risk\n\nRequirements\n- SQL').title).toBe('Senior Data Scientist - Credit Risk');
  });
  it('takes the title a text of one paragraph opens with, before a bracket of the job\'s terms', async () => {
    const { read } = await import('../../src/read/index.js');
    expect(read('Java Entwickler (m/w/d) gesucht Für unseren Kunden aus der Automobilbranche suchen wir einen Java Entwickler. Sie bringen Erfahrung mit Maven mit.').title).toBe('Java Entwickler');
    expect(read('Business Intelligence Developer (m/w/d) Unser Kunde sucht zur Verstärkung seines Teams einen Developer. Ihr Profil: T-SQL, DAX.').title).toBe('Business Intelligence Developer');
    expect(read('Sr. Java Developer (W2 only) We are looking for a developer with 5+ years of Java and Spring.').title).toBe('Sr. Java Developer');
    // (Not a sentence before the bracket, nor a bracket that says more than the terms.)
    expect(read('Wir suchen einen Data Engineer (m/w/d) für unser Team in Berlin. Du hast Erfahrung mit Python.').title).toBeNull();
    expect(read('Data Scientist (NLP) We are looking for someone with 3+ years of Python.').title).toBeNull();
  });
});

describe('a title without what stands around it', () => {
  // A bracket of the job's terms, emoji at its ends and a hiring label before it go; a bracket that
  // says more stays; a line that ends like a heading stays no title.
  it.each([
    ['Sr. Java Developer (W2 only)', 'Sr. Java Developer'],
    ['Data Engineer (m/w/d)', 'Data Engineer'],
    ['Freelance Tableau Developer (part-time, ~15 hrs/week, 3 months)', 'Freelance Tableau Developer'],
    ['Data Scientist (Remote) (Contract)', 'Data Scientist'],
    ["🚀 We're hiring: Python Backend Developer 🚀", 'Python Backend Developer'],
    ['VACANCY: Lead Credit Risk Modeller (IFRS 9 / IRB)', 'Lead Credit Risk Modeller (IFRS 9 / IRB)'],
    ['Data Scientist (NLP)', 'Data Scientist (NLP)'],
    ['Analytics Engineer @ Penny Lane Learning', 'Analytics Engineer'],
    ['Senior Data Scientist - Credit Risk', 'Senior Data Scientist - Credit Risk'],
    ['Requirements:', undefined],
  ])('%s', (line, title) => {
    expect(titleOf(line, en)).toBe(title);
  });
  it('reads a country in capitals beside a role as no pronoun, and a long line of terms after a dash', async () => {
    const { read } = await import('../../src/read/index.js');
    expect(read('Salesforce Developer – Remote (US) – Full-time – $120K-$140K\n\nYou will build Apex triggers.').title).toBe('Salesforce Developer');
    expect(read('Contract Databricks Data Engineer – 6 months – £575–£625/day – Outside IR35 – Remote (UK) with occasional travel to Bristol\n\nWe need PySpark.').title).toBe('Contract Databricks Data Engineer');
    expect(read('Frontend Developer (Vue.js) – m/w/d\n\nWe build apps in Vue.').title).toBe('Frontend Developer (Vue.js)');
    expect(read('Senior Data Engineer (m/w/d) - Berlin\n\nWir nutzen Python.').title).toBe('Senior Data Engineer');
    expect(read('AI Trainer – Brazilian Portuguese (freelance, remote)\n\nYou will rate answers.').title).toBe('AI Trainer – Brazilian Portuguese');
    expect(read('Job Title: Sr. Java Developer (W2 only)\nLocation: Charlotte, NC\n\nSpring Boot required.').facts.title).toBe('Sr. Java Developer');
    // (A place alone is still no title: "Lexington, MA, US" names no role.)
    expect(titleOf('Lexington, MA, US', en)).toBeUndefined();
  });
});

describe('no title from a sentence broken over lines or a heading', () => {
  it('reads none where the first line names no role and its sentence goes on below it', async () => {
    const { read } = await import('../../src/read/index.js');
    // (A hard-wrapped text: the employer's name, then its sentence in lower case on the next line.)
    expect(read('Helix\nis a trusted operator of research centers and\nwe are on a mission to make the world safer.\n\nWe need a data scientist who knows Python.').title).toBeNull();
    // (One word that only links others: "At" / "Brightwater Health, we believe ...".)
    expect(read('At\nBrightwater Health, we believe in exceptional care for\nour communities.\n\nWe need a data analyst who knows SQL.').title).toBeNull();
    // (A heading alone on the first line: "Purposes", "Job Detail".)
    expect(read('Purposes\n\nAs a member of the BI team, this individual builds reports in Power BI.').title).toBeNull();
    expect(read('Job Detail\n\nJob ID IRC28471\n\nAbout the Role\nYou will own our Redshift data.').title).toBeNull();
    // (A name on the first line with the title below it stays as it was read.)
    expect(read('Acme Corp\nSenior Data Scientist\nBerlin, Germany\n\nRequirements\n- Python').title).toBe('Senior Data Scientist');
    expect(read('Bookkeeper\n\nWe need someone who knows QuickBooks.').title).toBe('Bookkeeper');
    // (The employer's name alone on the first line: its name, not the job's.)
    const named = read('Acme Robotics\n\nAcme Robotics is a leading maker of warehouse robots.\n\nWe need a data engineer who knows Kafka.');
    expect([named.title, named.employerName]).toEqual([null, 'Acme Robotics']);
  });
});

describe('no title from a label and its value, or a name and its slogan', () => {
  it.each([['Req Id: 2475'], ['Site Name: USA - Massachusetts - Cambridge'], ['Medidata: Conquering Diseases Together'], ['Type: Full Time']])('%s', (line) => {
    expect(titleOf(line, en)).toBeUndefined();
  });
  it('still reads a role after a label', () => {
    expect(titleOf('VACANCY: Lead Credit Risk Modeller (IFRS 9 / IRB)', en)).toBe('Lead Credit Risk Modeller (IFRS 9 / IRB)');
  });
});

describe('the title of a text of one line', () => {
  it('ends at a dash or at "at" before a name, where it is a few words ending in a role', async () => {
    const { read } = await import('../../src/read/index.js');
    expect(read('Platform Engineer, ML Infrastructure - Nimbus Genomics - Boston, MA - Full time - Nimbus Genomics uses machine learning to design enzymes.').title).toBe('Platform Engineer, ML Infrastructure');
    expect(read('Senior Data Analyst, Growth at Ridgeview Bank (Hybrid - Denver, CO). About us: Ridgeview Bank is a community bank.').title).toBe('Senior Data Analyst, Growth');
    // Not a line's fields run on, a sentence, nor a possessive.
    expect(read('Research Scientist Location Nebraska - Omaha Specialty Facility Apply Now').title).toBeNull();
    expect(read('As a Data Engineer at Productive Edge, you will be a member of a team.').title).toBeNull();
    expect(read("Data Scientist's at Zest AI use the power of machine learning.").title).toBeNull();
  });
});
