import type { Posting } from '../ingest/posting.js';
import { scanTokens, type Tokens } from '../lexicon/index.js';
import { ASKING, LIST_COVERED, listWordsIn, MentionReader, read, type Reading, type SectionKind } from '../read/index.js';
import { examplesFollow, findAlternatives } from '../read/alternatives.js';
import type { Boilerplate } from '../read/mentions.js';
import type { Vocabulary } from '../read/vocab.js';
import type { Level } from '../profile/schema.js';
import { categoryOf, type CompiledTaxonomy } from '../taxonomy/compile.js';
import { coordinated } from './coordination.js';
import { withoutForeignAcronyms, withoutSpelledWords } from './acronyms.js';
import { asCertifications } from './certifications.js';
import { asDegreeFields, inDegreeFields, listedWithField } from './degree-fields.js';
import { findRoleTitles } from './role-titles.js';
import { importanceRank, sectionImportance, strongest, type Importance } from './importance.js';
import { matchText, matchTokens, type Match } from './match.js';
import { coveredUmbrellas, describesExamples } from './umbrella.js';
import type { AlternativeGroup, ExtractedPosting, ExtractedSkill, Mention, NegatedSkill } from './schema.js';
import { fileNameFacts } from '../ingest/text.js';
import { indexIn, lastIndexIn } from '../white-space.js';

export interface ExtractOptions {
  /** Which heading vocabulary to use: a posting's (default) or a resume's. */
  kind?: 'posting' | 'resume';
  /** The employer, when known: its name and products are not skills of its own posting. */
  company?: string | null;
  /** Facts a file's name guesses (see ReadOptions.guess). */
  guess?: { title: string; company: string };
  /** The posting's title when known apart from its text (see ReadOptions.title). */
  title?: string | null;
  /** The vocabulary to read with (by default, the bundled one of the text's language). */
  vocab?: Vocabulary;
}

/** What extraction finds in a text. */
export interface Extraction {
  skills: ExtractedSkill[];
  groups: AlternativeGroup[];
  negated: NegatedSkill[];
  reading: Reading;
}

/** Whether a cue says something of the skill asked (required, preferred, not needed), not of the employer's stack or what the job teaches. */
const asksCue = (cue: string | undefined): boolean => cue !== undefined && cue !== 'stack' && cue !== 'learning';

/**
 * Whether a sentence's boilerplate drops its skills in a section. Equal-opportunity, legal and
 * hiring-process text never asks; inside requirements, benefits and company phrases need more
 * evidence (a requirement list can name "health insurance" as a domain), as does a sentence that
 * goes on with a paragraph about the company (its evidence carried from the sentences before), and
 * the description of the role is not a company blurb.
 */
function dropsIn(b: Boilerplate, section: SectionKind): boolean {
  switch (b.kind) {
    case 'equal-opportunity':
    case 'legal':
    case 'hiring-process':
      return true;
    case 'benefits':
      return !ASKING.has(section) || b.score >= 4;
    case 'about':
      // (A title line that opens with the employer's name is the job's: "Tessellate AI - Senior MLOps Engineer".)
      if (section === 'title') return false;
      return section === 'responsibilities' ? b.score >= 4 : !ASKING.has(section) || b.score >= 6 || (b.carried === true && b.score >= 4);
  }
}

/** Whether a value stands after a label that ends at `end`, on its line ("Travel: Up to 25%"). */
function valueAfter(text: string, end: number): boolean {
  for (let p = end; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) return false;
    if (c !== 58 && c !== 32 && c !== 9 && c !== 0xa0) return true;
  }
  return false;
}

/** How many words before the employer's name an experience word makes it a tool asked ("experience with Acme Studio"). */
const EMPLOYER_TOOL_REACH = 4;

/** How many tokens before an industry the words of what the work is for may stand ("a real difference in healthcare"). */
const AIM_REACH = 4;

/**
 * Sections where a soft skill is asked without a cue next to it ("mentor junior engineers"): all
 * but the title. A company's culture ("we value curiosity") is told apart as company text.
 */
const SOFT_SKILL_SECTIONS: ReadonlySet<SectionKind> = new Set(['requirements', 'preferred', 'responsibilities', 'summary', 'other']);

/**
 * Whether a soft skill is asked of the candidate ("strong communication", "mentor juniors"), not told
 * of the employer's culture ("a collaborative environment", "we give ownership"): outside the
 * sections that ask, a candidate word must stand next to it; anywhere, culture words next to it make
 * it the employer's, unless a candidate word stands right by it ("the ideal candidate is
 * client-focused") or, in the requirements, near it or opening its item ("able to work in a collaborative
 * environment").
 */
function softSkillAsked(reader: MentionReader, vocab: Vocabulary, m: Match, section: SectionKind): boolean {
  // "Our senior developers will mentor you": what others do for the candidate.
  if (reader.wordAfterIn(m, vocab.candidateObject)) return false;
  // "Build a leadership dashboard", "Develop the coaching app": the name of what is built.
  if (reader.namesProduct(m)) return false;
  // "We know that mixed teams bring more innovative ideas", "We work closely with the clinics we serve": a
  // sentence of the employer's story, even among the duties, tells of the company, not of the candidate.
  // (Not in the lists that ask: "We can't teach a positive, helpful demeanor" there asks for one.)
  if (section !== 'requirements' && section !== 'preferred' && reader.employerStory(m)) return false;
  if (!SOFT_SKILL_SECTIONS.has(section)) return reader.near(m, vocab.candidate, 5, 2);
  if (!reader.near(m, vocab.culture, CULTURE_REACH, CULTURE_REACH)) return true;
  // (In the lists that ask, an item opening with a candidate word asks all it names: "Ability to
  // thrive in a detail-oriented and results-driven environment".)
  if (section === 'requirements' || section === 'preferred') return reader.near(m, vocab.candidate, 5, 2) || reader.opensWith(m, vocab.candidate);
  // (Elsewhere, a sentence that opens with a qualification asks as an item of those lists does:
  // "Demonstrated ability to thrive in a collaborative team environment, self-motivated but team player".)
  return reader.near(m, vocab.candidate, 2, 1) || (reader.opensAsking(m) && reader.itemOpensWith(m, vocab.candidate));
}

