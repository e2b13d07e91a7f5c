import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPosting, extractSkills } from '../../src/extract/extract.js';
import { makePosting } from '../../src/ingest/posting.js';
import { postingFromText } from '../../src/ingest/text.js';
import { bundledTaxonomy, fixture, miniTaxonomy } from '../helpers.js';

const posting = `Backend Engineer
Requirements
- 4+ years of Go and Python
- MySQL
Nice to have
- Rust is a plus
What you'll do
- Ship Docker images
Benefits
- Free Kubernetes training
About us
We love AWS.`;

describe('extractSkills', () => {
  const skills = extractSkills(posting, miniTaxonomy());
  const by = (id: string) => skills.find((s) => s.id === id);

  it('finds skills in order of first mention, with importance from sections', () => {
    expect(skills.map((s) => [s.id, s.importance])).toEqual([
      ['go', 'required'],
      ['python', 'required'],
      ['mysql', 'required'],
      ['rust', 'preferred'],
      ['docker', 'mentioned'],
    ]);
  });
  it('drops benefits and company boilerplate', () => {
    expect(by('kubernetes')).toBeUndefined();
    expect(by('aws')).toBeUndefined();
  });
  it('attaches years', () => {
    expect(by('go')?.years).toBe(4);
    expect(by('python')?.years).toBe(4);
    expect(by('mysql')?.years).toBeNull();
  });
  it('attaches years to a soft skill only where the skill takes them (taxonomy `years`)', () => {
    const soft = extractSkills('Requirements\n- 5+ years of people management\n- 3 years of communication skills\n', bundledTaxonomy());
    expect(soft.find((s) => s.id === 'people-management')?.years).toBe(5);
    expect(soft.find((s) => s.id === 'communication')?.years).toBeNull();
  });
  it('gives offsets that slice back to the mention', () => {
    for (const s of skills) for (const m of s.mentions) expect(posting.slice(m.start, m.end)).toBe(m.text);
  });
  it('takes the strongest importance across mentions', () => {
    const s = extractSkills('Title\nWhat you will do\n- Use Python\nRequirements\n- Python', miniTaxonomy());
    expect(s[0]).toMatchObject({ id: 'python', importance: 'required' });
    expect(s[0]!.mentions.map((m) => m.section)).toEqual(['responsibilities', 'requirements']);
  });
});

describe('extractPosting', () => {
  it('keeps the text of a fixture as given and warns when nothing is found', () => {
    const text = readFileSync(fixture('postings/data-scientist.txt'), 'utf8');
    const p = extractPosting(postingFromText('ds.txt', text), miniTaxonomy());
    expect(p.text).toBe(text);
    expect(p.title).toBe('Data Scientist, Growth Analytics');
    expect(p.company).toBe('Lumen Payments');
    const empty = extractPosting(postingFromText('x.txt', 'Gardener wanted for our roses'), miniTaxonomy());
    expect(empty.skills).toEqual([]);
    expect(empty.warnings[0]).toMatch(/no known skills/);
  });
  it('takes a file name\'s title and employer only where the text gives none of its own', () => {
    const taxonomy = bundledTaxonomy();
    const text = 'DevOps Engineer\nKestrel Analytics Inc.\nDenver, CO\n\nKestrel Analytics Inc. has provided weather data for 30 years.\n\nRequirements\n- 4+ years of DevOps or cloud engineering\n- Terraform';
    const own = extractPosting(postingFromText('p15_devops_indeed.txt', text), taxonomy);
    expect([own.title, own.company]).toEqual(['DevOps Engineer', 'Kestrel Analytics Inc.']);
    expect(own.skills.map((s) => s.id)).toContain('devops');
    const named = extractPosting(postingFromText('1042_Acme-Robotics_Senior-Data-Scientist.txt', 'Requirements\n- Python\n- SQL'), taxonomy);
    expect([named.title, named.company]).toEqual(['Senior Data Scientist', 'Acme Robotics']);
  });
});

