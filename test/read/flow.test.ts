import { describe, expect, it } from 'vitest';
import { readFlow } from '../../src/read/flow.js';

const continuers = new Set(['and', 'of', 'on', 'with', 'in']);

describe('readFlow', () => {
  it('ends a line at a place and its region code in capitals, though the code is spelt as a continuer', () => {
    const cont = new Set(['and', 'or', 'in', 'of']);
    for (const line of ['Location: Portland, OR', 'The role is based in our office in Columbus, IN']) {
      expect(readFlow(`${line}\nStrong Java skills are needed.`, cont, () => false, cont).soft).toEqual([]);
    }
    // (A continuer in capitals after a word in lower case still goes on: "... or a related field, OR" / "Masters in ...".)
    expect(readFlow('Bachelor degree in physics or a related field, OR\nMasters in statistics', cont, () => false, cont).soft).toHaveLength(1);
  });
  it('reads a no-break space mangled into "Â" as a space, keeping offsets and real letters', () => {
    for (const text of ['Experience ofÂDeep Learning withÂlargeÂdata', 'Line one\nExperience ofÂDeep Learning']) {
      const { flow } = readFlow(text);
      expect(flow.length).toBe(text.length);
      expect(flow).toContain('of Deep Learning');
    }
    expect(readFlow('CÂMARA and 5Â years').flow).toBe('CÂMARA and 5  years');
  });
  /** A paragraph wrapped into `lines`, then a heading and an item: read as one paragraph, every break soft, offsets kept. */
  const expectOneParagraph = (lines: string[]) => {
    const text = [...lines, '', 'Requirements', '- Python'].join('\n');
    const { flow, soft } = readFlow(text, continuers);
    expect(flow).toHaveLength(text.length);
    expect(soft).toHaveLength(lines.length - 1);
    expect(flow).toContain('machine learning');
    expect(flow).toContain('Ruby on Rails');
    expect(flow).toContain('5+ years of experience with Kubernetes');
    expect(flow).toContain('\n\nRequirements\n- Python');
  };
  it('reads a hard-wrapped paragraph as one, and keeps every offset', () => {
    expectOneParagraph([
      'We are hiring a platform engineer. The ideal candidate has solid',
      'experience in machine learning and has shipped services with Ruby on',
      'Rails in production, and brings at least 5+ years of experience with',
      'Kubernetes clusters. You will work with a small team of engineers in',
      'Berlin and help us build the next version of our data platform.',
    ]);
  });
  it('reads a paragraph hard-wrapped at a narrow width (30 columns, a phone or a PDF column) as one', () => {
    expectOneParagraph([
      'We are hiring a platform',
      'engineer. You have solid',
      'experience with machine',
      'learning and have shipped',
      'services with Ruby on',
      'Rails, and bring at least 5+',
      'years of experience with',
      'Kubernetes. You will work',
      'with a small team in Berlin',
      'on our data platform.',
    ]);
  });
  it('reads a double-spaced hard-wrapped text, a blank line after every line, as one paragraph where it goes on, and keeps the rest', () => {
    const text = [
      'Provides support to the data office. Responsible for delivering world',
      'class messaging for the enterprise. Provides data management functions',
      'in the form of data governance, data architecture, data warehousing, data',
      'quality management, metadata management and data security management.',
      'Requirements:',
      '- Python coding experience, and experience building ETL pipelines (bonus',
      'points for using Luigi or Airflow)',
      '- SQL',
      '- Git',
    ].join('\n\n');
    const { flow, soft } = readFlow(text, continuers);
    expect(flow).toHaveLength(text.length);
    expect(soft).toHaveLength(4);
    expect(flow).toContain('world  class');
    expect(flow).toContain('data  quality management');
    expect(flow).toContain('(bonus  points for');
    expect(flow).toContain('management.\n\nRequirements:\n\n- Python');
    expect(flow).toContain('\n\n- SQL\n\n- Git');
    // (A text with blank lines between some paragraphs only is read line by line, as before.)
    expect(readFlow('Requirements\n\nexperience with data\n\nquality tools').soft).toEqual([]);
  });
  it('goes on after a bold label into the next line, and into a line of heading words in lower case', () => {
    const isHeading = (line: string) => /^(required|requirements|nice to have)$/i.test(line.trim());
    const a = readFlow('**Please note:** this is not a machine learning role, and no\nexperience with TensorFlow or PyTorch is required.', continuers, isHeading);
    expect(a.soft).toHaveLength(1);
    const b = readFlow('Nice to have\n- Docker, though it is not\nrequired\n- Kubernetes', continuers, isHeading);
    expect(b.flow).toContain('it is not required');
    // A line all in bold is a heading; so is one in capitals after a sentence's end.
    expect(readFlow('**What you will bring to our growing team**\nexperience with Python and SQL in production', continuers, isHeading).soft).toHaveLength(0);
    expect(readFlow('We build data tools for hospitals worldwide.\nRequired\n- Python', continuers, isHeading).soft).toHaveLength(0);
  });
  it('rejoins a word broken by a hyphen, and keeps a compound hyphen as a hyphen', () => {
    const text = 'You will design and deploy ma-\nchine learning models built with Ruby-on-\nRails for our customers worldwide.';
    const { flow } = readFlow(text, continuers);
    expect(flow.replace(/\u00ad/g, '')).toContain('machine learning');
    expect(flow.replace(/\u00ad/g, '')).toContain('Ruby-on-Rails');
    expect(flow).toHaveLength(text.length);
  });
  it("rejoins a name broken at a hyphen whose second part is in capitals when the lexicon knows the name whole ('Type-' / 'Script')", () => {
    const names = new Set(['typescript', 'graphql']);
    const isSkillWord = (word: string) => names.has(word.toLowerCase());
    const text = 'We want an engineer who ships product features with React and Type-\nScript, and who fetches data through our Graph-\nQL gateway, and knows Ruby-on-\nRails well.';
    const { flow, soft } = readFlow(text, continuers, () => false, new Set(), isSkillWord);
    const plain = flow.replace(/\u00ad/g, '');
    expect(plain).toContain('React and TypeScript, and');
    expect(plain).toContain('our GraphQL gateway');
    expect(plain).toContain('Ruby-on-Rails');
    expect(soft).toHaveLength(3);
    expect(flow).toHaveLength(text.length);
    // A name the lexicon does not know stays two words joined by a hyphen.
    expect(readFlow('We want an engineer who ships product features with React and Type-\nScript.', continuers).flow).toContain('Type-\nScript');
  });
  it('goes on from a shorter line of a hard-wrapped text into a line in lower case', () => {
    const text = [
      'The successful candidate will hold a B.S. or M.S. in',
      'Chemistry and have a minimum of',
      "five years' experience with liquid",
      'chromatography (HPLC/UPLC) in a regulated laboratory.',
      'Working knowledge of Good Laboratory Practice is',
      'required; experience with mass spectrometry is',
      'desirable. The chemist will author test methods and',
      'review data in Empower.',
    ].join('\n');
    expect(readFlow(text, continuers).flow).toContain("experience with liquid chromatography");
    // Not in a text of lines of every length: there a short line may be a list's.
    expect(readFlow("Skills\nexperience with liquid\nchromatography and more", continuers).flow).toContain('liquid\nchromatography');
  });
  it('never joins list items, headings or sentences that end', () => {
    const text = 'Requirements\n- Python\n- SQL\nWe value teamwork.\nBenefits\nHealth insurance';
    expect(readFlow(text, continuers, (line) => ['Requirements', 'Benefits'].includes(line)).soft).toEqual([]);
  });
  it('continues a line cut after an open bracket or a word no sentence ends with', () => {
    expect(readFlow('Experience with SAP Data Services (Data\nExtract, Profiling) is required', continuers).soft).toHaveLength(1);
    expect(readFlow('Proven experience shipping web applications built with Ruby on\nRails and Postgres.', continuers).soft).toHaveLength(1);
  });
  it('continues a bulleted item wrapped onto a line in lower case, and that line onward', () => {
    const text = '- 5+ years of experience with machine\nlearning and Ruby on\nRails\n- SQL';
    expect(readFlow(text, continuers).soft).toEqual([text.indexOf('\nlearning'), text.indexOf('\nRails')]);
    // Items without bullets, in lower case, stay apart.
    expect(readFlow('python and sql\nspark and kafka', continuers).soft).toEqual([]);
  });
  it('goes on from a short line that itself continues the line before into a line in lower case (text wrapped twice)', () => {
    const text = '1-2 years work experience using data science techniques, including\nmachine\nlearning, deep learning and text mining\n- SQL';
    const { flow, soft } = readFlow(text, continuers);
    expect(soft).toEqual([text.indexOf('\nmachine'), text.indexOf('\nlearning')]);
    expect(flow).toContain('including machine learning, deep learning');
    const twice = 'MUST: Solid 5 years of experience working with big data\ntechnologies\ndistributed computing such as Hadoop/Spark.';
    expect(readFlow(twice, continuers).soft).toHaveLength(2);
    // (A short line of its own, the line before ending its sentence, stays apart.)
    expect(readFlow('We value teamwork.\nmachine\nlearning', continuers).soft).toEqual([]);
  });
  it('goes on from a line of prose into a line that opens with a bracket explaining its last words', () => {
    const text = 'Minimum five years of working knowledge of applied statistics\nincluding MVDA, DOE, MSPC, PAT, QbD, Model Predictive Control\n(MPC), MMPC, AI/Machine learning\nStrong bioprocess knowledge preferred';
    expect(readFlow(text, continuers).soft).toEqual([text.indexOf('\nincluding'), text.indexOf('\n(MPC)')]);
    // (Not after a line that ends its sentence, nor from a list item.)
    expect(readFlow('We run our models on Kubernetes in production.\n(Remote work possible)', continuers).soft).toEqual([]);
    expect(readFlow('- Experience with Kubernetes and Terraform in production\n(AWS or GCP)', continuers).soft).toEqual([]);
  });
  it('goes on after a short line cut after "of", and from a long line into one that opens with the end of its sentence', () => {
    const strong = new Set(['of', 'the', 'and']);
    const text = 'We need someone with 3+ years of\nPython and hands-on experience orchestrating pipelines with Apache\nAirflow. You will also maintain our dbt models.';
    const { flow, soft } = readFlow(text, continuers, () => false, strong);
    expect(soft).toHaveLength(2);
    expect(flow).toContain('3+ years of Python');
    expect(flow).toContain('with Apache Airflow. You');
  });
  it('keeps the lines of a list without bullets apart, though they are about as long as lines of wrapped prose', () => {
    // (Wrapped prose breaks mid-sentence: its full lines mostly go on in lower case; these open in capitals.)
    const items = [
      'Four or more years of work with Go services in production',
      'Comfort with Terraform, Helm and a cloud provider of choice',
      'All applicants receive consideration without regard to age',
      'Design event pipelines on GCP with Pub/Sub and BigQuery',
      'Clear written English and a bachelor degree in mathematics',
      'Some exposure to Rust or Zig counts in your favour here',
    ].join('\n');
    expect(readFlow(items, continuers).soft).toHaveLength(0);
  });
  it('lets a line that opens a qualification start an item, though the line before fills the width', () => {
    const text = [
      'Bachelor of Science in Computer Science or a related quantitative',
      'field. Master of Science preferred. Relevant work experience may be',
      'substituted for a degree. Completion of a degree is encouraged and',
      'supported. Strong programming skills. Preferred: Python, SQL, Bash',
      'Experience with common data science libraries (e.g. spaCy, pandas,',
      'NumPy, scikit-learn)',
    ].join('\n');
    const opens = (from: number) => text.startsWith('Experience with', from);
    const { flow } = readFlow(text, continuers, () => false, new Set(), () => false, opens);
    expect(flow).toContain('Bash\nExperience with');
    expect(flow).toContain('pandas, NumPy');
  });
  it('reads a text run on one line and cut at a width as one line, though the wrapping opens a line now and then with an item mark run in', () => {
    // (Items written with a dash run into the text, "... field -Experience with ...": the cut lands before one at times.)
    const text = [
      'Team: Analytics Our group builds forecasting tools for the retail',
      'stores of the region and reports to the head of planning. What you',
      'will do -Build demand forecasts for each store with the planners in',
      'the regional office, and explain them to the buyers. -Automate the',
      'weekly stock reports and keep the dashboards running for all the',
      'managers. What we ask -A degree in statistics or a related field',
      '-Solid experience with Python and SQL for analysis of sales data',
      '-Clear writing and a calm way of working with many stakeholders in',
      'the business -Spreadsheet skills a plus',
    ].join('\n');
    const opens = (from: number) => /^-?(?:Experience|Solid|Clear)/.test(text.slice(from));
    const { flow, soft } = readFlow(text, continuers, () => false, new Set(), () => false, opens);
    expect(soft).toHaveLength(8);
    expect(flow).not.toContain('\n');
    // (A list of items, each on its lines, leaves most of its last lines short: never one line.)
    const list = ['- Build demand forecasts for each store with the planners in the', 'regional office and explain them to the buyers each week', '- Automate the weekly stock reports and keep the dashboards up for', 'all the store managers and the head of planning in the region', '- Write clear notes on every model and keep them in the shared', 'folder for the analysts who join the team after you'].join('\n');
    expect(readFlow(list, continuers, () => false, new Set(), () => false, opens).flow).toContain('week\n- Automate');
  });
  it('tells the width of a hard-wrapped text from lines with blanks, not from a link that the wrapping left whole', () => {
    const text = [
      'We want someone who has worked for clients in one of these sectors:',
      'Retail, Logistics, Banking, Consumer Goods, Energy, Public Sector,',
      'Healthcare, Media and Telecom, with two years of hands-on work in',
      'forecasting, and who can explain a model to a room of managers who',
      'have never built one. You will report to our head of analytics and',
      'work with a small team of engineers on the pricing platform.',
      'https://careers.example.com/postings/analytics/2024/pricing-team/notices/equal-opportunity-statement.html',
    ].join('\n');
    const { flow } = readFlow(text, continuers);
    // (The line after the list's comma goes on: it filled the width, its next word would not fit.)
    expect(flow).toContain('Public Sector, Healthcare');
  });
  it('keeps a short lead-in before a list, a list of long items and a bracket before the next paragraph apart', () => {
    const strong = new Set(['of', 'the', 'and']);
    const lead = readFlow('At Acme, we value applicants with\nExcellent stakeholder management and communication skills\nHigh standards for code quality, testing and performance', continuers, () => false, strong);
    expect(lead.soft).toHaveLength(0);
    const bracket = readFlow('Knowledge of some datavis technologies (ggplot2, shiny, plotly, Tableau or Spotfire)\nSanofi Inc. and its U.S. affiliates are Equal Opportunity employers.', continuers, () => false, strong);
    expect(bracket.soft).toHaveLength(0);
  });
});
