import * as z from 'zod/mini';
import '../schema-kit.js';

/**
 * The language of a posting's structure, one file per language (`vocab/en.yaml`): heading phrases,
 * importance and negation cues with their scope, alternative markers, boilerplate phrases, role nouns.
 * Phrases are matched as word sequences by the same tokenizer as skills (case-insensitive; hyphens,
 * typographic apostrophes and punctuation inside a phrase are ignored), so `nice to have` also finds
 * "Nice-to-have:". Code holds the mechanisms; these files hold every word.
 */

/** The section kinds of a posting, in the order ties between heading phrases of equal length are broken. */
export const POSTING_SECTIONS = [
  'title',
  'equal-opportunity',
  'legal',
  'hiring-process',
  'benefits',
  'preferred',
  'requirements',
  'responsibilities',
  'about',
  'summary',
  'other',
] as const;
export const RESUME_SECTIONS = ['title', 'skills', 'experience', 'projects', 'education', 'certifications', 'learning', 'interests', 'summary', 'other'] as const;
export type PostingSection = (typeof POSTING_SECTIONS)[number];
export type ResumeSection = (typeof RESUME_SECTIONS)[number];
export type SectionKind = PostingSection | ResumeSection;

/** A phrase needs a word the tokenizer reads: a letter, a digit, or "/" and "&" (tokens of their own). */
const phrase = z.string().check(z.minLength(1), z.regex(/[\p{L}\p{N}/&]/u, 'a phrase needs a letter, a digit, "/" or "&"'));
const words = (description: string) => z.optional(z.array(z.string().check(z.minLength(1))).check(z.describe(description)));
const phrases = (description: string) => z.optional(z.array(phrase).check(z.describe(description)));

/** Heading kinds a vocabulary may name: every posting section but the title, which no heading names. */
const HEADING_KINDS = POSTING_SECTIONS.filter((k) => k !== 'title');
const RESUME_HEADING_KINDS = RESUME_SECTIONS.filter((k) => k !== 'title');

const headingMap = <K extends string>(kinds: readonly K[], description: string) =>
  z.partialRecord(z.enum(kinds as unknown as [K, ...K[]]), z.array(phrase)).check(z.describe(description));

/**
 * A cue and where it applies: `forward` to what follows it in its clause ("preferably with ML"),
 * `backward` to what precedes it ("Go is a plus"), `either` decided by where the skills are
 * ("Preferred: Spark" vs "Spark preferred").
 */
export const Scope = z.enum(['forward', 'backward', 'either']);
export const Cue = z.union([
  phrase,
  z.strictObject({
    phrase,
    scope: Scope,
    amount: z.optional(
      z.boolean().check(
        z.describe('A cue of how much is asked, not whether ("at least", "minimum of"): it asks where nothing else says, but leaves a nice-to-have list\'s items welcome ("Preferred: proficiency in at least one language such as Python").'),
      ),
    ),
    listed: z.optional(
      z.boolean().check(
        z.describe('A cue only in a list that asks, a requirements section ("Ideal candidate will have experience with Kubeflow" among the qualifications is a wish); elsewhere the phrase is none ("The ideal candidate has solid experience in ..." in the introduction).'),
      ),
    ),
    final: z.optional(
      z.boolean().check(
        z.describe('A cue only where it ends its clause, a stop, comma, semicolon, closing bracket, dash or line\'s end right after it ("Go helps.", not "Kafka helps us scale").'),
      ),
    ),
  }),
]);
const cues = (description: string) => z.optional(z.array(Cue).check(z.describe(description)));

/** Phrases that, found in a sentence, say it is boilerplate of one kind: strong ones alone, weak ones two together. */
export const Evidence = z.strictObject({
  strong: phrases('Enough on their own ("equal opportunity employer", "401(k)").'),
  weak: phrases('Count only when two stand together ("race", "religion"; "dental", "vision").'),
});

export const BOILERPLATE_KINDS = ['equal-opportunity', 'legal', 'hiring-process', 'benefits', 'about'] as const;

const headingExample = z.strictObject({
  line: z.string().check(z.minLength(1)),
  kind: z.nullable(z.string()).check(z.describe('The section kind the line must give; null: not a heading.')),
  resume: z.optional(z.boolean().check(z.describe('Read with the resume headings.'))),
});

/** A small posting and what reading it must give: the tests run every one with the bundled taxonomy. */
export const VocabExample = z.strictObject({
  name: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  company: z.optional(z.string()),
  /** Skill id -> the importance it must get, or `absent` (not a skill asked for) or `negated`. */
  expect: z.optional(z.record(z.string(), z.enum(['required', 'preferred', 'mentioned', 'absent', 'negated']))),
  /** Alternatives groups that must be found, as lists of skill ids. */
  groups: z.optional(z.array(z.array(z.string()).check(z.minLength(2)))),
  /** Skills that no group may hold together (each asked in its own right), as lists of skill ids. */
  apart: z.optional(z.array(z.array(z.string()).check(z.minLength(2)))),
  /** Skill id -> years asked (null: none). */
  years: z.optional(z.record(z.string(), z.nullable(z.number()))),
  /** The title the reading must find (null: none). */
  title: z.optional(z.nullable(z.string())),
});

/**
 * A small resume and what reading it must give each skill: the build and the tests run every one
 * with the bundled taxonomy, as for postings.
 */
export const ResumeExample = z.strictObject({
  name: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  /**
   * Skill id -> what the resume shows of it: `claimed` (held, at a stated level or none), `beginner`
   * (known a little), `learning` (still to learn), `lacks` (said to be missing) or `absent` (nothing).
   */
  expect: z.record(z.string(), z.enum(['claimed', 'beginner', 'learning', 'lacks', 'absent'])),
});

