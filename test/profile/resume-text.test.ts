import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { extractPosting } from '../../src/extract/extract.js';
import { makePosting } from '../../src/ingest/posting.js';
import { profileFromResumeText } from '../../src/profile/load.js';
import { skillsFromJsonResume } from '../../src/profile/json-resume.js';
import { skillsFromResumeText } from '../../src/profile/resume-text.js';
import { bundledTaxonomy } from '../helpers.js';

const taxonomy = bundledTaxonomy();
const NOW = new Date(Date.UTC(2026, 11, 1));

/** A resume with one line in the section named, and a skills list of its own. */
const resume = (section: 'Summary' | 'Experience' | 'Interests', line: string) => `Alex Example\n\n## Skills\nSQL, Excel\n\n## ${section}\n${line}\n`;

/** The skills the analysis of a posting asking for `label` (and SQL) proposes to write. */
function proposed(resumeText: string, label: string): string[] {
  const posting = extractPosting(makePosting('job.txt', `Data Analyst\n\nRequirements\n- ${label}\n- SQL\n`), taxonomy);
  const a = analyze(posting, profileFromResumeText('cv.md', resumeText, taxonomy), taxonomy);
  const s = a.suggestions;
  return [...s.keywords, ...s.useWording.map((x) => x.write), ...s.addToSkills.map((x) => x.write), ...s.alreadyThere.map((x) => x.write)];
}

// Each line says the person lacks the skill, is learning it, or shows it only outside work: it must
// never be proposed, while SQL (listed in the skills section) always is.
const CASES: [string, 'Summary' | 'Experience' | 'Interests', string, string][] = [
  // lacks
  ['No production experience with Kubernetes yet.', 'Summary', 'Kubernetes', 'kubernetes'],
  ['I have no experience with Rust.', 'Summary', 'Rust', 'rust'],
  ['Never used Terraform.', 'Summary', 'Terraform', 'terraform'],
  ["Haven't used Apache Spark in production.", 'Summary', 'Apache Spark', 'apache-spark'],
  ['No knowledge of Scala.', 'Summary', 'Scala', 'scala'],
  ['Not yet familiar with Airflow.', 'Summary', 'Airflow', 'airflow'],
  ['No hands-on experience with Tableau.', 'Experience', 'Tableau', 'tableau'],
  ['Have not used PyTorch professionally.', 'Summary', 'PyTorch', 'pytorch'],
  ['Built reports without any exposure to Snowflake.', 'Experience', 'Snowflake', 'snowflake'],
  ['Not familiar with Docker.', 'Summary', 'Docker', 'docker'],
  ['No experience: Java, Scala', 'Summary', 'Java', 'java'],
  ['No Java experience yet.', 'Summary', 'Java', 'java'],
  ['No Kubernetes experience, but eager to learn.', 'Summary', 'Kubernetes', 'kubernetes'],
  ['No prior Terraform or Ansible knowledge.', 'Summary', 'Ansible', 'ansible'],
  ['Zero Rust exposure so far.', 'Summary', 'Rust', 'rust'],
  ['Kubernetes: none', 'Summary', 'Kubernetes', 'kubernetes'],
  ['Tools: Excel (advanced), Power BI (no experience)', 'Summary', 'Power BI', 'power-bi'],
  ['Jenkins – no hands-on experience', 'Summary', 'Jenkins', 'jenkins'],
  ['Never worked with AWS; all my cloud work was on GCP.', 'Summary', 'AWS', 'aws'],
  ['Lacking experience in React, strong in Angular', 'Summary', 'React', 'react'],
  ['Picking up Kotlin for an upcoming Android side project', 'Summary', 'Kotlin', 'kotlin'],
  ['I begin to learn Snowflake since last month.', 'Summary', 'Snowflake', 'snowflake'],
  ['Goal for next year: become proficient in Terraform', 'Summary', 'Terraform', 'terraform'],
  ['Want to move into machine learning with PyTorch', 'Summary', 'PyTorch', 'pytorch'],
  ['Curious about Elixir and Scala', 'Summary', 'Scala', 'scala'],
  ['Getting up to speed with Terraform in my spare time', 'Summary', 'Terraform', 'terraform'],
  ['Planning to pick up Kubernetes next quarter', 'Summary', 'Kubernetes', 'kubernetes'],
  ['Zero experience with Scala so far', 'Summary', 'Scala', 'scala'],
  ['Managed two vendors who built the Salesforce integration', 'Experience', 'Salesforce', 'salesforce'],
  ['Coordinated the contractors who wrote the Terraform modules', 'Experience', 'Terraform', 'terraform'],
  ['Tools: Python, Excel (no Spark)', 'Summary', 'Spark', 'apache-spark'],
  ['Integrated the models; I did not write any Java.', 'Experience', 'Java', 'java'],
  ["Didn't use Docker in that role.", 'Experience', 'Docker', 'docker'],
  ['Reviewed the Scala code but never wrote Scala myself.', 'Experience', 'Scala', 'scala'],
  ['Have not worked with Snowflake.', 'Summary', 'Snowflake', 'snowflake'],
  ["Haven't touched Kubernetes.", 'Summary', 'Kubernetes', 'kubernetes'],
  // learning
  ['Currently learning Rust.', 'Summary', 'Rust', 'rust'],
  ['Learning TypeScript in my spare time.', 'Summary', 'TypeScript', 'typescript'],
  ['Studying Kubernetes on weekends.', 'Summary', 'Kubernetes', 'kubernetes'],
  ['Teaching myself Haskell.', 'Summary', 'Haskell', 'haskell'],
  ['Taking a course in deep learning.', 'Summary', 'deep learning', 'deep-learning'],
  ['Interested in learning Scala.', 'Summary', 'Scala', 'scala'],
  ['Eager to learn Snowflake.', 'Summary', 'Snowflake', 'snowflake'],
  ['Want to learn Julia next year.', 'Summary', 'Julia', 'julia'],
  ['Terraform (in progress)', 'Summary', 'Terraform', 'terraform'],
  ['Now learning Apache Kafka for a side project.', 'Experience', 'Apache Kafka', 'kafka'],
  ['Currently learning: Rust, Kubernetes', 'Summary', 'Kubernetes', 'kubernetes'],
  ['Learning: Terraform, Go', 'Experience', 'Terraform', 'terraform'],
  ['Taking a course on Kubernetes.', 'Summary', 'Kubernetes', 'kubernetes'],
  ['Data analyst moving into ML engineering.', 'Summary', 'machine learning engineering', 'ml-engineering'],
  ['Aspiring data engineer, transitioning into data engineering from finance.', 'Summary', 'data engineering', 'data-engineering'],
  ['I am planning to move our jobs to Dagster next year.', 'Experience', 'Dagster', 'dagster'],
  ['Keen to learn Go.', 'Summary', 'Go', 'go'],
  ['Currently learning Kubernetes to deploy my own models.', 'Summary', 'model deployment', 'model-deployment'],
  ['Currently completing the fast.ai course on weekends.', 'Summary', 'fastai', 'fastai'],
  ['Working through the official Kubernetes tutorials.', 'Summary', 'Kubernetes', 'kubernetes'],
  ['Halfway through the Deep Learning Specialization.', 'Summary', 'deep learning', 'deep-learning'],
  ['Currently exploring Kubernetes.', 'Summary', 'Kubernetes', 'kubernetes'],
  ['Learning Rust and exploring Go for side projects.', 'Summary', 'Go', 'go'],
  ['Getting started with dbt.', 'Summary', 'dbt', 'dbt'],
  ['Familiarizing myself with Go.', 'Summary', 'Go', 'go'],
  ['Currently upskilling in Kubernetes.', 'Summary', 'Kubernetes', 'kubernetes'],
  ['Started a Coursera course on Apache Spark.', 'Summary', 'Apache Spark', 'apache-spark'],
  ['Would love to work with Apache Spark.', 'Summary', 'Apache Spark', 'apache-spark'],
  ['Hoping to use Terraform in my next role.', 'Summary', 'Terraform', 'terraform'],
  ['Goal for next year: get hands-on with Terraform.', 'Summary', 'Terraform', 'terraform'],
  ['Completed a SQL course; next up: Rust.', 'Summary', 'Rust', 'rust'],
  ['Learning path: Rust, Go', 'Summary', 'Go', 'go'],
  ['Currently picking up Terraform.', 'Summary', 'Terraform', 'terraform'],
  ['Studied Kubernetes concepts (no hands-on yet).', 'Summary', 'Kubernetes', 'kubernetes'],
  ['Currently working through a Udemy course on Tableau.', 'Summary', 'Tableau', 'tableau'],
  ['ML (learning): Python, PyTorch', 'Summary', 'Python', 'python'],
  ["Reading group on the Deep Learning book; I'd like to learn JAX next.", 'Summary', 'JAX', 'jax'],
  ['Planning to get certified in Azure next year.', 'Summary', 'Azure', 'azure'],
  ['Getting certified in AWS this spring.', 'Summary', 'AWS', 'aws'],
  ['Preparing to sit the Terraform exam.', 'Summary', 'Terraform', 'terraform'],
  // other people's work
  ['Worked on a team that used Scala for the backend.', 'Experience', 'Scala', 'scala'],
  ['Partnered with ML engineers who deployed models on Kubernetes.', 'Experience', 'Kubernetes', 'kubernetes'],
  ['Infrastructure was provisioned by the platform team with Terraform.', 'Experience', 'Terraform', 'terraform'],
  ['Our Kafka clusters were administered by the data team.', 'Experience', 'Apache Kafka', 'kafka'],
  // outside work
  ['Go (the board game), hiking', 'Interests', 'Go', 'go'],
  ['Rust, the survival video game', 'Interests', 'Rust', 'rust'],
  ['Hobby robotics with Arduino', 'Interests', 'Arduino', 'arduino'],
  ['Photography and editing in Adobe Lightroom', 'Interests', 'Adobe Lightroom', 'adobe-lightroom'],
  ['Modding Minecraft in Java', 'Interests', 'Java', 'java'],
  ['Reading about quantum computing', 'Interests', 'quantum computing', 'quantum-computing'],
  ['Blogging with WordPress', 'Interests', 'WordPress', 'wordpress'],
  ['Home automation with Raspberry Pi', 'Interests', 'Raspberry Pi', 'raspberry-pi'],
  ['Building keyboards; some C firmware', 'Interests', 'C', 'c'],
  ['Running a Discord server for a chess club', 'Interests', 'Discord', 'discord'],
];