/** How far from a mention the lines of a list of values are looked at (characters). */
const VALUE_LINE_REACH = 160;

/** A line of a list of values: a name of one to three capitalized words, a dash between blanks, its gloss ("Candor - Say what you see"). */
const VALUE_LINE = /^[ \t]*(?:[-*•·▪◦][ \t]+)?\p{Lu}[\p{L}'’&]*(?:[ \t]+[\p{Lu}&][\p{L}'’]*){0,2}[ \t]+[-–—][ \t]+\S/u;

/**
 * Whether text[start, end) is the whole name of a line of a list of values, another such line next
 * to it (past blank lines): "Curiosity - We ask why, twice" / "Craft - We sweat the
 * details", "Customer Focus - We see problems before clients do" / "Respect - We listen first". The
 * company's values, asking nothing.
 */
function valuesListed(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - VALUE_LINE_REACH);
  const br = lastIndexIn(text, 10, from, start);
  if (br < 0 && from > 0) return false;
  const lineStart = br + 1;
  if (!/^[ \t]*(?:[-*•·▪◦][ \t]+)?$/.test(text.slice(lineStart, start))) return false;
  if (!/^[ \t]+[-–—][ \t]+\S/.test(text.slice(end, end + 4))) return false;
  // The next line with words, then the one before.
  let p = indexIn(text, 10, end, Math.min(text.length, end + VALUE_LINE_REACH));
  while (p >= 0 && p + 1 < text.length && text.charCodeAt(p + 1) === 10) p++;
  if (p >= 0) {
    const q = indexIn(text, 10, p + 1, Math.min(text.length, p + 1 + VALUE_LINE_REACH));
    if (VALUE_LINE.test(text.slice(p + 1, q < 0 ? Math.min(text.length, p + 1 + VALUE_LINE_REACH) : q))) return true;
  }
  let e = lineStart - 1;
  while (e > 0 && text.charCodeAt(e - 1) === 10) e--;
  if (e <= 0) return false;
  const b = lastIndexIn(text, 10, Math.max(0, e - VALUE_LINE_REACH), e);
  if (b < 0 && e - VALUE_LINE_REACH > 0) return false;
  return VALUE_LINE.test(text.slice(b + 1, e));
}

/** How many matches either side of a mention are looked at for a tool in its sentence. */
const SENTENCE_TOOL_REACH = 12;

/**
 * Whether a skill of a tool's kind (a language, a database, a cloud service) is named in the sentence
 * of matches[i], within SENTENCE_TOOL_REACH matches of it: the sentence tells the job's stack.
 */
function toolInSentence(matches: readonly Match[], i: number, sentence: { start: number; end: number }, taxonomy: CompiledTaxonomy): boolean {
  for (let j = i - 1; j >= Math.max(0, i - SENTENCE_TOOL_REACH) && matches[j]!.start >= sentence.start; j--) {
    if (categoryOf(taxonomy, matches[j]!.skill.category).tool) return true;
  }
  for (let j = i + 1; j < Math.min(matches.length, i + 1 + SENTENCE_TOOL_REACH) && matches[j]!.start < sentence.end; j++) {
    if (categoryOf(taxonomy, matches[j]!.skill.category).tool) return true;
  }
  return false;
}

/** How many tokens from a soft skill its culture words may stand ("a collaborative, trusting, thought-provoking environment"). */
const CULTURE_REACH = 6;

/** How far back a link's start is looked for. */
const MAX_LINK = 200;

/**
 * Whether text[at, end) stands inside a link ("https://bit.ly/sql-test", "github.com/acme/guide",
 * "www.acme.com/python"): the blank-free word around it has a scheme, "www." or a domain with a path.
 */
