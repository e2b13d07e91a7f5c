import { describe, expect, it } from 'vitest';
import { read } from '../../src/read/index.js';

const kinds = (text: string, kind: 'posting' | 'resume' = 'posting') =>
  read(text, { kind }).sections.map((s) => [s.kind, text.slice(s.start, s.end).trim().split('\n')[0]]);

describe('sections', () => {
  it('reads heading shapes: colon, markdown, bold, all caps, bare heading words, questions', () => {
    const text = 'Data Engineer\nIntro line here.\nRequirements:\n- SQL\n## Nice to have\n- Go\n**Benefits**\n- PTO\nWHAT YOU WILL DO\n- Build\nAbout us\nWe are nice.\nWhat skills should you bring?\n- Rust';
    expect(kinds(text).map((k) => k[0])).toEqual(['title', 'summary', 'requirements', 'preferred', 'benefits', 'responsibilities', 'about', 'requirements']);
  });
  it("keeps a company paragraph whose sentences open with the employer's name, requirement-like words and all", () => {
    const text =
      'Mapping Data Engineer\n\nAbout the company\nNorthwind Maps was born from one idea: the ability to see every road in real time, from any device, in any city. Northwind Maps streams the sensor data of forty cities through Apache Kafka and turns it into a live picture of traffic.\n\nRequirements\n- Python';
    const sections = read(text, { kind: 'posting', company: 'Northwind Maps' }).sections.map((s) => s.kind);
    expect(sections).toEqual(['title', 'about', 'requirements']);
    // (Without the employer's name known, "the ability to" ends the company's section.)
    expect(read(text, { kind: 'posting' }).sections.map((s) => s.kind)).toEqual(['title', 'about', 'other', 'requirements']);
  });
  it('classifies common posting headings', () => {
    const table: [string, string][] = [
      ['Qualifications', 'requirements'],
      ['Minimum qualifications', 'requirements'],
      ['Preferred qualifications', 'preferred'],
      ["What you'll need", 'requirements'],
      ['About you', 'requirements'],
      ['Bonus points', 'preferred'],
      ['Responsibilities', 'responsibilities'],
      ["What you'll do", 'responsibilities'],
      ['About the role', 'responsibilities'],
      ['What we offer', 'benefits'],
      ['Equal opportunity', 'equal-opportunity'],
      ['About Acme', 'about'],
      ['Our Interview Process', 'hiring-process'],
      ['Privacy Notice', 'legal'],
    ];
    for (const [heading, kind] of table) expect(kinds(`Title\n${heading}:\n- text`)[1]![0], heading).toBe(kind);
  });
  it('ends a requirements list at a paragraph of prose with nothing of the job in it', () => {
    const blurb =
      'Acme Grid oversees the operation of the power grid that covers six states and administers a wholesale electricity market. The power system keeps changing as new technologies emerge and energy policies evolve, and there is a lot going on behind the scenes to keep the lights on at fair prices for millions of homes and businesses.';
    const text = `Requirements\n- SQL\n- Experience with Oracle\n\n${blurb}\n`;
    expect(kinds(text).map((k) => k[0])).toEqual(['requirements', 'other']);
    // Right under the heading, a paragraph is the section's own.
    expect(kinds(`Who You Are\n\n${blurb}\n`).map((k) => k[0])).toEqual(['requirements']);
  });
  it('starts a section at an inline label outside a requirements list', () => {
    expect(kinds('Title\nRequirements: Python, SQL\nmore')[1]).toEqual(['requirements', 'Requirements: Python, SQL']);
  });
  it('scopes an inline importance label inside a requirements list to its line', () => {
    expect(kinds('Requirements\n- Python\n- Nice to have: Go\n- SQL').map((k) => k[0])).toEqual(['requirements', 'preferred', 'requirements']);
  });
  it('does not take sentences or list items for headings', () => {
    expect(kinds('Title\nWe need experience with Python.\n- Requirements matter\nExperience with Python and SQL\nBonus points for Rust\n').map((k) => k[0])).toEqual(['title', 'summary']);
  });
  it('ends a company or benefits section where requirement-like content starts', () => {
    expect(kinds('About us\nWe make robots.\nYou have 3+ years of experience with Python.').map((k) => k[0])).toEqual(['about', 'other']);
    expect(kinds('Benefits\nHealth insurance\nDental').map((k) => k[0])).toEqual(['benefits']);
  });
  it('reads the inline labels of a text without line breaks', () => {
    const text = 'Acme makes robots. Responsibilities: build models. Requirements: Python and SQL. Benefits: health insurance.';
    expect(kinds(text).map((k) => k[0])).toEqual(['summary', 'responsibilities', 'requirements', 'benefits']);
  });
  it('reads a heading before a bullet in a text without line breaks, in several phrases and filler words', () => {
    const text = "Founding Engineer at Acme What you'll do - Ship product features weekly across the stack - Build workflows with tool calling and structured outputs - Talk to customers You might be a good fit if you - Have 3+ years of experience as a full-stack engineer - Are fluent in TypeScript and React - Have built and scaled web apps on AWS Bonus - You've shipped something with the OpenAI API or LangGraph - Experience in fintech";
    expect(read(text, {}).sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', null],
      ['responsibilities', "What you'll do"],
      ['requirements', 'You might be a good fit if you'],
      ['preferred', 'Bonus'],
    ]);
    // A word between bullets is an item, not a heading: "Salary • Bonus • Equity".
    expect(read('Requirements • Python • SQL Benefits Salary • Bonus • Equity • Rust', {}).sections.map((s) => s.kind)).not.toContain('preferred');
  });
  it('reads a whole posting on one line sentence by sentence, however short, a last line break aside', () => {
    const text = 'MLOps Engineer What you bring: • Strong Python • A degree in computer science Nice to have: • Experience with Kubeflow • Knowledge of IoT\n';
    expect(read(text, {}).sections.map((s) => s.kind)).toEqual(['summary', 'requirements', 'preferred']);
    expect(read(text.replace(/:/g, ''), {}).sections.map((s) => s.kind)).toEqual(['summary', 'requirements', 'preferred']);
  });
  it('reads a lead-in before a bullet in a text on one line from the capital after the item run into it', () => {
    // (The duty before it has no stop: the sentence runs from the first bullet to the colon.)
    const text = 'Data Analyst The role • Build weekly sales reports for the regional store managers and planners in the head office We think you would succeed in this role if you: • Know SQL well, two years or more • Strong Excel skills';
    const sections = read(text, {}).sections;
    expect(sections.map((s) => s.kind)).toEqual(['summary', 'responsibilities', 'requirements']);
    expect(text.slice(sections[2]!.start)).toMatch(/^We think you would/);
  });
  it('reads a line under a heading that asks, ending in a colon and opening a qualification or alternatives, as introducing the list', () => {
    for (const lead of ['Experience with the following:', 'Familiarity with:', 'Any of these:', 'At least one of the following:']) {
      expect(kinds(`Nice to have\n${lead}\n- Kafka\n- RabbitMQ`).map((k) => k[0]), lead).toEqual(['preferred']);
    }
    // A heading of its own kind is still one: "Compensation:" ends the list.
    expect(kinds('Nice to have\n- Kafka\nCompensation:\n- 401(k)').map((k) => k[0])).toEqual(['preferred', 'benefits']);
  });
  it('reads a question heading run into a text without line breaks, before a bullet or items with no stop', () => {
    const text = 'Data Analyst What do we need from you? 2+ years of experience in a data analyst role Advanced SQL What would make you stand out? Python or R for analysis Experience with Looker';
    expect(read(text, {}).sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', null],
      ['requirements', 'What do we need from you?'],
      ['preferred', 'What would make you stand out?'],
    ]);
    // A question that closes a list heads none: "Sound like you? Please consider joining our team."
    const closing = `Requirements - Python - SQL - Spark Sound like you? Please consider joining our team. ${'We build tools for analysts and care about them. '.repeat(3)}`;
    expect(read(closing, {}).sections.map((s) => s.heading)).not.toContain('Sound like you?');
    expect(read(closing.replace('Please consider joining our team.', '- Docker'), {}).sections.map((s) => s.heading)).toContain('Sound like you?');
  });
  it('reads an inline label of what is not needed in a text without line breaks', () => {
    const text = 'Data Engineer Requirements: Python and SQL. Experience with Airflow and dbt in production. Preferred: Kafka. Not needed: C#. Benefits: great team.';
    const sections = read(text, {}).sections;
    expect(sections.map((s) => [s.kind, s.heading, s.notNeeded ?? false])).toContainEqual(['other', 'Not needed', true]);
    const bold = '**Nice to have** - Experience fine-tuning models with Hugging Face Transformers - Knowledge of PyTorch **You won\'t need** Experience with computer vision or with R. **Benefits** - Salary';
    expect(read(bold, {}).sections.map((s) => [s.kind, s.heading, s.notNeeded ?? false])).toContainEqual(['other', "You won't need", true]);
  });
  it('reads a heading glued to the next word in a text without line breaks', () => {
    // A page whose markup was stripped without a space: "Preferred SkillsExperience with ...".
    const about = 'Acme builds robots for farms, and you will build the vision models that guide them through fields, orchards and greenhouses with our team of engineers and growers in three countries. ';
    const text = `${about}Basic Qualifications Degree in statistics and 3 years of Python. Preferred SkillsExperience with Rust and Go. PreferredSome exposure to Kafka.`;
    expect(kinds(text).map((k) => k[0])).toEqual(['summary', 'requirements', 'preferred', 'preferred']);
    // Not a word written in camel case inside a sentence.
    expect(kinds(`${about}Requirements Experience with JavaScript and PowerPoint. Our DataOps team and the ProductQualifications board meet weekly.`).map((k) => k[0])).toEqual(['summary', 'requirements']);
  });
  it('reads a label or a lead-in glued to the item before it, before star items glued to theirs, in a text without line breaks', () => {
    // Stripped markup: "...behaviorWe're looking for teammates who have:* 5+ years ...* Python".
    const about = 'Acme builds robots for farms, and you will build the vision models that guide them through fields and greenhouses. ';
    const text = `${about}As an engineer you will:* Build models for growers* Ship them to the fieldWe're looking for people who have:* 3+ years of Python* Experience with data pipelinesBonus points:* Rust* Kafka or FlinkWHAT WE OFFER:* Health insurance* Paid leave`;
    expect(kinds(text).map((k) => [k[0], k[1]!.slice(0, 24)])).toEqual([
      ['summary', 'Acme builds robots for f'],
      ['responsibilities', 'As an engineer you will:'],
      ['requirements', "We're looking for people"],
      ['preferred', 'Bonus points:* Rust* Kaf'],
      ['benefits', 'WHAT WE OFFER:* Health i'],
    ]);
    // A sentence that is no heading before its colon stays where it is.
    expect(kinds(`${about}Requirements: * Python * SQL. Our team has used these tools since:* 2015* 2016* 2017`).map((k) => k[0])).toEqual(['summary', 'requirements']);
  });
  it('reads duties run into a text as duties only when a heading of the asked lists ends them', () => {
    const ended = 'Robots for farms. Responsibilities Train detection models with strong skills in C++ Required skills 4+ years of Python';
    expect(kinds(ended).map((k) => k[0])).toEqual(['summary', 'responsibilities', 'requirements']);
    const open = 'Robots for farms. Responsibilities Train detection models with strong skills in C++ We offer health insurance';
    expect(kinds(open).map((k) => k[0])).toEqual(['summary', 'summary']);
  });
  it('reads a heading run into a text without line breaks whose words are joined in Title Case ("Education & Experience"), but not two cue or field words, nor two headings', () => {
    const text = 'Robots for farms. Responsibilities Train detection models on camera data Education & Experience BS in Physics Qualifications and Skills Tableau Rust';
    expect(kinds(text).map((k) => [k[0], k[1]!.slice(0, 22)])).toEqual([
      ['summary', 'Robots for farms.'],
      ['responsibilities', 'Responsibilities Train'],
      ['requirements', 'Education & Experience'],
      ['requirements', 'Qualifications and Ski'],
    ]);
    expect(kinds('Robots for farms. Responsibilities Train detection models Qualifications BS in Engineering Preferred Minimum 3 years of Rust').map((k) => k[0])).toEqual(['summary', 'responsibilities', 'requirements']);
    expect(kinds('Robots for farms. Responsibilities Train detection models Qualifications Rust Security Clearance Position Overview Acme is seeking a data scientist').map((k) => k[1]!.slice(0, 18))).toContain('Security Clearance');
  });
  it('ends the section before a heading of benefits run into a text without line breaks, and goes on with the same kind after it', () => {
    const text = 'Robots for farms. Qualifications Experience with SQL Rabbit MQ Perks and Benefits Paid vacation and dental insurance';
    expect(kinds(text).map((k) => [k[0], k[1]!.slice(0, 18)])).toEqual([
      ['summary', 'Robots for farms.'],
      ['requirements', 'Qualifications Exp'],
      ['requirements', 'Perks and Benefits'],
    ]);
  });
  it('reads the sentences after a heading of the company run into a text without line breaks as its story, up to one that asks again', () => {
    const text = 'Robots for farms. Qualifications Experience with SQL and Kafka. About Acme: Acme was founded in 2009 by two farmers. Our robots harvest strawberries with computer vision and edge computing in 40 countries. Experience with Rust is required for this role.';
    expect(kinds(text).map((k) => [k[0], k[1]!.slice(0, 18)])).toEqual([
      ['summary', 'Robots for farms.'],
      ['requirements', 'Qualifications Exp'],
      ['requirements', 'About Acme: Acme w'],
      ['about', 'Our robots harvest'],
      ['requirements', 'Experience with Ru'],
    ]);
    // (A sentence with a heading of its own is read as before the story: "We hire in these areas: ...".)
    const labelled = 'Robots for farms. Qualifications Experience with SQL. About Acme: Acme was founded in 2009. We grow every year in 40 countries. Benefits Paid vacation and dental insurance';
    expect(kinds(labelled).map((k) => k[0])).toEqual(['summary', 'requirements', 'requirements', 'about', 'requirements']);
  });
  it('reads a heading of two words or more in sentence case run into a text without line breaks, its capital where no sentence starts', () => {
    const text = 'Robots for farms. Responsibilities Train detection models Work with the hardware team on camera calibration Required skills 4+ years of experience with C++ Experience with CUDA or TensorRT Desired skills ROS or ROS 2 experience is a plus';
    expect(kinds(text).map((k) => [k[0], k[1]!.slice(0, 15)])).toEqual([
      ['summary', 'Robots for farm'],
      ['responsibilities', 'Responsibilitie'],
      ['requirements', 'Required skills'],
      ['preferred', 'Desired skills '],
    ]);
    // ... or after an emoji that marks it, where the emoji start the lines of a text run together (the company's heading
    // ends the sentence before it, and opens no section).
    expect(kinds('Backend Engineer 🚀 About us We build apps. ✅ What you bring 3+ years of Go Experience with AWS ➕ Nice to have Kubernetes experience is a plus Knowledge of Redis').map((k) => [k[0], k[1]!.slice(0, 14)])).toEqual([
      ['summary', 'Backend Engine'],
      ['summary', 'About us We bu'],
      ['requirements', 'What you bring'],
      ['preferred', 'Nice to have K'],
    ]);
    // Not a sentence that starts with such words.
    expect(kinds('Robots for farms. We build them. Required skills are listed in the attached file, with more on our site.').map((k) => k[0])).toEqual(['summary']);
  });
  it('ends a list that asks where the company\'s story runs into it in a text without line breaks, and goes back to it where a sentence asks again', () => {
    const text = 'Data Engineer Requirements: Python and SQL, Airflow. Our technical competencies include big data analytics, cloud computing infrastructure and enterprise architecture for federal agencies. Experience with Kafka. Strong communication skills.';
    expect(kinds(text).map((k) => [k[0], k[1]!.slice(0, 20)])).toEqual([
      ['summary', 'Data Engineer'],
      ['requirements', 'Requirements: Python'],
      ['other', 'Our technical compet'],
      ['requirements', 'Experience with Kafk'],
    ]);
    // Not a sentence that asks of the candidate in the employer's voice.
    expect(kinds('Data Engineer Requirements: Python and SQL. We need you to bring strong experience with our streaming platforms and cloud data stores every day.').map((k) => k[0])).toEqual(['summary', 'requirements']);
  });
  it('ends a list that asks where a long paragraph right under it speaks only in the employer\'s voice, not where it says what the position will do', () => {
    const story = 'Acme Bio is dedicated to the discovery of first-in-class therapies that modulate historically undruggable targets. We leverage deep capabilities in small molecule microarrays, targeted protein degradation, and cancer biology in order to identify potent and selective compounds against transcription factors.';
    expect(kinds(`Scientist\nQualifications:\nPhD in biology\nExperience with cell culture\n${story}`).map((k) => k[0])).toEqual(['title', 'requirements', 'other']);
    const role = 'As our health services grow in complexity and scope, the Data Lead will play a key role in the oversight of the data warehouse. This position will also support business analysis functions, including the identification of data requirements and the implementation of technological solutions, to ensure that our growing data systems continue to serve our clinics and partners.';
    expect(kinds(`Data Lead\nQualifications:\nExperience with SQL\n${role}`).map((k) => k[0])).toEqual(['title', 'requirements']);
  });
  it('uses the resume vocabulary for resumes', () => {
    const text = 'Sam\n## Skills\nPython\n## Experience\nDid things\n## Projects\nA thing\n## Education\nBSc\n## Interests\nChess';
    expect(kinds(text, 'resume').map((k) => k[0])).toEqual(['summary', 'skills', 'experience', 'projects', 'education', 'interests']);
  });
  it('covers the whole text with contiguous sections', () => {
    const text = 'T\nRequirements\n- a\nBenefits\n- b';
    const s = read(text).sections;
    expect(s[0]!.start).toBe(0);
    expect(s.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < s.length; i++) expect(s[i]!.start).toBeGreaterThanOrEqual(s[i - 1]!.end);
  });
  it('finds a title only in a title line', () => {
    expect(read('Senior Data Scientist\nRequirements\n- Python').title).toBe('Senior Data Scientist');
    expect(read('We are hiring a data scientist to join our team\nRequirements\n- Python').title).toBeNull();
    expect(read('Machine learning is what we do, and we do it well\n').title).toBeNull();
  });
});