describe('keyword advice never proposes what a resume says the person lacks, is learning, saw others do or does outside work', () => {
  for (const [line, section, label, id] of CASES) {
    it(`${section}: "${line}" -> not ${label}`, () => {
      // The case is real: the posting asks for the skill.
      const posting = extractPosting(makePosting('job.txt', `Data Analyst\n\nRequirements\n- ${label}\n- SQL\n`), taxonomy);
      expect(posting.skills.map((s) => s.id)).toContain(id);
      const words = proposed(resume(section, line), label);
      expect(words).toContain('SQL');
      expect(words.map((w) => w.toLowerCase())).not.toContain(label.toLowerCase());
    });
  }
  it('has at least 30 such lines', () => expect(CASES.length).toBeGreaterThanOrEqual(30));
});

describe('reading a resume', () => {
  const cv = [
    'Jane Doe',
    '',
    '## Summary',
    'Data scientist. Currently learning Rust; no production experience with Kubernetes yet.',
    '',
    '## Skills',
    'Python (advanced), SQL, familiar with Terraform',
    'Languages: English (native), German (B2)',
    '',
    '## Experience',
    'Data Scientist, Acme Corp',
    'Jan 2020 - present',
    '- Built forecasting models in Python; presented results to executives.',
    'Analyst, Beta GmbH',
    '2017 - 2019',
    '- SQL reporting in Tableau; Python scripts.',
    '',
    '## Interests',
    'Go (the board game)',
  ].join('\n');
  const read = skillsFromResumeText(cv, taxonomy, { now: NOW });
  const by = Object.fromEntries(read.skills.map((s) => [s.id, s]));

  it('keeps levels: learning, a little, stated', () => {
    expect(by.rust?.level).toBe('learning');
    expect(by.terraform?.level).toBe('beginner');
    expect(by.python?.level).toBe('advanced');
    expect(by.english?.level).toBe('expert');
    expect(by.german?.level).toBe('intermediate');
  });
  it('reads a German resume\'s learning and career-change words as learning', () => {
    const text = ['Max Beispiel', '', 'Profil', 'Quereinstieg in Data Engineering aus dem Controlling. Ich belege gerade einen Kurs in Kubernetes.', '', 'Berufserfahrung', 'Controller, Beispiel GmbH (2018-2024)', '- Berichte mit Excel und SQL erstellt und die Zahlen für den Vorstand aufbereitet', '', 'Kenntnisse', 'Python, SQL'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([by['data-engineering']?.level, by.kubernetes?.level, by.python?.level]).toEqual(['learning', 'learning', null]);
  });
  it('reads a German resume\'s plans, interests and courses still running as learning', () => {
    const text = ['Max Beispiel', '', 'Profil', 'Ich bin Datenanalyst mit Erfahrung in der Auswertung von Daten und der Erstellung von Berichten.',
      'Möchte mich in Kubernetes einarbeiten. Ich beschäftige mich gerade mit Go. Weiterbildung in Terraform (laufend). Derzeit Online-Kurs zu Spark. Interesse an Rust.',
      '', 'Kenntnisse', 'SQL, Excel'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([by.kubernetes, by.go, by.terraform, by['apache-spark'], by.rust, by.sql]).toEqual(['learning', 'learning', 'learning', 'learning', 'learning', null]);
  });
  it('reads what a resume lacks as a noun phrase, and only with its noun after the skills', () => {
    const text = ['Jane Doe', '', 'Summary', 'No Kubernetes experience. No-code automation with Python. No hands-on Terraform knowledge.', '',
      'Experience', 'Engineer, Foo (2019 - 2024)', '- No downtime while moving the ETL jobs to Apache Airflow'].join('\n');
    const read = skillsFromResumeText(text, taxonomy, { now: NOW });
    const ids = read.skills.map((s) => s.id);
    expect(read.lacks.map((l) => l.id).sort()).toEqual(['kubernetes', 'terraform']);
    expect(ids).toEqual(expect.arrayContaining(['python', 'airflow']));
    const de = ['Max Beispiel', '', 'Profil', 'Datenanalyst mit Erfahrung in der Auswertung von Daten. Keine Kubernetes-Erfahrung, keine praktischen Rust-Kenntnisse.', '', 'Kenntnisse', 'SQL, Python'].join('\n');
    expect(skillsFromResumeText(de, taxonomy, { now: NOW }).lacks.map((l) => l.id).sort()).toEqual(['kubernetes', 'rust']);
  });
  it('reads a little where a resume says it is a hobby, a course or a bootcamp, and keeps a claim a lack in the same line does not reach', () => {
    const text = ['Jane Doe', '', 'Summary', 'In my spare time I play around with Arduino and C++. Used Rust in hobby projects. Java (academic only).',
      'Completed a Coursera course on TensorFlow. Lacking experience in React, strong in Angular.', '', 'Bootcamp: Data Science (Python, SQL)'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([by.cpp, by.rust, by.java, by.tensorflow, by.python, by.sql]).toEqual(['beginner', 'beginner', 'beginner', 'beginner', 'beginner', 'beginner']);
    expect('angular' in by && by.angular !== 'learning' && by.angular !== 'beginner').toBe(true);
    expect(by.react).toBeUndefined();
    const de = ['Max Beispiel', '', 'Profil', 'Datenanalyst mit Erfahrung in der Auswertung von Daten. In meiner Freizeit programmiere ich kleine Spiele mit Python.',
      'Keine Erfahrung mit Kubernetes, dafür fundierte Docker-Kenntnisse. SAP: keine Kenntnisse. Ich habe noch nie mit Java gearbeitet. Ich bringe mir gerade React selbst bei.'].join('\n');
    const read = skillsFromResumeText(de, taxonomy, { now: NOW });
    const deBy = Object.fromEntries(read.skills.map((s) => [s.id, s.level]));
    expect([deBy.python, deBy.react]).toEqual(['beginner', 'learning']);
    expect('docker' in deBy).toBe(true);
    expect(read.lacks.map((l) => l.id).sort()).toEqual(['java', 'kubernetes', 'sap-erp']);
  });
  it('reads a deed not done as a lack and a certificate still to earn as learning, and keeps the claim before them', () => {
    const text = ['Jane Doe', '', 'Experience', 'Engineer, Foo (2019 - 2024)', '- Built the pipelines in Python, never touched Spark.',
      '- Wrote the reports in SQL but did not use Tableau; planning to get certified in Azure.'].join('\n');
    const read = skillsFromResumeText(text, taxonomy, { now: NOW });
    const by = Object.fromEntries(read.skills.map((s) => [s.id, s.level]));
    expect([by.python, by.sql, by.azure]).toEqual([null, null, 'learning']);
    expect(['apache-spark' in by, 'tableau' in by]).toEqual([false, false]);
  });
  it('quotes the sentence of a line that says what the person lacks, not the whole paragraph', () => {
    const text = ['Jane Doe', '', 'Summary', 'Analyst with 3 years of SQL. No hands-on Kubernetes experience yet. Keen on data quality.', '', 'Experience',
      '- Wrote the loaders in Python, e.g. for Snowflake. Never touched Spark.'].join('\n');
    const read = skillsFromResumeText(text, taxonomy, { now: NOW });
    expect(read.lacks.find((l) => l.id === 'kubernetes')?.line).toBe('No hands-on Kubernetes experience yet.');
    expect(read.lacks.find((l) => l.id === 'apache-spark')?.line).toBe('Never touched Spark.');
    expect(read.skills.find((s) => s.id === 'python')?.shownBy).toBe('Wrote the loaders in Python, e.g. for Snowflake.');
  });
  it('reads a little where a resume says there is not much or little experience, and a bracket that opens with no as a lack', () => {
    const text = ['Jane Doe', '', 'Summary', 'Not much experience with Azure yet. Little experience in Go. Minimal experience with Airflow.', '',
      'Skills', 'Python, SQL (no Spark)', '', 'Experience', '- Moved 40 services to Kubernetes (no downtime) with Helm'].join('\n');
    const read = skillsFromResumeText(text, taxonomy, { now: NOW });
    const by = Object.fromEntries(read.skills.map((s) => [s.id, s.level]));
    expect([by.azure, by.go, by.airflow]).toEqual(['beginner', 'beginner', 'beginner']);
    expect([by.python, by.sql, by.kubernetes, by.helm]).toEqual([null, null, null, null]);
    expect(read.lacks.map((l) => l.id)).toEqual(['apache-spark']);
  });
  it('keeps a skill used at work a claim though a course or familiar with says a little of it, but not one whose level the person states', () => {
    const text = ['Jane Doe', '', 'Summary', 'Completed a Coursera course on TensorFlow. Familiar with Docker. Took an online course in Rust.', '', 'Skills', 'Go (basic)', '',
      'Experience', 'Data Scientist, Acme (2019 - 2024)', '- Trained TensorFlow models for demand forecasting', '- Shipped Docker images of our services', '- Wrote a Go CLI for deployments'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, [s.level, s.years]]));
    // (Go's stated level stays; the role that wrote a Go CLI gives it its years, as it does TensorFlow's.)
    expect([by.tensorflow, by.docker, by.go, by.rust]).toEqual([[null, 6], [null, 6], ['beginner', 6], ['beginner', null]]);
  });
  it('reads a little of a course named by its platform, a thesis and a weekend project', () => {
    const text = ['Jane Doe', '', 'Education', 'M.Sc. Computer Science, TU Munich', 'Thesis: Scheduling Spark jobs on heterogeneous clusters', '',
      'Courses', 'Udemy – Docker and Kubernetes: The Complete Guide (2022)', '', 'Projects', 'Weekend project: a Discord bot in TypeScript'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([by['apache-spark'], by.docker, by.kubernetes, by.typescript]).toEqual(['beginner', 'beginner', 'beginner', 'beginner']);
    const de = ['Max Beispiel', '', 'Profil', 'Datenanalyst mit Erfahrung in der Auswertung von Daten.', '', 'Ausbildung', 'Masterarbeit: Analyse von Sensordaten mit Apache Spark'].join('\n');
    expect(skillsFromResumeText(de, taxonomy, { now: NOW }).skills.find((s) => s.id === 'apache-spark')?.level).toBe('beginner');
  });
  it('reads a certificate held as the one skill it requires, a little for an entry-level one, none for one in progress', () => {
    const text = ['Jane Doe', '', 'Summary', 'Preparing for the Terraform Associate exam.', '', 'Certifications', 'Certified Kubernetes Administrator (CKA), 2023',
      'AWS Certified Cloud Practitioner', 'Microsoft Certified: Azure Fundamentals (AZ-900)', 'Google Professional Data Engineer (in progress)'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([by.kubernetes, by.aws, by.azure]).toEqual([null, 'beginner', 'beginner']);
    expect([by.gcp, by.terraform]).not.toContain(null);
    const de = ['Max Beispiel', '', 'Profil', 'Datenanalyst mit Erfahrung in der Auswertung von Daten. Derzeit bereite ich mich auf die AWS-Zertifizierung vor.'].join('\n');
    expect(skillsFromResumeText(de, taxonomy, { now: NOW }).skills.find((s) => s.id === 'aws')?.level ?? 'none').not.toBe(null);
  });
  it('reads a German exam being prepared for as learning, its certificate too', () => {
    const de = ['Max Beispiel', '', 'Profil', 'Datenanalyst mit Erfahrung in der Auswertung von Daten. Derzeit bereite ich mich auf die CKA-Prüfung vor.', '', 'Kenntnisse', 'SQL'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(de, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(by.cka).toBe('learning');
  });
  it('reads a list item that dates opens and a sentence in lower case goes on from as the work of those years', () => {
    const text = ['Jane Doe', '', 'Experience', 'Data Analyst, Acme (2019 - 2024)', '- 2015–2017 built ETL jobs in SSIS; since 2018 dbt and Snowflake',
      '- 2021 – 2024 Data Engineer, Fieldnote Analytics'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([by.ssis, by.dbt, by.snowflake]).toEqual([null, null, null]);
    expect(by.analytics).toBeUndefined();
  });
  it('reads a cue word that names what was built as no cue ("an internal learning platform")', () => {
    const text = ['Jane Doe', '', 'Experience', 'Developer, Acme (2019 - 2024)', '- Built an internal learning platform with React and Node.js', '', 'Summary', 'Learning Rust.'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([by.react, by.nodejs, by.rust]).toEqual([null, null, 'learning']);
  });
  it('reads what a group did past a relative word with no role noun before it (an article, a thing\'s clause)', () => {
    const text = ['Jane Doe', '', 'Experience', 'Developer, Acme (2019 - 2024)', '- Worked with engineers who built a service that used Kafka', '- Built a service that uses Go'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([by.kafka, by.go]).toEqual([undefined, null]);
    const de = ['Max Beispiel', '', 'Profil', 'Datenanalyst mit Erfahrung in der Auswertung von Daten.', '', 'Berufserfahrung', '- Steuerung eines Teams, das die Java-Anwendung entwickelte'].join('\n');
    expect(skillsFromResumeText(de, taxonomy, { now: NOW }).skills.map((s) => s.id)).not.toContain('java');
    const provider = ['Max Beispiel', '', 'Profil', 'Datenanalyst mit Erfahrung in der Auswertung von Daten.', '', 'Berufserfahrung', '- Betreuung eines externen Dienstleisters, der die Java-Anwendung entwickelte'].join('\n');
    expect(skillsFromResumeText(provider, taxonomy, { now: NOW }).skills.map((s) => s.id)).not.toContain('java');
  });
  it('reads German words of catching up on a tool or meaning to work with it as learning', () => {
    const de = ['Max Beispiel', '', 'Profil', 'Datenanalyst mit Erfahrung in der Auswertung von Daten. Derzeit arbeite ich mich in Kubernetes ein. Ich möchte künftig mit Rust arbeiten.',
      '', 'Kenntnisse', 'SQL, Python'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(de, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([by.kubernetes, by.rust, by.python]).toEqual(['learning', 'learning', null]);
  });
  it('reads an interest as no skill yet, unless work shows it', () => {
    const text = ['Jane Doe', '', 'Summary', 'Analyst with a strong interest in Rust, interested in NLP.', '', 'Experience', 'Analyst, Foo (2019 - 2024)', '- Built NLP pipelines for support tickets'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(by.rust).toBe('learning');
    expect('nlp' in by).toBe(true);
    expect(by.nlp).not.toBe('learning');
  });
  it('reads a German resume\'s course still being taken as learning', () => {
    const text = ['Erika Muster', '', 'Profil', 'Controllerin mit Erfahrung in der Datenanalyse. Ich absolviere gerade den Kurs Terraform und arbeite mich derzeit in Rust ein.', '', 'Kenntnisse', 'Python, SQL'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([by.terraform?.level, by.rust?.level, by.python?.level]).toEqual(['learning', 'learning', null]);
  });
  it('keeps what the person did among what others did, and the years a resume states', () => {
    const text = ['Sam Lee', '', 'Skills', 'Python (5 years), SQL - 3 yrs, Docker', '', 'Experience', '- Led a team that I trained in Go', '- Joined a team that used Spark; I wrote Spark jobs daily', '- Worked with analysts who built reports in Looker'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect(by.go).toBeDefined();
    expect(by['apache-spark']).toBeDefined();
    expect(by.looker).toBeUndefined();
    expect([by.python?.years, by.sql?.years, by.docker?.years]).toEqual([5, 3, null]);
  });
  it('credits a skill done to people as a resume says it, in the past tense, and leaves the others\' roles theirs', () => {
    const text = ['Sam Lee', '', 'Experience', '- Wrote SQL pipelines in dbt; mentored two interns', '- Coached three analysts', '- Worked with Java developers on the API'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect(by.mentoring).toBeDefined();
    expect(by.coaching).toBeDefined();
    expect(by.java).toBeUndefined();
  });
  it('gives no skill the years of an amount of data or history the person worked on, and keeps the years of experience', () => {
    const text = ['Sam Lee', '', 'Experience', '- Analysed 10 years of UK school performance data with SQL and Python', '- Cleaned 7 years of hospital admission records in Excel', '- 3 years of experience building dashboards in Tableau'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.years]));
    expect([by.sql, by.python, by.excel, by.tableau]).toEqual([null, null, null, 3]);
  });
  it('gives a level that opens a sentence to the skills of that sentence only, and reads years after an em dash', () => {
    const text = ['Sam Lee', '', 'Summary', 'ML engineer. Proficient in Rust and C. Expert in Python. Familiar with Go.', '', 'Skills', 'SQL — 5 yrs, Java – 3 years'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect(Object.fromEntries(['rust', 'c', 'python', 'go'].map((id) => [id, by[id]?.level]))).toEqual({ rust: 'advanced', c: 'advanced', python: 'expert', go: 'beginner' });
    expect([by.sql?.years, by.java?.years]).toEqual([5, 3]);
  });
  it('gives each level word of a list to its own item, reads a level a skill\'s form opens with, and working knowledge and deep expertise', () => {
    const text = ['Sam Lee', '', 'Summary', 'Advanced SQL, intermediate Python, beginner Go.', 'Working knowledge of Kotlin. Deep expertise in React. Advanced analytics for retail.'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ sql: 'advanced', python: 'intermediate', go: 'beginner', kotlin: 'intermediate', react: 'expert', 'advanced-analytics': null });
  });
  it('reads a rating a resume template draws after a skill as its level', () => {
    const text = ['Sam Lee', '', 'Skills', 'Python ★★★★★ | Rust ★★☆☆☆ | Go ●●●○○', 'SQL (4/5), Java: 7/10, Docker 3/5', 'Languages: Python 3, R ★'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ python: 'expert', rust: 'beginner', go: 'intermediate', sql: 'advanced', java: 'advanced', docker: 'intermediate', r: null });
  });
  it('reads the role a resume\'s sentence opens with as the person, the clause after it theirs; a group\'s stays the group\'s', () => {
    const text = ['Sam Lee', '', 'Summary', 'Backend engineer who loves Go and Kubernetes. I am a developer who has built apps with React.', '', 'Experience', '- Joined a team that used Scala', '- Worked with an engineer who used Haskell', '- Partnered with ML engineers who deployed models on Rust services'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([by.go, by.kubernetes, by.react].every(Boolean)).toBe(true);
    expect([by.scala, by.haskell, by.rust]).toEqual([undefined, undefined, undefined]);
  });
  it('reads a product whose name ends in a role noun as no role: the tool before it stays the person\'s', () => {
    const text = ['Sam Lee', '', 'Experience', 'Engineer, Foo (2018 - 2023)', '- Managed secrets with HashiCorp Vault and AWS Secrets Manager', '- Managed Java developers'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect(by['hashicorp-vault']).toBeDefined();
    expect(by['aws-secrets-manager']).toBeDefined();
    expect(by.java).toBeUndefined();
  });
  it('reads the language of the data as no language the person speaks', () => {
    const text = ['Sam Lee', '', 'Experience', 'ML Engineer, Foo (2018 - 2023)', '- Fine-tuned models for Spanish and French sentiment analysis', '- Trained NMT models for English to Japanese translation', '', 'Languages', 'English (native), German (B2)'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([by.spanish, by.french, by.japanese]).toEqual([undefined, undefined, undefined]);
    expect([by.english?.level, by.german?.level]).toEqual(['expert', 'intermediate']);
  });
  it('reads a deed told in the present tense of a current role: "Supervise two PhD students"', () => {
    const text = ['Ines K.', '', 'Research Experience', 'Postdoctoral Researcher, ETH Zurich — Oct 2023 – present', '- Supervise two PhD students on machine translation'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect(by.mentoring?.years).toBe(3.3);
  });
  it('reads a soft skill that names what was built as no skill of the person', () => {
    const text = ['Sam Lee', '', 'Experience', 'Engineer, Foo (2018 - 2023)', '- Built a leadership dashboard showing team KPIs', '- Fixed race conditions in the coaching app', '- Mentored two interns'].join('\n');
    const ids = skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['dashboards', 'mentoring']));
    expect(ids).not.toContain('leadership');
    expect(ids).not.toContain('coaching');
  });
  it('reads the departments worked with as no skill of the person', () => {
    const text = ['Sam Lee', '', 'Experience', 'Product Analyst, Foo (2018 - 2023)', '- Partnered with design, data science and sales on pricing experiments', '- Kept leadership informed with weekly status updates', '- Worked with Python and SQL'].join('\n');
    const ids = skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'sql', 'collaboration']));
    expect(ids).not.toContain('data-science');
    expect(ids).not.toContain('leadership');
  });
  it('reads leading teams of people as the person\'s leadership, and an engineering manager\'s role as managing people', () => {
    const text = ['Sam Lee', '', 'Summary', 'Experience leading teams of 5-10 engineers.', '', 'Experience', 'Engineering Manager, Foo (2019 - 2023)', '- Ran quarterly planning'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect(by.leadership).toBeDefined();
    expect(by['people-management']?.years).toBe(5);
  });
  it('reads a level in a bracket as its item\'s only, and an employer\'s line above a title as the role\'s heading', () => {
    const text = ['JORDAN KIM', '', 'EXPERIENCE', '', 'Acme Robotics                      San Jose, CA', 'ML Engineer                        06/2021 – 12/2023', '• Trained object detection models', '',
      'Brightline Analytics               Remote', 'Data Scientist                     08/2018 – 05/2021', '• Built churn models in XGBoost', '', 'SKILLS', 'Python, TensorFlow (basic), OpenCV, Docker (advanced), Git'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([by.tensorflow?.level, by.opencv?.level, by.docker?.level, by.git?.level]).toEqual(['beginner', null, 'advanced', null]);
    expect([by.robotics, by.analytics]).toEqual([undefined, undefined]);
    expect([by['object-detection']?.years, by.xgboost?.years]).toEqual([2.6, 2.8]);
  });
  it('reads Markdown role headings under the experience heading, and a year of two digits after a month', () => {
    const text = ['# Jana Roth', '', '## Experience', '', '### Frontend Developer — Kiezkasse GmbH', '*Oct 2021 – Dec 2023 · Berlin*', '- Built UI components in Vue 3', '',
      '### Junior Developer — Webhaus', "*Jan '19 – Mar '21*", '- Maintained jQuery pages'].join('\n');
    const r = skillsFromResumeText(text, taxonomy, { now: NOW });
    const years = Object.fromEntries(r.skills.map((s) => [s.id, s.years]));
    expect([years.vue, years.jquery]).toEqual([2.3, 2.3]);
    expect(r.experienceYears).toBe(4.5);
  });
  it('reads a role heading with a word of learning in it as a role, not as what the person is learning', () => {
    const markdown = ['# Dana Park', '', '## Experience', '### Machine Learning Engineer — Acme', 'Mar 2022 – Nov 2024', '- Built ranking models in PyTorch, served with Docker', '',
      '### Data Scientist — Beta', 'Jan 2019 – Feb 2022', '- Forecasting in Python'].join('\n');
    const md = Object.fromEntries(skillsFromResumeText(markdown, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([md.pytorch?.level, md.docker?.level, md['machine-learning']?.level]).toEqual([null, null, null]);
    expect([md.pytorch?.years, md.python?.years]).toEqual([2.8, 3.2]);
    const caps = ['Dana Park', 'EXPERIENCE', 'DEEP LEARNING RESEARCHER, Acme Labs', 'Mar 2022 – Nov 2024', '- Built models in PyTorch', 'CURRENTLY LEARNING', '- Rust'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(caps, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([levels.pytorch, levels.rust]).toEqual([null, 'learning']);
  });
  it('reads a skill used once or briefly, met at an event or a hackathon, or studied in coursework as known a little', () => {
    const text = ['Kim Lee', 'EXPERIENCE', 'Data Analyst, Acme, 2022 - present', '- Used Tableau once for a one-off supplier dashboard', '- Used Kubernetes briefly for one internal demo',
      '- Attended a two-day Kafka workshop', '- Led a Docker workshop for 40 engineers', 'EDUCATION', 'B.Sc. Computer Science, 2016', 'Coursework: Java, Statistics', 'SKILLS', 'Python', 'Scala (coursework)',
      'PROJECTS', '- Hackathon (2025): summarized news articles with LangChain', '- Budget app with React Native, a weekend prototype'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ tableau: 'beginner', kubernetes: 'beginner', kafka: 'beginner', java: 'beginner', statistics: 'beginner', scala: 'beginner', docker: null, python: null,
      langchain: 'beginner', 'react-native': 'beginner' });
  });
  it('reads a word the vocabulary writes in brackets as a cue only in a bracket or as an item of its own', () => {
    const text = ['Kim Lee', 'EXPERIENCE', 'Data Engineer, Acme, 2019 - 2024', '- Built SQL pipelines in Python for academic research groups', 'SKILLS', 'Java (academic), Scala – academic'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ python: null, sql: null, java: 'beginner', scala: 'beginner' });
    const german = ['Profil', 'Ich bin eine zuverlässige und teamorientierte Fachkraft mit mehrjähriger Berufserfahrung. Ich arbeite gerne strukturiert und selbstständig.', '',
      'Berufserfahrung', 'Datenanalystin, Acme GmbH (2019 - 2024)', '- Power BI Berichte laufend optimiert', '', 'Weiterbildung', 'Terraform (laufend)'].join('\n');
    const de = Object.fromEntries(skillsFromResumeText(german, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(de).toMatchObject({ 'power-bi': null, terraform: 'learning' });
  });
  it("reads a course's or a degree's final project, a capstone, as known a little, as a thesis", () => {
    const text = ['Kim Lee', 'EDUCATION', 'B.S. Statistics, 2022 – 2026', 'Capstone: Forecasting dining demand with R (time series, ARIMA)', 'PROJECTS',
      'Airbnb pricing: cleaned listings and fit a linear regression (course capstone)', 'SKILLS', 'SQL'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ r: 'beginner', arima: 'beginner', 'linear-regression': 'beginner', sql: null });
  });
  it('keeps a skill used at work when a certificate of it is in progress', () => {
    const text = ['Kim Lee', 'EXPERIENCE', 'Data Analyst, Acme, Jun 2022 - Nov 2026', '- Built weekly KPI reporting in Power BI', '', 'CERTIFICATIONS', 'Microsoft PL-300 Power BI Data Analyst (in progress)',
      '', 'SUMMARY', 'Currently learning Kubernetes.', 'SKILLS', 'Kubernetes, Python'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([by['power-bi']?.level, by['power-bi']?.years, by.kubernetes?.level]).toEqual([null, 4.5, 'learning']);
  });
  it('reads a German resume\'s words of learning and of a course taken', () => {
    const text = ['Lebenslauf', 'Berufserfahrung', 'Datenanalystin bei der Stadtwerke GmbH, 2020 - 2024', '- Erstellung von Berichten mit Python und SQL für die Fachbereiche', 'Kenntnisse', 'Python, Bash',
      'Kubernetes: derzeit in Einarbeitung', 'Maschinelles Lernen: Online-Kurs (Coursera), keine Praxiserfahrung', 'Terraform (in Einarbeitung)'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ python: null, kubernetes: 'learning', terraform: 'learning', 'machine-learning': 'beginner' });
  });
  it('reads a course still being taken as learning, and a bracket of learning before a colon as saying it of the list', () => {
    const text = ['Kim Lee', 'SUMMARY', 'Enrolled in an online course in Kubernetes. Completed a Udemy course on Docker.', 'SKILLS', 'Python, SQL', 'Cloud (in progress): AWS, GCP',
      'ML (learning): PyTorch, scikit-learn'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ kubernetes: 'learning', docker: 'beginner', aws: 'learning', gcp: 'learning', pytorch: 'learning', 'scikit-learn': 'learning', python: null, sql: null });
    const german = ['Kenntnisse', 'Python, SQL', 'Weiterbildung', '2025   Databricks-Grundlagen (Online-Kurs, laufend)', '2024   Docker-Grundlagen (Online-Kurs)'].join('\n');
    const de = Object.fromEntries(skillsFromResumeText(german, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(de).toMatchObject({ databricks: 'learning', docker: 'beginner' });
  });
  it("reads LinkedIn's roles: the length after a middle dot, the role's own skills line under it", () => {
    const text = ['Jo Berg', 'Experience', 'Analytics Engineer', 'Cirrus Bank · Full-time', 'Mar 2023 - Present · 3 yrs 10 mos', 'Skills: dbt · Snowflake', '', 'Data Analyst', 'Cirrus Bank · Full-time',
      'Jan 2020 - Feb 2023 · 3 yrs 2 mos', 'Skills: SQL · Tableau', '', 'Skills', 'dbt', '12 endorsements'].join('\n');
    const r = skillsFromResumeText(text, taxonomy, { now: NOW });
    const by = Object.fromEntries(r.skills.map((s) => [s.id, s.years]));
    expect(by).toMatchObject({ dbt: 3.8, snowflake: 3.8, sql: 3.2, tableau: 3.2, 'analytics-engineering': 3.8, 'data-analysis': 3.2 });
    expect(r.experienceYears).toBe(7);
    // (A skills label after the last role, no heading after it, is the skills section still.)
    const plain = ['Experience', 'Data Analyst, Acme, 2020 - 2023', '- Built reports', 'Skills: Python, Tableau'].join('\n');
    expect(skillsFromResumeText(plain, taxonomy, { now: NOW }).skills.find((s) => s.id === 'tableau')).toMatchObject({ evidence: 'listed', years: null });
  });
  it('reads a skills table: its years column as the years the resume states, a level or learning cell of each row', () => {
    const text = ['# Seun A.', '## Skills', '| Skill | Level | Years |', '|---|---|---|', '| Go | Expert | 6 |', '| Kafka | Advanced | 4 |', '| Rust | Beginner | 1 |', '| GraphQL | Learning | 0 |', '',
      '## Experience', '**Backend Engineer**, Quantro — 2018 – present', '- Payment ledger in Go; event sourcing with Kafka'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([by.go?.years, by.go?.level, by.kafka?.years, by.rust?.level, by.rust?.years, by.graphql?.level]).toEqual([6, 'expert', 4, 'beginner', 1, 'learning']);
    // A word of learning that is a whole item after a skill says it of that skill only.
    const items = ['Skills', 'Kotlin: learning', 'Elixir – learning', 'Python, SQL, learning Rust'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(items, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ kotlin: 'learning', elixir: 'learning', rust: 'learning', python: null, sql: null });
  });
  it('reads a role title on the line above its dates though it ends with an abbreviation\'s stop', () => {
    const text = ['EXPERIENCE', 'Data Engineering Intern, Summit Co.', 'Summer 2023', '- Wrote Python scripts'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.years]));
    expect([by['data-engineering'], by.python]).toEqual([0.3, 0.3]);
  });
  it('reads the levels resumes write beside a skill, the longest phrase of them first', () => {
    const text = ['Sam Lee', '', 'Summary', 'Strong in SQL. Solid Terraform. Currently exploring Rust in my spare time; playing around with Zig.', '', 'Skills', 'Kubernetes: exposure only', '',
      'Languages', 'Hindi (Native or Bilingual), English (Full Professional)'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    // (Rust is explored, not used: still to learn, in spare time or not.)
    expect(levels).toMatchObject({ sql: 'advanced', terraform: 'intermediate', rust: 'learning', zig: 'beginner', kubernetes: 'beginner', hindi: 'expert', english: 'advanced' });
    expect(levels.bilingual).toBeUndefined();
    const german = ['Berufserfahrung', 'Entwickler bei der Firma, wo wir mit Java und SQL arbeiten', '', 'Kenntnisse', 'Sehr gute Kenntnisse: Java, Spring Boot', 'Gute Kenntnisse: Docker'].join('\n');
    const de = Object.fromEntries(skillsFromResumeText(german, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(de).toMatchObject({ 'spring-boot': 'advanced', docker: 'intermediate' });
  });
  it('keeps work done where words of learning are near ("exploring large datasets", "picking up on-call")', () => {
    const text = ['Sam Lee', '', 'Experience', 'Analyst, Foo (2019 - 2024)', '- Exploring large datasets with pandas every week', '- Picking up on-call for the Kubernetes clusters'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect([by.pandas, by.kubernetes]).toEqual([null, null]);
  });
  it('reads what a manager\'s teams ship as theirs, and what "my team" built as the person\'s too', () => {
    const text = ['Sam Lee', '', 'Summary', 'Engineering manager. My teams ship on AWS with Terraform and React; I review architecture docs. My team built the pipeline in Airflow.'].join('\n');
    const ids = skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => s.id);
    expect(ids).toContain('airflow');
    expect(ids.filter((id) => ['aws', 'terraform', 'react'].includes(id))).toEqual([]);
    const owned = ['Experience', 'Engineer, Foo (2019 - 2024)', '- Built dashboards in JavaScript against a Java backend owned by another team', '- Migrated the ETL maintained by the finance team to Airflow'].join('\n');
    const theirs = skillsFromResumeText(owned, taxonomy, { now: NOW }).skills.map((s) => s.id);
    expect(theirs).toEqual(expect.arrayContaining(['javascript', 'airflow']));
    expect(theirs.filter((id) => ['java', 'etl'].includes(id))).toEqual([]);
  });
  it('reads a season as three months, and the employer\'s line under a dated title as the heading', () => {
    const text = ['EXPERIENCE', 'Site Reliability Engineer            2021 – 2023', 'Cobalt Payments, Remote', '- Ran EKS clusters with Terraform', '',
      'Software Engineering Intern — Harbor Bank    Summer 2017', 'Wrote Python scripts to reconcile CSV exports.'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([by.terraform?.years, by.python?.years]).toEqual([3, 0.3]);
    // (A season in a role's items dates nothing: "- Launched the Summer 2021 collection".)
    const item = ['Experience', 'Marketing Analyst, Foo (2019 - 2023)', '- Launched the Summer 2021 collection with SQL dashboards'].join('\n');
    expect(skillsFromResumeText(item, taxonomy, { now: NOW }).skills.find((s) => s.id === 'sql')?.years).toBe(5);
    expect([by.payments, by.banking]).toEqual([undefined, undefined]);
  });
  it('keeps the years a resume states, after a rating too, over its roles\' count', () => {
    const text = ['Skills', 'Python ★★★★☆ — 6 yrs', 'Tableau — 3 yrs', '', 'Experience', 'Analyst, Foo (2019 - 2023)', '- Built Tableau dashboards'].join('\n');
    const by = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s]));
    expect([by.python?.level, by.python?.years, by.tableau?.years]).toEqual(['advanced', 6, 3]);
    const table = ['## Skills', '', '| Skill | Level |', '|---|---|', '| Vue.js | Expert |', '| Jest | Intermediate |'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(table, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ vue: 'expert', jest: 'intermediate' });
  });
  it('reads a name that needs context as a skill in a skills section, and a role\'s title as its skill', () => {
    const ids = (text: string) => skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => s.id);
    expect(ids('Skills\nRuby, Go')).toEqual(expect.arrayContaining(['ruby', 'go']));
    expect(ids('Experience\nAndroid Developer — Quill Media    Jan 2020 – Mar 2022\n- Shipped releases')).toContain('android-development');
    // (An unknown heading in capitals after the experience is no role's: "SCHUL- UND BERUFSBILDUNG".)
    const europass = ['BERUFSERFAHRUNG', '03/2019 – 12/2023', 'Backend-Entwickler', 'Acme GmbH', '- Microservices mit Java', '', 'SCHUL- UND BERUFSBILDUNG', '2012 – 2017  B.Sc. Informatik, Universität Leipzig'].join('\n');
    expect(ids(europass)).toEqual(expect.arrayContaining(['bachelors-degree', 'computer-science']));
  });
  it('reads a name with a company\'s legal form after it as the company, not its product', () => {
    const text = ['Experience', 'Equity Analyst, Foo (2019 - 2024)', '- Covered fintech stocks including Snowflake Inc. and Oracle Corp', '- Modelled revenue in Excel'].join('\n');
    const ids = skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => s.id);
    expect(ids).toContain('excel');
    expect(ids.filter((id) => ['snowflake', 'oracle-database'].includes(id))).toEqual([]);
    const degree = skillsFromResumeText('Education\nB.Tech in Electronics and Communication Engineering, VIT (2012 - 2016)', taxonomy, { now: NOW }).skills.map((s) => s.id);
    expect(degree).toContain('bachelors-degree');
    expect(degree).not.toContain('communication');
  });
  it('reads a tool tried as a hobby as known a little', () => {
    const text = ['Sam Lee', '', 'Summary', 'Analyst. Tinkering with Rust on weekends; dabbled in Haskell.', '', 'Experience', '- Explored churn drivers in SQL'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ rust: 'beginner', haskell: 'beginner', sql: null });
  });
  it('reads a course taken and a rusty skill as a little, no more', () => {
    const text = ['Lee Park', '', 'Skills', 'Python (intermediate), R (rusty)', '', 'Summary', 'Took an online course in Kubernetes. Attended a workshop on Terraform.', '', 'Experience', 'Data Engineer, Foo Corp (2021-2024)', '- Built Airflow pipelines', '- Took an online course in Docker'].join('\n');
    const skills = skillsFromResumeText(text, taxonomy, { now: NOW }).skills;
    const levels = Object.fromEntries(skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ python: 'intermediate', r: 'beginner', kubernetes: 'beginner', terraform: 'beginner', docker: 'beginner' });
    // (A course taken during a role is no years of the role's work.)
    const years = Object.fromEntries(skills.map((s) => [s.id, s.years]));
    expect([years.airflow, years.docker]).toEqual([4, null]);
  });
  it('reads what is being learned under its own heading, in a bracket and in a list a colon opens', () => {
    const text = ['Sam Lee', '', 'Skills', '- Python (expert), Rust (learning)', '- Terraform (in progress)', '- SQL', '', 'Currently Learning', '- Kubernetes', '- dbt', '', 'Certifications', '- AWS Certified Solutions Architect (in progress)', '- PMP', '', 'Also learning: Go, Julia'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ python: 'expert', rust: 'learning', terraform: 'learning', sql: null, kubernetes: 'learning', dbt: 'learning', 'aws-solutions-architect': 'learning', pmp: null, go: 'learning', julia: 'learning' });
  });
  it('gives a level word after a comma to the item it starts, not the skill before it', () => {
    const list = Object.fromEntries(skillsFromResumeText('## Skills\nPython, Docker, basic knowledge of Kubernetes; English, fluent\n', bundledTaxonomy()).skills.map((s) => [s.id, s.level]));
    expect(list).toMatchObject({ python: null, docker: null, kubernetes: 'beginner', english: 'advanced' });
  });
  it('reads a tool watched in others\' hands, or weighed and left, as known a little', () => {
    const text = ['Kim Lee', 'EXPERIENCE', 'Staff Engineer, Acme, 2019 - present', '- Evaluated but did not adopt CockroachDB; stayed on PostgreSQL',
      '- Shadowed the security team during the ISO 27001 audit', '- Decided against Kafka; moved the queue to RabbitMQ'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ cockroachdb: 'beginner', 'iso-27001': 'beginner', kafka: 'beginner', postgresql: null, rabbitmq: null });
  });
  it('reads an academic CV\'s research interests as interests, its appointments as work, its courses taught as no roles', () => {
    const text = ['Dr. Elena Vasquez', '', 'ACADEMIC APPOINTMENTS', '2021 – present    Assistant Professor of Statistics, Halvorsen University', '', 'RESEARCH INTERESTS',
      'Bayesian inference, reinforcement learning, federated learning', '', 'TEACHING', 'STAT 101 Introduction to Statistics, 2022 – present', 'Guest lecture: Introduction to PyTorch (2023)',
      '', 'SKILLS', 'Methods: Bayesian statistics, MCMC'].join('\n');
    const read = skillsFromResumeText(text, taxonomy, { now: NOW });
    const ids = read.skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['bayesian-statistics', 'mcmc', 'pytorch']));
    expect(read.experienceYears).toBeGreaterThan(5);
    // (A course taught is dated as it runs, no role: a guest lecture under it takes no years.)
    expect(read.skills.find((s) => s.id === 'pytorch')?.years).toBeNull();
    expect(ids).not.toContain('reinforcement-learning');
    expect(ids).not.toContain('federated-learning');
  });
  it('reads a level in a bracket that closes a part of a line parted by semicolons as the level of the part\'s items', () => {
    const levelsOf = (text: string) => Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levelsOf('Kenntnisse\nIT-Kenntnisse: Python, SQL, Java (sehr gut); Scala, Docker (Grundkenntnisse)\n')).toMatchObject({ python: 'advanced', java: 'advanced', scala: 'beginner', docker: 'beginner' });
    expect(levelsOf('Skills\nTensorFlow (basic), OpenCV | Pandas, NumPy (expert)\nGo, Rust, Docker (basic)\n')).toMatchObject({ tensorflow: 'beginner', opencv: null, pandas: 'expert', numpy: 'expert', go: null, rust: null, docker: 'beginner' });
  });
  it('reads a name of another case in a skills section only as an item of a list: a German "ich" is no ICH', () => {
    const ids = skillsFromResumeText('Kenntnisse\nPython, SQL\nDerzeit arbeite ich mich in Kubernetes ein.\n', taxonomy, { now: NOW }).skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'sql', 'kubernetes']));
    expect(ids).not.toContain('ich-guidelines');
    expect(skillsFromResumeText('Skills\npython, go, sql\n', taxonomy, { now: NOW }).skills.map((s) => s.id)).toContain('go');
  });
  it('ends what the person aims at where what they were begins, and reads a course completed as a little', () => {
    const text = ['Rachel Osei', 'Aspiring Data Analyst | Former High School Mathematics Teacher', '', 'TRAINING', 'Completed course: Google Data Analytics Certificate (2024) — SQL, R, Tableau'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ mathematics: null, r: 'beginner', tableau: 'beginner' });
  });
  it('keeps a lack apart, and interests out', () => {
    expect(by.kubernetes).toBeUndefined();
    expect(read.lacks.map((l) => l.id)).toEqual(['kubernetes']);
    expect(by.go).toBeUndefined();
  });
  it('credits the years of dated roles, overlaps once, and quotes the work', () => {
    // Jan 2020 to Dec 2026 (84 months) and 2017 to 2019 (36 months).
    expect(by.python).toMatchObject({ years: 10, roles: 2 });
    expect(by.tableau).toMatchObject({ years: 3, roles: 1, evidence: 'experience', shownBy: 'SQL reporting in Tableau; Python scripts.' });
  });
  it("quotes a line bulleted with a word processor's symbol-font bullet without its bullet", () => {
    const pasted = skillsFromResumeText('## Experience\nAnalyst, Beta GmbH\n2017 - 2019\n\uF0B7 SQL reporting in Tableau\n', taxonomy, { now: NOW });
    expect(pasted.skills.find((s) => s.id === 'tableau')).toMatchObject({ years: 3, shownBy: 'SQL reporting in Tableau' });
  });
  it("credits the skill a role's own title practises, with the role's years; a title elsewhere names other people", () => {
    // "Data Scientist, Acme Corp", Jan 2020 to Dec 2026: 84 months.
    expect(by['data-science']).toMatchObject({ years: 7, roles: 1, evidence: 'experience', shownBy: 'Data Scientist, Acme Corp' });
    const colleague = skillsFromResumeText('## Experience\nAnalyst, Beta GmbH\n2017 - 2019\n- Worked with data scientists and ML engineers on SQL reports.\n', taxonomy, { now: NOW });
    expect(colleague.skills.map((s) => s.id)).toContain('sql');
    expect(colleague.skills.map((s) => s.id)).not.toContain('data-science');
    expect(colleague.skills.map((s) => s.id)).not.toContain('machine-learning');
  });
  it("credits a JSON Resume position's title", () => {
    const json = skillsFromJsonResume({ work: [{ name: 'Acme Corp', position: 'Senior Data Engineer', highlights: ['Built pipelines in Airflow.'] }] }, taxonomy);
    expect(json.skills.find((s) => s.id === 'data-engineering')).toMatchObject({ evidence: 'experience', wordings: ['Data Engineer'], shownBy: 'Senior Data Engineer, Acme Corp' });
  });
  it("reads a JSON Resume's skill levels, its languages at their fluency and its work's months", () => {
    const json = skillsFromJsonResume(
      {
        work: [
          { name: 'Vela', position: 'Analytics Engineer', startDate: '2019-05-01', endDate: '2021-04-30', highlights: ['Built dbt models in Snowflake'] },
          { name: 'Orbit', position: 'Data Analyst', startDate: '2021-05', highlights: ['Used Tableau once for a demo', 'Wrote dbt models'] },
        ],
        skills: [{ name: 'SQL', level: 'Advanced' }, { name: 'Tools', level: 'Beginner', keywords: ['Looker'] }],
        languages: [{ language: 'Portuguese', fluency: 'Native speaker' }, { language: 'German', fluency: 'A2' }],
      },
      taxonomy,
      NOW,
    );
    const by = Object.fromEntries(json.skills.map((s) => [s.id, [s.level, s.years]]));
    expect(by).toMatchObject({ sql: ['advanced', null], looker: ['beginner', null], portuguese: ['expert', null], german: ['beginner', null], snowflake: [null, 2], dbt: [null, 7.7], tableau: ['beginner', null] });
    expect(json.experienceYears).toBe(7.7);
  });
  it("reads a JSON Resume skills group named for learning as learning, its certificates, and what a project's or a course's name says of its keywords", () => {
    const json = skillsFromJsonResume(
      {
        skills: [{ name: 'Languages', level: 'Advanced', keywords: ['Go'] }, { name: 'Learning', level: 'Beginner', keywords: ['Rust'] }, { name: 'Currently learning', keywords: ['dbt', 'Spark'] }, { name: 'Familiar', keywords: ['Azure'] }],
        certificates: [{ name: 'Certified Kubernetes Administrator (CKA)' }],
        projects: [{ name: 'Zoomcamp capstone', description: 'Batch pipeline loading taxi data', keywords: ['BigQuery', 'Terraform'] }],
        education: [{ studyType: 'Bootcamp', area: 'Data Engineering', courses: ['Docker', 'Kafka'] }],
      },
      taxonomy,
      NOW,
    );
    const levels = Object.fromEntries(json.skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ go: 'advanced', rust: 'learning', dbt: 'learning', 'apache-spark': 'learning', azure: 'beginner', kubernetes: null, bigquery: 'beginner', terraform: 'beginner', docker: 'beginner', kafka: 'beginner' });
  });
  it('gives a level that labels a list to every item of it, as far as a pipe or semicolon', () => {
    const text = ['Jordan Kim', '', 'Skills', 'Proficient: Python, SQL | Familiar: Go, Java | Learning: Rust', 'Expert in Excel, Tableau and Looker', 'Spark (academic projects only)'].join('\n');
    const levels = Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
    expect(levels).toMatchObject({ python: 'advanced', sql: 'advanced', go: 'beginner', java: 'beginner', rust: 'learning', excel: 'expert', tableau: 'expert', looker: 'expert', 'apache-spark': 'beginner' });
  });
  it('reads what a group of other people did, the sentence theirs from its subject', () => {
    const text = ['Experience', 'Data Scientist, Northwind (2021 - present)', '- Built churn models in Python', '- Our data engineers maintained the Kafka pipelines that fed my models', '- The team I led moved reporting to Looker'].join('\n');
    const ids = skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'looker']));
    expect(ids).not.toContain('kafka');
  });
  it('reads no skill in a link: a profile URL claims nothing', () => {
    const ids = skillsFromResumeText('Maya Okafor\nmaya@example.com · github.com/mokafor · kaggle.com/mokafor\n\nSkills\nPython, SQL\n', taxonomy).skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'sql']));
    expect(ids).not.toContain('github');
    expect(ids).not.toContain('kaggle');
  });
  it('credits the language a resume is written in at working level', () => {
    const plain = skillsFromResumeText('Skills\nPython, SQL\n', taxonomy);
    expect(plain.skills.find((s) => s.id === 'english')).toMatchObject({ level: 'advanced', shownBy: 'the resume is written in English' });
  });
});