function insideLink(text: string, at: number, end: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(end);
  // Most mentions stand between blanks, brackets or commas: only a URL's characters next to it call for a look.
  if (!URL_CHARS.has(before) && !(after === 46 || after === 47)) return false;
  let p = at;
  while (p > 0 && at - p < MAX_LINK && !/\s/.test(text[p - 1]!)) p--;
  let q = end;
  while (q < text.length && q - end < MAX_LINK && !/\s/.test(text[q]!)) q++;
  const word = text.slice(p, q).replace(/^[(<[]/, '');
  return word.includes('://') || /^www\./i.test(word) || /^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|gov|edu|ly|co|ai|dev)\/\S/i.test(word);
}

/**
 * Whether text[at, ...) opens right after the sign of a hashtag ("#hiring #python #dataengineering"):
 * a social post's tags for its reach, no skill it asks. Not a name that holds the sign ("C#", "F#").
 */
function hashtag(text: string, at: number): boolean {
  if (at === 0 || text.charCodeAt(at - 1) !== 35) return false;
  return at === 1 || !/[\p{L}\p{N}#+&]/u.test(text[at - 2]!);
}

/** How far around a mention code is looked for. */
const CODE_REACH = 60;

/**
 * Whether text[at, end) stands in code left in a page's text (a tracking script: "var ac =
 * document.createElement('script'); ac.type = 'text/javascript';"): around it, five or more of
 * { } ; = with both = and ; among them, as prose and lists never have them.
 */
function insideCode(text: string, at: number, end: number): boolean {
  let n = 0;
  let assigns = false;
  let ends = false;
  // Within its line: code stands on lines of its own.
  for (let p = Math.max(0, at - CODE_REACH), to = Math.min(text.length, end + CODE_REACH); p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) {
      if (p >= at) break;
      n = 0;
      assigns = ends = false;
    } else if (c === 123 || c === 125) n++;
    else if (c === 61) {
      n++;
      assigns = true;
    } else if (c === 59) {
      n++;
      ends = true;
    }
  }
  return n >= 5 && assigns && ends;
}

/** Characters a URL holds between its words: "/", ".", "-", "_", "=", "?", "#". */
const URL_CHARS: ReadonlySet<number> = new Set([47, 46, 45, 95, 61, 63, 35]);

/** How many words after a degree its "or equivalent experience" may stand ("a BS in CS, Statistics or a related field, or equivalent experience"). */
const EQUIVALENT_REACH = 14;

/**
 * Whether only list words stand in tokens [from, to): commas, slashes and the vocabulary's list
 * words ("or", "and/or", "a": "a data scientist, software engineer or a data analyst").
 */
function onlyListWords(tokens: Tokens, from: number, to: number, vocab: Vocabulary): boolean {
  if (to - from > 4) return false;
  const text = tokens.text;
  for (let p = from > 0 ? tokens.end[from - 1]! : 0, k = from; k <= to; k++) {
    for (const stop = tokens.start[k]!; p < stop; p++) {
      const c = text.charCodeAt(p);
      if (c !== 32 && c !== 44 && c !== 47 && c !== 9) return false;
    }
    if (k < to) p = tokens.end[k]!;
  }
  return (listWordsIn(tokens, vocab, from, to, false) & LIST_COVERED) !== 0;
}

/** The most tokens between two titles held in one list, fellow roles and list words ("BI analyst, ETL developer or data engineer"). */
const MAX_ROLES_BETWEEN = 12;

/**
 * Whether tokens [from, to) hold list words and roles named by a skill and a role word ("ETL
 * developer", "Java engineer"), at least one such role: "as a BI analyst, ETL developer or data
 * engineer" holds data engineer too. `found`: the matches, in text order.
 */
function onlyListedRoles(tokens: Tokens, from: number, to: number, found: readonly Match[], vocab: Vocabulary): boolean {
  if (to - from > MAX_ROLES_BETWEEN) return false;
  let gap = from;
  for (const m of found) {
    if (m.first < gap) continue;
    if (m.first >= to) break;
    let role = -1;
    vocab.titleRoleWords.eachAt(tokens, m.last, to, (_, _first, last) => (role = Math.max(role, last)));
    if (role < 0 || !onlyListWords(tokens, gap, m.first, vocab)) return false;
    gap = role;
  }
  return gap > from && onlyListWords(tokens, gap, to, vocab);
}

/**
 * "Experience as a Data Scientist", "5+ years as a data engineer": a title the candidate is asked
 * to have held (the vocabulary's `roles.held` before it) names the skill it practises (the
 * taxonomy's `roleTitles`), in text order among the matches. A title anywhere else names other
 * people ("work with data scientists") or the job itself ("As a Data Scientist, you will ...").
 */
function withSelfTitles(found: Match[], tokens: Tokens, taxonomy: CompiledTaxonomy, vocab: Vocabulary): Match[] {
  const hits = findRoleTitles(tokens, taxonomy, 0, tokens.count, true);
  if (hits.length === 0) return found;
  let matches = found;
  const added: Match[] = [];
  /** The token after the last title held: a list of titles after it is held too. */
  let heldEnd = -1;
  for (const h of hits) {
    let self = false;
    vocab.roleHeld.each(tokens, Math.max(0, h.first - 6), h.first, (_, _a, b) => {
      if (b === h.first) self = true;
    });
    // ("experience as an ETL developer or data engineer": fellow roles between.)
    if (!self) vocab.roleHeld.each(tokens, Math.max(0, h.first - MAX_ROLES_BETWEEN - 4), h.first, (_, _a, b) => (self ||= b < h.first && onlyListedRoles(tokens, b, h.first, found, vocab)));
    // "experience as a data scientist, software engineer or statistical modeler": each title of the list.
    if (!self && heldEnd >= 0 && heldEnd <= h.first) self = onlyListWords(tokens, heldEnd, h.first, vocab) || onlyListedRoles(tokens, heldEnd, h.first, found, vocab);
    if (!self) continue;
    heldEnd = h.last;
    // (A match inside the title held is a word of it, not the skill: "as an analytics engineer" is
    // analytics engineering, not analytics; a longer match over it stays.)
    const inside = matches.filter((m) => m.first < h.last && h.first < m.last);
    if (inside.some((m) => m.first < h.first || m.last > h.last || m.skill === h.skill)) continue;
    if (inside.length > 0) matches = matches.filter((m) => !inside.includes(m));
    const start = tokens.start[h.first]!;
    const end = tokens.end[h.last - 1]!;
    added.push({ skill: h.skill, form: tokens.text.slice(start, end), first: h.first, last: h.last, start, end });
  }
  return added.length === 0 ? matches : [...matches, ...added].sort((a, b) => a.first - b.first);
}

/** One scratch buffer of tokens: mentions keep offsets only, never the tokens. */
let scratch: Tokens | undefined;

/** Scratch tokens of the words on either side of a line break (see nameAcross). */
let acrossScratch: Tokens | undefined;

/**
 * Where, in `before`, a skill's name starts that runs on into `after` ("... workloads on Google" /
 * "Cloud Platform and BigQuery"): the offset of its first word, or -1. The two are a line's last
 * words and the next line's first ones, a few dozen characters each.
 */
function nameAcross(taxonomy: CompiledTaxonomy, before: string, after: string): number {
  const tokens = (acrossScratch = scanTokens(`${before} ${after}`, acrossScratch));
  const cut = tokens.indexAt(before.length + 1);
  const first = cut > 0 && cut < tokens.count ? taxonomy.trie.formAcross(tokens, cut) : -1;
  return first < 0 ? -1 : tokens.start[first]!;
}

/** Find the skills of a text: mentions with offsets, grouped by skill in order of first mention. */
export function extractSkills(text: string, taxonomy: CompiledTaxonomy, options: ExtractOptions = {}): ExtractedSkill[] {
  return extractText(text, taxonomy, options).skills;
}

/** Find the skills a text asks for, its groups of alternatives and the skills it says are not needed. */
export function extractText(text: string, taxonomy: CompiledTaxonomy, options: ExtractOptions = {}): Extraction {
  const kind = options.kind ?? 'posting';
  const reading = read(text, { kind, vocab: options.vocab, company: options.company, guess: options.guess, title: options.title, isSkillWord: (word) => taxonomy.trie.startsForm(word), nameAcross: (before, after) => nameAcross(taxonomy, before, after), skillSpans: (label) => matchText(label, taxonomy) });
  // Benefits, company and equal-opportunity sections ask for nothing: their text is never matched.
  const tokens = (scratch = scanTokens(reading.flow, scratch, reading.asking));
  const matches = withSelfTitles(withoutSpelledWords(withoutForeignAcronyms(coordinated(matchTokens(tokens, taxonomy), tokens, taxonomy, reading.vocab.coordinators, reading.vocab.listVerbs, (w) => reading.vocab.isModifier(w), reading.vocab.listNouns), reading.flow), reading.flow), tokens, taxonomy, reading.vocab);
  if (matches.length === 0) return { skills: [], groups: [], negated: [], reading };
  const reader = new MentionReader(reading, tokens, matches);
  asDegreeFields(matches, reader, taxonomy);
  if (kind === 'posting') asCertifications(matches, reader, taxonomy);
  const vocab = reading.vocab;
  const bySkill = new Map<string, ExtractedSkill>();
  const negated = new Map<string, NegatedSkill>();
  /** The kept mentions in text order, with the importance each was asked at (for groups). */
  const kept: KeptMention[] = [];
  /** The importance of the mention each skill's years come from. */
  const yearsAsked = new Map<string, Importance>();
  /** Whether the years kept for each skill are a route to the job (see Reader.yearsRoute). */
  const yearsRoutes = new Map<string, boolean>();
  const umbrellas = kind === 'posting' ? coveredUmbrellas(reader, matches, taxonomy) : undefined;
  /** The umbrella each member of a covered umbrella is named under (see coveredUmbrellas). */
  let umbrellaOf: Map<number, number> | undefined;
  if (umbrellas) for (const [u, members] of umbrellas) for (const k of members) (umbrellaOf ??= new Map()).set(k, u);
  // (Code needs both = and ; : a text without either has none, and its mentions are not looked around.)
  const mayHoldCode = text.includes('=') && text.includes(';');
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (umbrellas?.has(i)) continue;
    // "open source frameworks like Spark": what kind the tools are, not a skill asked (the taxonomy's `descriptor`).
    if (kind === 'posting' && describesExamples(reader, matches, i)) continue;
    const at = reader.sectionAt(m.start);
    const section = at.kind;
    const category = m.skill.category;
    const reads = categoryOf(taxonomy, category);
    let importance: Importance;
    if (kind === 'posting') {
      // A word of a link ("https://bit.ly/sql-test", "github.com/acme/hiring-guide") is no skill asked.
      // (Nor is a hashtag: "#hiring #python".)
      if (insideLink(text, m.start, m.end) || hashtag(text, m.start) || (mayHoldCode && insideCode(text, m.start, m.end))) continue;
      // "NLP for Spanish and French text": the data's languages, not ones the job asks to speak.
      if (reads.reading === 'language' && reader.languageOfData(m)) continue;
      // A heading's own words ("Security Requirements", "Python Skills:") ask for nothing, unless
      // the heading says so itself ("US CITIZENSHIP REQUIRED").
      // (A details field named after its skill asks it: "Travel: Up to 25%".)
      const field = m.start < at.headingEnd && m.skill.field === true && valueAfter(text, at.headingEnd);
      if (m.start < at.headingEnd && section !== 'title' && !field && !asksCue(reader.cueOf(m))) continue;
      // "Department: Data Science", "Directorate: National Security": the value of a label of the
      // employer's unit, on the label's line, names the unit.
      if (reader.labelValue(m.start, vocab.unitLabels) || reader.inlineLabelValue(m, vocab.unitLabels)) continue;
      // "Our technology department is made up of:" / "Data Services" / "Information Security": a line of
      // its own under a lead-in that names the employer's units, outside the lists that ask, is a unit's name.
      // (Not a tool: "The tools our teams use:" / "Python".)
      if (!ASKING.has(section) && !reads.tool && reader.unitListed(m)) continue;
      // "the Pricing Review & Controls group ("PRC")": the acronym the text gives a unit, not a skill.
      if (reader.namesUnitAcronym(m)) continue;
      const boilerplate = reader.boilerplateOf(m);
      // "We're a 12-person team building scheduling software. Our stack is Go and React.": a sentence
      // of the company's story that names its own tools, and says nothing of the company itself,
      // names the job's stack (mentioned).
      // (A row of a table that asks it is no boilerplate, whatever its other cells say: "Experience of
      // developing software in Python | E | Application / Interview" in a person specification.)
      if (boilerplate && dropsIn(boilerplate, section) && !(boilerplate.carried && boilerplate.kind === 'about' && reader.cueOf(m) === 'stack') && !reader.askedByTable(m)) continue;
      const asking = ASKING.has(section);
      // "We need a Java engineer", "Acme is seeking a Python developer": the role sought, its skill asked.
      let sought = false;
      // "Java Developer", "our data science team": a role or a group of people, not a skill asked for.
      if (reads.reading !== 'practice') {
        const role = reader.roleOf(m);
        // (A trait there describes the person, as anywhere: "seeking a self-motivated data scientist".)
        sought = role !== null && role !== 'others' && reads.reading !== 'soft-skill' && reader.introducesRole(m);
        // (A trait before a role noun describes the person sought: "a self-motivated PhD scientist".)
        if (role === 'others' || (role === 'bare' && !asking && !sought && section !== 'title' && reads.reading !== 'soft-skill')) continue;
      }
      // "collaborating with Marketing, Sales, Project Management and QA": a way of working named as a group of people.
      // (Or an office named for it: "reports to the Head of Risk Management".)
      else if (reader.groupListed(m) || (!asking && reader.officeTitled(m))) continue;
      // The employer's name and its own products, unless the requirements ask for them as tools.
      // (In a list that asks, only where an experience word stands right before it, "Experience with Hive", or right after it,
      // "Hands-on Databricks experience is a plus"; not "At Hive, you will grow" in a company paragraph a requirements section ran into.)
      if (reader.namesEmployer(m) && (!asking || !reader.near(m, vocab.experience, EMPLOYER_TOOL_REACH, 1))) continue;
      // "clients such as Snowflake Inc. and Oracle Corp": companies, not their products.
      if (reader.namesCompany(m)) continue;
      // "We have 30 years of experience in Java consulting": the employer's business, unless a cue asks.
      if (reader.claimedByEmployer(m) && !asksCue(reader.cueOf(m))) continue;
      // A soft skill is asked of the candidate ("strong communication", "mentor juniors"), not the culture ("we value curiosity").
      if (reads.reading === 'soft-skill' && !softSkillAsked(reader, vocab, m, section)) continue;
      // "Curiosity - We ask why, twice" / "Craft - We sweat the details": the company's values, outside the lists that ask.
      if (reads.reading === 'soft-skill' && (section === 'summary' || section === 'other') && valuesListed(text, m.start, m.end)) continue;
      // "experience in healthcare", "Industry: Retail": the cue stands next to the industry.
      if (reads.reading === 'industry' && !reader.near(m, vocab.experience, 6, 4) && !reader.near(m, vocab.industryLabels, 4, 0) && !reader.headedBy(m.start, vocab.industryLabels) && !reader.listedUnder(m, vocab.industryLabels)) {
        if (!asking) continue;
        // Nor is one the work is for, in a list that asks ("A wish to make a real difference in healthcare",
        // "Hunger for puzzles of vital importance to national security"): the employer's market.
        if (reader.near(m, vocab.industryAims, AIM_REACH, 1)) continue;
        // Even in a list that asks, an industry told in the employer's voice is its business ("We are
        // a group of 500 employees committed to quality health care").
        // (So is one in a sentence of the employer's story, however far into it: "We are a clinical-stage
        // company focused on ... compounds to treat autoimmune and inflammatory diseases".)
        if ((reader.near(m, vocab.employerVoice, 12, 4) && !reader.near(m, vocab.candidate, 8, 4)) || reader.employerStory(m)) continue;
      }
      // (A title line's words of importance qualify no skill: "Quant Risk Analyst - Market Risk - up to 110k + bonus" is pay.)
      let cue = reader.cueOf(m);
      if (section === 'title' && (cue === 'preferred' || cue === 'required')) cue = undefined;
      // "We focus on three core areas: Cyber, Entity, ...": the employer's own story, outside the job's
      // lists; the tools it names there are its stack, part of the job ("Our platform is written in Rust").
      // (In a text whose line breaks were lost, the lists' ends are guessed: there, in them too.)
      // (So is a sentence that goes on with the story of a unit the paragraph opens with: "The Vision Group at Acme
      // develops ... . Its projects span object tracking and threat detection".)
      if ((section === 'summary' || section === 'other' || (reader.lineBreaksLost && asking)) && cue === undefined && !reads.tool && (reader.employerStory(m) || reader.unitStory(m))) continue;
      // (So is one under a heading that tells of the job as a whole, "Job description": "We are developing an AI
      // that writes unit tests", "Our customers count on us for availability and scalability"; but not the
      // story of the team the job joins, whose work is the job's: "Our team works closely with the business,
      // developing the data architecture".)
      // (Nor a sentence that names the job's stack with a tool: "Our front-end is built with React, talking to our backend over a REST API".)
      if (section === 'responsibilities' && cue === undefined && !reads.tool && reader.employerStory(m) && !reader.namesTeam(m) && !toolInSentence(matches, i, reader.sentenceOf(m), taxonomy)) continue;
      // Under "Not needed", "We don't expect you to": not asked, unless a cue there asks it, or
      // names the stack ("Not needed: Kubernetes (we run on ECS)": ECS is the job's).
      // (Not what the employer tells of itself there: "You don't need Spark; our data fits in Snowflake".)
      if (cue === 'negated' || (at.notNeeded && cue !== 'required' && cue !== 'preferred' && cue !== 'stack' && !reader.employerClause(m))) {
        let n = negated.get(m.skill.id);
        if (!n) negated.set(m.skill.id, (n = { id: m.skill.id, label: m.skill.label, category, mentions: [] }));
        n.mentions.push(mentionOf(text, m, section));
        continue;
      }
      if (cue === 'required' || cue === 'preferred') importance = cue;
      // "(we use PyTorch)": the employer's own stack, part of the job whatever the section.
      // "willing to learn Scala": part of the job, not asked of the candidate.
      else if (cue === 'stack' || cue === 'learning') importance = 'mentioned';
      // "Experience with SQL; our data platform runs on Oracle": a clause in the employer's voice names its own stack.
      else if (cue === undefined && ASKING.has(section) && reader.employerClause(m, false)) importance = 'mentioned';
      // "Experience with SPSS" listed among the duties: a qualification all the same; and so is every
      // line of a section, or of a block of its lines, that mostly lists qualifications, whatever it is
      // called or where it stands, but for a line that tells a duty ("Build the infrastructure ...").
      else if ((section === 'responsibilities' || section === 'summary' || section === 'other') && (reader.opensAsking(m) || ((reader.mostlyAsks(at) || reader.blockAsks(at, m.start)) && !reader.opensDuty(m)))) importance = 'required';
      // "Acme is seeking a data engineer with experience building data pipelines": the person sought.
      else if (!ASKING.has(section) && (sought || reader.introAsks(m))) importance = 'required';
      else if (field) importance = 'required';
      // A list of duties under a requirements heading ("What we need you to do" / "Automate model
      // training and deployment"): the job's duties, but for a line that asks; and so is a run of
      // duty lines after the qualifications, with no heading between ("Shall have a minimum of five
      // years of ..." / "Objective 1: Plan, develop and maintain data pipelines" / "Deploy ...").
      else if (section === 'requirements' && !reader.asksOf(m) && (reader.mostlyDuties(at) || reader.inDutyRun(at, m))) importance = 'mentioned';
      else importance = sectionImportance(section, reader.asksOf(m));
    } else {
      importance = sectionImportance(section, false);
    }
    let skill = bySkill.get(m.skill.id);
    if (!skill) {
      skill = { id: m.skill.id, label: m.skill.label, category, importance, years: null, group: null, orExperience: false, mentions: [] };
      bySkill.set(m.skill.id, skill);
    }
    const takesYears = kind === 'posting' && (m.skill.years ?? reads.years);
    let y = takesYears ? reader.listYearsOf(m) : null;
    // (Or those of the kind it is named as a member of: "3+ years of experience in programming languages
    // used for data analysis (Python, R)".)
    const under = umbrellaOf?.get(i);
    if (y === null && under !== undefined && takesYears) y = reader.listYearsOf(matches[under]!);
    // (A degree's field takes none: "four years of experience and a BS in Physics, Mathematics".)
    if (y !== null && inDegreeFields(matches, i, reader)) y = null;
    // Years of it asked of the candidate ask it, wherever they stand ("We are looking for someone who
    // has 8 yrs of exp in data modelling").
    if (y !== null && importance === 'mentioned') importance = 'required';
    // (A discipline listed with a field of study is asked so, but the years are the field's: "3+ years in
    // a discipline like physics, statistics or economics" asks no years of statistics.)
    if (y !== null && reads.discipline && listedWithField(matches, i, reader)) y = null;
    skill.importance = strongest(skill.importance, importance);
    if (y !== null) {
      // The years asked where the skill is asked most strongly: "5 years of solution architecture"
      // in the requirements, not "7 years ... preferred"; the most years at one strength.
      // (But of years that are routes to the job, each tied to a degree, the least: "Bachelor's degree
      // with 8+ years, or Master's with 6+ years of data science" asks 6 of a Master.)
      const was = yearsAsked.get(skill.id);
      const route = reader.yearsRoute(m, y);
      const routes = importance === was && route && yearsRoutes.get(skill.id) === true;
      if (skill.years === null || was === undefined || importanceRank[importance] < importanceRank[was] || (importance === was && (routes ? y < skill.years : y > skill.years))) {
        skill.years = y;
        yearsAsked.set(skill.id, importance);
        yearsRoutes.set(skill.id, route);
      }
    }
    // "Bachelor's degree or equivalent experience": experience is accepted instead.
    if (kind === 'posting' && reads.orExperience && !skill.orExperience && reader.near(m, vocab.equivalentExperience, 0, EQUIVALENT_REACH)) skill.orExperience = true;
    skill.mentions.push(mentionOf(text, m, section));
    kept.push(new KeptMention(m, importance));
  }
  // A skill said not to be needed, and elsewhere only mentioned, is not asked; nor is one asked
  // only in the sentences that say it is not needed ("A note on Spark: we don't run Apache Spark").
  for (const [id, n] of negated) {
    const s = bySkill.get(id);
    if (s && (s.importance === 'mentioned' || !askedOutsideNegation(reader, kept, id, n))) {
      bySkill.delete(id);
      n.mentions.push(...s.mentions);
      n.mentions.sort((a, b) => a.start - b.start);
    } else if (s) negated.delete(id);
  }
  // "analytics" only in the duties or the company's story ("our analytics solutions"): not asked (the taxonomy's `askedOnly`).
  if (kind === 'posting') for (const s of bySkill.values()) if (s.importance === 'mentioned' && taxonomy.skills.get(s.id)?.askedOnly) bySkill.delete(s.id);
  // "A degree in a field like Statistics" in a posting that asks "Bachelor's degree required": the
  // degree named is what is asked, not a degree besides (the taxonomy's `membersAsk`); but "A college degree
  // required; MS preferred" asks a degree more strongly than the one it names.
  if (kind === 'posting')
    for (const s of bySkill.values()) {
      if (!taxonomy.skills.get(s.id)?.membersAsk) continue;
      for (const o of bySkill.values())
        if (o.id !== s.id && importanceRank[o.importance] <= importanceRank[s.importance] && taxonomy.ancestorsOf(o.id).includes(s.id)) {
          bySkill.delete(s.id);
          break;
        }
    }
  const groups = kind === 'posting' ? groupsOf(reader, kept, bySkill, text, taxonomy) : [];
  return { skills: [...bySkill.values()], groups, negated: [...negated.values()], reading };
}