describe('alternatives', () => {
  it('offers a degree as an alternative to degrees, fields and credentials only', () => {
    const groups = (text: string) => extractPosting(postingFromText('x.txt', text), bundledTaxonomy()).groups.map((g) => g.skills);
    // Items run together where a text lost its line breaks: SQL is no alternative to a degree.
    expect(groups("Requirements: Strong SQL skills Master's degree or PhD in Statistics")).toEqual([['masters-degree', 'phd']]);
    expect(groups("Requirements\n- An actuarial credential or a Master's degree")).toEqual([['actuarial-exams', 'masters-degree']]);
  });
});

describe('lines that ask for nothing', () => {
  it('drops equal-opportunity and benefit lines outside the requirements', () => {
    const text = 'Engineer\nWe use Python.\nWe offer health insurance and free Docker training.\nAcme is an equal opportunity employer; no Kubernetes needed to apply.';
    expect(extractSkills(text, miniTaxonomy()).map((s) => s.id)).toEqual(['python']);
  });
  it('reads a duty under the responsibilities as the job, whatever weak boilerplate words it holds', () => {
    const text = 'Responsibilities\n- Develop custom data models and algorithms to apply to data sets\n- Direct, coach, and mentor a team of data scientists, while creating an inclusive environment';
    expect(extractSkills(text, bundledTaxonomy()).map((s) => s.id)).toEqual(expect.arrayContaining(['data-modeling', 'coaching', 'mentoring']));
  });
  it('reads a duty addressed to the candidate after a lead-in as the job, whatever weak blurb words it holds', () => {
    const ids = (text: string) => extractPosting(makePosting('x.txt', text, { company: 'Acme' }), bundledTaxonomy()).skills.map((s) => s.id);
    const duty = (lead: string) => `Data Engineer\n${lead}, you will design data pipelines and dashboards for our customers and their products.\nRequirements\n- SQL`;
    expect(ids(duty('In this role'))).toEqual(expect.arrayContaining(['data-pipelines', 'dashboards']));
    expect(ids(duty('As a Data Engineer'))).toContain('data-pipelines');
    // A lead-in that names the employer is its pitch of itself.
    expect(ids(duty('At Acme'))).not.toContain('data-pipelines');
  });
  it('keeps a requirement whose own words are hiring-process words, whatever more of them its sentence says', () => {
    const ids = (text: string) => extractSkills(text, bundledTaxonomy()).map((s) => s.id);
    expect(ids('Requirements\n- SQL\n- Authorized to work in the United States without sponsorship now or in the future')).toContain('us-work-authorization');
    // Weak evidence stays evidence: an equal-opportunity list's "genetics" is no biology.
    expect(ids('Acme does not discriminate on the basis of race, color, religion, age, disability or genetics.')).not.toContain('biology');
  });
  it('reads a perk that holds a skill\'s name as the perk ("a mentoring program"), the skill alone as the skill', () => {
    const ids = (text: string) => extractSkills(text, bundledTaxonomy()).map((s) => s.id);
    expect(ids('Data Analyst\nAcme is a great place to work.\nA company-wide mentoring program to advise you along the way\nRequirements\n- SQL')).not.toContain('mentoring');
    expect(ids('Data Analyst\nWhat you will do\nMentoring junior analysts on SQL')).toContain('mentoring');
  });
  it('asks the soft skills of a requirement item that opens with a candidate word, however long its culture list', () => {
    const ids = (text: string) => extractSkills(text, bundledTaxonomy()).map((s) => s.id);
    expect(ids('Requirements\n- SQL\n- Ability to thrive in a detail-oriented and results-driven environment')).toContain('results-oriented');
    expect(ids('Requirements\n- SQL\n- Experience working in a team-oriented, collaborative environment')).toContain('teamwork');
    // The employer's culture stays the employer's, even in the requirements.
    expect(ids('Requirements\n- SQL\n- Our team-oriented, collaborative environment is what we are proud of')).not.toContain('teamwork');
  });
  it('reads German "Teamgeist" as the candidate\'s teamwork, not a culture word that drops the soft skills next to it', () => {
    const ids = (text: string) => extractSkills(text, bundledTaxonomy()).map((s) => s.id);
    expect(ids('Dein Profil\n- Java\n- Teamgeist und Lernbereitschaft')).toEqual(expect.arrayContaining(['teamwork', 'continuous-learning']));
    // The employer's offer stays the employer's.
    expect(ids('Das bieten wir\n- Ein tolles Team mit viel Teamgeist und flachen Hierarchien\n\nDein Profil\n- Java')).not.toContain('teamwork');
  });
  it('reads the job\'s introduction after a company sentence on the same line as the job\'s, where it asks years', () => {
    const text = 'Acme is a leading provider of retail analytics with offices worldwide and a great culture. We are looking for a data scientist with 3+ years of Python and SQL. Nice to have: Spark. We offer health insurance and a learning budget.';
    const r = extractSkills(text, bundledTaxonomy());
    expect(r.map((s) => [s.id, s.importance, s.years])).toEqual([['python', 'required', 3], ['sql', 'required', 3], ['apache-spark', 'preferred', null]]);
  });
  it('asks a skill whose years are asked of the candidate, wherever they stand', () => {
    const r = extractSkills('Data Engineer\nWe are looking for someone who has 8 yrs of exp in data modelling.\nResponsibilities\n- Build pipelines', bundledTaxonomy());
    expect(r.find((s) => s.id === 'data-modeling')).toMatchObject({ importance: 'required', years: 8 });
    // Not the employer's years.
    const c = extractSkills('Data Engineer\nWe have 12 years of experience in data modelling for banks.\nResponsibilities\n- Build pipelines', bundledTaxonomy());
    expect(c.find((s) => s.id === 'data-modeling')?.importance).not.toBe('required');
  });
  it('asks every line of a section of duties whose lines mostly open with a qualification: its heading is wrong', () => {
    const importance = (text: string, id: string) => extractSkills(text, bundledTaxonomy()).find((s) => s.id === id)?.importance;
    const asked = 'Data Engineer\nJob Description\n4-5 years of experience in ETL and SQL\nExperience with Spark\nExperience working on AWS Lambda\nData storage formats – Parquet, Avro\nAirflow and dbt\nBuild pipelines with Kafka\n';
    expect(importance(asked, 'apache-parquet')).toBe('required');
    expect(importance(asked, 'airflow')).toBe('required');
    // So with no heading at all, or one nobody knows.
    expect(importance(asked.replace('Job Description\n', ''), 'airflow')).toBe('required');
    expect(importance(asked.replace('Job Description', 'The Gig'), 'airflow')).toBe('required');
    // But for a line that tells a duty.
    expect(importance(asked, 'kafka')).toBe('mentioned');
    // Duties with a qualification or two among them stay duties.
    const duties = 'Data Engineer\nJob Description\nBuild pipelines with Airflow\nMaintain Parquet data sets\nExperience with Spark\nExperience with SQL\nReport to the team lead\n';
    expect(importance(duties, 'airflow')).toBe('mentioned');
    expect(importance(duties, 'apache-spark')).toBe('required');
  });
  it('keeps the employer\'s name out of a list that asks, unless an experience word asks it as a tool', () => {
    const r = extractSkills('Data Scientist at Hive\nAbout Hive\nHive builds AI.\nRequirements\n- Python\n- At Hive, you will grow fast', bundledTaxonomy(), { company: 'Hive' });
    expect(r.map((s) => s.id)).not.toContain('apache-hive');
    const t = extractSkills('Data Engineer at Snowflake\nRequirements\n- Python\n- Experience with Snowflake', bundledTaxonomy(), { company: 'Snowflake' });
    expect(t.map((s) => s.id)).toContain('snowflake');
  });
  it('reads a sentence the employer\'s name opens as the company\'s, even inside the requirements, unless it asks or tells a duty', () => {
    const ids = (text: string) => extractSkills(text, bundledTaxonomy(), { company: 'Acme Builders' }).map((s) => s.id);
    const blurb = 'Requirements:\n- SQL\nAcme Builders helps organizations turn data into value with business intelligence and analytics.';
    expect(ids(blurb)).toEqual(['sql']);
    // Its name further in, or a duty with its tools, or a sentence that asks, stays the job's.
    expect(ids('Requirements:\n- SQL\n- Maintain Acme Builders reporting tools (Tableau, Looker)')).toContain('tableau');
    expect(ids('Requirements:\n- SQL\nAcme Builders does not sponsor visas - must be authorized to work in the United States')).toContain('us-work-authorization');
    // The name as the subject after a lead-in phrase, in a sentence (not in a title line).
    expect(ids('Requirements:\n- SQL\nFocused on mission success, Acme Builders pioneers technologies in machine learning and cloud engineering.')).toEqual(['sql']);
    expect(ids('Posting Title\nSenior Data Scientist - Imaging, Acme Builders Machine Learning Lab\nRequirements:\n- SQL')).toContain('machine-learning');
    // The name further in that says what the employer is ("About the Team – Acme is the ...").
    expect(ids('Requirements:\n- SQL\nAbout the Team – Acme Builders is the market leader in IoT platforms for retailers.')).toEqual(['sql']);
  });
  it('reads a paragraph about the company that closes a list that asks as the company\'s, sentence by sentence, unless a sentence asks', () => {
    const ids = (text: string) => extractSkills(text, bundledTaxonomy(), { company: 'Acme Builders' }).map((s) => s.id);
    const career = 'Preferred qualifications:\n- Experience with Scala\nA career at Acme Builders means working beside great people. Our people are what makes Acme Builders strong and ethical.';
    expect(ids(`${career} We welcome your creative ideas at Acme Builders as we keep helping families plan for retirement.`)).toEqual(['scala']);
    expect(ids('Requirements:\n- Experience with Scala\nAcme Builders is a leader in home building. Our teams value accountability and innovation.')).toEqual(['scala']);
    // A sentence of it that asks stays the job's.
    expect(ids(`${career} You bring creativity and strong SQL skills.`)).toEqual(expect.arrayContaining(['scala', 'creativity', 'sql']));
  });
  it('reads a list of names closed by a plural role noun after "with" as groups of people, each of them', () => {
    const ids = (text: string) => extractSkills(text, bundledTaxonomy()).map((s) => s.id);
    expect(ids('What you will do\n- Work with partners in Data Engineering, Marketing, Product and Sales teams to ship models')).not.toContain('data-engineering');
    expect(ids('What you will do\n- Collaborate with peer organizations, dev ops, support organizations on issues')).not.toContain('devops');
    // Not a list the candidate is sought for, nor a mention about people itself, nor a list of skills.
    expect(ids('We are looking for machine learning, deep learning, and data science experts to join us')).toEqual(expect.arrayContaining(['machine-learning', 'deep-learning']));
    expect(ids('Requirements\n- Ability to work with cross-functional teams including development, QA and analysts')).toContain('cross-functional-collaboration');
    // A list that a plural role noun opens and another closes: each name a group of people.
    expect(ids('Requirements\n- Ability to work with several teams including development, QA and data analysis professionals')).not.toContain('quality-assurance');
    expect(ids('Requirements\n- Ability to work with several teams including development, QA and data analysis professionals')).not.toContain('data-analysis');
    expect(ids('Requirements\n- Experience with Python, SQL, and Spark')).toEqual(['python', 'sql', 'apache-spark']);
  });
  it('drops role names and culture words, keeps them in the requirements', () => {
    const text = 'Engineer\nJoin our Python developers and our ML team.\nWe value communication.\nRequirements\n- Python\n- strong communication skills';
    expect(extractSkills(text, miniTaxonomy()).map((s) => [s.id, s.mentions.length])).toEqual([['python', 1], ['communication', 1]]);
  });
  it('asks the kinds an umbrella names in its sentence, not the umbrella (the taxonomy\'s `umbrella`)', () => {
    const ids = (text: string) => extractSkills(text, bundledTaxonomy()).map((s) => s.id);
    expect(ids('Requirements\n- Experience with programming languages such as Java or Go')).toEqual(expect.arrayContaining(['java', 'go']));
    expect(ids('Requirements\n- Experience with programming languages such as Java or Go')).not.toContain('programming-languages');
    expect(ids('Requirements\n- B.S. or equivalent degree in computer science or statistics')).toEqual(expect.arrayContaining(['bachelors-degree', 'computer-science']));
    expect(ids('Requirements\n- B.S. or equivalent degree in computer science or statistics')).not.toContain('degree');
    expect(ids('Requirements\n- A technical degree from an accredited university')).toContain('degree');
  });
  it("gives an umbrella's years to the members it is named with, unless they have their own", () => {
    const years = (text: string) => Object.fromEntries(extractSkills(text, bundledTaxonomy()).map((s) => [s.id, s.years]));
    expect(years('Requirements\n- 3+ years of experience in programming languages used for data analysis (Python, R, etc.)')).toMatchObject({ python: 3, r: 3 });
    expect(years('Requirements\n- 5+ years in programming languages such as Java, with 2+ years of Go')).toMatchObject({ java: 5, go: 2 });
  });
  it('keeps a field named only in passing out, where the taxonomy says it counts only when asked (askedOnly)', () => {
    const passing = 'Data Engineer\nResponsibilities\n- Build pipelines that feed our analytics solutions in Python';
    expect(extractSkills(passing, bundledTaxonomy()).map((s) => s.id)).not.toContain('analytics');
    const asked = `${passing}\nRequirements\n- 3+ years of experience in analytics`;
    expect(extractSkills(asked, bundledTaxonomy()).find((s) => s.id === 'analytics')?.importance).toBe('required');
    // (The data a job works with, named among its duties: "our internal and third-party data".)
    const sources = 'Data Analyst\nResponsibilities\n- Dig into our internal and third-party data with SQL';
    expect(extractSkills(sources, bundledTaxonomy()).map((s) => s.id)).not.toContain('third-party-data');
    const sourcesAsked = `${sources}\nRequirements\n- Experience with third-party data sources such as panel providers`;
    expect(extractSkills(sourcesAsked, bundledTaxonomy()).find((s) => s.id === 'third-party-data')?.importance).toBe('required');
  });
  it('asks the degrees a posting names, not a degree besides them (membersAsk)', () => {
    const ids = (text: string) => extractSkills(text, bundledTaxonomy()).map((s) => s.id);
    const fields = 'Requirements\n- A degree in a field like Statistics or Mathematics';
    expect(ids(`${fields}\n- Bachelor's degree required; Master's preferred`)).toEqual(expect.arrayContaining(['bachelors-degree', 'masters-degree', 'statistics', 'mathematics']));
    expect(ids(`${fields}\n- Bachelor's degree required; Master's preferred`)).not.toContain('degree');
    // (Alone, or asked more strongly than the degree named, the degree is what is asked.)
    expect(ids(fields)).toContain('degree');
    expect(ids(`${fields}\nNice to have\n- A Master's degree`)).toContain('degree');
  });
});