describe('a degree the posting accepts "or equivalent experience" for', () => {
  const posting = extractPosting(makePosting('job.txt', "Data Engineer\n\nRequirements\n- Bachelor's degree in Computer Science or equivalent experience\n- SQL\n"), taxonomy);
  it('is read as accepting experience', () => {
    expect(posting.skills.find((s) => s.id === 'bachelors-degree')?.orExperience).toBe(true);
    expect(posting.skills.find((s) => s.id === 'sql')?.orExperience).toBe(false);
  });
  const itemFor = (cv: string) => analyze(posting, profileFromResumeText('cv.md', cv, taxonomy), taxonomy).gap.items.find((g) => g.id === 'bachelors-degree')!;
  it('is met in part by years of dated roles', () => {
    const g = itemFor('## Experience\nData Engineer, Acme\n2015 - 2021\n- SQL pipelines\n');
    expect(g).toMatchObject({ status: 'transferable', transfer: 'experience', credit: 0.5 });
    expect(g.why).toMatch(/equivalent experience: you have 7 years/);
  });
  it('stays missing without them, and says what would count', () => {
    expect(itemFor('## Skills\nSQL\n')).toMatchObject({ status: 'missing', why: expect.stringMatching(/accepts equivalent experience instead/) });
  });
});

describe('resume shapes of a PDF sidebar, one-line keyword lists and hedged work', () => {
  const levels = (text: string) => Object.fromEntries(skillsFromResumeText(text, taxonomy, { now: NOW }).skills.map((s) => [s.id, s.level]));
  it('ends a sidebar\'s learning list at its "Spoken" label, each label and value on its own line', () => {
    const text = ['Tomasz Wójcik', 'Languages', 'Python', 'Go', 'Learning', 'Rust', 'Spoken', 'Polish – native', 'English – C1'].join('\n');
    expect(levels(text)).toMatchObject({ python: null, go: null, rust: 'learning', polish: 'expert', english: 'advanced' });
  });
  it('reads "a little", "a bit", "limited" and "(some)" after a skill as a little, each for its own item', () => {
    expect(levels('Skills: Python (fluent), Go (a little), Rust (a bit), SQL (limited), Kafka (some), Java')).toMatchObject({ python: 'advanced', go: 'beginner', rust: 'beginner', sql: 'beginner', kafka: 'beginner', java: null });
  });
  it('gives a bracket of a hobby or a course to its own item in a skills list, not the items before it', () => {
    expect(levels('Skills\nPython, Rust (hobby), Java\nSQL, Scala (academic)')).toMatchObject({ python: null, rust: 'beginner', java: null, sql: null, scala: 'beginner' });
  });
  it('reads work near a tool that is documentation or a docs fix as a little', () => {
    const text = ['Experience', 'Engineering Manager, Vellum (2021 - present)', "- Supported the MLOps team's migration to Kubeflow (documentation only)", '- Contributed to the Apache Airflow open-source project (two docs fixes)', '- Wrote Python tooling'].join('\n');
    expect(levels(text)).toMatchObject({ kubeflow: 'beginner', airflow: 'beginner', python: null });
  });
  it("reads the list a course's label opens with its colon as a little, not in a role's work", () => {
    expect(levels('Education\nGoogle Data Analytics Certificate (Coursera), 2025: SQL, R, Tableau\nBSc Chemistry, 2015')).toMatchObject({ sql: 'beginner', r: 'beginner', tableau: 'beginner' });
    expect(levels('Education\nMSc Data Science (thesis on Spark): Python, SQL')).toMatchObject({ 'apache-spark': 'beginner', python: null, sql: null });
  });
  it('reads a "learning" cell of a skills table aligned with blanks as learning', () => {
    const text = ['Skills', 'Skill          Level          Years', 'Python         advanced       5', 'Airflow        learning       -', 'Looker         learning'].join('\n');
    expect(levels(text)).toMatchObject({ python: 'advanced', airflow: 'learning', looker: 'learning' });
  });
  it('reads a German label of what is being learned before its list', () => {
    expect(levels('Kenntnisse\nProgrammiersprachen: Python (sehr gut), SQL (sehr gut)\nDerzeit in Einarbeitung: Apache Spark')).toMatchObject({ python: 'advanced', 'apache-spark': 'learning' });
  });
});