/** A skill a resume names, where, and what its sentence says of it. */
export interface ResumeMention {
  skill: Match['skill'];
  start: number;
  end: number;
  text: string;
  section: SectionKind;
  /** "currently learning Rust": learning; "familiar with Docker": familiar; "no experience with Kubernetes": negated. */
  cue: 'learning' | 'familiar' | 'negated' | null;
  /** A level word by the skill ("German (B2)", "fluent English", "Python: advanced"). */
  level: Level | null;
  /** The years its sentence ties to it ("Python (5 years)", "6 years of SQL"), as a posting's are read. */
  years: number | null;
}

/**
 * A resume's skills section lists skills: there a name that needs a context word has it ("Skills" /
 * "Ruby, Go"). The names found so, where no other match stands, join the matches (text order).
 */
function withListedNames(matches: Match[], tokens: Tokens, taxonomy: CompiledTaxonomy, reading: Reading): Match[] {
  const lists = reading.sections.filter((s) => s.kind === 'skills');
  if (lists.length === 0) return matches;
  const listed = matchTokens(tokens, taxonomy, { assumeContext: true, caseInItems: true }).filter(
    (m) => lists.some((s) => m.start >= s.start && m.end <= s.end) && !matches.some((o) => o.start < m.end && m.start < o.end),
  );
  return listed.length === 0 ? matches : [...matches, ...listed].sort((a, b) => a.start - b.start);
}