describe('links', () => {
  it('asks for nothing a link spells', () => {
    const ids = extractSkills('Requirements\n- Strong Python and .NET\n- Take our test at https://bit.ly/sql-test or read github.com/acme/airflow-notes and www.acme.com/kubernetes', bundledTaxonomy()).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'dotnet']));
    for (const id of ['sql', 'github', 'airflow', 'kubernetes']) expect(ids).not.toContain(id);
  });
  it('asks for nothing code left in a page spells, and still reads the list around it', () => {
    const text = "Requirements\n- Strong Python\n(function() { var s = document.createElement('script'); s.type = 'text/javascript'; s.async = true; })();\n- Experience with React; our forms use x = 1 notation";
    const ids = extractSkills(text, bundledTaxonomy()).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'react']));
    expect(ids).not.toContain('javascript');
  });
});

describe('wrapped lines', () => {
  it("reads a skill's name broken at a hyphen and a line break as the name, its capitals kept ('Java-' / 'Script', 'Big-' / 'Query')", () => {
    const text = 'Requirements\nYou have written production code in strong, idiomatic Java-\nScript and TypeScript, and you query our warehouse in Big-\nQuery every day. Experience with Ruby-on-\nRails is a plus.';
    const skills = extractSkills(text, bundledTaxonomy());
    const by = (id: string) => skills.find((s) => s.id === id);
    expect(by('javascript')?.importance).toBe('required');
    expect(by('bigquery')?.importance).toBe('required');
    expect(by('ruby-on-rails')?.importance).toBe('preferred');
    expect(by('java')).toBeUndefined();
    const js = by('javascript')!.mentions[0]!;
    expect(text.slice(js.start, js.end)).toBe('Java-\nScript');
  });
});