export const VocabFile = z.strictObject({
  $schema: z.optional(z.string()),
  language: z.string().check(z.regex(/^[a-z]{2,3}$/, 'an ISO 639 code: en, de'), z.describe('ISO 639 code of the language.')),
  name: z.string().check(z.minLength(1), z.describe('The language\'s name in itself (English, Deutsch).')),
  detect: z.array(phrase).check(z.minLength(5), z.describe('Frequent short words of the language: the language of a text is the one whose words it uses most.')),
  headings: headingMap(HEADING_KINDS, 'Posting section headings: phrases per kind. The longest phrase found in a heading names it; ties go to the kind listed first in POSTING_SECTIONS.'),
  resumeHeadings: headingMap(RESUME_HEADING_KINDS, 'Resume section headings, as for postings.'),
  headingsAlone: z.optional(
    headingMap(HEADING_KINDS, 'Posting section headings that name their section only when they are the whole label ("You" heads the requirements of a start-up\'s posting): words that stand in other labels as filler ("You\'ll thrive in this role if you", "Tell us about you").'),
  ),
  /** Words that may stand in an unmarked heading besides its phrase ("What skills should *you* bring?"). */
  headingVariants: z.optional(
    z.record(z.string(), z.array(z.string())).check(
      z.describe('Words of heading phrases and the other ways people write them, each phrase also read with them ("will": ["would"] reads "What would you be doing?" as "What will you be doing?").'),
    ),
  ),
  headingFiller: phrases('Short words an unmarked heading may hold besides its phrase (the, you, our, this).'),
  headingQuestions: z.optional(
    z
      .strictObject({
        auxiliaries: phrases('Auxiliary verbs that open a question before its subject ("What *will* you work on?", "What *do* you need to bring?").'),
        subjects: phrases('The subjects a question heading asks about (you, we).'),
        dropped: phrases('Auxiliaries the statement drops ("What do you need to bring?" is "What you need to bring").'),
      })
      .check(
        z.describe(
          'A question heading names the section its statement names: "What will you work on?" is read as "What you will work on", "What do you need to bring?" as "What you need to bring" (the auxiliary after the subject, or dropped), when the question as written is no heading of the vocabulary.',
        ),
      ),
  ),
  headingLinks: z.optional(
    phrases('Words after the phrase that opens a heading that say what it is for: the opening phrase names the section ("Requirements for the position" is requirements, not about the position), and a few words ending in a role noun after one are the heading\'s ("Requirements for all data scientists").'),
  ),
  borrowHeadings: z.optional(
    z.array(z.string().check(z.regex(/^[a-z]{2,3}$/, 'an ISO 639 code: en, de'))).check(
      z.describe('Languages (their `language` codes) whose posting headings and heading filler words are this language\'s too: a German posting often heads its German text with English headings ("Must-haves", "Nice to have", "About the job").'),
    ),
  ),
  borrowYears: z.optional(
    z.array(z.string().check(z.regex(/^[a-z]{2,3}$/, 'an ISO 639 code: en, de'))).check(
      z.describe('Languages (their `language` codes) whose words of years are this language\'s too, after its own (lists joined, number words and wholes added where this language has none): a German posting often writes a line of its requirements in English ("At least 3 years of experience with Python").'),
    ),
  ),
  softRequirementHeadings: z.optional(
    phrases('Phrases of requirement headings that ask softly ("You\'d be a great fit if", "Sounds like you?"): the requirements when no other requirements heading came before, what is welcome besides them when one did.'),
  ),
  wishRequirementHeadings: z.optional(
    phrases('Phrases of requirement headings that describe the ideal candidate ("The ideal candidate will have:"): the requirements, unless a requirements heading of the posting names its own items as the minimum (see firmRequirementHeadings); then what is welcome beyond them.'),
  ),
  firmRequirementHeadings: z.optional(
    phrases('Words of requirement headings that name their items as the minimum asked ("Required", "Minimum Qualifications", "Must have"): beside one, a heading of the ideal candidate heads what is welcome (see wishRequirementHeadings).'),
  ),
  besidesHeadings: z.optional(
    phrases('Phrases of nice-to-have headings that say only that their items come besides others ("Additional Qualifications", "Additional Skills"): what is welcome after a list of requirements or nice-to-haves, the requirements where no such list came before.'),
  ),
  offerHeadings: z.optional(
    phrases('Phrases of benefits headings that name their list as what the job gives the person ("What we offer", "What you will gain"): every line of the list right under one is the offer, though it reads like an ask ("Experience with both large and small clients"); a blank line or a heading ends the list.'),
  ),
  lateBenefitHeadings: z.optional(
    phrases('Phrases of duty headings that head the benefits when a requirements or nice-to-have section came before ("Was dich erwartet": what the job brings you, after what you bring).'),
  ),
  pageWidgets: z.optional(
    z
      .object({
        opens: phrases('A job board\'s widget heading on a line of its own ("Profile insights"): its lines, headings among them ("Skills"), and its screening questions are the application\'s (the hiring process), and ask nothing.'),
        closes: phrases('Lines that end such a widget and open the posting\'s own text ("Full job description").'),
      })
      .check(z.describe('A job board\'s page furniture pasted with a posting: a widget from its heading line to the line that opens the posting\'s text.')),
  ),
  notNeededHeadings: phrases('Headings of a list of what the job does not need ("Not needed", "What you don\'t need", "We don\'t expect you to"): the skills under one are not asked (negated), unless a cue there asks them.'),
  tables: z.optional(
    z
      .strictObject({
        values: z.strictObject({
          required: phrases('Cell values that ask a row\'s skills, besides the requirement headings ("must", "essential").'),
          preferred: phrases('Cell values that make a row\'s skills nice to have, besides the nice-to-have headings ("nice", "optional").'),
          negated: phrases('Cell values that say a row\'s skills are not needed, besides the not-needed headings ("n/a", "not needed").'),
        }),
        marks: words('Check marks: a cell with one under a column headed "Required" or "Nice to have" gives the row that importance (x, ✓, yes).'),
        importanceHeaders: phrases('Header words of a column of importance values ("Priority", "Importance", "Level"): a table split by commas or aligned columns must name such a column, or one of years.'),
        yesNoHeaders: phrases('Header words of a column of yes and no that says whether a row is asked ("Mandatory (Y/N)"): yes asks it, no makes it nice to have.'),
        yes: phrases('Yes in such a column (y, yes).'),
        no: phrases('No in such a column (n, no).'),
      })
      .check(
        z.describe(
          'Tables of skills (rows of "|", tab, comma or aligned columns under a header): a column of importance values, a column headed by a years unit, or columns headed "Required" / "Nice to have" say how much, and how many years, each row\'s skills are asked.',
        ),
      ),
  ),
  runInHeadings: z.optional(
    z.strictObject({
      words: phrases('Heading phrases of one word that are a heading run into a text without line breaks and a colon ("... in Python Responsibilities Develop ..."); longer heading phrases of the job\'s lists are, all of them.'),
      notAfter: phrases('Words that put a heading phrase inside a sentence when they stand right before it ("meet the Minimum Qualifications").'),
      leadWords: phrases('Words of `notAfter` that open the heading instead when capitalized as it is ("... and Kafka THE SKILL SET 5 years ...", "... in Go Our Benefits Health ..."); not the prepositions, written so in Title Case ("Share on LinkedIn Job Description").'),
      breakWords: phrases('Heading phrases of one word of the sections that ask for nothing (benefits, the company) that end the sentence before them when run into a text ("... and Rabbit MQ Benefits Medical, dental ..."). Such a heading run in opens no section (one missed would leave the rest of the list hidden): it only keeps what follows it from the sentence before; longer heading phrases of those sections do so, all of them.'),
      onlyBeforeBullets: z.optional(z.boolean().check(z.describe('Only a heading phrase a list item\'s bullet follows is a heading run in ("Dein Profil - Erfahrung mit SQL"): for a language that capitalises every noun, where a capital after a phrase tells nothing.'))),
    }).check(z.describe('Headings run into a text whose line breaks were lost, with no colon after them.')),
  ),
  cues: z.strictObject({
    required: cues('Cues that make what they qualify required (must, is required, at least).'),
    preferred: cues('Cues that make what they qualify preferred (a plus, preferably, nice to have).'),
    negated: cues('Cues that say what they qualify is NOT asked (is not required, you don\'t need).'),
    stack: z.optional(
      cues('The employer naming its own tools in passing ("(we use PyTorch)", "we currently use dbt"): what they qualify is part of the job, mentioned, not asked.'),
    ),
    learning: z.optional(
      cues('A willingness to learn what they qualify ("willing to learn Scala", "eager to learn BI tools such as Tableau"): part of the job, mentioned, not asked; they reach only the list right after them.'),
    ),
    lineMarks: z.optional(
      z.record(z.string().check(z.minLength(1)), z.enum(['required', 'preferred', 'negated'])).check(
        z.describe('Symbols that open a line and say how much its skills are asked, as chat posts mark them ("➕ in-app purchases": preferred, "❌ backend work": not needed).'),
      ),
    ),
    negationOpeners: phrases('Words that negate a later "needed / required" in the same clause ("No prior Kubernetes experience needed").'),
    negationClosers: phrases('The words such an opener needs later in its clause (needed, required, necessary).'),
    clauseBreaks: phrases('Words that end the scope of a cue and start a clause of a new subject ("and you\'ve").'),
    turns: z.optional(
      phrases('Words that end the scope of a cue and turn the sentence (but, so, while, whereas): besides, a requirement\'s words on one side do not ask what stands on the other ("Day to day you\'d be training models in PyTorch, so solid AWS experience is a must" asks AWS only).'),
    ),
    anaphora: z.optional(
      phrases('Words that may stand with cue phrases in a sentence of their own, with no skill, that qualifies the sentence before it on its line ("Experience with Docker. This is a plus.", "Skill is desired, but not required"): this, it, skill, is, would.'),
    ),
    carriers: z.optional(phrases('Words that carry the cue before them in the sentence on to what follows ("Java is a plus, as is experience with Linux").')),
    subjects: z.optional(
      phrases('Words that, after a comma, start a clause of their own (we\'re, it\'s): a cue that qualifies what follows it ends there ("No need for Java, we\'re a Python shop" needs no Java, and Python is not negated).'),
    ),
    predicates: z.optional(
      phrases('Words right before a bare cue word that say it of all that stands before it ("MS Word, PowerPoint, Excel is desired"); without them, a bare cue word after items joined by commas alone qualifies the last ("Strong SQL, Teradata preferred").'),
    ),
    neutral: phrases('Phrases that hold a cue word but are no cue ("no-code", "no less than"): they hide the shorter cues inside them.'),
    variants: z.optional(
      z.record(z.string(), z.array(z.string())).check(
        z.describe('Words of cue phrases and the other ways people write them, each cue (of postings and resumes) also read with them ("is not": ["isn\'t"] reads "Kafka isn\'t needed" as "Kafka is not needed").'),
      ),
    ),
  }),
  alternatives: z.strictObject({
    connectors: phrases('Words between two skills that make them alternatives (or, and/or, /).'),
    leadIns: phrases('Words before a list that make its members alternatives (one of, any of, such as, e.g.).'),
    joiners: phrases('Words that may stand between members of a list besides the connectors (and, as well as).'),
    filler: phrases('Short words that may stand inside a list of alternatives (a, an, the, in, with).'),
    kinds: z.optional(
      phrases('Words that name a kind of tool ("tools", "languages", "databases"): a bracket of skills right after one gives examples of that kind, any of which will do ("data visualization tools (Tableau, Looker, matplotlib)"), unless "and" joins them.'),
    ),
    similar: z.optional(
      phrases('Words that, a few words after an "or", offer another of a kind whose examples a lead-in then names: the examples join the alternatives before the "or" ("Airflow or a similar orchestrator such as Dagster or Prefect").'),
    ),
    allOf: z.optional(
      phrases('Words a few words before a kind word that ask for every example in its bracket ("multiple programming languages (R, Python)", "several databases (...)").'),
    ),
    parts: z.optional(
      phrases('Words that open a bracket of the parts of what stands before it ("Microsoft Office (including Excel, Word, Outlook, etc.)"): all of them asked, though "etc." closes the bracket.'),
    ),
    yearsBridge: z.optional(
      phrases(
        'Words that carry a years phrase on to the next skill though they join no alternatives: the verbs and nouns of one experience ("4 years of experience cleaning data and building statistical models", "languages Java, Scala").',
      ),
    ),
  }),
  boilerplate: z.partialRecord(z.enum(BOILERPLATE_KINDS), Evidence).check(z.describe('Evidence that a sentence is boilerplate, per kind: never a skill asked for.')),
  duties: phrases('Phrases of the job\'s duties ("you will", "responsible for"): like strong requirement-like phrases, they end a company or benefits section (but make no sentence ask).'),
  employerVoice: z.optional(phrases('The words an employer speaks of itself with (we, our, us): a paragraph with one after a requirements list may be the company\'s story even when a colon stands in it ("We focus on three areas: ...").')),
  jobIntro: phrases('Phrases of the job\'s own introduction ("Acme is seeking..."): a sentence with one is no company blurb.'),
  reassurances: z.optional(
    phrases('Phrases that, opening the sentence right after a question, say that what the question names is not needed ("No Kubernetes experience? No problem.", "Never used Rust? We\'ll teach you."): the question\'s skills are not asked.'),
  ),
  jobIntroNot: z.optional(
    phrases('Words that, right after a phrase of the job\'s introduction, make it none ("We pick whatever tool we need to ship a feature"): to.'),
  ),
  jobIntroWith: z.optional(
    phrases('Words after the job\'s introduction that give what the person sought brings ("Acme is seeking a data engineer with experience building pipelines", "... a developer with Blue Prism experience"): a skill after them with an experience word by it is asked.'),
  ),
  jobIntroKnows: z.optional(
    phrases('Words after the role the job\'s introduction seeks that say what the person knows ("Looking for a data engineer who knows dbt and Snowflake"): a skill after them in the sentence is asked, no experience word needed.'),
  ),
  asking: z.strictObject({
    strong: phrases('Phrases of requirement-like content ("experience with", "you have", "degree in"): they end a company or benefits section, and make a sentence outside the sections that ask for skills ask.'),
    weak: phrases('Words that make such a sentence ask, but end no section ("strong", "skills", "knowledge").'),
    compounds: z.optional(
      phrases('Names that hold an asking word but ask nothing ("user experience", "customer experience"): the asking word inside one does not make its sentence ask.'),
    ),
    opening: z.optional(
      phrases('Phrases that open a qualification, never a duty ("Experience with", "3+ years of experience in", "Bachelor\'s degree in"): a sentence that opens with one asks, even in a list of responsibilities.'),
    ),
    owners: z.optional(
      words('The employer\'s possessive ("our"): right before a requirement-like phrase that opens with an `owned` word, a word or two between in the same clause ("our ability to", "our teams\' deep experience in"), it makes the phrase the employer\'s own, and it asks nothing. One word each.'),
    ),
    owned: z.optional(
      words('Words a requirement-like phrase opens with that the employer may own (ability, experience, expertise): see `owners`; not "ideal" ("our ideal candidate has ..." asks). One word each.'),
    ),
  }),
  roles: z.strictObject({
    nouns: phrases('Nouns that make a skill before them a role or a group of people (developers, team).'),
    others: phrases('Words before such a phrase that make it other people ("our", "work with").'),
    self: phrases('Words before such a phrase that make it the candidate\'s own role ("as a", "experience as").'),
    held: z.optional(
      phrases('Words before a job title that ask the candidate to have held it ("experience as", "years as"): the title then names its skill (the taxonomy\'s roleTitles). Not a bare "as a": "As a Data Scientist, you will" describes the job.'),
    ),
    stops: phrases('Words that end the search for a role noun after a skill (and, for, with).'),
    teamMakeup: z.optional(
      phrases('Words that tell how a team is made up ("cross-functional", "interdisciplinary"): a skill named by them alone, a team noun a few words on ("partner with a cross-functional labelling team", "lead interdisciplinary project teams"), is the candidate\'s way of working with that team, not a skill of other people.'),
    ),
    groups: z.optional(
      phrases('Plural nouns of groups of people (teams, departments, stakeholders) whose list of names after them names groups, not skills ("internal teams (Engineering, Product, Accounting)"); not people\'s titles, whose list is as often what they use ("libraries used by data scientists (NumPy, SciPy)").'),
    ),
    listLeads: z.optional(
      phrases('Words between a plural role noun and a list of names after it that make each name a group of people ("internal teams (e.g. Engineering, Product, DataOps)", "cross-functional teams including Clinical, Regulatory and CMC"): e.g, including, such as.'),
    ),
    groupScopes: z.optional(
      phrases('Words of where the groups are, between a `groups` noun and the bracket or lead of its list of names ("teams across the organization (e.g. Fleet Care, Data Science)", "teams within the company, including the lab and the platform group"): across the organization, within the company.'),
    ),
    unitLeads: z.optional(
      phrases('Words between a noun of the employer\'s units and the colon of a lead-in to a list of their names, one a line ("Our technology department is made up of:" / "Data Services" / "Information Security"): includes, is made up of. Each line of a few words under such a lead-in, outside the lists that ask, is a unit\'s name, not a skill asked (but for a tool).'),
    ),
    expertsIn: z.optional(
      phrases('Words of other people\'s expertise before the list of their fields ("colleagues who are experts in aircraft design, systems engineering and machine learning", "specialists in NLP"): each field theirs, not asked, where a `roles.others` phrase or a role noun stands a few words before ("work with", "colleagues who are"; not "applicants will serve as experts in").'),
    ),
    teams: z.optional(
      z.strictObject({
        after: phrases('Words of working with people right before a list of names ("partnered with", "collaborate with"; not "work with", which as often leads to tools).'),
        peopleAfter: z.optional(
          phrases('Words of working with people before a list of names, one item of which is a group of people, ending in a plural role noun ("work in conjunction with software engineers, business analysts and QA", "work with engineers, DBAs and DevOps"): each item a group of people. Looser than `after` ("work with" as often leads to tools), so a department\'s name alone does not make the list one of people.'),
        ),
        departments: phrases('Names of an employer\'s departments (product, engineering, marketing, sales): a list after an `after` phrase with one of them as an item names departments, each item a group of people, not a skill ("Partnered with design, data science and sales").'),
      }),
    ),
    heads: phrases('Words before a skill that make it the title of a person\'s office ("Head of ML", "VP of Data Science", "Director of Analytics"): a role, asked only where the section asks.'),
  }),
  continuers: phrases('Words a line of prose never ends with: a line ending with one goes on in the next (and, of, with).'),
  strongContinuers: z.optional(
    phrases('Of the continuers, those a line never ends with even when the next line opens with a capital, a name ("We need someone with 3+ years of" / "Python"); a short line ending with another may lead in a list ("we value applicants with" / "Excellent SQL").'),
  ),
  listLabels: z.optional(
    phrases('Words of an inline label that name kinds of skills ("Deployment Tools: Maven, Docker", "Languages: Java, Go"): in a list that asks, such a line is an item of the list, not a section of its own.'),
  ),
  listVerbs: z.optional(
    phrases('Verbs that, ending a list before a phrase ("test and maintain data management systems", "collect data and perform analytics"), make it a list of verbs with the phrase as their shared object: a word of that list forms a skill with the phrase only if it is such a verb too ("developing, training, and evaluating deep learning models") and the skill is no kind of the phrase\'s own ("test data management" reads "test" as a noun). One word each, in every form a list writes.'),
  ),
  listNouns: z.optional(
    phrases('Nouns that a list of words before them shares when they follow its last member ("written, verbal, facilitation and negotiation skills", "speaking, writing and data visualization skills"): each word of the list that forms a skill with the noun names that skill ("verbal skills", "writing skills"). One word each; nouns of things ("data and pipeline architecture", "technology or research industry") stay out.'),
  ),
  modifierEndings: words(
    'Endings of the words that modify a noun ("statistical", "quantitative", "distributed"): such a word before a coordinator shares the noun that ends the member after it ("a quantitative or computational field" names a quantitative field); a word of another ending does not ("develop and deploy software", "research and development").',
  ),
  dutyOpeners: z.optional(
    phrases('Words that open a line telling one of the job\'s duties ("Develop models ...", "Mentor junior staff", "Entwicklung von ..."): a list under a requirements heading whose lines mostly open with one lists duties, whatever its heading says ("What we need you to do"). One word each.'),
  ),
  abbreviations: phrases('Abbreviations whose full stop ends no sentence (e.g., etc., Inc.).'),
  sentenceOpeners: phrases('Words that open a sentence and are never capitalized inside one (We, Our): one written so, after a word and before a word in lower case, starts a sentence even without a stop before it, as in a text whose line breaks were lost ("... data warehouse modeling and ETL Benefits We offer a competitive salary"). One word each, as written; a language that capitalizes words inside sentences lists only those it never does.'),
  companySuffixes: phrases('Words of a company name that are not its name (Inc, GmbH, Technologies).'),
  candidate: phrases('Words near a soft skill that ask it of the candidate (you, strong, ability).'),
  culture: phrases('Words near a soft skill that make it the employer\'s culture, not an ask ("collaborative environment", "we give ownership").'),
  companyTraits: z.optional(
    words('Words of `candidate` that a company\'s story says of itself too ("highly scalable solutions", "a strong track of growth", "a great company"): a paragraph that a strong phrase of the company\'s story tells (boilerplate.about) is still the company\'s with one of them in it, where another candidate word is not. One word each.'),
  ),
  candidateObject: words('Words for the candidate as the object of a soft skill right before them ("our engineers will mentor you", "we coach you"): what others do for the candidate, not an ask. One word each.'),
  products: z.optional(
    z.strictObject({
      words: words('Words for a thing built (dashboard, app, platform). One word each.'),
      determiners: words('Words right before a soft skill that, with a `words` word right after it, make it the name of what was built, not a skill of the person ("a leadership dashboard", "the coaching app"). One word each.'),
    }),
  ),
  experience: phrases('Words near an industry that ask for experience in it (experience, background).'),
  industryLabels: phrases('Field labels that state the industry ("Industry:").'),
  industryAims: z.optional(phrases('Words right before an industry (or right after it) that make it what the work is for, not a field of experience asked ("a wish to make a real difference in healthcare", "puzzles of vital importance to national security", "our national security mission").')),
  unitLabels: z.optional(phrases('Field labels of the employer\'s unit ("Department:", "Directorate:"): the value on the label\'s line, or on the short line right under a label alone on its line, names the unit, not a skill asked ("Department: Data Science", "Category" / "Finance and Accounting").')),
  equivalentExperience: phrases('Words after a degree that accept experience instead ("or equivalent experience").'),
  languageData: z.optional(phrases('Words right after a spoken language (and the languages listed with it) that make it the language of the data or of a model, not one the person speaks or the job asks ("Spanish and French sentiment analysis", "Japanese text").')),
  certificationWords: words('Words for a certification, one word each (certification, certified): a list of tools or frameworks they lead in or close ("Preferred certifications: ITIL, TOGAF", "AWS or Azure certification") asks for the certification of each, where the taxonomy has one (a certification that `requires` only that skill).'),
  years: z.strictObject({
    units: z.array(phrase).check(z.minLength(1), z.describe('Words for years (years, yrs).')),
    months: z.optional(phrases('Words for months (months, mos.): a number of them is that many twelfths of a year, to one decimal, as a public-sector posting writes experience ("24 mos. exp. with C#" is 2, "18 months" 1.5).')),
    unitless: z.optional(
      phrases('Words that, right after a range of two numbers in figures with no unit, stand for years of it ("3-6 experience in flow cytometry", a unit lost): the range is years, its lower bound counts.'),
    ),
    numbers: z.record(z.string(), z.number().check(z.int(), z.minimum(0))).check(z.describe('Number words and their values (three: 3).')),
    wholes: z.optional(z.record(z.string(), z.number().check(z.int(), z.minimum(1))).check(z.describe('Phrases that are a number of years by themselves ("a decade": 10, "two decades": 20).'))),
    ranges: words('Words or signs between two numbers of a range (to, or, -).'),
    plus: phrases('Words after a number that mean "or more" (plus).'),
    notAfter: phrases('Words after the unit that make it no experience (old).'),
    parts: phrases('Words after a number that make it part of the years just named ("5+ years building backend services, at least 3 of them in Go", "6 years of software engineering, 2 of which with Kubernetes"): after a years phrase of the same sentence, the number is years of what follows.'),
    partBinders: z.optional(
      phrases('Words that, right after a bare number (no unit), make it part of the years just named and tie it to what follows ("5+ years of Java, 2+ with Kotlin", "... including 3+ with React Native", "with at least 2 in Kafka").'),
    ),
    owners: phrases('Phrases before years that give them to the company, not the candidate ("in business for", "for over").'),
    candidateVoice: z.optional(
      phrases('Words that, near years an `owners` phrase leads in and with no `employerVoice` word near, make them the candidate\'s all the same ("You have worked with Python for more than 3 years", "Experience with SQL for over 5 years").'),
    ),
    recent: z.optional(phrases('Phrases before years that say how recent something must be, not how long ("a clearance completed within the last 5 years"): such years are no one\'s experience.')),
    insteadOf: z.optional(phrases('Phrases before years that offer them in place of something else ("In lieu of a degree, 9 years of cloud engineering"): a route to the job, not the years a skill is asked for.')),
    routes: z.optional(
      phrases('Degrees that, a few words before years or after them in their sentence, tie the years to a route to the job ("Bachelor\'s degree with 8+ years, or Master\'s with 6+ years of data science"): the routes of one skill are alternatives, the least years of them qualify.'),
    ),
    amounts: z.optional(
      z.strictObject({
        leads: phrases('Words right after years that lead to what they measure ("10 years of", "8 years\' worth of").'),
        nouns: phrases('Nouns of an amount of data or history ("data", "history", "records", "logs"): the last word of what years measure, the years are none of a skill\'s ("Analysed 10 years of school performance data with SQL").'),
        after: phrases('Words after such a noun that end its phrase ("... claims history in Python", "... web logs with BigQuery"); a stop ends it too.'),
        notWith: phrases('Words before such a noun that make the years experience again ("10 years of experience with data in Python", "5 years of hands-on work with data in SQL").'),
      }).check(z.describe('Years that measure an amount of data or history, not anyone\'s experience ("models on 20 years of claims history in Python"): years, a lead, a few words and a noun that ends its phrase.')),
    ),
    elaborations: z.optional(phrases('Words that lead from a kind of skill to its members in a list of what years qualify ("1-2 years using data science techniques, including machine learning, deep learning"): the years go on to the members.')),
    qualifiers: z.optional(phrases('Words that bound years from below, between a skill and its bracketed years ("Docker (at least 3 years)", "Kubernetes (minimum 2 years)"): the years are still the skill\'s.')),
    each: z.optional(phrases('Words right after years that give them to every item of the list before them ("Python, SQL and Spark (3+ years each)"), not to its last alone.')),
    backToList: z.optional(phrases('Words right after years that no skill follows in their sentence (a few words may stand between) that give them back to every skill before them there with none yet ("Experience with Python, Java or Go, with 3+ years in any one of these languages"): in any one of these, with at least one of them.')),
    between: z.optional(phrases('Words besides experience words that may stand between a skill and the bracket of its years ("Advanced Excel skills required (3+ years building workbooks)"): the years are still the skill\'s.')),
    listLeads: z.optional(
      phrases('Words after years that lead in a list after a colon, every item of which the years are ("3 years in the following: supporting clinical data; analyzing data using XML and Tableau; ..."), across semicolons: the following. A binder or elaboration right before the colon leads one in too ("5 years of hands-on experience with: A; B", "including: A, B").'),
    ),
    tiedBack: z.optional(phrases('Words between a skill and the years right after it that give them to it, whatever follows ("written production Go for 3+ years and know Postgres", "Kafka for 2 years", "Terraform experience of at least 2 years"): for, of. A few words may stand before one ("dbt in production for 2 years"), never a list\'s word or a capital.')),
    experienceTiedBack: z.optional(phrases('Words that, right after a skill and an experience word and right before years, give the years to that skill as years.tiedBack does ("Strong SQL skills with 4+ years of experience writing queries"): with. Without the experience word they give none ("a degree in statistics with 5 years of Python").')),
    binders: z.optional(phrases('Words right after years that tie them to the skill after them, whatever stands before ("SQL, 4+ years of Python", "Excel, 3 years in Tableau"): of, in, with.')),
    articles: z.optional(phrases('Articles that may stand between a binder and the skill it binds in a list of what years qualify ("building ETL graphs using the Ab Initio GDE": the second skill takes the years too): a, an, the.')),
    modifiers: z.optional(phrases('Words that may qualify the skill right after a binder (and maybe an article) in a list of what years qualify ("6+ years tuning predictive models using advanced machine learning methods": the second skill takes the years too): advanced, modern, statistical.')),
    compounds: z.optional(phrases('Words that make the skill before them a modifier of the skill after them ("3+ years in cloud based data engineering", "SQL driven reporting"): the years go on to the skill after.')),
    listBreaks: phrases('Words that end a list of what years qualify where its items run on without list words ("5+ years as a data scientist, preferably in retail", "... building models, has a PhD in statistics").'),
    leadQualifiers: z.optional(phrases('Words of years.listBreaks that, right after years (and maybe a binder), qualify the experience the years are of rather than end a list: the list of items that name no skill before the first skill goes on ("2+ years prior research, data science, or engineering experience"): prior, previous.')),
  }),
  resume: z.strictObject({
    spokenLanguage: z.string().check(z.describe('The taxonomy id of this language as a spoken language (english): a resume written in it shows it at working level.')),
    othersDid: z.optional(
      z.strictObject({
        relatives: phrases('Words that open what a group of people did, right after its role noun ("a team that used Scala", "engineers who deployed on Kubernetes"): the skills in that clause are theirs, not the person\'s.'),
        self: phrases('Words of the person themself that, in such a clause, make what follows theirs again ("a team that I led in Go").'),
        subjects: z.optional(
          phrases('Words that open a sentence whose subject is a group of other people, before its role noun ("Our data engineers maintained the Kafka pipelines", "The team used Scala"): what follows is theirs, unless the person\'s own words stand between.'),
        ),
        passives: z.optional(
          phrases('Words after a skill\'s noun phrase that give it to other people before their role noun ("a Java backend owned by another team", "data managed in SQL Server by the registry staff" is not; "owned by", "maintained by"): the skill is theirs.'),
        ),
        pluralSubjects: z.optional(
          phrases('Words that open such a sentence only before a plural role noun ("My teams ship on AWS with Terraform": a manager\'s teams; "My team built ..." is the person\'s work too).'),
        ),
        people: z.optional(
          words('Words for one other person ("manager", "colleague", "teammate"): after a word of subjects, pluralSubjects or personSubjects that opens the sentence, what follows is theirs, singular too ("My manager set up Jenkins", "A colleague wrote the Terraform modules"; "My team built ..." is the person\'s work too). One word each.'),
        ),
        personSubjects: z.optional(
          words('Words that open a sentence whose subject is one other person, before a word of people only ("A colleague set up Jenkins"; "A team project in Go" is the person\'s). One word each.'),
        ),
        instruments: z.optional(
          words('Words between the agent of a passive and a skill that make the skill the agent\'s tool ("provisioned by the platform team with Terraform"; not "migrated ... maintained by the finance team to Airflow"). One word each.'),
        ),
      }),
    ),
    entryCertificates: z.optional(
      words('Words of an entry-level certificate\'s name (fundamentals, practitioner, foundations): a resume\'s certificate shows the one skill it requires (the taxonomy\'s `requires`), a little for such a certificate ("AWS Certified Cloud Practitioner"), as used for any other ("Certified Kubernetes Administrator"). One word each.'),
    ),
    cueNouns: z.optional(
      words('Words for an occasion or means of learning that a one-word cue right before them modifies, so it is no cue of the skill after ("Led a learning session on Docker", "Ran learning lunches about Kubernetes": the person taught it). One word each.'),
    ),
    levelBinders: z.optional(words('Words after a level word at the start of a line\'s list that make it the level of every item ("Expert in Python, SQL and Spark"). One word each.')),
    lacks: z.optional(
      z.strictObject({
        openers: words('Words that open what the person lacks, before the skills ("No Kubernetes experience", "zero Rust exposure"). One word each.'),
        fillers: words('Words that may stand between such a word and the skills ("no prior Kubernetes experience", "no hands-on Terraform knowledge"). One word each.'),
        nouns: words('Nouns right after the skills that close what is lacked ("... experience", "... knowledge"): without one, "No" opens no lack ("No-code tools in Python"). One word each.'),
      }).check(z.describe('What a resume says the person lacks as a noun phrase: an opener, the skills (a list of them joined by or, and, commas), a noun of experience right after.')),
    ),
    cues: z.strictObject({
      learning: cues('Cues that make a skill one the person is learning, not one they have (currently learning, studying, working towards).'),
      familiar: cues('Cues that make a skill one the person knows a little (familiar with, exposure to, basic knowledge of).'),
      negated: cues('Cues that say the person lacks the skill (no experience with, not yet, never used).'),
      breaks: z.optional(
        phrases('Words that end the scope of such a cue and open what the person was or did ("Aspiring Data Analyst | Former Mathematics Teacher": the teaching is no aim).'),
      ),
    }),
    levels: z.record(z.string(), z.enum(['beginner', 'intermediate', 'advanced', 'expert'])).check(
      z.describe('Level words right after or before a skill ("German (B2)", "fluent English", "Python: advanced") and the level they give.'),
    ),
    present: phrases('Words that end a date range now ("2021 - present").'),
    until: phrases('Words between the two dates of a range besides a dash ("2019 to 2021").'),
    months: z.record(z.string(), z.number().check(z.int(), z.minimum(1), z.maximum(12))).check(z.describe('Month names and abbreviations and their numbers (jan: 1).')),
    seasons: z.optional(
      z.record(z.string(), z.number().check(z.int(), z.minimum(1), z.maximum(12))).check(z.describe('Season names and the number of the month each starts in (summer: 6): "Summer 2020" dates a role of three months, as interns write it.')),
    ),
  }),
  title: z.strictObject({
    roleWords: phrases('Words that make a first line a job title (engineer, scientist).'),
    notTitle: phrases('Words a title never holds: a first line with one is a sentence (we, you, join).'),
    chrome: z.optional(
      phrases('Words of a job board\'s page around a posting (search, sign in, promoted): a line with one and no role word is the page\'s, no title ("Job search", "Promoted"); a title may hold one ("Search Engineer").'),
    ),
    more: z.optional(words('The word after "+N" that ends a job board\'s shortened list of the posting\'s skills ("Skills: SQL, Tableau, +8 more"): such a label\'s line is the page\'s, and asks nothing. One word each.')),
    fieldWords: z.optional(phrases('Words of a job\'s place and terms (remote, hybrid, contract, full-time): after a dash on a title line, the title ends before the dash ("QA Tester — Remote, contract"), as it does before pay or a number.')),
    terms: z.optional(phrases('Words besides fieldWords of a job\'s terms in a bracket after its title ("Sr. Java Developer (W2 only)", "Data Engineer (m/w/d)", "(part-time, ~15 hrs/week, 3 months)"): a bracket of them, numbers and punctuation is no part of the title.')),
    labels: z.optional(phrases('Labels before a colon that announce the title after it ("We\'re hiring: Python Developer", "VACANCY: Lead Modeller"): the title is what follows.')),
    trailers: z.optional(phrases('Words after a title\'s role word that name the posting, not the job ("Analytics Engineer opportunity", "Data Scientist Role"): no part of the title.')),
    dateWords: z.optional(phrases('Words of a date besides the month names (the days of the week): a first line made of them and numbers is a date, not a title.')),
  }),
  employer: z.optional(
    z.strictObject({
      titleMarkers: phrases('Words between a job title and the employer\'s name in a title line ("Data Scientist at Acme"): the capitalised name after one is the employer, when nothing else names it.'),
      headings: phrases('Heading phrases followed by the employer\'s name ("About Acme", "Life at Acme"): the capitalised name after one is the employer, when nothing else names it and the text names it again.'),
      blurbs: z.optional(
        phrases('Phrases after a company\'s name that open its description ("Acme is a leading provider of ...", "Acme Systems, Inc. specializes in ..."): in the text\'s first sentences, the capitalised name before one is the employer, when nothing else names it and the text names it again.'),
      ),
      describes: z.optional(
        phrases('Words after a name that open a description of what it is ("Snowflake is the AI Data Cloud company", "Lumina Bio is a Boston startup using ..."): with a `kinds` noun within a few words after them, the name is the employer, as after a blurb phrase.'),
      ),
      owned: z.optional(phrases('Words of what only an owner has (proprietary, patented): a capitalised name in the possessive that opens a sentence of the text\'s first ones, right before one ("Acme\'s proprietary platform ..."), one word between or none, is the employer, when nothing else names it, whether or not the text names it again.')),
      kinds: z.optional(phrases('Nouns of what a company is (company, startup, firm, provider): see `describes`; one is the last of its phrase, before a stop or a comma, a continuer or a `kindFollowers` word.')),
      appositions: z.optional(phrases('Words that open an apposition after a company\'s name ("Dynetics, a wholly owned subsidiary of Leidos, is seeking", "HashiCorp, creators of Terraform, Vault and Consul, is hiring"): a name with one is a company\'s, whether or not the text names it again.')),
      legalForms: z.optional(phrases('The legal forms of a company\'s name (Inc, LLC, GmbH): a capitalised name with one, or with an apposition that ends in a `kinds` noun ("Elastic, the Search AI Company, ..."), opening a sentence of the text\'s first ones is the employer, when the text names it again.')),
      locatives: z.optional(phrases('Words that open a sentence in the employer\'s own voice before its name ("At Acme, we build ..."): the capitalised name after one, right before a word of `employerVoice` (a comma between or not), is the employer, when nothing else names it. A language whose verb stands between ("Bei Acme arbeiten wir") lists none.')),
      joins: z.optional(phrases('Words of joining a team ("join", "part of"): with `teams`, "join the data team at Acme" names the employer after a `locatives` word, when nothing else names it.')),
      teams: z.optional(phrases('Nouns of the team a job joins (team, group, squad): see `joins`.')),
      units: words('Nouns of a unit of the employer (group, division, department, laboratory, practice): a sentence whose subject is one, named ("The Biological Systems Group is ...", "The Data Platform Department is dedicated to ...") or plain after a `unitDeterminers` word ("The organization is chartered with ..."), speaks of that unit as one the employer\'s name opens speaks of the company, where nothing in it asks. One word each.'),
      storyLeads: words('Prepositions that open a sentence\'s lead-in phrase before the employer\'s voice, with or without a comma ("In our daily work we ...", "Across our offices we ...", "Among our projects are ..."): an `employerVoice` word within a few words after one opens the employer\'s story as one first in the sentence does. One word each.'),
      unitDeterminers: words('Words before a unit\'s name as a sentence\'s subject (the, our): see `units`. After an employer\'s-voice one ("our"), the name\'s words may be lower-case ("Our research group"). One word each.'),
      kindFollowers: z.optional(phrases('Words that may follow a `kinds` noun that ends a company\'s description of itself (that, which, using, based, headquartered).')),
      boardFacts: z.optional(
        phrases('Words of a job board\'s own fields in its line of facts under the title ("Acme · Berlin, Germany · Reposted 2 days ago · Over 100 applicants", as LinkedIn\'s text copies): with one in a field after the first, the name first in the line is the employer, named again in the text or not.'),
      ),
      regions: z.optional(phrases('Countries, states and provinces a place line names after its city ("Bristol, England", "Austin, Texas"): after a comma under the title, one tells a place, not a city after the employer\'s name ("Pixelmoor, Bristol").')),
      sites: z.optional(phrases('Words that end the name of one of the employer\'s sites, not of the employer ("Birmingham Office - Alabaster, AL", "Main Campus"): such a name first in a line of its place under the title is no employer.')),
      equalOpportunity: z.optional(
        phrases('Phrases after a company\'s name that open its equal-opportunity statement ("Acme Foods is an equal opportunity employer", "Spark Health provides equal employment opportunities"): anywhere in the text, the capitalised name before one is the employer, when nothing else names it and the text names it again.'),
      ),
    }),
  ),
  facts: z.optional(
    z.partialRecord(
      z.enum(['title', 'company', 'location', 'datePosted', 'employmentType', 'salary']),
      z.array(phrase),
    ).check(z.describe('Field labels near the top of a text posting ("Location: Berlin").')),
  ),
  examples: z.optional(
    z.strictObject({
      headings: z.optional(z.array(headingExample).check(z.describe('Heading lines, each with the kind it must give (`- { line: "What you bring", kind: requirements }`); the build runs them.'))),
      postings: z.optional(z.array(VocabExample).check(z.describe('Small postings, each with what the reading must give: importance per skill id (required, preferred, mentioned, absent, negated), and maybe years, groups, title and company; the build runs them.'))),
      resumes: z.optional(z.array(ResumeExample).check(z.describe('Small resumes, each with what the reading must give per skill id (claimed, beginner, learning, lacks, absent): the resume cues at work; the build runs them.'))),
    }),
  ),
});

export type Scope = z.infer<typeof Scope>;
export type Cue = z.infer<typeof Cue>;
export type VocabFile = z.infer<typeof VocabFile>;
export type VocabExample = z.infer<typeof VocabExample>;
export type ResumeExample = z.infer<typeof ResumeExample>;
export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];