/**
 * The skills of a resume, mention by mention, read with the resume's structure: its sections and
 * what each sentence says of a skill (learning, a little, lacked) and level words by it.
 */
export function extractResume(
  text: string,
  taxonomy: CompiledTaxonomy,
  options: { vocab?: Vocabulary } = {},
): { mentions: ResumeMention[]; reading: Reading; tokens: Tokens; cueAt: (first: number, last: number) => ResumeMention['cue'] } {
  const reading = read(text, { kind: 'resume', vocab: options.vocab, isSkillWord: (word) => taxonomy.trie.startsForm(word), nameAcross: (before, after) => nameAcross(taxonomy, before, after) });
  const tokens = scanTokens(reading.flow, undefined, reading.asking);
  const matches = withoutForeignAcronyms(coordinated(withListedNames(matchTokens(tokens, taxonomy), tokens, taxonomy, reading), tokens, taxonomy, reading.vocab.coordinators, reading.vocab.listVerbs, (w) => reading.vocab.isModifier(w), reading.vocab.listNouns), reading.flow);
  const reader = new MentionReader(reading, tokens, matches);
  asDegreeFields(matches, reader, taxonomy);
  const mentions: ResumeMention[] = [];
  for (const m of matches) {
    // A word of a link ("github.com/mokafor", "linkedin.com/in/...") claims nothing.
    if (insideLink(text, m.start, m.end)) continue;
    // "Worked with data scientists and ML engineers", "led a team of Java developers": other
    // people's roles show nothing of the person's own.
    const reading = categoryOf(taxonomy, m.skill.category).reading;
    if (reading !== 'practice' && reader.roleOf(m) === 'others') continue;
    // "Covered fintech stocks including Snowflake Inc.": a company, not its product.
    if (reader.namesCompany(m)) continue;
    // "Built a leadership dashboard", "Fixed bugs in the coaching app": the name of what was built.
    if (reading === 'soft-skill' && reader.namesProduct(m)) continue;
    // "B.Tech in Electronics and Communication Engineering": a degree's name, no soft skill shown.
    if (reading === 'soft-skill' && reader.sectionAt(m.start).kind === 'education') continue;
    // "Worked on a team that used Scala": what the others did.
    if (reader.othersDid(m)) continue;
    // "Fine-tuned models for Spanish and French sentiment analysis": the data's languages, not ones spoken.
    if (reading === 'language' && reader.languageOfData(m)) continue;
    const cue = reader.cueOf(m);
    mentions.push({
      skill: m.skill,
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      section: reader.sectionAt(m.start).kind,
      cue: cue === 'learning' || cue === 'familiar' || cue === 'negated' ? cue : null,
      level: reader.levelOf(m, m.skill.label),
      years: reader.yearsOf(m),
    });
  }
  // "Currently learning Kubernetes to deploy my own models": the purpose of what is being learned
  // is not done yet either, up to the clause's end (a deed, not a tool: "... to rewrite our Go services").
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.cue !== null || categoryOf(taxonomy, m.skill.category).tool) continue;
    const before = mentions[i - 1]!;
    if (before.cue !== 'learning' || reader.sentenceAt(before.start).start !== reader.sentenceAt(m.start).start) continue;
    if (PURPOSE.test(text.slice(before.end, m.start))) m.cue = 'learning';
  }
  /** The resume's cue on tokens [first, last), a phrase that names no skill ("to deploy my own models"). */
  const cueAt = (first: number, last: number): ResumeMention['cue'] => {
    const cue = reader.cueOf({ first, last, start: tokens.start[first]!, end: tokens.end[last - 1]! });
    return cue === 'learning' || cue === 'familiar' || cue === 'negated' ? cue : null;
  };
  return { mentions, reading, tokens, cueAt };
}

