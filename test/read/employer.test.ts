import { describe, expect, it } from 'vitest';
import { read } from '../../src/read/index.js';
import { extractPosting, loadTaxonomy, makePosting } from '../../src/index.js';

const employer = (text: string, company?: string) => read(text, { company }).employer;

describe('the employer a pasted posting names', () => {
  it('takes it from a title line "<title> at <name>"', () => {
    expect(employer('Founding Engineer at Lumen AI (YC W24)\n\nWhat you will do\n- Ship features\n')).toEqual(['lumen', 'ai']);
    expect(employer('Data Scientist at Acme Robotics, Inc. - Remote\n\nRequirements\n- SQL\n')).toEqual(['acme', 'robotics']);
    // Not a name: "Data Scientist at home"; no marker at all.
    expect(employer('Data Scientist at home\n\nRequirements\n- SQL\n')).toEqual([]);
    // The employer after the marker is no part of the title.
    expect(read('Software Engineer at Brightspark Robotics\n\nRequirements\n- C++\n').title).toBe('Software Engineer');
    expect(employer('Senior Data Scientist\n\nRequirements\n- SQL\n')).toEqual([]);
  });
  it('takes it from a job board\'s line of facts under the title, and gives it as the company', () => {
    const linkedIn = 'Senior Data Engineer\nSnowflake · San Mateo, CA (Hybrid) · Reposted 2 weeks ago · Over 100 applicants\n\nAbout the job\nYou will build the pipelines behind Snowflake reporting.\n';
    expect(employer(linkedIn)).toEqual(['snowflake']);
    expect(read(linkedIn, {}).facts.company).toBe('Snowflake');
    // A legal form names it without the text naming it again; bold marks are no part of it.
    expect(employer('Data Engineer (m/w/d)\nNordlicht Logistik GmbH · Hamburg · Vollzeit\n\nDein Profil\n- SQL\n')).toEqual(['nordlicht', 'logistik']);
    expect(employer('ML Engineer\n**Brightpath** · Remote (US/Canada) · $210k\n\nBrightpath helps pharmacies.\n')).toEqual(['brightpath']);
    // Its fields parted by dashes, as a pasted job board's header often is.
    expect(employer('AI Engineer\nBrightwave Health - Boston, MA (Hybrid)\n\nBrightwave Health uses AI for nurses.\n')).toEqual(['brightwave', 'health']);
    expect(employer('Data Engineer\nPython - Django - AWS\n\nYou will write Python services.\n')).toEqual([]);
    // Not a line of tags, a place alone, terms or a name said once; a field given wins.
    expect(employer('Backend Engineer\nPython · Django · AWS\n\nYou will write Python services.\n')).toEqual([]);
    expect(employer('Data Analyst\nRemote · Full-time · $90k\n\nRemote work is fine.\n')).toEqual([]);
    expect(employer('Data Analyst\nAcme Labs · Boston, MA · Full-time\n\nRequirements\n- SQL\n')).toEqual([]);
    expect(read(linkedIn, { company: 'Snowflake Inc.' }).facts.company).toBeUndefined();
    // Its text names it by the first word of its name, opening a sentence or with a possessive, as a company's own text does.
    expect(employer('Systems Engineer\nTidewell Networks | Seattle, WA or remote\n\nTidewell builds an edge proxy.\n')).toEqual(['tidewell', 'networks']);
    expect(employer("AppSec Engineer\nFernhill Commerce | Austin, TX 78701\n\nFernhill's AppSec team partners with 30 product teams.\n")).toEqual(['fernhill', 'commerce']);
    // Not a word the text writes in lower case too.
    expect(employer('Data Analyst\nGlobal Payments · Atlanta, GA\n\nGlobal teams read our reports for global clients.\n')).toEqual([]);
  });
  it('takes a name with its legal form under the title, alone, before its place, after a line of terms, said once', () => {
    const named = (text: string) => read(text, {}).employerName;
    // Alone on its line, the place on the next without a digit; before its place after a comma or a dot.
    expect(named('BI-Analyst:in (w/m/d)\nAlpenmilch Vertriebs GmbH\nDienstort: Wien\n\nIhr Profil\n- SQL\n')).toBe('Alpenmilch Vertriebs GmbH');
    expect(named('Senior Backend Engineer Go (m/w/d)\nPaymint AG, Zug\n\nWas du mitbringst\n- Go\n')).toBe('Paymint AG');
    expect(named('Praktikant*in Business Intelligence\nDonau Telekom Austria GmbH · Linz\n\nDein Profil\n- SQL\n')).toBe('Donau Telekom Austria GmbH');
    // A legal form of several words counts as none of the name's words.
    expect(named('Data Analyst (m/w/d)\nRheinland Pharma Logistik GmbH & Co. KG\nKöln\n\nIhr Profil:\nSehr gute Kenntnisse in SQL und Excel sind für die Stelle erforderlich.\n')).toBe('Rheinland Pharma Logistik GmbH & Co. KG');
    // Under a line of the job's terms alone.
    expect(named('MLOps Engineer (m/w/d)\nHybrid · Frankfurt am Main · Festanstellung\nFinlytic GmbH\n\nDas bringst du mit\n- Python\n')).toBe('Finlytic GmbH');
    // Not a name without a legal form, said once, with no place or terms beside it; not the third line.
    expect(named('Data Analyst\nAcme Labs · Boston\n\nRequirements\n- SQL\n')).toBeNull();
    expect(named('Data Analyst\nHybrid · Berlin\nRemote möglich\nAcme GmbH\n\nDein Profil\n- SQL\n')).toBeNull();
  });
  it('takes it first in a title line of fields before the role, as a "Who\'s hiring" post writes it', () => {
    const skillWords = new Set(['data', 'science', 'python', 'sql']);
    const both = (text: string) => {
      const r = read(text, { isSkillWord: (w) => skillWords.has(w) });
      return [r.title, r.employerName];
    };
    expect(both('Kestrel Robotics | Senior ML Engineer | Berlin or REMOTE (EU) | Full-time\n\nWe build perception for forklifts.\n')).toEqual(['Senior ML Engineer', 'Kestrel Robotics']);
    expect(both('Ledgerly (YC W22) | Backend Engineer (Go) | NYC, ONSITE | $160k-$200k\n\nWe use Kafka.\n')).toEqual(['Backend Engineer (Go)', 'Ledgerly']);
    expect(both('Fathom Health | Data Scientist, Causal Inference | Remote (US only) | Full time\n\nRequirements\n- SQL\n')).toEqual(['Data Scientist, Causal Inference', 'Fathom Health']);
    // Not terms, a place word or a line of tags before the role, nor a name with no place, terms or pay after it.
    expect(both('Remote | Senior ML Engineer | Full-time | $150k\n\nWe build robots.\n')[1]).toBeNull();
    expect(both('Python | Data Engineer | SQL\n\nWe build robots.\n')[1]).toBeNull();
    expect(both('Data Science | Senior ML Engineer | Remote (US)\n\nWe build robots.\n')[1]).toBeNull();
  });
  it('takes it from its line alone under the title, after a marker or above the job\'s place or pay', () => {
    const name = (text: string) => read(text).employerName;
    expect(name('Backend Engineer (Go)\nTillbrook Payments\nAustin, TX 78701\n$135,000 a year - Full-time\n\nRequirements\n- Go\n')).toBe('Tillbrook Payments');
    expect(name('Staff Frontend Engineer\nat Quillmark\nRemote (US or Canada)\n\nRequirements\n- React\n')).toBe('Quillmark');
    expect(name('🚀 Founding Mobile Engineer @ Pebblepath\n\nRequirements\n- React Native\n')).toBe('Pebblepath');
    // Not a place, a department, a heading or a greeting.
    expect(name('Product Analyst\nMinneapolis, MN\n\nRequirements\n- SQL\n')).toBeNull();
    expect(name('Business Intelligence Analyst\nAccounting\n50 Main Way, Lincoln, RI 02865\n\nRequirements\n- SQL\n')).toBeNull();
    expect(name('Data Engineer\n\nAbout Helm Logistics\nHelm Logistics moves 40,000 containers a year.\n\nRequirements\n- Python\n')).toBe('Helm Logistics');
    // Nor a field's label with its value below it, nor a heading ("Job Code" / "3938", "Job Introduction").
    expect(name('Global Data Analyst\nJob Code\n\n3938\n\nLocation\n\nUS - Carson, CA\n\nRequirements\n- SQL\n')).toBeNull();
    expect(name('Data Scientist\n\nJob Introduction\nBrightfuel is seeking a Data Scientist to support its pricing team. At Brightfuel you will own our pricing models.\n\nRequirements\n- SQL\n')).toBe('Brightfuel');
  });
  it('takes it from its line under the title above the job\'s terms, or opening a sentence of the text, or first before its place', () => {
    const name = (text: string) => read(text).employerName;
    // Lever: the name, then the job's place and terms parted by slashes.
    expect(name('Senior LLM Engineer\nQuillmate\nRemote (US) / Full-time / Engineering\n\nRequirements\n- Python\n')).toBe('Quillmate');
    // The name alone, the text about the company opening with it.
    expect(name('Full-Stack Engineer\nSprout & Sparrow\n\nSprout & Sparrow makes scheduling software for childcare centers.\n\nRequirements\n- React\n')).toBe('Sprout & Sparrow');
    // The name, then its place after a comma.
    expect(name('Applied Scientist, Fraud Detection\n\nOakridge Pay, Toronto, ON (Hybrid)\n\nOakridge Pay protects online merchants.\n')).toBe('Oakridge Pay');
    // A place without a state's code after the comma or the dash, or in a bracket, when the text about the company opens with the name.
    expect(name('ML Engineer, Medical Imaging\nRadiantAI, San Francisco\n\nRadiantAI builds AI software for radiologists.\n')).toBe('RadiantAI');
    expect(name("Research Data Engineer\nLakeside Children's Hospital, Research Institute\n\nLakeside Children's Hospital cares for 300,000 children a year.\n")).toBe("Lakeside Children's Hospital");
    expect(name('CSV Engineer (GxP)\n\nLindqvist Biologics - Copenhagen, Denmark\n\nLindqvist Biologics manufactures biosimilars.\n')).toBe('Lindqvist Biologics');
    expect(name('Epidemiologist\n\nTamsin Health Analytics (Remote, UK)\n\nTamsin helps life sciences companies.\n')).toBe('Tamsin Health Analytics');
    // Not a place said again, nor a name the text never opens a sentence with.
    expect(name('Data Analyst\nAustin, TX\n\nAustin is a great city.\n\nRequirements\n- SQL\n')).toBeNull();
    expect(name('Data Engineer\nPython - Django, AWS\n\nRequirements\n- SQL\n')).toBeNull();
    expect(name('Data Engineer\nPlatform Team\n\nWe build the Platform Team tools.\n\nRequirements\n- SQL\n')).toBeNull();
  });
  it('takes it from the title line\'s last part after a dash when the text opens a sentence with it, and leaves it out of the title', () => {
    const text = '# Analytics Engineer — Driftwood\n\nDriftwood makes an open-source data tool.\n\n## Requirements\n- SQL\n';
    expect(read(text).employerName).toBe('Driftwood');
    expect(read(text).title).toBe('Analytics Engineer');
    // Not the job's terms or place, nor a name said only in the title.
    expect(read('Data Engineer — Remote\n\nRemote work is fine.\n').employerName).toBeNull();
    expect(read('Data Engineer — Payments\n\nRequirements\n- SQL\n').employerName).toBeNull();
  });
  it('takes it from a heading about the company when the text names it again', () => {
    const text = 'Data Engineer\n\nAbout Northwind\nNorthwind builds payments infrastructure.\n\nRequirements\n- SQL\n';
    expect(employer(text)).toEqual(['northwind']);
    expect(employer('Data Engineer\n\nABOUT WESTERN DIGITAL\nAt Western Digital, we build storage.\n')).toEqual(['western', 'digital']);
    // Named only in the heading, or not a name.
    expect(employer('Data Engineer\n\nAbout Fort Worth\nA great city to live in.\n')).toEqual([]);
    expect(employer('Data Engineer\n\nABOUT OUR ORGANIZATION\nOur organization is great.\n')).toEqual([]);
    expect(employer('Data Engineer\n\nAbout the team\nThe team is great.\n')).toEqual([]);
  });
  it('takes it from the sentence that introduces the job, when the text names it again', () => {
    expect(employer('Intrado is looking for an Associate Data Analyst.\n\nRequirements\n- SQL\n\nIntrado offers great benefits.\n')).toEqual(['intrado']);
    expect(employer('Dynetics, a wholly owned subsidiary of Leidos, is seeking an engineer.\nDynetics is great.\n')).toEqual(['dynetics']);
    expect(employer('The Knot Worldwide is in search of a Data Analyst.\nThe Knot Worldwide is great.\n')).toEqual(['knot', 'worldwide']);
    // Not names: a pronoun, "we need", a list of traits, a name said once.
    expect(employer('They are seeking an experienced analyst. They are nice.\n')).toEqual([]);
    expect(employer('To deliver on our mission, we need the best talent.\n')).toEqual([]);
    expect(employer('Requirements\n- Smart, motivated, and seeks to make a difference\n- Smart people\n')).toEqual([]);
    expect(employer('Department (P622) is seeking a highly motivated analyst.\n')).toEqual([]);
    // A name with a bracket is a company's, said once or not; not a unit's or a role's.
    expect(employer('Backend Engineer\n\nLoomwell (Series B) is hiring a Backend Engineer to build billing.\n')).toEqual(['loomwell']);
    expect(employer('IT Services Department (Harlow County) is seeking a systems administrator.\n')).toEqual([]);
    expect(employer('Senior Data Engineer (Remote) is looking for ways to grow.\n')).toEqual([]);
  });
  it('takes it from a description of the company in the text\'s first sentences, when the text names it again', () => {
    expect(employer('Kingfisher Systems, Inc. specializes in providing IT and cybersecurity services.\n\nRequirements\n- SQL\n\nKingfisher Systems is an equal opportunity employer.\n')).toEqual(['kingfisher']);
    expect(employer('MITRE is a trusted operator of research centers.\nRequirements\n- SQL\nMITRE offers great benefits.\n')).toEqual(['mitre']);
    // Not a skill said to be a leader once, nor a description far into the text.
    expect(employer('Python is one of the languages we use.\nRequirements\n- SQL\n')).toEqual([]);
    expect(employer(`Data Engineer\n${'Build pipelines with our team. '.repeat(30)}\nAcme is a leading bank.\nAcme is great.\n`)).toEqual([]);
  });
  it('takes it from a description of the company far into the text when the text names it three times, not a skill so described', () => {
    const taxonomy = loadTaxonomy();
    const company = (text: string) => extractPosting(makePosting('p.txt', text), taxonomy).company;
    const duties = 'You will own the weekly capacity report and answer questions from dispatchers and finance. '.repeat(8);
    const text = `Data Analyst\n\n${duties}\n\nRequirements\n- 3+ years of SQL\n- Tableau dashboards\n\nRiverbend Freight is one of the largest carriers in the Midwest. Riverbend Freight plans its routes with machine learning. Riverbend is a great place to grow.`;
    expect(company(text)).toBe('Riverbend Freight');
    expect(company(`Data Engineer\n\n${duties}\n\nRequirements\n- SQL\n\nPython is one of the languages we use. Python runs our jobs. Python is fun.`)).toBeNull();
  });
  it('takes it from a sentence in its own voice that opens with it ("At Sumo Logic, we ...")', () => {
    expect(employer('Staff Data Engineer\n\nAt Sumo Logic, we are building a data platform.\n\nRequirements\n- SQL\n')).toEqual(['sumo', 'logic']);
    expect(employer('Requirements\n- SQL\n\nAt AstraZeneca we turn ideas into medicines.\n')).toEqual(['astrazeneca']);
    // Not a name, not the employer's voice, not a sentence's start.
    expect(employer('At the same time, we use Kafka.\nRequirements\n- SQL\n')).toEqual([]);
    expect(employer('At Phantom AI, experience the fast pace.\nRequirements\n- SQL\n')).toEqual([]);
    expect(employer('You worked at Google, we hope.\nRequirements\n- SQL\n')).toEqual([]);
  });
  it('takes it from the team the job joins ("join the data team at Meridian Mutual")', () => {
    expect(employer('Data Analyst\n\nWe are looking for a Data Analyst to join the data team at Meridian Mutual. You will write SQL.\n')).toEqual(['meridian', 'mutual']);
    expect(employer('SRE\n\nYou will be part of the platform team at Harlow, running Kubernetes.\n')).toEqual(['harlow']);
    expect(employer('Scientist\n\nJoin the Pharmacology group at Apellis Pharmaceutical’s new laboratory.\n')).toEqual(['apellis', 'pharmaceutical']);
    // Not joining one, not a name.
    expect(employer('QA Engineer\n\nYou will work with the team at large on Selenium tests.\n')).toEqual([]);
    expect(employer('Cloud Engineer\n\nYou worked with the team at AWS on migrations.\n')).toEqual([]);
  });
  it('takes a name said once first in a job board\'s line of facts, beside the board\'s own fields, its place alone after a dash, or in bold', () => {
    const name = (text: string) => read(text).employerName;
    // LinkedIn's line: a posting's age or its applicants after the name.
    expect(name('Bioinformatics Engineer\nHelix Bio · Cambridge, MA · Reposted 5 days ago · Over 100 applicants\n\nQualifications\n- Python\n')).toBe('Helix Bio');
    expect(name('Datenanalyst (m/w/d)\nNordwind Energie · Bremen, Deutschland · vor 3 Tagen · Über 100 Bewerbungen\n\nDein Profil\n- SQL\n')).toBe('Nordwind Energie');
    // The name and its place alone, a dash between.
    expect(name('Machine Learning Engineer\nSpark Analytics - Austin, TX 78701\n\nQualifications:\n- Python\n')).toBe('Spark Analytics');
    expect(name('Senior Software Engineer, Search\nElastic - Remote, US\n\nWhat you bring\n- Java\n')).toBe('Elastic');
    // In bold, as a Markdown posting heads itself.
    expect(name('# Product Analyst\n\n**Brightloom** · Berlin, Germany (Hybrid)\n\n## Your profile\n- SQL\n')).toBe('Brightloom');
    // Not a site or a department before its place, nor a team in bold, nor a place with terms and no board's field.
    expect(name('Data Analyst\nBirmingham Office - Alabaster, AL\n\nRequirements\n- SQL\n')).toBeNull();
    expect(name('Data Analyst\nEngineering - Austin, TX\n\nRequirements\n- SQL\n')).toBeNull();
    expect(name('# Data Engineer\n\n**Data Platform Team** · Remote (EU)\n\n## Requirements\n- SQL\n')).toBeNull();
    expect(name('Data Analyst\nAcme Labs · Boston, MA · Full-time\n\nRequirements\n- SQL\n')).toBeNull();
    // Nor a label's field under a title read from one ("Loccation" misspelt).
    expect(name('Role - Data Scientist\nLoccation - NYC, NY\nPosition - Full-time\n\nRequirements\n- SQL\n')).toBeNull();
  });
  it('reads the title and the employer of a LinkedIn page pasted with its own lines above the title ("Acme logo", "Share")', () => {
    const r = read('Quarry Health logo\nQuarry Health\nShare\nShow more options\nClinical Data Scientist\nQuarry Health · Nashville, TN (Remote) · 1 week ago · 57 applicants\nRemote\nFull-time\n\nRequirements\n- SQL\n');
    expect([r.title, r.employerName]).toEqual(['Clinical Data Scientist', 'Quarry Health']);
    // A line after the page's own is no first line: a title there names a role.
    expect(read('Search by Keyword\nMore Options\n\nSearch by Location\n\nRequirements\n- SQL\n').title).toBeNull();
  });
  it('takes the name alone on the first line above the title when the text opens a sentence with it (Lever)', () => {
    const name = (text: string) => read(text).employerName;
    expect(name('Kafka Media\nData Analyst\nNew York, NY /\nAnalytics /\nFull-time\n\nKafka Media publishes long-form journalism.\n\nWhat you\'ll need\n- SQL\n')).toBe('Kafka Media');
    // Not a name the text never opens a sentence with, nor a heading.
    expect(name('Kafka Media\nData Analyst\nNew York, NY /\n\nWhat you\'ll need\n- SQL\n')).toBeNull();
  });
  it('takes the name alone above the title when the job\'s place stands under it (Greenhouse, Ashby), not a unit or a team', () => {
    const name = (text: string) => read(text).employerName;
    expect(name('Orbis Language AI\nMachine Learning Engineer\nLondon, England\n\nWhat you\'ll need\n- PyTorch\n')).toBe('Orbis Language AI');
    expect(name('Quantum Data Labs\nData Scientist\nBoston, MA\nHybrid\n\nQualifications\n- R\n')).toBe('Quantum Data Labs');
    // Its words are no skills of the posting.
    const skills = extractPosting(makePosting('x', 'Orbis Language AI\nMachine Learning Engineer\nLondon, England\n\nWhat you\'ll need\n- PyTorch\n', {}), loadTaxonomy()).skills.map((s) => s.id);
    expect(skills).not.toContain('artificial-intelligence');
    // Not a department, nor a line with no place under the title.
    expect(name('Engineering\nBackend Developer\nBerlin, Germany\n\nRequirements\n- Java\n')).toBeNull();
    expect(name('Orbis Language AI\nMachine Learning Engineer\n\nWhat you\'ll need\n- PyTorch\n')).toBeNull();
  });
  it('takes the name before a city alone under the title, its pay on the next line (Indeed), not a city and its region', () => {
    const name = (text: string) => read(text).employerName;
    const pasted = 'Data Engineer\nPixelmoor, Bristol\n£55,000 - £65,000 a year\n\nRequirements\n- Python\n';
    expect(name(pasted)).toBe('Pixelmoor');
    expect(name('Data Engineer\nBristol, England\n£50,000 - £60,000 a year\n\nRequirements\n- Python\n')).toBeNull();
    expect(name('Data Engineer\nAustin, Texas\n$120,000 a year\n\nRequirements\n- Python\n')).toBeNull();
    // Not without the job's facts under it.
    expect(name('Data Engineer\nPixelmoor, Bristol\n\nRequirements\n- Python\n')).toBeNull();
  });
  it('reads Glassdoor\'s rating, LinkedIn\'s place line and a region after a dash around the name', () => {
    const name = (text: string) => read(text, { isSkillWord: () => false }).employerName;
    // A rating after the name is no part of it; a place first in LinkedIn's line of facts is no employer.
    expect(name('Nimbus Spark Analytics 4.1 ★\nData Engineer\nSeattle, WA\n$140K - $170K (Employer est.)\n\nRequirements\n- Python\n')).toBe('Nimbus Spark Analytics');
    expect(name('Lattice Vision AI\nComputer Vision Engineer\nSan Jose, CA · 3 days ago · 41 applicants\n\nRequirements\n- OpenCV\n')).toBe('Lattice Vision AI');
    expect(name('Data Engineer\nRedwood Cloud Health - Nashville, Tennessee\n\nRequirements\n- Python\n')).toBe('Redwood Cloud Health');
  });
  it('takes no unit of skill and department words above the title ("Platform Engineering")', () => {
    const named = (text: string) => read(text, { isSkillWord: (w) => w === 'platform' }).employerName;
    expect(named('Platform Engineering\nSite Reliability Engineer\nLondon, England\n\nRequirements\n- Terraform\n')).toBeNull();
  });
  it('takes no team of the employer on the line under the title ("Data Platform Team")', () => {
    expect(employer('Machine Learning Engineer\nData Platform Team\nRemote · Full-time\n\nRequirements\n- Python\n')).toEqual([]);
  });
  it('takes it from its possessive before the team the job joins ("Join Ledgerline\'s Data team"), when the text names it again', () => {
    const name = (text: string) => read(text).employerName;
    expect(name("Data Platform Engineer\nRemote (US)\n\nJoin Ledgerline's Data team and build the platform behind Ledgerline Pay.\n\nWhat you have\n- SQL\n")).toBe('Ledgerline');
    expect(name("Data Scientist\n\nJoin Tempus' Data Science team. Tempus uses data to personalize care.\n")).toBe('Tempus');
    // Not a name said once.
    expect(name("Data Analyst\n\nJoin America's fastest-growing analytics team.\n\nRequirements\n- SQL\n")).toBeNull();
  });
  it('leaves a heading\'s or a locative\'s word out of a name that opens a sentence with its legal form or an apposition', () => {
    expect(employer('About Harrowgate Foods Inc.\n\nOur story began in a small bakery.\n\nData Analyst\n\nRequirements\n- SQL\n')).toEqual(['harrowgate', 'foods']);
    expect(employer('Who we are\n\nAt Lumina Grid, a Voltix company, we build software for utilities.\n\nRequirements\n- SQL\n')).toEqual(['lumina', 'grid']);
  });
  it('takes a name said once that opens "is a ... company" with what the company does after it', () => {
    const name = (text: string) => read(text).employerName;
    expect(name('Backend Engineer\n\nQuillfeather Pay is a payments company serving small online shops across Europe.\n\nRequirements\n- Go\n')).toBe('Quillfeather Pay');
    expect(name('Data Engineer\n\nOrrin Labs is a research startup powering weather forecasts for farmers.\n\nRequirements\n- SQL\n')).toBe('Orrin Labs');
    // Not a word that says what the company uses.
    expect(name('Data Engineer\n\nPython is a language serving every team here.\n\nRequirements\n- SQL\n')).toBeNull();
  });
  it('names no employer from a word that only looks like one', () => {
    // An interjection before a list of what "our" company has; what a company is built on.
    expect(employer('Why join Brightfield? Well, our team, our product and our users are growing.\n\nRequirements\n- SQL\n')).toEqual([]);
    expect(employer('Momentum is the heart of our company. We ship every day.\n\nRequirements\n- SQL\n')).toEqual([]);
    // A unit's label and its value under the title, the place on the line after it.
    expect(employer('Research Scientist\n\nDirectorate Space Systems\nLocation Dayton, OH\nOur lab studies orbits.\n\nRequirements\n- SQL\n')).toEqual([]);
  });
  it('never overrides the company an export or a page gives', () => {
    expect(employer('Founding Engineer at Lumen AI\n', 'Acme')).toEqual(['acme']);
  });
  it('reads German postings with the German words', () => {
    expect(employer('Data Engineer (m/w/d) bei Acme Logistik\n\nDein Profil\n- SQL und Python\n')).toEqual(['acme', 'logistik']);
    expect(employer('Die Acme Logistik GmbH sucht ab sofort einen Data Engineer.\n\nDein Profil\n- SQL und Python\n\nBei Acme Logistik erwartet dich ein tolles Team.\n')).toEqual(['acme', 'logistik']);
    expect(employer('Wir suchen ab sofort einen Data Engineer.\nWir sind toll.\n')).toEqual([]);
  });
});