describe('skills tables', () => {
  it("reads an HTML page's skills matrix: each row's importance and years, a row not needed left out", async () => {
    const { postingFromHtml } = await import('../../src/ingest/html/index.js');
    const html = '<html><body><h1>Data Engineer</h1><p>We build pipelines.</p><table><tr><th>Skill</th><th>Priority</th><th>Years</th></tr><tr><td>Python</td><td>Required</td><td>3+</td></tr><tr><td>Kafka</td><td>Nice to have</td><td></td></tr><tr><td>Hadoop</td><td>Not needed</td><td></td></tr></table></body></html>';
    const { posting } = postingFromHtml('matrix.html', html);
    const e = extractPosting(posting, bundledTaxonomy());
    const by = (id: string) => e.skills.find((s) => s.id === id);
    expect([by('python')?.importance, by('python')?.years]).toEqual(['required', 3]);
    expect(by('kafka')?.importance).toBe('preferred');
    expect(by('hadoop')).toBeUndefined();
    expect(e.negated.map((s) => s.id)).toContain('hadoop');
  });
});

describe('a text whose line breaks were lost', () => {
  const importance = (text: string) => Object.fromEntries(extractSkills(text, bundledTaxonomy()).map((s) => [s.id, s.importance]));
  it('asks no duty because a requirement phrase stands in a later item run into it', () => {
    const lines = ['You will join the planning team of a regional grocer.', 'Maintain the weekly reporting calendar', 'Prototype demand forecasting models for new stores', 'Proven experience with SQL and Tableau', 'Strong written English'];
    const read = importance(lines.join('\n'));
    expect(read['demand-forecasting']).toBe('mentioned');
    expect(read['sql']).toBe('required');
    expect(importance(lines.join(' '))).toEqual(read);
  });
  it('reads an item that opens with two words joined by a sign as an item of its own', () => {
    const lines = ['You will join the planning team of a regional grocer.', 'Maintain strong relationships with suppliers', 'Drafting & reviewing demand forecasting reports'];
    const read = importance(lines.join('\n'));
    expect(read['demand-forecasting']).toBe('mentioned');
    expect(importance(lines.join(' '))).toEqual(read);
  });
  it('reads the last items of a list as the list, not as the equal-opportunity statement run in after them', () => {
    const lines = ['Requirements:', '3+ years of SQL', 'Clear written communication', 'Northwind is proud to be an equal opportunity employer, and every background is welcome.'];
    const read = (text: string) => extractPosting(makePosting('x.txt', text, { company: 'Northwind' }), bundledTaxonomy()).skills.map((s) => [s.id, s.importance]);
    expect(read(lines.join('\n'))).toEqual([['sql', 'required'], ['written-communication', 'required']]);
    expect(read(lines.join(' '))).toEqual(read(lines.join('\n')));
  });
  it('reads a cue that ends an item, the next run into it, as of that item only', () => {
    const lines = ['Requirements:', 'A degree in statistics or economics', 'Depth in at least one of them is highly desirable', 'Strong programming skills in a Linux environment'];
    const read = importance(lines.join('\n'));
    expect(read['programming']).toBe('required');
    expect(read['linux']).toBe('required');
    expect(importance(lines.join(' '))).toEqual(read);
  });
});