/** The words between a skill being learned and what it is learned for, in one clause: "... Kubernetes to deploy ...", "... in order to build ...". */
const PURPOSE = /^[^,;:.!?()]{0,12}\b(?:to|in order to|so that i can|so i can)\s+(?:\S+\s+){0,5}$/i;

/** Whether a mention of the skill outside the sentences of its not-needed mentions asks it (required or preferred). */
function askedOutsideNegation(reader: MentionReader, kept: readonly KeptMention[], id: string, n: NegatedSkill): boolean {
  const sentences = new Set(n.mentions.map((m) => reader.sentenceAt(m.start).start));
  return kept.some((k) => k.id === id && k.importance !== 'mentioned' && !sentences.has(reader.sentenceAt(k.start).start));
}

/** A mention that asks, for groups of alternatives (a class, not a spread copy: one per mention, on the hot path). */
class KeptMention {
  readonly id: string;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  constructor(
    m: Match,
    readonly importance: Importance,
  ) {
    this.id = m.skill.id;
    this.first = m.first;
    this.last = m.last;
    this.start = m.start;
    this.end = m.end;
  }
}

function mentionOf(text: string, m: Match, section: SectionKind): Mention {
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end), section };
}

/**
 * A field of study a degree names and the examples of it that follow are one choice: "a degree in a
 * quantitative field (e.g. Statistics, Economics)", "a technical or analytic discipline such as
 * physics, chemistry": a degree in any of them meets it. The field joins the run of its examples
 * (with the fields it is listed with: "a technical/quantitative subject such as ..."), when it is a
 * kind of field at least one of them is or meets.
 */
function joinNamedFields(reader: MentionReader, kept: readonly KeptMention[], runs: number[][], degreeOf: (i: number) => 'degree' | 'field' | 'subject' | null, taxonomy: CompiledTaxonomy): void {
  const isField = (i: number) => degreeOf(i) === 'field' || degreeOf(i) === 'subject';
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const head = run[0]! - 1;
    if (head < 0 || degreeOf(head) !== 'field' || !run.every(isField) || !examplesFollow(reader, kept[head]!, kept[run[0]!]!)) continue;
    // (The fields listed with the head: the run it ends, when that run is of fields alone.)
    const before = runs.findIndex((other) => other[other.length - 1] === head);
    const heads = before >= 0 && runs[before]!.every((i) => degreeOf(i) === 'field') ? runs[before]! : before < 0 ? [head] : null;
    if (!heads) continue;
    const kinds = new Set(heads.map((i) => kept[i]!.id));
    const covered = (id: string) => taxonomy.ancestorsOf(id).some((a) => kinds.has(a)) || taxonomy.meetsOf(id).some((a) => kinds.has(a));
    if (!run.some((i) => covered(kept[i]!.id))) continue;
    runs[r] = [...heads, ...run];
    if (before >= 0) {
      runs.splice(before, 1);
      if (before < r) r--;
    }
  }
}

/**
 * Groups of alternatives, each counted once by every comparison. A skill belongs to the group it is
 * asked through most strongly, unless it is also asked on its own at least as strongly; a group
 * left with fewer than two skills is no group.
 */
function groupsOf(
  reader: MentionReader,
  kept: readonly KeptMention[],
  bySkill: Map<string, ExtractedSkill>,
  text: string,
  taxonomy: CompiledTaxonomy,
): AlternativeGroup[] {
  const degreeOf = (i: number) => {
    const category = bySkill.get(kept[i]!.id)?.category;
    // A field of study ("Computer Science", "STEM"), or a subject that may be one ("Statistics").
    return category === 'degree' ? 'degree' : category === 'field-of-study' ? 'field' : category === 'mathematics' || category === 'statistics' ? 'subject' : null;
  };
  const kindOf = (member: string, head: string) => member !== head && taxonomy.ancestorsOf(member).includes(head);
  // A degree is an alternative to degrees, fields and credentials only ("Actuarial credential or
  // Master's degree"): "Strong SQL skills Master's degree or PhD", items run together where a text lost
  // its line breaks, or "pharma experience or Bachelor or Master degree" offer no choice between them.
  /** How the category of mention i's skill reads (tool, industry, ...). */
  const readsOf = (i: number) => categoryOf(taxonomy, bySkill.get(kept[i]!.id)?.category ?? '');
  const schooling = (i: number) => degreeOf(i) !== null || bySkill.get(kept[i]!.id)?.category === 'certification';
  // Soft skills a slash joins are asked together ("written/verbal communication", "interpersonal/
  // communication skills"), where a slash between tools offers a choice ("AWS/GCP").
  const soft = (i: number) => bySkill.get(kept[i]!.id)?.category === 'soft-skill';
  // ... and so are a concept and its kind a slash joins ("AI/ML", "ML/DL", "data mining/analysis"): one
  // field named twice. (Not tools, "Airflow/Cloud Composer", nor subjects of study and industries,
  // "Mathematics/Statistics", "Banking/Financial Services": a choice.)
  const concept = (i: number) => {
    const c = readsOf(i);
    return !c.tool && c.reading !== 'industry' && degreeOf(i) === null;
  };
  const lineage = (run: number[]) => run.every(concept) && run.every((i) => run.every((j) => kept[i]!.id === kept[j]!.id || kindOf(kept[i]!.id, kept[j]!.id) || kindOf(kept[j]!.id, kept[i]!.id)));
  const slashed = (run: number[]) => run.every((i, k) => k === 0 || text.slice(kept[run[k - 1]!]!.end, kept[i]!.start).trim() === '/');
  const industry = (i: number) => readsOf(i).reading === 'industry';
  // A practice named right before the first of the choices, a space between, qualifies it and is none
  // of them: "You write clean Go or Python" (clean code, asked besides).
  const qualifies = (a: number, b: number) => !readsOf(a).tool && readsOf(b).tool && degreeOf(a) === null && /^[ \t]+$/.test(text.slice(kept[a]!.end, kept[b]!.start));
  // (A platform's own services: EKS of AWS.)
  const partOf = (member: string, whole: string) => taxonomy.wholesOf(member).includes(whole);
  const runs = findAlternatives(reader, kept, degreeOf, kindOf, industry, partOf)
    .map((run) => {
      let k = 0;
      while (k + 1 < run.length && qualifies(run[k]!, run[k + 1]!)) k++;
      return k > 0 ? run.slice(k) : run;
    })
    .map((run) => (run.some((i) => degreeOf(i) === 'degree') ? run.filter(schooling) : run))
    .filter((run) => run.length > 1 && run.every((i) => bySkill.has(kept[i]!.id)) && !((run.every(soft) || lineage(run)) && slashed(run)));
  joinNamedFields(reader, kept, runs, degreeOf, taxonomy);
  if (runs.length === 0) return [];
  const inRun = new Set(runs.flat());
  // Candidate groups, the same set of skills once (strongest importance).
  const candidates = new Map<string, AlternativeGroup>();
  for (const run of runs) {
    const ids = [...new Set(run.map((i) => kept[i]!.id))];
    const key = [...ids].sort().join(' ');
    const importance = run.map((i) => kept[i]!.importance).reduce(strongest);
    const first = kept[run[0]!]!;
    const last = kept[run[run.length - 1]!]!;
    const g = candidates.get(key);
    if (!g) candidates.set(key, { skills: ids, importance, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    else g.importance = strongest(g.importance, importance);
  }
  // Each skill's strongest importance outside any group.
  const alone = new Map<string, Importance>();
  kept.forEach((m, i) => {
    if (inRun.has(i)) return;
    const a = alone.get(m.id);
    alone.set(m.id, a ? strongest(a, m.importance) : m.importance);
  });
  const list = [...candidates.values()];
  const home = new Map<string, number>();
  list.forEach((g, gi) => {
    // (Degrees a text names again on their own stay a choice: "Master's degree or PhD in Physics ...
    // PhD in Chemistry with 3 years": no one needs both.)
    const degrees = g.skills.every((id) => bySkill.get(id)?.category === 'degree');
    for (const id of g.skills) {
      const a = alone.get(id);
      if (a && (degrees ? importanceRank[a] < importanceRank[g.importance] : importanceRank[a] <= importanceRank[g.importance])) continue;
      const h = home.get(id);
      if (h === undefined || importanceRank[g.importance] < importanceRank[list[h]!.importance]) home.set(id, gi);
    }
  });
  const groups: AlternativeGroup[] = [];
  list.forEach((g, gi) => {
    const members = g.skills.filter((id) => home.get(id) === gi);
    if (members.length < 2) return;
    const index = groups.push({ ...g, skills: members }) - 1;
    for (const id of members) bySkill.get(id)!.group = index;
  });
  return groups;
}

export function extractPosting(posting: Posting, taxonomy: CompiledTaxonomy): ExtractedPosting {
  // A file's name ("1042_Acme_Data-Scientist.txt") gives facts weaker than the text's own title line and employer.
  const named = fileNameFacts(posting.source);
  const guess = typeof named.title === 'string' && typeof named.company === 'string' && named.title === posting.title && named.company === posting.company ? { title: named.title, company: named.company } : undefined;
  const { skills, groups, negated, reading } = extractText(posting.text, taxonomy, guess ? { guess } : { company: posting.company, title: posting.title });
  // What reading the input noticed (a windows-1252 file, a lying charset) comes first.
  const warnings: string[] = [...(posting.warnings ?? [])];
  if (!/\S/.test(posting.text)) warnings.push('the posting has no text');
  else if (skills.length === 0) warnings.push('no known skills found: is this a job posting? (`extract --unknown` lists unknown terms)');
  const f = reading.facts;
  return {
    ...posting,
    title: (guess ? null : posting.title) ?? f.title ?? reading.title ?? posting.title,
    company: (guess ? null : posting.company) ?? f.company ?? reading.employerName,
    location: posting.location ?? f.location ?? null,
    datePosted: posting.datePosted ?? f.datePosted ?? null,
    employmentType: posting.employmentType ?? f.employmentType ?? null,
    salary: posting.salary ?? f.salary ?? null,
    skills,
    groups,
    negated,
    warnings,
  };
}
