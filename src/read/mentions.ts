/**
 * What a recruiter reads around each skill a text names: the section and sentence it stands in,
 * the cue that qualifies it (required, preferred, not needed), whether its sentence is boilerplate
 * or asks, whether it names a role or the employer, and the years tied to it. Worked out lazily,
 * once per sentence that holds a skill: most of a posting's text holds none.
 */

import type { PhraseSet } from '../lexicon/index.js';
import type { Span } from '../lexicon/index.js';
import { keyHash, scanTokens, type Tokens } from '../lexicon/index.js';
import { blankBetween, indexIn, isWhiteSpace, lastIndexIn, onOneLine } from '../white-space.js';
import type { Reading } from './index.js';
import type { BoilerplateKind, SectionKind } from './schema.js';
import { isBulletGlyph } from './bullets.js';
import { ownedByEmployer } from './employer.js';
import { endsClauseAt } from './patterns.js';
import { NOT_ASKED, type Section } from './sections.js';
import type { TableCell } from './tables.js';
import { enumeratorStop, splitSentences } from './sentences.js';
import type { CueType, SentenceTag, Vocabulary } from './vocab.js';
import { MAX_SKILL_YEARS, type YearsPhrase } from './years.js';

/** A span of tokens [first, last) with its characters [start, end): a skill's mention. */
export interface TokenSpan {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** A cue of a sentence, its direction settled. */
interface Cue {
  type: Cued;
  forward: boolean;
  first: number;
  last: number;
  /** For a forward cue: the token its scope ends before (the clause's end, or a negation's closer). */
  until: number;
  /** For a backward cue: the first token its scope reaches back to. */
  from: number;
  /**
   * For a backward cue: the token its scope ends before after it, past a bracket that follows it
   * ("... is preferred (tools such as JIRA, Confluence)"); its `last` when none.
   */
  tail: number;
  /** A resume's phrase of knowing a little or not at all, forward only ("familiar with", "no experience with"): it reaches only the list right after it. */
  bound?: boolean;
}

interface SentenceFacts {
  span: Span;
  first: number;
  last: number;
  cues: Cue[];
  /** Token indices where a clause ends (break words), ascending. */
  breaks: number[];
  /** Where the breaks that turn the sentence stand (cues.turns), in token order. */
  turns: number[];
  /**
   * Boilerplate phrases of the sentence: their kind, strength, tokens and words, in text order;
   * `inner`: inside a longer phrase of its kind ("solutions" in "our solutions").
   */
  evidence: { kind: BoilerplateKind; strong: boolean; first: number; last: number; id: number; inner: boolean }[];
  /** The most tokens of one evidence phrase (what a window of tokens looks back for a phrase that reaches into it). */
  evidenceLength: number;
  /** Where requirement-like phrases ("experience with", "strong") start, and which are strong. */
  asking: { at: number; strong: boolean }[];
  /** The sentence introduces the job ("Acme is seeking..."). */
  intro: boolean;
  /** The token after the job's introduction phrase (-1 without one). */
  introEnd: number;
  /** The first token of the job's introduction phrase (-1 without one). */
  introStart: number;
  /** The sentence opens with a qualification ("Experience with SPSS", "3+ years of experience in"). */
  opens: boolean;
  /** The sentence tells the job's duties ("You will build ..."). */
  duty: boolean;
  /** It opens so, its first words ("You will support ...", "This individual will ..."; not "Here, you'll have the chance ..."). */
  dutyOpens: boolean;
  /** The boilerplate of a short sentence, once worked out (undefined until then). */
  boilerplate: Boilerplate | null | undefined;
  /** Years by the first token of each mention they are tied to (worked out when first asked). */
  years: Map<number, number> | undefined;
  /** The sentence states the employer's own years ("We have 30 years of experience in Java consulting"), and no years asked (set with `years`). */
  claim: boolean | undefined;
  /** Years that lead in a list after a colon ("3 years in the following: A; B; C"), and where that list ends (set with `years`). */
  listLead: { years: number; until: number } | undefined;
  /** Years a years.backToList phrase gives back with no skill before them in the sentence: those of the skills of the sentence before a semicolon ("Experience with Java, C and Go; 2+ years in any one of these"; set with `years`). */
  backYears?: number;
  /** The years of the sentence tied to a degree, routes to the job (see yearsRoute; set with `years`). */
  routes?: number[];
  /** The token after the sentence's lead-in phrase (see afterLeadIn), once asked (undefined until then). */
  leadIn: number | undefined;
  /** The sentence's subject is a unit of the employer (see unitOpens), once asked (undefined until then). */
  unit: boolean | undefined;
  /** The sentence speaks to the candidate (see speaksToCandidate), once asked. */
  speaks: boolean | undefined;
}

/**
 * What a cue says of what it qualifies: in a posting, required, preferred, not asked, or the
 * employer's own stack named in passing; in a resume, learning, known a little, or lacked.
 */
export type Cued = 'required' | 'preferred' | 'negated' | 'stack' | 'learning' | 'familiar';

/** A sentence's boilerplate: its kind and the weight of the evidence (a strong phrase 2, a weak one 1). */
export interface Boilerplate {
  kind: BoilerplateKind;
  score: number;
  /** Carried from the sentences before it in its paragraph: the sentence itself says none of it. */
  carried?: true;
}

/** How many lines opening with a qualification make a section of duties a list of what is asked (see mostlyAsks). */
const MIN_ASKING_LINES = 3;
/** The share of a section's lines naming a skill that must open with a duty word for it to list duties (see mostlyDuties). */
const DUTY_SHARE = 0.6;

/** The most tokens of a bracket inside a phrase that a bare cue after it passes over ("languages (Python, R etc.) to analyze data preferred"). */
const MAX_ASIDE_TOKENS = 12;

/** How far back a bracket of members may open before the years right after it ("AWS (Glue, EMR, S3, Lambda) - minimum 4 years"). */
const MEMBERS_BRACKET_CHARS = 300;

/** How many lines of a list a line ending in a colon gives its years to (see listYearsOf). */
const MAX_LIST_LINES = 15;

/** How many words may stand between years and the first skill they qualify; more before a colon that opens the list ("1 year of experience delivering solutions in at least two of the following: data science, ..."). */
const YEARS_REACH = 10;
/** A bracket right after years (see pastDegreeBrackets), and how many characters it may take: "(with an M.S.)", "(BS/MS)". */
const DEGREE_BRACKET = /^[ \t]*\([^()\n]{1,40}\)/;
const DEGREE_BRACKET_CHARS = 48;
/** How many characters after years a years.backToList phrase is looked for in ("with 3+ years of hands-on experience in any one of these"). */
const BACK_TO_LIST_CHARS = 80;
/** How far after years a cue in their bracket may stand ("(5+ years strongly preferred)"). */
const WELCOMED_YEARS_CHARS = 40;
/** How many tokens back a dash between spaces is looked for before a cue (see afterSpacedDash). */
const DASH_REACH = 40;
/** How far from a mention the semicolon that opens its clause, or ends it, is looked for (see employerClause). */
const CLAUSE_REACH = 300;
/** An en or em dash between spaces: a clause's end. */
const SPACED_EN_DASH = /\s[–—]\s/;
/** A bracket that opens right after a mention. */
const BRACKET_AFTER = /^\s*\(/;
/** How many semicolon-parted items back a list's lead-in years are looked for. */
const MAX_LIST_ITEMS = 30;
/** The most characters of a list that years lead in after a colon. */
const MAX_LIST_CHARS = 2000;
/** Where a list that years lead in after a colon ends: a full stop before a space or the text's end, or a line break. */
const LIST_END = /\.(?=\s|$)|\n/g;
const YEARS_COLON_REACH = 14;
/** How far from a mention the end of its line's part, and its bracket of a level, are looked for (see partLevel). */
const PART_LEVEL_REACH = 160;
const PART_LEVEL_BRACKET = 40;
/** What ends the part of a line a level label opens (see levelOf): a line break, a pipe, a semicolon. */
const LIST_PART_END: ReadonlySet<number> = new Set([10, 13, 124, 59]);
/** A rating's filled and empty glyphs. */
const FILLED_GLYPHS = '★●■◆⬤';
const EMPTY_GLYPHS = '☆○□◇◯';
/**
 * A rating right after a skill, as resume templates draw one: filled and empty stars, dots or
 * squares ("Python ★★★★☆", "Rust ●●○○○"), or a score out of 5 or 10 ("SQL (4/5)", "Go: 7/10").
 */
const RATING = new RegExp(`^[\\s:(–—-]*(?:([${FILLED_GLYPHS}]+)([${EMPTY_GLYPHS}]*)|(\\d{1,2})\\s*\\/\\s*(5|10)(?![\\d.]))`, 'u');
/** A rating's glyphs, filled and empty. */
const RATING_GLYPHS = new RegExp(`[${FILLED_GLYPHS}${EMPTY_GLYPHS}]+`, 'gu');
/** A rating's share of the whole (0-1) as a level: the top share is mastery, under half a start. */
function ratingLevel(share: number): 'beginner' | 'intermediate' | 'advanced' | 'expert' {
  return share >= 0.9 ? 'expert' : share >= 0.7 ? 'advanced' : share >= 0.5 ? 'intermediate' : 'beginner';
}

/** The kinds of boilerplate whose strong phrase speaks for its long sentence (see readBoilerplate). */
const SENTENCE_WIDE: ReadonlySet<BoilerplateKind> = new Set(['hiring-process', 'equal-opportunity']);

/** ... as far as this many words from the mention: a text whose stops were lost runs many sentences into one. */
const SENTENCE_WIDE_REACH = 40;

/** How many words back a list's label is looked for (see listedUnder). */
const LIST_UNDER_WORDS = 40;

/** How many words after the sentence's first a role noun of its subject may stand (see othersDid). */
const MAX_SUBJECT_WORDS = 3;
/** How many words after a skill a passive that gives it to others may stand, and its role noun after the passive ("a Java backend owned by another team"). */
const PASSIVE_REACH = 3;
/** How many words after a spoken language the words of data may stand, other languages between ("Spanish, French and Italian sentiment analysis"). */
const LANGUAGE_DATA_REACH = 5;
/** How many words from a resume's sentence start the person's own role noun may stand ("I am a senior backend engineer who"). */
const MAX_OWN_ROLE_WORDS = 6;

/** How far back from a mention the words that open what others did are looked for (see othersDid). */
const MAX_OTHERS_REACH = 10;
/** How many words a resume's words of lack and its noun of experience may stand from a skill (see lacked). */
const LACK_REACH = 6;
/** How many words after a resume's cue the colon that ends its label may stand (see labelColonAfter). */
const LABEL_COLON_REACH = 6;
/** How far after a resume's cue a level word after a comma is looked for (see levelAfterComma). */
const LEVEL_REACH = 64;

/** How many words after years the joiner after their own experience word may stand ("of relevant work experience and"; see experienceJoined). */
const EXPERIENCE_JOINED_WORDS = 4;
/** A few words with no stop, comma or "and" between a skill and the colon of a list's lead ("experience with one of the following technologies:"; see readIntroYears). */
const LIST_LEAD_AFTER = /^(?:\s+(?!and\b)[\p{L}-]+){1,8}\s*:\s*$/u;
/** How many words may stand between a role or field and the verb of what is done in it, and between the verb and the skill done (see doneIn). */
const DONE_IN_WORDS = 2;
/** Up to two lower-case words, "to", a verb and maybe one more word, between a skill and what it is used for (see doneFor); group 1 up to "to". */
const DONE_FOR_GAP = /^((?:\s+\p{Ll}[\p{Ll}\u00ad-]*){0,2}\s+)to\s+\p{Ll}+(?:\s+\p{Ll}[\p{Ll}\u00ad-]*)?\s+$/u;
/** Lower-case words alone (none at all too) between a verb in -ing and its object (see objectOf). */
const OBJECT_GAP = /^(?:\s+\p{Ll}[\p{Ll}\u00ad-]*){0,2}\s+$/u;
/** Lower-case words, and one comma at most, between a role or field and the skill done in it (see doneIn). */
const DONE_IN_GAP = /^\s+\p{Ll}[\p{Ll}\u00ad-]*(?:\s+\p{Ll}[\p{Ll}\u00ad-]*)?,?(?:\s+\p{Ll}[\p{Ll}\u00ad-]*){1,3}\s+$/u;
/** How many words of an item may stand on either side of the list word between two skills of what years qualify (see itemTails). */
const ITEM_TAIL = 2;
/** How far back from a cue the comma before its subject, and the item before that comma, are looked for (see subjectAfterItem). */
const SUBJECT_CHARS = 200;
/** Words and the blanks or hyphens that join them only: no stop, comma, bracket or dash between blanks. */
const ITEM_TAIL_GAP = /^\s*[\p{L}\p{N}/&\u00ad]+(?:(?:\s+|-)[\p{L}\p{N}/&\u00ad]+)*\s*$/u;
/** How many words of the kind may stand between a skill and the phrase that leads to its members ("Cloud-based data technologies such as"). */
const ELABORATION_LEAD = 4;
/** The characters between a kind and its first member: words, a slash between them, and a bracket or colon that opens the members ("(e.g., Neo4j)", "such as: statistical modeling", "statistical / analytic languages such as"); and the soft hyphens of a word the wrapping broke ("ins-" / "besondere"). */
const ELABORATION_GAP = /^[\p{L}\p{N}\s,.(:/\u00ad-]*$/u;
/** Items that name no skill between an elaboration phrase and its first known member: one or two, a word or two each. */
const NAMELESS_ITEMS = /^(?:[\p{L}\p{N}][\p{L}\p{N}+#/.-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}+#/.-]*)?\s*,\s*){1,2}$/u;
const NAMELESS_ITEMS_WORDS = 4;

/** How far after the job introduction's "with" its skills and their experience word may stand. */
const INTRO_WITH_REACH = 8;
/** How many words after the job's introduction a colon or a bracket may open what the person sought brings (see introLeads). */
const INTRO_LEAD_REACH = 6;
/** How far a bracket that opens there may hold the mention, in characters. */
const INTRO_BRACKET_REACH = 120;
/** How far after the job's introduction its "who knows" may stand before the mention, in words. */
const INTRO_KNOWS_REACH = 24;
/** How many mentions back a list the job's introduction asks is followed to its first (see introAsks). */
const MAX_INTRO_LIST = 8;

/** How far a list of names may run on to the role noun that closes it, and how long each of its items may be. */
const LIST_ROLE_REACH = 14;
const LIST_ITEM_WORDS = 4;
/** How many words the first of two names after an office's title may have ("Director of Pricing and Data Science"). */
const HEAD_CONJUNCT_WORDS = 4;
/** How far past a mention the line of a unit's name may run (see unitListed). */
const UNIT_LINE_CHARS = 40;
const UNIT_LINE_LEAD = 6;
/** How long an acronym in brackets between a unit's name and its noun may be, in characters (see pastAcronymBracket). */
const UNIT_ACRONYM_CHARS = 10;
/** How many characters after an inline label its value may reach ("Directorate: National Security Directorate"). */
const MAX_LABEL_VALUE = 60;
/** How many capitalised words of a label's value may stand before the mention, and how many words the label may have (see inlineLabelValue). */
const LABEL_VALUE_WORDS = 3;
const MAX_INLINE_LABEL_WORDS = 3;
/** What stands between an inline label and its value: its colon, maybe set in italics or bold ("_Directorate:_ _National Security_"). */
const INLINE_LABEL_COLON = /^[_*]*:[_*]*\s+[_*]*$/;
/** How far before a mention the colon of an inline label may stand: its value's few words and the marks around them. */
const INLINE_LABEL_VALUE_CHARS = 100;
/** How far before a mention the role noun that opens its list of names is looked for (see listRoleBefore). */
const LIST_ROLE_CHARS = 160;
/** How many words before other people's expertise ("experts in") the words that say whose are looked for (see othersBefore). */
const OTHERS_REACH = 5;
/** How many words a willingness to learn may stand before the first skill it qualifies ("learn new analytics tools such as Tableau"). */
const LEARN_REACH = 6;
/** How many words may stand between a resume's word of learning and a course's word it governs ("working through a Udemy course"). */
const COURSE_GAP = 3;
const RANK: Record<Cued, number> = { preferred: 0, negated: 1, required: 2, stack: 3, learning: 0, familiar: 1 };
const QUALIFIES: ReadonlySet<CueType> = new Set(['required', 'preferred', 'negated', 'stack', 'learning', 'familiar']);

/** The kinds whose evidence in a paragraph carries to its other sentences, and how much it takes. */
const CARRIED: ReadonlySet<BoilerplateKind> = new Set(['about', 'equal-opportunity', 'legal']);
const PARAGRAPH_EVIDENCE = 4;
/**
 * What the employer's name opening a sentence weighs as company evidence for the sentence's own
 * mentions when nothing in it asks ("Acme helps organizations turn data into value with business
 * intelligence"): enough to drop them even in a requirements list (see dropsIn). For the sentences
 * after it, and where the sentence asks or tells a duty, it weighs 2, as any weak phrase of a blurb.
 */
const EMPLOYER_OPENS = 6;
/** How many capitalised words a company's name opening a sentence may have (see companyAt). */
const COMPANY_NAME_WORDS = 4;
/** How many words after "is a" a noun of what a company is may stand (see companyAt). */
const KIND_WORDS = 6;
/** A unit's acronym: "SMSG", "ARA" (see unitAcronym). */
const ACRONYM = /^[A-Z]{2,6}$/;
/** How far back the text is read for where it gave a unit its acronym, in characters. */
const ACRONYM_REACH = 2000;
/** The characters read on either side of an acronym's bracket for a unit's noun. */
const UNIT_WORD_CHARS = 40;
/** How many words a unit's name may have before its noun ("The Biological Systems Science (BSS) Group"). */
const UNIT_NAME_WORDS = 6;
/** How many words a sentence's lead-in phrase before the employer's name may have ("Focused on mission success, Acme pioneers ..."). */
const LEAD_IN_WORDS = 6;
/**
 * How many words a longer lead-in phrase before the employer's name may have, brackets and all
 * ("Through its administration of the Universal Service Fund (USF) on behalf of the FCC, USAC works
 * to ..."; see employerAfterLeadIn).
 */
const LONG_LEAD_IN_WORDS = 30;
/** How many words in Title Case a label run in before the employer's name may have (see employerAfterRunInLabel). */
const RUN_IN_LABEL_WORDS = 3;
/** How many words a label run in before the employer's voice may have (see afterShortLabel). */
const SHORT_LABEL_WORDS = 4;

/** How many tokens of a sentence are looked at for a team's noun (see namesTeam). */
const TEAM_REACH = 60;
/** The key hash of "&" (a name of several words may join two with it: "Dodge Data & Analytics"). */
const AMP_HASH = keyHash('&');
/** A longer line is a posting run together, not a paragraph. */
const MAX_PARAGRAPH = 1200;
/** In a text whose line breaks were lost, how many sentences before a mention its company story may have been told in. */
const RUN_ON_PARAGRAPH = 4;

/** The kind with the most evidence, when it has at least `min`. */
function bestOf(scores: Map<BoilerplateKind, number>, min: number): Boilerplate | null {
  let best: Boilerplate | null = null;
  for (const [kind, score] of scores) if (score >= min && (!best || score > best.score)) best = { kind, score };
  return best;
}

/** The most words of a cue's predicate ("are highly"). */
const MAX_PREDICATE = 3;

/** How far from two mentions the bracket that holds both may open and close. */
const BRACKET_REACH = 200;

/** The most words between two members of a list ("and/or other", "as well as"). */
const MAX_LIST_GAP = 6;
/** How many words may stand between a degree and the first field of its list where no list word joins them (see degreeLead). */
const MAX_DEGREE_LEAD = 10;
/** How many words an experience phrase after years may take ("of hands-on professional experience"): see yearsLeadOn. */
const LEAD_ON_WORDS = 4;
/** How many words may stand before a sentence's opening requirement phrase when a number is among them ("3+", "At least 2"). */
const OPENING = 3;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** How far around a cue its line's start and end are looked for (see opensItem). */
const ITEM_REACH = 600;

/** What stands from the end of a word to the start of the word after a bracket of one word right after it: " (NLP) " (see phraseStart). */
const ONE_WORD_BRACKET = /^\s*\([^\s()]+\)\s*$/;
/** A bracket that closes, a full stop maybe before it, and one space: where an item run into the next may end. */
const BRACKET_CLOSED = /^\.?\) $/;
/** Words, blanks and commas only: what stands between years and the verbs of one experience and the skill after them. */
const BRIDGE_LEAD = /^[\p{L}\s,'’-]*$/u;
/**
 * Years' words that lead to a skill as the last member of a list of plain words after `in` or
 * `with`, coordinated right before it: "5+ years of experience in platform, infrastructure or SRE
 * roles", "3+ years in backend, data or ML engineering". The list shares the years.
 */
const COORDINATED_LEAD = /^\s+(?:of\s+)?(?:\p{Ll}+\s+){0,2}(?:in|with|across)\s+(?:\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?,\s+){1,4}\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?,?\s+(?:or|and)\s+$/u;
/** How many characters after an item's first number its years phrase is looked for ("4+ years", "two (2) or more years"). */
const YEARS_ITEM_CHARS = 30;
/** A dash or colon alone between two words. */
const DASH_OR_COLON = /^\s*[–—:-]\s*$/;
/** The most characters of a bracket that holds a cue of importance inside a list ("(strongly preferred)"). */
const CUE_BRACKET_CHARS = 40;
/**
 * What stands between a phrase and a bracket or colon that names its kinds, in a list of what
 * years qualify: up to three words and the bracket ("a dashboard toolset (Tableau, Qlik)", "Python
 * or another language (C#, Java)") or colon ("statistical software tools: SQL, R, Python").
 */
const ELABORATES = /^(?:\s+\p{L}[\p{L}-]*){0,3}\s*[(:]\s*$/u;
/** How many words may stand before the binder between a skill and what it was done with ("ETL graphs using the Ab Initio GDE"). */
const BOUND_ITEM_WORDS = 2;

/**
 * What may stand between years and the first skill of their list when items that name no skill
 * come first: what the years are of, then items of a few lower-case words ("2+ years experience
 * with threat analysis, risk assessment and risk management", "5+ years of experience in building
 * large scale, high performance, high availability systems"); not "3+ years of experience, strong
 * SQL" (no item before the comma).
 */
const LOOSE_LEAD = /^[^,]*\b\p{Ll}+\s+(?:\p{Ll}[\p{L}\p{N}/-]*\s+){0,2}\p{Ll}[\p{L}\p{N}/-]*(?:\s*,\s*(?:\p{Ll}[\p{L}\p{N}/-]*\s+){0,2}\p{Ll}[\p{L}\p{N}/-]*){0,2}\s*,\s*(?:\p{Ll}+\s+)?$/u;

/**
 * What may stand between two skills of a list of what years qualify besides list words: a bracket
 * after the first, up to two whole items that name no skill (a few words each, capitalized or not),
 * then a comma and the first words of the next item ("data mining, informatics programming,
 * computational algorithms, information retrieval (i.e., organizing data), statistical analysis";
 * "Analytics, Sales Strategy/Operations, Management Consulting"). The words are checked apart for
 * list breaks and cues (runsOn).
 */
const LOOSE_ITEMS = /^(?:\s*\([^()]{0,80}\))?(?:\s*,\s*(?:\p{L}[\p{L}\p{N}/\u00ad-]*\s+){0,3}\p{L}[\p{L}\p{N}/\u00ad-]*){0,2}\s*,\s*(?:\p{L}[\p{L}\p{N}/\u00ad-]*\s+){0,4}$/u;
/**
 * Or, in place of the bracket, a word or two in lower case that end the first item before the
 * comma ("BI best practices, business processes, data analysis", "data platform projects,
 * DevSecOps"): the words are checked apart as LOOSE_ITEMS's are (runsOn).
 */
const TAILED_ITEMS = /^(?:\s+\p{Ll}[\p{Ll}\u00ad-]*){1,2}(?:\s*,\s*(?:\p{L}[\p{L}\p{N}/\u00ad-]*\s+){0,3}\p{L}[\p{L}\p{N}/\u00ad-]*){0,2}\s*,\s*(?:\p{L}[\p{L}\p{N}/\u00ad-]*\s+){0,4}$/u;

/** How many tokens either side of years an owner phrase leads in the candidate's or the employer's words are looked for. */
const OWNER_VOICE_REACH = 15;

/** How many tokens around a mention its sentence's boilerplate and requirement phrases reach. */
const REACH = 25;
/** How far after a heading run into a text its first sentence may start (see runInKindAt). */
const RUN_IN_REACH = 300;
/** The weight of a heading run into a text as evidence of what its first sentence is (a strong phrase weighs 2). */
const RUN_IN_WEIGHT = 6;
/** How many words a list item that opens on a perk ("We pay for your Databricks certification") may hold (see readBoilerplate). */
const PERK_WORDS = 14;

/**
 * How many forward (or backward) cues of its clause are tried for a mention, nearest first: a
 * clause of a real posting holds a handful; a hostile one ("no X required, no Y required, ...")
 * thousands, which would make reading quadratic.
 */
const MAX_CUES_LOOKED = 64;
/** The most words of a sentence that is only a cue about the sentence before it ("Skill is desired, but not required"; see trailingCue). */
const MAX_TRAILING_CUE = 12;
/** The sections whose every line asks. */
const ASKING_KINDS: ReadonlySet<string> = new Set(['requirements', 'preferred']);
/** A dash between spaces, as one parts two clauses (" - ", " – ", " — "). */
const SPACED_DASH = /\s[-–—]\s/;

/** The most words of a `roles.held` phrase ("experience working as a"). */
const HELD_REACH = 6;

/** How many words after years a `years.binders` word ties them to a skill across ("4+ years of hands-on experience with Python" is one too many). */
const BINDER_REACH = 3;
/** How many words may stand between a job's introduction and the role it seeks ("we need | a senior | Java engineer"). */
const INTRO_ROLE_REACH = 3;
/** How many words before years a `years.insteadOf` phrase is looked for ("In lieu of a Bachelor's degree, 9 years"). */
const INSTEAD_REACH = 8;
/** How many words before a years phrase, and after it, a degree ties it to a route (see yearsRoute). */
const ROUTE_BEFORE = 12;
const ROUTE_AFTER = 16;

/** How many words after a years lead the noun of an amount of data is looked for ("10 years of UK school performance data"). */
const AMOUNT_REACH = 6;
/** A version after a skill's name ("14+", "3.x", "v2"), passed over between it and its years. */
const VERSION = /(?<![\p{L}\p{N}])v?\d{1,3}(?:\.(?:\d{1,3}|x))*\+?(?![\p{L}\p{N}])/gu;

/** The longest bracket (in tokens) that confines a cue inside it. */
const MAX_BRACKET_TOKENS = 16;

export const isUpper = (c: number) => c >= 65 && c <= 90;
/** Whether a word of two letters or more is written in capitals ("US", "OUR"). */
const shoutedWord = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
const isLower = (c: number) => c >= 97 && c <= 122;

/**
 * The first index of a sorted array whose item is not `below` (every item before it is). Each
 * mention looks up the cues, phrases and mentions near it this way, never by a scan of its whole
 * sentence: a posting run together on one line is one long sentence, and a scan per mention would
 * make reading it quadratic.
 */
function lowerBound<T>(items: readonly T[], below: (item: T) => boolean, from = 0): number {
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** What listWordsIn finds: every token a list word, and which kinds of list words stand there. */
export const LIST_COVERED = 1;
export const LIST_CONNECTOR = 2;
export const LIST_JOINER = 4;
export const LIST_FILLER = 8;

/**
 * The vocabulary's list words over tokens [from, to) (at most 31 tokens), as LIST_* bits. A lead-in
 * inside a list of what years qualify is filler ("Power BI (including DAX, ...)"); so are the words
 * of one experience ("manipulating data and building models"): with `loose` only.
 */
export function listWordsIn(tokens: Tokens, vocab: Vocabulary, from: number, to: number, loose: boolean): number {
  let covered = 0;
  let kinds = 0;
  vocab.alternatives.each(tokens, from, to, (tag, first, last) => {
    if ((tag === 'leadIn' || tag === 'yearsBridge') && !loose) return;
    for (let k = first; k < last; k++) covered |= 1 << (k - from);
    kinds |= tag === 'connector' ? LIST_CONNECTOR : tag === 'joiner' ? LIST_JOINER : LIST_FILLER;
  });
  return covered === (1 << (to - from)) - 1 ? kinds | LIST_COVERED : kinds;
}

/** How many words after the employer's voice its subject, the job's own people, may end ("Our senior data scientists"; see employerStory). */
const ROLE_SUBJECT_WORDS = 4;

/** How many words after a preposition that opens a sentence the employer's voice may stand ("In 12 hubs worldwide our ..."; see employerStory). */
const STORY_LEAD_WORDS = 8;

/** How many sentences after the first of its paragraph a unit's story may go on (see unitStory). */
const STORY_SENTENCES = 6;

/** How many first words of a sentence of a unit's story are looked at for a role noun, its subject (see unitStory). */
const STORY_SUBJECT_WORDS = 3;

export class MentionReader {
  private readonly sectionCursor: (offset: number) => Section;
  private lineStart = -1;
  private lineEnd = -1;
  /** Where the lines that end in a colon after years end (see findYearsLeads). */
  private yearsLeads: number[] | undefined;
  /** The years a list's lead-in line gives the items under it, by the item line's start (see listYearsOf). */
  private readonly introYears = new Map<number, number | null>();
  /** Whether a section's heading leads in names of the employer's units, by the section's start (see unitListed). */
  private readonly unitLeadIns = new Map<number, boolean>();
  private lineSentences: Span[] = [];
  private readonly facts = new Map<number, SentenceFacts>();
  /** The sentences of each line read so far, by the line's start (mentions are read again for groups). */
  private readonly lines = new Map<number, Span[]>();
  /** The cue each sentence that is only a cue gives the sentence before it, by its start (see trailingCue). */
  private readonly trailing = new Map<number, Cued | null>();
  /** Whether the text holds a line mark (see lineMarkAt), once looked for. */
  private marked: boolean | undefined;
  /** Key hashes of the words of the employer's name. */
  private readonly employer: ReadonlySet<number>;
  /** The key hash of the first word of the employer's name: a sentence naming it is about the company, a little. */
  private readonly employerFirst: number | undefined;
  /** The text has no line breaks (an export's or a paste's): its lists run their items together. */
  private readonly runOn: boolean;

  /** Whether the text lost its line breaks (an export's or a paste's): its sections are told less surely. */
  get lineBreaksLost(): boolean {
    return this.runOn;
  }

  /**
   * @param tokens the flow text's tokens over (at least) the reading's asking ranges
   * @param spans every skill mention, in text order: they settle the direction of "either" cues
   */
  constructor(
    readonly reading: Reading,
    readonly tokens: Tokens,
    private readonly spans: readonly TokenSpan[],
  ) {
    this.runOn = onOneLine(reading.flow);
    let i = 0;
    const sections = reading.sections;
    this.sectionCursor = (offset) => {
      if (offset < sections[i]!.start) i = 0;
      while (i < sections.length - 1 && offset >= sections[i]!.end) i++;
      return sections[i]!;
    };
    this.employer = new Set(reading.employer.map(keyHash));
    this.employerFirst = reading.employer[0] === undefined ? undefined : keyHash(reading.employer[0]);
  }

  sectionAt(offset: number): Section {
    return this.sectionCursor(offset);
  }

  /**
   * Whether token `at` stands in the heading of its section run into a text whose line breaks were
   * lost, and its cue of `type` says otherwise than the kind the heading was read as ("... R or SAS
   * We'd love to hear from you if you have: a PhD in ...", read as the requirements): the heading
   * named the section, and its cue says nothing of the items after it, as on a line of its own.
   */
  private headingSaysOtherwise(at: number, type: string): boolean {
    if (type !== 'required' && type !== 'preferred') return false;
    const offset = this.tokens.start[at]!;
    const section = this.sectionAt(offset);
    if (section.heading === null || offset < section.start || offset >= section.headingEnd) return false;
    return type === 'required' ? section.kind !== 'requirements' : section.kind !== 'preferred';
  }

  /** Whether, in a text whose line breaks were lost, an item run into the one before starts between mentions a and b (a before b): they are two items' ("... (Python, R, etc.) Advanced SQL"). */
  itemBetween(a: TokenSpan, b: TokenSpan): boolean {
    return this.runInItemBetween(a.last, b.first + 1, true);
  }

  /** The sentence that holds `offset` (a soft-wrapped line's sentences run across its breaks). */
  sentenceAt(offset: number): Span {
    const flow = this.reading.flow;
    if (offset < this.lineStart || offset >= this.lineEnd) {
      this.lineStart = flow.lastIndexOf('\n', offset - 1) + 1;
      const nl = flow.indexOf('\n', offset);
      this.lineEnd = nl === -1 ? flow.length : nl;
      let sentences = this.lines.get(this.lineStart);
      if (!sentences) this.lines.set(this.lineStart, (sentences = this.atEmployer(this.atSections(splitSentences(flow, this.lineStart, this.lineEnd, this.reading.vocab.abbreviations, this.reading.vocab.sentenceOpeners)))));
      this.lineSentences = sentences;
    }
    const sentences = this.lineSentences;
    const at = lowerBound(sentences, (s) => s.end <= offset);
    return sentences[at] ?? sentences[sentences.length - 1] ?? { start: this.lineStart, end: this.lineEnd };
  }

  /**
   * A heading run into a line ("... Hadoop and similar Bonus skills PhD in ...", "About Us ... What
   * you will do: ...") ends the sentence before it: no cue, list, years phrase or boilerplate word
   * reaches across it.
   */
  private atSections(sentences: Span[]): Span[] {
    const sections = this.reading.sections;
    let out: Span[] | undefined;
    let k = lowerBound(sections, (s) => s.start <= this.lineStart);
    for (let i = 0; i < sentences.length; i++) {
      let s = sentences[i]!;
      while (k < sections.length && sections[k]!.start <= s.start) k++;
      if (k >= sections.length || sections[k]!.start >= s.end) {
        out?.push(s);
        continue;
      }
      out ??= sentences.slice(0, i);
      for (; k < sections.length && sections[k]!.start < s.end; k++) {
        const cut = sections[k]!.start;
        if (cut > s.start) out.push({ start: s.start, end: cut });
        s = { start: cut, end: s.end };
      }
      out.push(s);
    }
    return out ?? sentences;
  }

  /**
   * The employer's name saying what the employer is, after an item's last word with no stop between,
   * starts a sentence, as in a text whose line breaks were lost ("... and effectively prioritize
   * business needs Grainger is an Equal Opportunity Workplace ..."): no evidence of the company's
   * reaches back to the item. So does a locative written capitalised before the name, with a word of
   * the employer's voice right after it ("Location: Austin, TX At Acme we build ...": see
   * atLocative).
   */
  private atEmployer(sentences: Span[]): Span[] {
    if (this.employerFirst === undefined) return sentences;
    const { tokens } = this;
    const vocab = this.reading.vocab;
    let out: Span[] | undefined;
    for (let i = 0; i < sentences.length; i++) {
      let s = sentences[i]!;
      const first = tokens.indexAt(s.start);
      const last = tokens.indexAt(s.end);
      for (let k = first + 1; k < last; k++) {
        if (!this.namesEmployerAt(k)) continue;
        const at = this.atLocative(k, first, last);
        if (at > 0) {
          out ??= sentences.slice(0, i);
          out.push({ start: s.start, end: tokens.start[at]! });
          s = { start: tokens.start[at]!, end: s.end };
          continue;
        }
        if (vocab.runInNotAfter.has(tokens.keyHashOf(k - 1))) continue;
        // (After a word, with only blanks between: not "at Acme", "Acme's", "... skills. Acme".)
        const prev = tokens.text.charCodeAt(tokens.end[k - 1]! - 1);
        if (!((prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57) || prev === 41) || !/^\s+$/.test(tokens.text.slice(tokens.end[k - 1]!, tokens.start[k]!))) continue;
        if (!this.describesEmployer(k, last)) continue;
        out ??= sentences.slice(0, i);
        out.push({ start: s.start, end: tokens.start[k]! });
        s = { start: tokens.start[k]!, end: s.end };
      }
      out?.push(s);
    }
    return out ?? sentences;
  }

  /**
   * Whether a sentence opens on a locative, the employer's name and a word of the employer's voice
   * ("At Acme, we build ...", `employer.locatives`): the employer is its subject.
   */
  private locativeSubject(f: SentenceFacts): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    const at = f.first;
    if (at + 2 >= f.last || !vocab.employerLocatives.has(tokens.keyHashOf(at)) || !this.namesEmployerAt(at + 1)) return false;
    return this.voiceAfterName(at + 1, f.last);
  }

  /**
   * Whether a word of the employer's voice follows the employer's name that starts at token `name`
   * (its words and company suffixes, five at most after the first), before token `last`: "Acme Labs, we".
   */
  private voiceAfterName(name: number, last: number): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    let j = name + 1;
    while (j < last && j < name + 6 && (this.employer.has(tokens.keyHashOf(j)) || vocab.companySuffixes.has(tokens.key(j)))) j++;
    return j < last && vocab.employerVoice.startsAt(tokens, j, j + 1);
  }

  /**
   * The token of a capitalised locative (`employer.locatives`) right before the employer's name at
   * `k`, after a word with only blanks between and before a word of the employer's voice right after
   * the name's words (a comma between or not): "... Gaithersburg, MD At Acme we turn ideas into
   * ..."; -1 otherwise (not "at Acme we", "Experience at Acme." nor "At Acme, the team ...").
   */
  private atLocative(k: number, first: number, last: number): number {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    const at = k - 1;
    if (at <= first || !vocab.employerLocatives.has(tokens.keyHashOf(at)) || !isUpper(tokens.text.charCodeAt(tokens.start[at]!))) return -1;
    const prev = tokens.text.charCodeAt(tokens.end[at - 1]! - 1);
    if (!(/[\p{L}\p{N}]/u.test(String.fromCharCode(prev)) || prev === 41) || !/^\s+$/.test(tokens.text.slice(tokens.end[at - 1]!, tokens.start[at]!))) return -1;
    return this.voiceAfterName(k, last) ? at : -1;
  }

  private factsAt(offset: number): SentenceFacts {
    // Mentions are read in text order, several a sentence: the last sentence read is the likely one.
    const last = this.lastFacts;
    if (last !== undefined && offset >= last.span.start && offset < last.span.end) return last;
    const span = this.sentenceAt(offset);
    let f = this.facts.get(span.start);
    if (!f) this.facts.set(span.start, (f = this.readSentence(span)));
    return (this.lastFacts = f);
  }

  private lastFacts: SentenceFacts | undefined;
  /** Whether the text holds the words of a list's lead-in years ("the following"; see yearsOf), once asked. */
  private listLeads: boolean | undefined;

  /** The phrases a sentence is read for: a resume's or a posting's. */
  private get sentencePhrases(): PhraseSet<SentenceTag> {
    return this.reading.kind === 'resume' ? this.reading.vocab.resumeSentencePhrases : this.reading.vocab.sentencePhrases;
  }

  private readSentence(span: Span): SentenceFacts {
    const { tokens, reading } = this;
    const vocab = reading.vocab;
    const first = tokens.indexAt(span.start);
    let last = tokens.indexAt(span.end);
    if (last < first) last = first;
    // One pass over the sentence's words for every phrase it is read for.
    const hits: { type: CueType; scope: string; first: number; last: number; turn: boolean; amount: boolean; listed: boolean }[] = [];
    const asking: SentenceFacts['asking'] = [];
    const evidence: SentenceFacts['evidence'] = [];
    let intro = false;
    let introEnd = -1;
    let introStart = -1;
    let opens = false;
    let duty = false;
    let dutyOpens = false;
    /** Names that hold an asking word (asking.compounds: "user experience"), as [first, last) token pairs. */
    let compounds: number[] | undefined;
    this.sentencePhrases.each(tokens, first, last, (tag, a, b) => {
      // A cue word inside a longer skill name is none ("learning" in "machine learning").
      // (A phrase written in brackets is one only in a bracket or as an item of its own: "Python (academic)",
      // "Kotlin: learning"; not "for academic research groups", "Berichte laufend optimiert".)
      // (A cue that must end its clause is none with more words after it: "Go helps.", not "Kafka helps us scale".)
      // (A cue passed over is nothing else: not the job's introduction.)
      if (tag.set === 'cue') {
        if (!this.insideSpan(a, b) && !(this.runOn && this.headingSaysOtherwise(a, tag.cue.type)) && !(tag.cue.bracketed && !this.bracketedAt(a, b)) && !(tag.cue.final && !(tag.cue.bracketed ? this.endsClauseBracketed(b) : this.endsClause(b)))) hits.push({ type: tag.cue.type, scope: tag.cue.scope, first: a, last: b, turn: tag.cue.turn === true, amount: tag.cue.amount === true, listed: tag.cue.listed === true });
      } else if (tag.set === 'asking') asking.push({ at: a, strong: tag.strong });
      else if (tag.set === 'compound') (compounds ??= []).push(a, b);
      else if (tag.set === 'evidence') evidence.push({ kind: tag.evidence.kind, strong: tag.evidence.strong, first: a, last: b, id: tag.id, inner: false });
      else if (tag.set === 'duty') {
        duty = true;
        dutyOpens ||= a === first;
      }
      else if (tag.set === 'opening') opens ||= a === first || (a <= first + OPENING && this.numberIn(first, a));
      // (Not one a jobIntroNot word follows: "whatever language we need to get the job done".)
      else if (vocab.introducesAt(tokens, b)) {
        intro = true;
        if (introEnd < 0) {
          introEnd = b;
          introStart = a;
        }
      }
    });
    // ("improve and manage user experience": no experience asked.)
    if (compounds) {
      for (let k = asking.length - 1; k >= 0; k--) {
        const at = asking[k]!.at;
        for (let c = 0; c < compounds.length; c += 2) {
          if (compounds[c]! <= at && at < compounds[c + 1]!) {
            asking.splice(k, 1);
            break;
          }
        }
      }
    }
    // ("come up with solutions as required": a phrase that holds a cue word but is none asks nothing.)
    for (const h of hits) {
      if (h.type !== 'neutral') continue;
      for (let k = asking.length - 1; k >= 0; k--) if (h.first <= asking[k]!.at && asking[k]!.at < h.last) asking.splice(k, 1);
    }
    // ("Since 1981, we have provided expertise in economics", "our expertise in IT staffing": a
    // requirement-like phrase that starts inside a strong company phrase is the company's claim, and
    // asks nothing.)
    for (const e of evidence) {
      if (e.kind !== 'about' || !e.strong) continue;
      for (let k = asking.length - 1; k >= 0; k--) if (e.first <= asking[k]!.at && asking[k]!.at < e.last) asking.splice(k, 1);
    }
    // ("strengthen our ability to serve patients", "drawing on our teams' deep experience in cloud
    // computing": a requirement-like phrase the employer owns asks nothing.)
    for (let k = asking.length - 1; k >= 0; k--) if (ownedByEmployer(tokens, asking[k]!.at, first, vocab)) asking.splice(k, 1);
    // An evidence phrase inside a longer one of its kind counts once, as the longer (phrases start
    // in text order: the ones that may hold it start at most `evidenceLength` tokens before it).
    let evidenceLength = 0;
    for (const e of evidence) evidenceLength = Math.max(evidenceLength, e.last - e.first);
    for (let x = 0, i = 0; i < evidence.length; i++) {
      const e = evidence[i]!;
      x = lowerBound(evidence, (o) => o.first < e.first - evidenceLength, Math.min(x, i));
      for (let k = x; k < evidence.length && evidence[k]!.first <= e.first; k++) {
        const o = evidence[k]!;
        if (o !== e && o.kind === e.kind && o.last >= e.last && o.last - o.first > e.last - e.first) {
          e.inner = true;
          break;
        }
      }
    }
    // "No Kubernetes experience? No problem.": a question the next sentence answers with a
    // reassurance names what is not needed, all of it.
    if (this.reassured(last)) {
      // (A cue that closes the sentence and reaches back to its start.)
      const cues: Cue[] = [{ type: 'negated', forward: false, first: last, last, until: last, from: first, tail: last }];
      return { span, first, last, cues, breaks: [], turns: [], evidence, evidenceLength, asking, intro, introEnd, introStart, opens, duty, dutyOpens, boilerplate: undefined, years: undefined, claim: undefined, listLead: undefined, leadIn: undefined, unit: undefined, speaks: undefined };
    }
    if (hits.length === 0) return { span, first, last, cues: [], breaks: [], turns: [], evidence, evidenceLength, asking, intro, introEnd, introStart, opens, duty, dutyOpens, boilerplate: undefined, years: undefined, claim: undefined, listLead: undefined, leadIn: undefined, unit: undefined, speaks: undefined };
    // Overlapping cues: the longest wins ("not required but" over "is not required" and "but").
    const byLength = [...hits].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
    const kept: typeof hits = [];
    // The kept cues over each token: two phrases overlap when they share one.
    const over = new Map<number, (typeof hits)[number][]>();
    // (A phrase with two roles, "required" as a cue and as a negation's closer, keeps both.)
    for (const h of byLength) {
      let overlaps = false;
      for (let t = h.first; t < h.last && !overlaps; t++) overlaps = over.get(t)?.some((k) => k.first !== h.first || k.last !== h.last) ?? false;
      if (overlaps) continue;
      kept.push(h);
      for (let t = h.first; t < h.last; t++) {
        const at = over.get(t);
        if (at) at.push(h);
        else over.set(t, [h]);
      }
    }
    kept.sort((a, b) => a.first - b.first);
    // "Machine learning is not required, but familiarity with forecasting is a plus": a cue of what
    // is welcome that closes with a turn ("not required but") says only that what stands before it
    // is not needed, where the turn opens a clause naming a skill of its own before the next cue.
    for (let k = 0; k < kept.length; k++) {
      const h = kept[k]!;
      if (h.type !== 'preferred' || h.scope !== 'backward' || !vocab.turnWords.has(tokens.keyHashOf(h.last - 1))) continue;
      if (this.hasSpanIn(h.last, kept[k + 1]?.first ?? last)) h.type = 'negated';
    }
    const breaks = kept.filter((h) => h.type === 'break').map((h) => h.first);
    const turns = kept.filter((h) => h.turn).map((h) => h.first);
    const clauseEnd = (t: number) => breaks[lowerBound(breaks, (b) => b <= t)] ?? last;
    const clauseStart = (t: number) => {
      const k = lowerBound(breaks, (b) => b < t);
      return k > 0 ? breaks[k - 1]! + 1 : first;
    };
    // The first closer at or after each kept cue.
    const nextCloser = new Int32Array(kept.length + 1).fill(-1);
    for (let k = kept.length - 1; k >= 0; k--) nextCloser[k] = kept[k]!.type === 'closer' ? k : nextCloser[k + 1]!;
    const cues: Cue[] = [];
    // "No prior Kubernetes experience needed": an opener negates up to a closer of its clause, and
    // that closer ("required") then says nothing of its own.
    const consumed = new Set<number>();
    for (const h of kept) {
      if (h.type !== 'opener') continue;
      const end = clauseEnd(h.first);
      const at = nextCloser[lowerBound(kept, (c) => c.first < h.last)]!;
      const closer = at >= 0 && kept[at]!.first < end ? kept[at]! : undefined;
      if (!closer) continue;
      cues.push({ type: 'negated', forward: true, first: h.first, last: h.last, until: closer.last, from: h.first, tail: h.last });
      consumed.add(closer.first);
    }
    let prevEnd = first;
    let prevOutside = first;
    // (Where the cues before a phrase with two roles ended: see itemState.)
    let twinFirst = -1;
    let twinEnd = first;
    let twinOutside = first;
    for (const h of kept) {
      if (consumed.has(h.first)) continue;
      // "Java is a plus, as is experience with Linux": the cue before carries on to the clause's end.
      if (h.type === 'carrier') {
        const carried = cues[cues.length - 1];
        if (carried && !carried.forward && carried.last <= h.first) {
          cues.push({ type: carried.type, forward: true, first: h.first, last: h.last, until: clauseEnd(h.first), from: h.first, tail: h.last });
          prevEnd = prevOutside = h.last;
        }
        continue;
      }
      if (QUALIFIES.has(h.type)) {
        // In a resume, a phrase with two roles ("learning" forward and backward) that is a whole item or cell right
        // after a skill ("Kotlin: learning", "| GraphQL | Learning |") is said of that skill: its backward role reads
        // from where the cues before both ended.
        const twin = h.first === twinFirst;
        if (!twin) {
          twinFirst = h.first;
          twinEnd = prevEnd;
          twinOutside = prevOutside;
        }
        if (twin && h.scope === 'backward' && this.reading.kind === 'resume' && this.itemState(h.first, h.last)) {
          prevEnd = twinEnd;
          prevOutside = twinOutside;
        }
        // (How much is asked says nothing of whether in a list of what is welcome: "Preferred: proficiency in
        // at least one language such as Python".)
        if (h.amount && this.sectionAt(tokens.start[h.first]!).kind === 'preferred') continue;
        // (A cue of a list that asks is none elsewhere: "The ideal candidate has solid experience in ..."
        // introduces the job; "Ideal candidate will have experience with Kubeflow" among the qualifications wishes.)
        // (Only as an item of its own, not a lead-in to a list: "The ideal candidate will have the following:".)
        if (h.listed && (this.sectionAt(tokens.start[h.first]!).kind !== 'requirements' || !this.opensItem(h.first, h.last))) continue;
        // In a resume, a cue of one word right before a word for a thing built names what was built ("Built an
        // internal learning platform with React and Node.js", "a learning app"): no cue.
        // (Nor one before a word for an occasion or means of learning it modifies: "Led a learning session on Docker".)
        if (this.reading.kind === 'resume' && h.last - h.first === 1 && h.last < last && (this.reading.vocab.products.has(tokens.keyHashOf(h.last)) || this.reading.vocab.resumeCueNouns.has(tokens.keyHashOf(h.last)))) continue;
        // (A cue in a bracket bounds no cue outside it that names what it follows: "Familiarity with
        // HL7 and EMRs (Epic preferred) is preferred" prefers HL7 and EMRs too.)
        const start = Math.max(h.scope === 'backward' ? prevOutside : prevEnd, clauseStart(h.first));
        // A bare cue word ("PhD preferred", "(Python preferred)") qualifies the phrase right
        // before it, back to a comma or bracket; with no skill there, what follows ("Preferred: Spark").
        let phrase = h.scope === 'either' ? this.listStart(Math.max(start, this.phraseStart(h.first, start)), h.first, start) : start;
        // (In a list whose line breaks were lost, a bare cue that starts an item qualifies that item:
        // "Strong SQL skills Desired experience in Tableau".)
        let forward = h.scope === 'forward' || (h.scope === 'either' && (!this.hasSpanIn(phrase, h.first) || (this.runOn && this.startsRunInItem(h.first))));
        // (But one that ends an item, the next run into it, qualifies nothing after it: "... at least one of these
        // is highly desirable Exceptional coding skills" says nothing of coding, as a line's end would.)
        if (forward && h.scope === 'either' && this.runOn && h.last < tokens.count && !this.startsRunInItem(h.first) && this.startsRunInItem(h.last)) forward = false;
        // A cue that a colon follows labels what comes after it: "Must have: Python, SQL; Nice to have: Spark, dbt".
        if (!forward && h.scope === 'either' && /^\s*:/.test(this.reading.flow.slice(tokens.end[h.last - 1]!, tokens.end[h.last - 1]! + 3))) forward = true;
        // A bare cue set off by a comma, a word right after it and a skill further in its clause, qualifies
        // what follows as "preferably" does: "ETL work, preferable including Airflow", "SQL, preferred Snowflake".
        const commaLed = !forward && h.scope === 'either' && this.afterComma(h.first, start) && h.last < tokens.count && /^[^\S\n]+$/.test(tokens.text.slice(tokens.end[h.last - 1]!, tokens.start[h.last]!)) && this.hasSpanIn(h.last, clauseEnd(h.first));
        if (commaLed) forward = true;
        // A bare cue that closes its clause with no skill in the phrase before it ("PhD in statistics,
        // computer science, or equivalent experience preferred.") qualifies the whole clause.
        if (forward && h.scope === 'either' && !this.hasSpanIn(h.last, clauseEnd(h.first)) && this.hasSpanIn(start, h.first)) {
          phrase = start;
          forward = false;
        }
        // A capitalized cue that ends its line tags the whole item, as a form lists them
        // ("performing data quality, data profiling and ETL tasks Preferred", "... (EMR, LIS) - Preferred").
        if (!forward && h.scope === 'either' && h.first > start && this.tagsLine(h.first, h.last)) phrase = start;
        let until = clauseEnd(h.first);
        // ("No need for Java, we're a Python shop": a clause of its own after a comma ends what a cue before it qualifies.)
        if (forward) until = this.subjectAfter(h.last, until, h.type === 'negated');
        // A cue inside a bracket with more than itself there ("Java (Scala a plus), Go", "Spark, R
        // and SQL (Tableau and SAS a plus)") qualifies what the bracket holds, never what stands outside it.
        const inside = this.bracketAround(h.first, h.last, clauseStart(h.first), until);
        // Only a bracket that names a skill: one of cue words alone ("(preferred but not
        // required)") is one cue, and one of other words often a heading run into the text ("What
        // we expect (the qualifications you must have) ...").
        // A bracket of years and the cue ("Python (2+ years preferred)") qualifies the years only:
        // the skill before it keeps its section's importance.
        if (inside && !this.hasSpanIn(inside.open, inside.close) && this.hasYears(tokens.start[inside.open]!, tokens.start[Math.min(inside.close, tokens.count - 1)]!)) continue;
        const bracketed = inside !== null && this.hasSpanIn(inside.open, inside.close);
        // A bracket of cue words alone right after a skill ("SAS (strongly preferred) and/or R",
        // "either AWS (preferred) or Azure", the cue the bracket's only word) qualifies that skill
        // and the alternatives an "or" joins to it, never what follows the bracket.
        const around = inside ?? this.ownBracket(h.first, h.last);
        const before = around && !bracketed && h.scope !== 'forward' ? this.spanEndingAt(around.open) : -1;
        // (One with other words says it of a detail of that skill: "HL7 (V3 preferred), XML".)
        if (before >= 0 && !this.cueWordsOnly(around!.open, around!.close, true)) continue;
        if (before >= 0) {
          // (With the alternatives an "or" or a slash joins to it: "Amplitude or Mixpanel (nice to
          // have)", "Banking / Financial Sectors (preferred / not a must)", "Python, R or Julia (preferred)".)
          let k = before;
          let alternatives = before;
          for (let j = before; j > 0 && this.spans[j - 1]!.first >= start && this.spans[j]!.first - this.spans[j - 1]!.last <= 2; j--) {
            const gap = this.listGap(this.spans[j - 1]!, this.spans[j]!);
            if (gap !== 'or' && gap !== 'comma') break;
            k = j - 1;
            if (gap === 'or') alternatives = k;
          }
          // (A list that is its line's whole item, names and commas only, is qualified whole: "MongoDB,
          // Cassandra, MySQL (Desirable)" on a line of its own.)
          // (Not in a resume, where such a bracket is its item's, as a level is: "Python, Rust (hobby)", "Python, SQL, Docker (basic)".)
          const wholeLine = this.opensLine(this.spans[k]!.start) && this.reading.kind !== 'resume';
          phrase = this.spans[alternatives === before && !wholeLine ? before : k]!.first;
          forward = false;
          // (In a list of what is welcome, such a bracket that says "not required" says the skill is
          // welcome, not that it is not needed: "Bonus: experience with Go (not required)".)
          if (h.type === 'negated' && this.sectionAt(tokens.start[h.first]!).kind === 'preferred') {
            cues.push({ type: 'preferred', forward, first: h.first, last: h.last, until, from: phrase, tail: h.last });
            prevEnd = prevOutside = h.last;
            continue;
          }
        } else if (bracketed) {
          phrase = Math.max(phrase, inside.open);
          until = Math.min(until, inside.close);
          forward = h.scope === 'forward' || (h.scope === 'either' && !this.hasSpanIn(phrase, h.first));
        } else if (h.type === 'stack') {
          // The employer's stack is told in a bracket ("SQL (we use PostgreSQL)") or a sentence it
          // opens ("We use Snowflake and dbt."), up to where the sentence turns to the candidate
          // ("We work in a collaborative environment and you should have the people skills to ...
          // mentor"); further into a sentence, "we use" may name what the candidate is asked to know
          // ("experience with the tools we use: Kafka").
          // (Or a clause of its own after a comma: "Kubernetes is not required, we run everything on ECS".)
          if (h.first !== first && this.subjectAfter(h.first - 1, h.last) !== h.first) continue;
          this.reading.vocab.candidate.each(tokens, h.last, until, (_tag, at) => {
            if (at < until) until = at;
          });
        }
        // A list whose line breaks were lost runs its items together: a cue after the last item
        // reaches back to where that item starts ("... and OCR software Passion for cooking a plus").
        // (An item may open right after a skill's name, its capital then before a word in lower case:
        // "3+ years with SQL and Python Experience with Snowflake Knowledge of Kafka is a plus".)
        if (!forward && this.runOn) phrase = Math.max(phrase, this.runInItemStart(h.first, phrase, true));
        // ... and one after a list reaches back only to the item a requirement-like phrase opens after
        // a comma ("Strong Python, PyTorch, experience with protein language models a plus").
        if (!forward) phrase = Math.max(phrase, this.askingItemStart(asking, phrase, h.first, h.scope === 'backward'));
        // ... nor past a dash between spaces with a skill after it: "Experience with SQL and Excel – Python or R
        // is a plus" (a clause of its own; "Python – preferred" is still said of Python).
        if (!forward) phrase = Math.max(phrase, this.afterSpacedDash(phrase, h.first));
        // ... nor past a comma after a clause with a verb of its own: "our team language is English, German
        // is not required" says nothing of English.
        if (!forward && h.scope !== 'forward') phrase = Math.max(phrase, this.afterOwnClause(phrase, h.first));
        // ... nor past a comma before a skill that the cue is said of alone, after an item of its own:
        // "Gute Englischkenntnisse, Deutsch ist kein Muss", "Experience with Python, Docker is not required".
        if (!forward && h.scope !== 'forward') phrase = Math.max(phrase, this.subjectAfterItem(asking, phrase, h.first));
        // In a resume, a cue after the one name that follows a comma, after a part with words of its own, is
        // said of that name alone: "Deployed services with Docker, Kubernetes planned", "Strong Python and
        // SQL, Spark no hands-on experience" (not a list of bare names, "Python, SQL, Terraform in progress").
        if (!forward && h.scope === 'backward' && this.reading.kind === 'resume') phrase = Math.max(phrase, this.nameAfterOwnPart(phrase, h.first));
        // Nor does a cue reach back into the section before its own ("... with SQL Preferred
        // Qualifications Experience with Spark": the heading's word qualifies nothing of SQL).
        if (!forward && this.runOn) phrase = Math.max(phrase, tokens.indexAt(this.sectionAt(tokens.start[h.first]!).start));
        // ... and a cue before an item reaches no further than where the next item starts ("Desired
        // experience in Tableau Proficiency in R and Python": R and Python are not desired), past the
        // word right after it and the words of cues ("Preferred but not Required Experience with
        // Tableau": the cue's own item).
        if (forward && this.runOn) until = Math.min(until, this.runInItemEnd(h.last + 1, until, over));
        // A cue set off by a comma inside a list ("Python, preferably Django, and AWS", "Python,
        // SQL, and ideally Airflow, plus Docker") qualifies up to where the list goes on after a
        // comma with a joiner.
        if (forward && (h.scope === 'forward' || commaLed) && this.afterComma(h.first, start)) until = Math.min(until, this.joinedAfter(h.last, until));
        // A cue before an item reaches no further than the next item a requirement-like phrase opens
        // after a comma, once a skill stands between ("idealerweise Erfahrung mit OCR, gute
        // Englischkenntnisse", a list of one paragraph): the mirror of askingItemStart.
        if (forward && h.scope === 'forward') until = Math.min(until, this.askingItemAfter(asking, h.last, until));
        // A cue that qualifies what follows, in a bracket of its own words right after a skill,
        // reaches no further than the bracket: "TensorFlow (basic), OpenCV, Docker" says nothing of
        // OpenCV. (Not one after other words: "experience with (or a desire to work with) the tools we use: Kafka".)
        if (forward && around && !bracketed && this.spanEndingAt(around.open) >= 0) until = Math.min(until, around.close);
        // In a resume, a level word after a comma says something else of what follows ("Lacking
        // experience in React, strong in Angular"; "No experience with Java, Scala" is one list).
        if (forward && this.reading.kind === 'resume') until = Math.min(until, this.levelAfterComma(h.last, until));
        const tail = forward ? h.last : this.bracketAfter(h.last, until);
        // (Not a label, a colon after it: "Completed course: Google Data Analytics Certificate — SQL, R, Tableau".)
        const bound = this.reading.kind === 'resume' && h.scope === 'forward' && (h.type === 'familiar' || h.type === 'negated') && this.labelColonAfter(h.last, Math.min(h.last + 1, last)) < 0;
        cues.push({ type: h.type as Cued, forward, first: h.first, last: h.last, until, from: phrase, tail, bound });
        // In a resume, a bracket of such a cue after a label, a colon after it, says it of the list the colon opens
        // too: "ML (learning): Python, PyTorch, pandas".
        if (!forward && h.scope === 'backward' && this.reading.kind === 'resume' && this.labelsList(h.first, h.last)) {
          cues.push({ type: h.type as Cued, forward: true, first: h.first, last: h.last, until: this.levelAfterComma(h.last, clauseEnd(h.last)), from: h.first, tail: h.last });
        }
        // ... and so does a course's word in a line's label, the label's colon after it, no skill between: "Google Data
        // Analytics Certificate (Coursera), 2025: SQL, R, Tableau" (not in a role's work: "... with the Udemy API: Python").
        if (this.reading.kind === 'resume' && h.type === 'familiar' && !(forward && until > h.last + 1) && this.sectionAt(tokens.start[h.first]!).kind !== 'experience') {
          const colon = this.labelColonAfter(h.last, last);
          if (colon >= 0 && !this.hasSpanIn(h.last, colon)) cues.push({ type: 'familiar', forward: true, first: h.first, last: h.last, until: this.levelAfterComma(colon, clauseEnd(colon)), from: h.first, tail: h.last });
        }
        prevEnd = h.last;
        if (!bracketed) prevOutside = h.last;
      }
    }
    cues.sort((a, b) => a.first - b.first);
    return { span, first, last, cues, breaks, turns, evidence, evidenceLength, asking, intro, introEnd, introStart, opens, duty, dutyOpens, boilerplate: undefined, years: undefined, claim: undefined, listLead: undefined, leadIn: undefined, unit: undefined, speaks: undefined };
  }

  /** Whether the clause ends right after token `last - 1` (see endsClauseAt; line breaks as the flow has them). */
  private endsClause(last: number): boolean {
    return endsClauseAt(this.reading.flow, this.tokens.end[last - 1]!);
  }

  /** Whether the clause ends right after the bracket that closes right after token `last - 1` (a bracketed cue that must end its clause: "Kafka (D)", not "(d) Kafka"). */
  private endsClauseBracketed(last: number): boolean {
    const flow = this.reading.flow;
    let at = this.tokens.end[last - 1]!;
    while (flow.charCodeAt(at) === 32 || flow.charCodeAt(at) === 9) at++;
    return flow.charCodeAt(at) === 41 ? endsClauseAt(flow, at + 1) : false;
  }

  /** Whether tokens [first, last) stand in a bracket, a close right after them, or are a whole item right after a skill (see itemState). */
  private bracketedAt(first: number, last: number): boolean {
    const { tokens } = this;
    const text = tokens.text;
    const end = tokens.end[last - 1]!;
    if (/^[ \t]*\)/.test(text.slice(end, end + 4))) {
      // (The bracket opens on its line, a few words back: "(Online-Kurs, laufend)".)
      for (let p = tokens.start[first]! - 1; p >= 0 && p >= tokens.start[first]! - 48; p--) {
        const c = text.charCodeAt(p);
        if (c === 40) return true;
        if (c === 41 || c === 10) return false;
      }
      return false;
    }
    return this.itemState(first, last);
  }

  /** Whether tokens [first, last) are a whole item or cell right after a skill, a colon, dash or bar between ("Kotlin: learning", "| GraphQL | Learning |"). */
  private itemState(first: number, last: number): boolean {
    const { tokens } = this;
    const text = tokens.text;
    if (first === 0 || this.spanEndingAt(first) < 0) return false;
    // (In a resume, a column of blanks parts cells too: "Airflow        learning       -" under "Skill   Level   Years".)
    const aligned = this.reading.kind === 'resume';
    const before = text.slice(tokens.end[first - 1]!, tokens.start[first]!);
    const after = text.slice(tokens.end[last - 1]!, tokens.end[last - 1]! + 4);
    return (/^[ \t]*[:|\-–—][ \t|]*$/.test(before) || (aligned && /^(?: {2,}|\t)[ \t]*$/.test(before))) && (/^[ \t]*(?:[|,;]|\r?\n|$)/.test(after) || (aligned && /^(?: {2,}|\t)/.test(after)));
  }

  /**
   * The token after a colon that ends the label a cue stands in, a few words on, on its line and before `last` ("...
   * Certificate (Coursera), 2025: SQL"): no stop, semicolon or second colon before it, and words after it; else -1.
   */
  private labelColonAfter(t: number, last: number): number {
    const { tokens } = this;
    const flow = this.reading.flow;
    for (let k = t; k < last && k < t + LABEL_COLON_REACH; k++) {
      const gap = flow.slice(tokens.end[k - 1]!, tokens.start[k]!);
      if (/[.;!?\n]/.test(gap)) return -1;
      if (gap.includes(':')) return k;
    }
    return -1;
  }

  /** Whether tokens [first, last) are a bracket's only words, a colon right after it ("ML (learning): ..."). */
  private labelsList(first: number, last: number): boolean {
    const { tokens } = this;
    const flow = this.reading.flow;
    const start = tokens.start[first]!;
    const end = tokens.end[last - 1]!;
    return start > 0 && flow.charCodeAt(start - 1) === 40 && /^\)[ \t]*:/.test(flow.slice(end, end + 4));
  }

  /** The first token in [from, until) that opens a resume level word after a comma or semicolon ("..., strong in Angular"), else `until`. */
  private levelAfterComma(from: number, until: number): number {
    const { tokens } = this;
    const levels = this.reading.vocab.levelWords;
    // (Within LEVEL_REACH words of the cue: a resume on one line of megabytes stays linear.)
    for (let k = from + 1; k < until && k < from + LEVEL_REACH; k++) {
      if (/[,;]/.test(tokens.text.slice(tokens.end[k - 1]!, tokens.start[k]!)) && levels.startsAt(tokens, k, Math.min(until, k + 4))) return k;
    }
    return until;
  }

  /** Whether the sentence that ends before token `next` is a question and a reassurance opens the next one ("... ? No problem."). */
  private reassured(next: number): boolean {
    const { tokens } = this;
    if (next <= 0 || next >= tokens.count || !tokens.text.slice(tokens.end[next - 1]!, tokens.start[next]!).includes('?')) return false;
    return this.reading.vocab.reassurances.startsAt(tokens, next);
  }

  /**
   * The first token after the last comma in tokens [from, to) that a mention follows before `to`, where
   * the words before that comma, back to the comma before or `from`, hold a predicate (cues.predicates:
   * "is", "are") right before a mention: a clause of its own. Else `from`.
   */
  private afterOwnClause(from: number, to: number): number {
    const { tokens } = this;
    const flow = this.reading.flow;
    // (Looked for within the cue's phrase only: a text without commas reads in linear time.)
    const comma = lastIndexIn(flow, 44, tokens.start[from]!, tokens.start[to]!);
    if (comma < 0) return from;
    const after = tokens.indexAt(comma + 1);
    if (!this.hasSpanIn(after, to)) return from;
    const before = lastIndexIn(flow, 44, tokens.start[from]!, comma);
    const start = before < 0 ? from : tokens.indexAt(before + 1);
    let own = false;
    this.reading.vocab.cuePredicates.each(tokens, start, after, (_, _first, last) => (own ||= this.startsSpan(last)));
    return own ? after : from;
  }

  /**
   * The first token after the last comma in tokens [from, to) where a mention opens right after it
   * and ends right before the cue at `to` (or a predicate, cues.predicates, between: "is"), and the
   * item before the comma, back to the comma before it or `from`, holds a requirement-like word of
   * its own (asking): the cue is said of that mention, its subject ("Gute Englischkenntnisse, Deutsch
   * ist kein Muss"; not a list of bare names, "Python, SQL and Docker are not required"). Else `from`.
   */
  private subjectAfterItem(asking: SentenceFacts['asking'], from: number, to: number): number {
    const { tokens } = this;
    const flow = this.reading.flow;
    // (Within SUBJECT_CHARS of the cue, and of the comma for the item before: a text of one long line reads in linear time.)
    const comma = lastIndexIn(flow, 44, Math.max(tokens.start[from]!, tokens.start[to]! - SUBJECT_CHARS), tokens.start[to]!);
    if (comma < 0) return from;
    const after = tokens.indexAt(comma + 1);
    const k = lowerBound(this.spans, (x) => x.first < after);
    const span = this.spans[k];
    if (!span || span.first !== after || span.last > to) return from;
    // (Or the alternatives an "or" joins to it, after an item that ends in words of its own: "Strong SQL skills, R or
    // Python a plus"; not the rest of a list, "Familiarity with AWS, GCP or Azure is a plus".)
    let end = span;
    // (A name before the comma that ends in such a word is an item of its own too: "SQL skills".)
    const anaphora = this.reading.vocab.cueAnaphora;
    if (k > 0 && (this.spans[k - 1]!.last !== after || anaphora.has(tokens.keyHashOf(after - 1)))) {
      for (let j = k + 1; j < this.spans.length && this.spans[j]!.last <= to && this.listGap(this.spans[j - 1]!, this.spans[j]!) === 'or'; j++) end = this.spans[j]!;
    }
    // (A word of what is had between them and the cue passes, cues.anaphora: "Pentaho experience a plus".)
    // (Blanks only between them and the cue: not the last of a bracket's examples, "streaming tools (Kafka, Flink) preferred".)
    const blank = (k: number) => /^\s*$/.test(flow.slice(tokens.end[k - 1]!, tokens.start[k]!));
    let at = end.last;
    if (!blank(at)) return from;
    while (at < to && at - end.last < 3 && anaphora.has(tokens.keyHashOf(at)) && blank(at + 1)) at++;
    let said = at === to;
    if (!said) this.reading.vocab.cuePredicates.each(tokens, at, to, (_, first, last) => (said ||= first === at && last === to));
    if (!said) return from;
    // (Its own item: a requirement-like word between the comma before, or `from`, and this one.)
    const floor = Math.max(tokens.start[from]!, comma - SUBJECT_CHARS);
    const before = lastIndexIn(flow, 44, floor, comma);
    const start = tokens.indexAt(before < 0 ? floor : before + 1);
    const commaToken = tokens.indexAt(comma);
    // (Not the members an elaboration leads to: "knowledge of geospatial software such as ArcGIS, QGIS is preferred".)
    let listed = false;
    this.reading.vocab.yearsElaborations.each(tokens, start, commaToken, () => (listed = true));
    if (listed) return from;
    const i = lowerBound(asking, (a) => a.at < start);
    return i < asking.length && asking[i]!.at < commaToken ? after : from;
  }

  /**
   * The token right after the last comma in tokens [from, to) when one name opens there and ends right
   * before `to` (blanks or a colon between), and the part before the comma, back to the comma before it or
   * `from`, holds a word outside every name and list word (a resume's "Deployed services with Docker,
   * Kubernetes planned"); else `from`.
   */
  private nameAfterOwnPart(from: number, to: number): number {
    const { tokens } = this;
    const flow = this.reading.flow;
    // (Within SUBJECT_CHARS of the cue: a text of one long line reads in linear time.)
    const floor = Math.max(tokens.start[from]!, tokens.start[to]! - SUBJECT_CHARS);
    const comma = lastIndexIn(flow, 44, floor, tokens.start[to]!);
    if (comma < 0) return from;
    const after = tokens.indexAt(comma + 1);
    const k = lowerBound(this.spans, (x) => x.first < after);
    const span = this.spans[k];
    if (!span || span.first !== after || span.last !== to || !/^[\s:]*$/.test(flow.slice(tokens.end[to - 1]!, tokens.start[to]!))) return from;
    const before = lastIndexIn(flow, 44, floor, comma);
    const start = tokens.indexAt(before < 0 ? floor : before + 1);
    const commaToken = tokens.indexAt(comma);
    const listWords = new Set<number>();
    this.reading.vocab.alternatives.each(tokens, start, commaToken, (tag, first, last) => {
      if (tag === 'connector' || tag === 'joiner') for (let j = first; j < last; j++) listWords.add(j);
    });
    for (let j = start; j < commaToken; j++) if (!this.inSpan(j) && !listWords.has(j)) return after;
    return from;
  }

  /** The first token after the last dash between spaces (an en or em dash) in tokens [from, to), at most DASH_REACH tokens back, that a mention follows before `to`; else `from`. */
  private afterSpacedDash(from: number, to: number): number {
    const { tokens } = this;
    const flow = this.reading.flow;
    for (let k = to - 1; k > Math.max(from, to - DASH_REACH); k--) {
      const a = tokens.end[k - 1]!;
      const b = tokens.start[k]!;
      if (b - a < 3 || !SPACED_EN_DASH.test(flow.slice(a, b))) continue;
      return this.hasSpanIn(k, to) ? k : from;
    }
    return from;
  }

  /**
   * The first token of the last item in tokens (from, to) that a requirement-like phrase opens right
   * after a comma or semicolon ("SQL and Spark, knowledge of Airflow"); `from` when none does. `named`:
   * the cue is one that follows what it qualifies ("is a plus"), not a bare cue word ("preferred").
   */
  private askingItemStart(asking: SentenceFacts['asking'], from: number, to: number, named: boolean): number {
    let out = from;
    for (const a of asking) {
      if (a.at <= from) continue;
      if (a.at >= to) break;
      // (Not after "and" or "or": "... such as SQL Server, and experience in Python is a plus" is one
      // item; nor a word of a skill, "knowledge graph". A skill that asks by itself, a degree, opens an
      // item only before a cue that names what it follows ("..., or Computer Science, PhD is a plus"): a
      // bare cue word closes a list of them ("PharmD, MD, PhD, MPH, or equivalent experience preferred").)
      if (!/[,;]\s*$/.test(this.tokens.text.slice(this.tokens.end[a.at - 1]!, this.tokens.start[a.at]!)) || this.insideSpan(a.at, a.at + 1)) continue;
      if (named || !this.hasSpanIn(a.at, a.at + 1)) out = a.at;
    }
    return out;
  }

  /**
   * The first token in (from, to) where a requirement-like phrase opens an item right after a comma
   * or semicolon, a mention standing between `from` and it ("ideally experience with OCR, good
   * English"); not a word of a skill. `to` when none does.
   */
  private askingItemAfter(asking: SentenceFacts['asking'], from: number, to: number): number {
    // (From the first after `from`, found by a binary search: a text of one long line reads in linear time.)
    for (let i = lowerBound(asking, (a) => a.at <= from); i < asking.length; i++) {
      const a = asking[i]!;
      if (a.at >= to) break;
      if (!/[,;]\s*$/.test(this.tokens.text.slice(this.tokens.end[a.at - 1]!, this.tokens.start[a.at]!)) || this.insideSpan(a.at, a.at + 1) || this.hasSpanIn(a.at, a.at + 1)) continue;
      if (this.hasSpanIn(from, a.at)) return a.at;
    }
    return to;
  }

  /**
   * Whether the list item text[from, to) (a bullet and the mentions spans[first, last)) is nothing
   * but names of skills and list words: "- CSS", "- Python, SQL", "- Empathy and active listening".
   */
  private bareItem(from: number, to: number, first: number, last: number): boolean {
    const { tokens } = this;
    const mark = this.reading.text.charCodeAt(from);
    if (!isBulletGlyph(mark) && mark !== 45) return false;
    let t = tokens.indexAt(from);
    const end = tokens.indexAt(to);
    for (let i = first; i <= last && t < end; i++) {
      const until = i < last ? this.spans[i]!.first : end;
      if (until - t > 30 || (until > t && !(listWordsIn(tokens, this.reading.vocab, t, until, false) & LIST_COVERED))) return false;
      if (i < last) t = this.spans[i]!.last;
    }
    return true;
  }

  /** Whether token `t` follows a comma, or a comma and a joiner ("..., preferably", "..., and ideally"), after token `floor`. */
  private afterComma(t: number, floor: number): boolean {
    const { tokens } = this;
    if (t > floor && this.reading.vocab.alternativeJoiners.has(tokens.keyHashOf(t - 1))) t--;
    if (t <= floor) return false;
    return /^\s*,\s*$/.test(tokens.text.slice(tokens.end[t - 1]!, tokens.start[t]!));
  }

  /**
   * Where a parenthetical cue's reach ends: at the first comma of [t, until) when a joiner follows
   * it (", and AWS", ", plus Docker"); `until` when none does, or the list goes on with commas
   * ("preferably in Computer Science, Statistics, and Mathematics").
   */
  private joinedAfter(t: number, until: number): number {
    const { tokens } = this;
    for (let k = Math.max(t, 1); k < until; k++) {
      if (!tokens.text.slice(tokens.end[k - 1]!, tokens.start[k]!).includes(',')) continue;
      return this.reading.vocab.alternativeJoiners.has(tokens.keyHashOf(k)) ? k : until;
    }
    return until;
  }

  /**
   * The bracket that tokens [first, last) stand in, within the clause [start, end), when it holds
   * words besides them: `open` its first token, `close` the token after it. Null outside a bracket,
   * in one of the cue alone ("Spark (preferred)"), or in one not closed within the clause.
   */
  private bracketAround(first: number, last: number, start: number, end: number): { open: number; close: number } | null {
    const { tokens } = this;
    const text = tokens.text;
    const floor = tokens.start[start]!;
    let open = -1;
    for (let p = tokens.start[first]! - 1, depth = 0; p >= floor && open < 0; p--) {
      const c = text.charCodeAt(p);
      if (c === 41) depth++;
      else if (c === 40) {
        if (depth === 0) open = p;
        else depth--;
      }
    }
    if (open < 0) return null;
    const limit = end < tokens.count ? tokens.start[end]! : text.length;
    let close = limit;
    for (let p = tokens.end[last - 1]!, depth = 0; p < limit; p++) {
      const c = text.charCodeAt(p);
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) {
          close = p;
          break;
        }
        depth--;
      }
    }
    // Only a bracket closed within the clause, and short: a bracket left open (a line cut short, a
    // stray one in a run-on text) says nothing of where the cue's phrase ends.
    if (close >= limit) return null;
    const openToken = tokens.indexAt(open + 1);
    const closeToken = tokens.indexAt(close);
    if ((openToken >= first && closeToken <= last) || closeToken - openToken > MAX_BRACKET_TOKENS) return null;
    return { open: Math.min(openToken, first), close: Math.max(closeToken, last) };
  }

  /**
   * Where a bracket that opens right after token `at - 1` closes (the token after it), within the
   * clause: "is preferred (tools such as JIRA, Confluence)" elaborates what the cue qualified; the
   * clause's end where a dash or colon and examples follow. `at` when neither does.
   */
  private bracketAfter(at: number, clauseEnd: number): number {
    const { tokens } = this;
    if (at >= clauseEnd || at <= 0) return at;
    const text = tokens.text;
    let open = -1;
    for (let p = tokens.end[at - 1]!, to = tokens.start[at]!; p < to && open < 0; p++) if (text.charCodeAt(p) === 40) open = p;
    // (Or the examples a dash or colon sets off after it: "... is a big plus – e.g. Amazon Redshift,
    // Google BigQuery", to the clause's end.)
    if (open < 0) return DASH_OR_COLON.test(text.slice(tokens.end[at - 1]!, tokens.start[at]!)) && this.reading.vocab.yearsElaborations.startsAt(tokens, at, clauseEnd) ? clauseEnd : at;
    const limit = clauseEnd < tokens.count ? tokens.start[clauseEnd]! : text.length;
    for (let p = open + 1; p < limit; p++) if (text.charCodeAt(p) === 41) return tokens.indexAt(p);
    return at;
  }

  /** Whether only blanks and a bullet stand between the start of its line and `at`. */
  private opensLine(at: number): boolean {
    const text = this.tokens.text;
    let p = at - 1;
    while (p >= 0 && text.charCodeAt(p) !== 10 && (isWhiteSpace(text.charCodeAt(p)) || isBulletGlyph(text.charCodeAt(p)) || text.charCodeAt(p) === 45 || text.charCodeAt(p) === 42)) p--;
    return p < 0 || text.charCodeAt(p) === 10;
  }

  /** Tokens [first, last) when a bracket holds them alone ("(preferred)"), else null. */
  private ownBracket(first: number, last: number): { open: number; close: number } | null {
    const { tokens } = this;
    const text = tokens.text;
    if (first === 0 || last > tokens.count) return null;
    const before = text.slice(tokens.end[first - 1]!, tokens.start[first]!);
    // (Or at the text's end: "Nice to have" / "- Airflow (not required)".)
    const after = text.slice(tokens.end[last - 1]!, last < tokens.count ? tokens.start[last]! : text.length);
    return /^\s*\(\s*$/.test(before) && /^\s*\)/.test(after) ? { open: first, close: last } : null;
  }

  /**
   * Whether tokens [from, to) are all cue phrases and `cues.anaphora` words ("strongly preferred",
   * "This is a plus"; not "V3 preferred"); with `signs`, signs between them pass too ("(preferred /
   * not a must)").
   */
  private cueWordsOnly(from: number, to: number, signs = false): boolean {
    if (from >= to) return false;
    const { tokens } = this;
    const vocab = this.reading.vocab;
    const covered = new Uint8Array(to - from);
    // (A resume's own cues on a resume: "Terraform (in progress)".)
    (this.reading.kind === 'resume' ? vocab.resumeCues : vocab.cues).each(tokens, from, to, (_tag, first, last) => covered.fill(1, first - from, last - from));
    for (let k = from; k < to; k++) if (!covered[k - from] && !vocab.cueAnaphora.has(tokens.keyHashOf(k)) && !(signs && !/[\p{L}\p{N}]/u.test(tokens.raw(k)))) return false;
    return true;
  }

  /** The index of the mention that ends right before token `at` (its last token is the one before), or -1. */
  private spanEndingAt(at: number): number {
    const spans = this.spans;
    const k = lowerBound(spans, (s) => s.last < at);
    return k < spans.length && spans[k]!.last === at ? k : -1;
  }

  /** The first token of the phrase that ends before token `at`: back to a comma, bracket or colon (past a bracket that closes right before it), never before `floor`. */
  private phraseStart(at: number, floor: number): number {
    const { tokens } = this;
    const text = tokens.text;
    // A bracket that closes right before `at` belongs to the phrase it follows: "Deep learning
    // frameworks (Keras, PyTorch) preferred" prefers the frameworks too. (Not in a text whose line
    // breaks were lost: the phrase before may be another item's.)
    let from = at;
    if (!this.runOn && at > floor + 1 && at < tokens.count && text.slice(tokens.end[at - 1]!, tokens.start[at]!).includes(')')) {
      for (let k = at - 1; k > floor; k--) {
        const gap = text.slice(tokens.end[k - 1]!, tokens.start[k]!);
        if (gap.includes(')')) break;
        if (gap.includes('(')) {
          from = k;
          break;
        }
      }
    }
    for (let k = from - 1; k > floor; k--) {
      // (A bracket of one word after a name, its abbreviation, is part of the phrase: "Natural
      // language processing (NLP) and data mining experience highly desirable".)
      if (k - 2 > floor && ONE_WORD_BRACKET.test(text.slice(tokens.end[k - 2]!, tokens.start[k]!))) {
        k -= 2;
        continue;
      }
      // (And so is a bracket inside the phrase, of the names it gives: "Experience with statistical
      // languages (Python, R etc.) to analyze large datasets preferred". Not in a text whose line
      // breaks were lost.)
      if (!this.runOn && /^\.?\s*\)\s*$/.test(text.slice(tokens.end[k - 1]!, tokens.start[k]!))) {
        let j = k - 1;
        while (j > floor && !/[()]/.test(text.slice(tokens.end[j - 1]!, tokens.start[j]!))) j--;
        if (j > floor && /^[^()]*\([^()]*$/.test(text.slice(tokens.end[j - 1]!, tokens.start[j]!)) && k - j <= MAX_ASIDE_TOKENS) {
          k = j;
          continue;
        }
      }
      for (let p = tokens.end[k - 1]!; p < tokens.start[k]!; p++) {
        const c = text.charCodeAt(p);
        if (c === 44 || c === 40 || c === 41 || c === 58 || c === 59) return k;
      }
      // (Nor past a dash between spaces: "Proficiency with containerization - Docker preferred".)
      if (/\s[-–—]\s/.test(text.slice(tokens.end[k - 1]!, tokens.start[k]!))) return k;
    }
    return floor;
  }

  /**
   * Where the list that the phrase [from, to) ends stands: "Spark, Hadoop, or Hive preferred" is
   * the whole list, "Master's in CS or a related field, PhD preferred" the PhD alone.
   */
  private listStart(from: number, to: number, floor: number): number {
    const spans = this.spans;
    const last = lowerBound(spans, (s) => s.first < from);
    if (last >= spans.length || spans[last]!.first >= to) return from;
    let i = last;
    // A list of items joined by commas alone ("SQL, Teradata") is one the cue closes only when it
    // opens its clause ("...; Python, R, PowerBI preferred"), an "or" or "and" joins it, a predicate
    // makes it the cue's subject ("MS Word, PowerPoint, Excel is desired") or one bracket holds it
    // ("(GxP, ISO 27001) or a willingness to learn"); after words that lead to its first item, the
    // cue qualifies the last item alone ("Strong working knowledge of SQL, Teradata preferred", "BS
    // in Computer Science, MS preferred").
    let joined = false;
    let commas = false;
    this.reading.vocab.cuePredicates.each(this.tokens, Math.max(floor, to - MAX_PREDICATE), to, (_, _first, end) => {
      if (end === to) joined = true;
    });
    // (An "or" or "and" in the cue's own phrase closes the list before it: "Statistics or any other
    // quantitative field ... preferred".)
    if (!joined) {
      this.reading.vocab.alternatives.each(this.tokens, spans[i]!.first, to, (tag) => {
        if (tag === 'connector' || tag === 'joiner') joined = true;
      });
    }
    while (i > 0 && spans[i - 1]!.first >= floor) {
      // (An item's bracket of examples is the item's: "distributed computing (Hive/Hadoop), machine
      // learning, and NLP is desired" goes on before the bracket.)
      const head = this.bracketHeadBefore(i, floor);
      if (head >= 0) {
        commas = true;
        i = head;
        continue;
      }
      let gap = this.listGap(spans[i - 1]!, spans[i]!);
      // (An item may end in a word of its kind: "ETL, reporting concepts, SQL, or SSIS preferred".)
      if (gap === 'break' && this.kindBeforeComma(spans[i - 1]!, spans[i]!)) gap = 'comma';
      // (Or items that name no skill, and the first words of the next: "risk models, marketing
      // cross-sell, up-sell, retention, and customer lifetime value models preferred", "...,
      // Mathematics, or related applied quantitative field preferred".)
      if (gap === 'break') gap = this.looseListGap(spans[i - 1]!, spans[i]!);
      if (gap === 'break') break;
      // (Commas inside one bracket join as "or" and "and" do.)
      if (gap === 'comma' && !this.inOneBracket(spans[i - 1]!, spans[i]!)) commas = true;
      else joined = true;
      // A list closed by its "or" ends there: "in CS, Statistics, or a related field, Masters or PhD
      // preferred" prefers the degrees alone.
      // (Not a slash, which joins within an item: "such as Azure/AWS, Hadoop preferred".)
      if (gap === 'comma' && i > 1 && spans[i - 2]!.first >= floor && this.listGap(spans[i - 2]!, spans[i - 1]!) === 'or' && this.reading.flow.slice(spans[i - 2]!.end, spans[i - 1]!.start).trim() !== '/') break;
      i--;
    }
    // The examples of a skill belong with it: "cloud computing such as Azure, AWS or GCP preferred".
    if (i > 0 && spans[i - 1]!.first >= floor && this.leadsIn(spans[i - 1]!, spans[i]!)) i--;
    if (commas && !joined && spans[i]!.first > floor) return Math.min(from, spans[last]!.first);
    return Math.min(from, spans[i]!.first);
  }

  /**
   * How two mentions of one list are joined when items that name no skill, or the first words of the
   * second's item, stand between them (LOOSE_ITEMS without its bracket, with no list break, cue or experience word):
   * 'or' when a list word joins them, else 'comma'; 'break' when they are no list.
   */
  private looseListGap(a: TokenSpan, b: TokenSpan): 'or' | 'comma' | 'break' {
    const { tokens } = this;
    // (No bracket: what it holds is the first item's own, "Spark (2+ years), PySpark preferred".)
    const gap = tokens.text.slice(tokens.end[a.last - 1]!, tokens.start[b.first]!);
    if (gap.includes('(') || !LOOSE_ITEMS.test(gap)) return 'break';
    // (Read here, not from the sentence's facts, which this serves: list breaks, cues and experience words.)
    const vocab = this.reading.vocab;
    for (let t = a.last; t < b.first; t++) if (vocab.yearsListBreaks.has(tokens.keyHashOf(t))) return 'break';
    let other = false;
    vocab.sentencePhrases.each(tokens, a.last, b.first, (tag) => {
      if (tag.set === 'cue') other = true;
    });
    vocab.experience.each(tokens, a.last, b.first, () => (other = true));
    if (other) return 'break';
    return listWordsIn(tokens, this.reading.vocab, a.last, b.first, false) & (LIST_CONNECTOR | LIST_JOINER) ? 'or' : 'comma';
  }

  /**
   * When a bracket's close and a comma alone stand between spans[i - 1] and spans[i], and the
   * bracket opens right after an earlier span of the line at or after `floor` (its item's head:
   * "distributed computing (Hive/Hadoop), machine learning"), that span's index; else -1.
   */
  private bracketHeadBefore(i: number, floor: number): number {
    const spans = this.spans;
    const flow = this.reading.flow;
    if (!/^\s*\)\s*,\s*$/.test(flow.slice(spans[i - 1]!.end, spans[i]!.start))) return -1;
    const open = this.openBracketBefore(spans[i - 1]!.start);
    if (open < 0) return -1;
    let j = i - 1;
    while (j >= 0 && spans[j]!.start > open) j--;
    return j >= 0 && spans[j]!.first >= floor && /^\s*$/.test(flow.slice(spans[j]!.end, open)) ? j : -1;
  }

  /** Whether one word of a kind (alternatives.kinds) and a comma alone stand between two mentions ("reporting |concepts,| SQL"). */
  private kindBeforeComma(a: TokenSpan, b: TokenSpan): boolean {
    const { tokens } = this;
    if (b.first - a.last !== 1 || !this.reading.vocab.alternativeKinds.has(tokens.key(a.last))) return false;
    const text = tokens.text;
    return /^\s+$/.test(text.slice(tokens.end[a.last - 1]!, tokens.start[a.last]!)) && /^\s*,\s*$/.test(text.slice(tokens.end[a.last]!, tokens.start[b.first]!));
  }

  /**
   * Whether two mentions stand inside one bracket ("a regulated environment (GxP, ISO 27001)"), its
   * brackets within BRACKET_REACH characters of them and on their line.
   */
  private inOneBracket(a: TokenSpan, b: TokenSpan): boolean {
    const flow = this.reading.flow;
    if (this.openBracketBefore(a.start) < 0) return false;
    for (let p = a.end; p < flow.length && p <= b.end + BRACKET_REACH; p++) {
      const c = flow.charCodeAt(p);
      if (c === 41) return p >= b.end;
      if (c === 40 || c === 10) return false;
    }
    return false;
  }

  /** Where the bracket open at `at` opens, within BRACKET_REACH characters on its line; -1 when none is open there. */
  private openBracketBefore(at: number): number {
    const flow = this.reading.flow;
    for (let p = at - 1; p >= 0 && p >= at - BRACKET_REACH; p--) {
      const c = flow.charCodeAt(p);
      if (c === 40) return p;
      if (c === 41 || c === 10) return -1;
    }
    return -1;
  }

  /** Whether only a lead-in ("such as", "e.g.", "including") and filler stand between two mentions. */
  private leadsIn(a: TokenSpan, b: TokenSpan): boolean {
    if (b.first <= a.last || b.first - a.last > MAX_LIST_GAP) return false;
    if (/[.;:]/.test(this.reading.flow.slice(a.end, b.start))) return false;
    let covered = 0;
    let leadIn = false;
    this.reading.vocab.alternatives.each(this.tokens, a.last, b.first, (tag, first, last) => {
      if (tag !== 'leadIn' && tag !== 'filler') return;
      for (let k = first; k < last; k++) covered |= 1 << (k - a.last);
      if (tag === 'leadIn') leadIn = true;
    });
    return leadIn && covered === (1 << (b.first - a.last)) - 1;
  }

  /** Whether tokens [from, to) are part of a longer mention. */
  private insideSpan(from: number, to: number): boolean {
    const s = this.spans[lowerBound(this.spans, (x) => x.last <= from)];
    return s !== undefined && s.first <= from && s.last >= to && s.last - s.first > to - from;
  }

  private hasSpanIn(fromToken: number, toToken: number): boolean {
    const s = this.spans[lowerBound(this.spans, (x) => x.first < fromToken)];
    return s !== undefined && s.first < toToken;
  }

  /**
   * The boilerplate a mention stands in: a strong phrase, or two different weak ones, of one kind,
   * within its sentence and no further than REACH tokens away (a run-on text without full stops
   * is one "sentence" that holds a company blurb and a requirement list alike).
   */
  boilerplateOf(span: TokenSpan): Boilerplate | null {
    const f = this.factsAt(span.start);
    if (f.evidence.length === 0 && this.employerFirst === undefined && !this.mayCarry(span.start) && this.runInKindAt(f) === undefined && !this.unitOpens(f)) return null;
    // A short sentence is all within reach of each of its mentions: worked out once (unless the
    // mention is itself one of its evidence phrases).
    // (Not a job's introduction: an apposition in it speaks of the company, the rest not; see inApposition.)
    const whole = f.last - f.first <= REACH && !f.intro && !this.someEvidence(f, span.first, span.last, () => true);
    if (whole && f.boilerplate !== undefined) return f.boilerplate;
    const found = this.readBoilerplate(f, span);
    if (whole) f.boilerplate = found;
    return found;
  }

  /** The kind of the heading run into a text that sentence `f` follows, before any stop, within RUN_IN_REACH characters of it (see Section.runIn). */
  private runInKindAt(f: SentenceFacts): BoilerplateKind | undefined {
    const section = this.sectionAt(f.span.start);
    if (section.runIn === null || !NOT_ASKED.has(section.runIn)) return undefined;
    // (Looked for only near the heading, so that a long section costs no walk per mention.)
    if (f.span.start - section.start > RUN_IN_REACH) return undefined;
    const flow = this.reading.flow;
    for (let p = section.start; p < f.span.start; p++) {
      const c = flow.charCodeAt(p);
      if (c === 46 || c === 33 || c === 63 || c === 10) return undefined;
    }
    return section.runIn as BoilerplateKind;
  }

  /** Whether an earlier sentence of the line could carry boilerplate to this one. */
  private mayCarry(offset: number): boolean {
    const sentence = this.sentenceAt(offset);
    return this.lineSentences[0] !== undefined && this.lineSentences[0].start < sentence.start;
  }

  private readBoilerplate(f: SentenceFacts, span: TokenSpan): Boilerplate | null {
    // A sentence that asks ("experience with", "you have"), or a duty under the job's own heading
    // ("Develop data models to apply to data sets", "Coach and mentor the team while creating an
    // inclusive environment"), is boilerplate only on strong evidence.
    const asks = this.someAsking(f, span, (a) => a.strong);
    // (Nor a duty that names the employer's tools, "Maintain Acme's reporting tools (Tableau)", nor
    // one a cue asks: "Acme does not sponsor visas - must be authorized to work in the US".)
    const plain = !asks && !f.duty && !f.cues.some((c) => c.type === 'required' || c.type === 'preferred');
    // (In a text whose line breaks were lost, none from past the start of the next item run in: "... Clear
    // written communication Northwind is proud to be an equal opportunity employer" asks the communication.)
    const reach = this.runInItemAt(span.last, Math.min(this.tokens.count, span.last + REACH), true);
    const own = this.scoreOf(f, span.first - REACH, reach, span, plain ? EMPLOYER_OPENS : 2);
    // A heading of the company or its benefits run into a text says what its first sentence is ("...
    // Python About Us Acme is a leader in geography software."): strong evidence, as a phrase is.
    const told = this.runInKindAt(f);
    if (told) own.set(told, (own.get(told) ?? 0) + RUN_IN_WEIGHT);
    // A sentence that opens on what the employer gives ("We pay for your Databricks certification",
    // "We offer a learning budget for AWS courses") is a perk, even as an item of a list that asks,
    // where nothing in it asks: its strong phrase, as its first words, weighs as the employer's name
    // opening a sentence does. (A short item, as perks are: a long sentence that opens so is the
    // employer's pitch of the work, "We offer unique opportunities for engineers ... to solve
    // difficult problems in distributed highly available services".)
    if (plain && f.last - f.first <= PERK_WORDS && f.evidence.some((e) => e.kind === 'benefits' && e.strong && e.first === f.first && !(e.first <= span.first && span.last <= e.last))) {
      own.set('benefits', Math.max(own.get('benefits') ?? 0, EMPLOYER_OPENS));
    }
    // (So does a duty where no heading names the section: "Understand how processes impact end
    // customers and work closely with cross-functional teams ..." is no company story; told only
    // where the evidence would do otherwise.)
    // (And so does a mention a cue asks for: "You will be subject to a background check and must be
    // eligible to obtain and maintain a security clearance" asks the clearance.)
    const cued = f.cues.some((c) => (c.type === 'required' || c.type === 'preferred') && (c.forward ? c.last <= span.first && span.first < c.until : c.from <= span.first && span.last <= c.first));
    const section = this.sectionAt(span.start).kind;
    const strict = asks || cued || section === 'responsibilities';
    // A strong phrase of the hiring process or equal opportunity speaks for its long sentence, up to
    // SENTENCE_WIDE_REACH words from the mention, where nothing asks: "The hiring process for this
    // role is managed by Dolphin, which has made 24K+ matches at jobs tackling ... (climate change,
    // poverty, infectious diseases)". (Not where a cue asks, nor for a mention that is such a phrase
    // itself: "Must be authorized to work in the US without sponsorship".)
    if (plain && !f.evidence.some((e) => e.first >= span.first && e.last <= span.last)) {
      const apart = (e: { first: number; last: number }) => (e.last <= span.first ? span.first - e.last : e.first - span.last);
      const whole = f.evidence.find((e) => e.strong && SENTENCE_WIDE.has(e.kind) && apart(e) >= 0 && apart(e) <= SENTENCE_WIDE_REACH && (e.last <= span.first || e.first < reach || !this.runOn));
      if (whole && !own.has(whole.kind)) own.set(whole.kind, 4);
    }
    let found = bestOf(own, strict ? 4 : 2);
    // (So does one that opens on the job's duty phrase, "You will support segmentation and forecasting for
    // our brands and products", or has it right after its lead-in, "As a Data Engineer, you'll build
    // pipelines for our clients' products": two weak words of a blurb are the work's setting there.)
    if (found && !strict && (f.dutyOpens || this.opensWithDutyVerb(f) || this.dutyAfterLeadIn(f))) found = bestOf(own, 4);
    // A paragraph about the company that closes a list that asks, under no heading of its own ("... is
    // a plus. / A career at Acme means ... Our people are what makes Acme strong. We welcome your
    // bright, innovative ideas at Acme."): a sentence with some company evidence of its own (the
    // employer's name, a company phrase) adds that of the sentences before it in the paragraph, as
    // the requirements need more than one such word to drop a skill (see dropsIn).
    if (found?.kind === 'about' && !asks && !cued && !this.runOn && ASKING_KINDS.has(section) && this.lineEnd - this.lineStart <= MAX_PARAGRAPH) {
      const before = this.paragraphScore(span.start).all.get('about') ?? 0;
      if (before >= PARAGRAPH_EVIDENCE) found = { ...found, score: found.score + before };
    }
    if (found || asks) return found;
    // A paragraph about the company, or its equal-opportunity statement, goes on in sentences that
    // no longer say so ("MITRE is a not-for-profit ... It operates centers in cybersecurity, ..."),
    // but not into the job's own duties ("You will build pipelines in Python"), nor into its
    // introduction where that asks years of the skill ("We are looking for a data scientist with 3+
    // years of Python"; a recruiting line of the company's, "we need the best talent in areas like
    // cybersecurity", goes on with its story).
    if (f.duty || (f.intro && this.yearsOf(span) !== null) || (this.runOn && this.ownSentence(f))) return null;
    // (The employer's story carries on as told below, not into the job's introduction, nor into a
    // sentence that speaks to the candidate, "If you are self-directed and enjoy autonomy, come join Acme".)
    const before = this.paragraphScore(span.start, !f.intro && !this.speaksToCandidate(f));
    const whole = bestOf(before.all, PARAGRAPH_EVIDENCE);
    const carried = whole ?? bestOf(before.last, 2);
    if (carried && CARRIED.has(carried.kind)) return { ...carried, carried: true };
    // A paragraph of perks goes on in sentences that no longer name them ("We offer a robust benefits
    // package including health and dental ... We also provide onboarding, training and mentoring"): on
    // its whole evidence, in a paragraph of prose, where no cue asks.
    if (whole?.kind === 'benefits' && !this.runOn && this.lineEnd - this.lineStart <= MAX_PARAGRAPH && f.cues.length === 0) return { ...whole, carried: true };
    return null;
  }

  /**
   * The evidence of the sentences before `offset` in its paragraph (a line of prose, not a whole
   * posting run together on one line), per kind. With `story`, a sentence whose subject is the
   * employer, before the job's introduction, weighs as much as the paragraph needs (see below).
   */
  private paragraphScore(offset: number, story = false): { all: Map<BoilerplateKind, number>; last: Map<BoilerplateKind, number> } {
    const sentence = this.sentenceAt(offset);
    const all = new Map<BoilerplateKind, number>();
    let last = new Map<BoilerplateKind, number>();
    // A text whose line breaks were lost has no paragraphs: there, the few sentences right before,
    // back to one of the job's own (see below).
    const runOn = this.lineEnd - this.lineStart > MAX_PARAGRAPH;
    if (runOn && !this.runOn) return { all, last };
    // Never across a heading or an inline label ("About Us ... What you will do: ..." on one line).
    const from = this.sectionAt(offset).start;
    const k = lowerBound(this.lineSentences, (s) => s.start < sentence.start);
    const first = runOn ? Math.max(0, k - RUN_ON_PARAGRAPH) : 0;
    let told = false;
    for (let i = first; i < k; i++) {
      const s = this.lineSentences[i]!;
      if (s.start < from) continue;
      const f = this.factsAt(s.start);
      // The job's introduction ("We are looking for a data engineer") ends the company's story;
      // without paragraphs, so do its duties and what it asks.
      if (f.intro || (runOn && this.ownSentence(f))) {
        all.clear();
        last = new Map();
        told = true;
        continue;
      }
      // (In a paragraph of prose, a sentence whose subject is the employer and which neither asks nor
      // tells a duty tells the company's story, enough alone to carry to the sentences after it until
      // the job's introduction: "Acme builds scheduling software for clinics. The secret behind it?
      // Machine learning." Not after the introduction, where the paragraph is the job's: "We are
      // hiring an analyst. Research at Acme is a team effort. The team builds tools for genomics.";
      // nor into the introduction itself, nor in a list that asks, where it takes more.)
      const opening = story && !told && !runOn && f.asking.length === 0 && !f.duty && f.cues.length === 0 ? PARAGRAPH_EVIDENCE : 2;
      last = this.scoreOf(f, f.first, f.last, undefined, opening);
      // (So does one led by a locative and the employer's voice: "At Acme, we build booking software.")
      if (opening === PARAGRAPH_EVIDENCE && this.locativeSubject(f)) last.set('about', (last.get('about') ?? 0) + PARAGRAPH_EVIDENCE - 2);
      for (const [kind, n] of last) all.set(kind, (all.get(kind) ?? 0) + n);
      // (Without paragraphs, a sentence of the company's story whose subject is the employer, and
      // which neither asks nor tells a duty, weighs for the one right after it as for its own
      // mentions: "... Microsoft Office. Through its administration of the Fund, USAC works to ...
      // Specifically, the programs fund telecommunications for rural schools.")
      if (runOn && i === k - 1 && f.asking.length === 0 && !f.duty && f.cues.length === 0) last = this.scoreOf(f, f.first, f.last, undefined, EMPLOYER_OPENS);
    }
    return { all, last };
  }

  /**
   * Whether a sentence is plainly the job's own, in a text whose line breaks were lost: its
   * introduction, a duty ("You will build ...", "Design and develop ...", "Creating technical
   * documents"), a qualification or one with a requirement-like phrase (not where its only such
   * words are the company's boasts: see boastsOnly).
   */
  private ownSentence(f: SentenceFacts): boolean {
    if (f.duty || f.intro || f.opens) return true;
    if (f.asking.length > 0 && !this.boastsOnly(f)) return true;
    return this.opensWithDutyVerb(f);
  }

  /**
   * Whether the only words of asking in a sentence are ones a company says of itself too
   * (companyTraits), in a sentence the employer's voice opens that names neither the candidate nor a
   * role: "We keep improving our tools to give our clients excellent customer service" tells the
   * company's story; "Our ideal hire has strong pricing experience", "We want to grow our team with
   * an analyst who has a strong passion for data mining" are the job's.
   */
  private boastsOnly(f: SentenceFacts): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    if (!f.asking.every((a) => !a.strong && vocab.companyTraits.has(tokens.keyHashOf(a.at)))) return false;
    if (!this.opensInEmployerVoice(f) || this.speaksToCandidate(f)) return false;
    let role = false;
    vocab.titleRoleWords.each(tokens, f.first, Math.min(f.last, f.first + 2 * REACH), () => (role = true));
    return !role;
  }

  /** Whether an `employerVoice` word opens a sentence, first or after its lead-in phrase ("We offer ...", "Now, we're joining ..."). */
  private opensInEmployerVoice(f: SentenceFacts): boolean {
    const voice = this.reading.vocab.employerVoice;
    if (f.first < f.last && voice.startsAt(this.tokens, f.first, f.first + 1)) return true;
    const after = this.afterLeadIn(f);
    return after >= 0 && voice.startsAt(this.tokens, after, after + 1);
  }

  /**
   * Whether a duty phrase opens a sentence right after its lead-in phrase ("In this role, you will
   * ...", "As a Data Scientist, you'll ..."); not after a lead-in that names the employer, the
   * company's pitch of itself ("At Acme, you will be solving problems that matter").
   */
  private dutyAfterLeadIn(f: SentenceFacts): boolean {
    if (!f.duty) return false;
    const k = this.afterLeadIn(f);
    if (k < 0) return false;
    for (let j = f.first; j < k; j++) if (this.namesEmployerAt(j)) return false;
    let duty = false;
    this.sentencePhrases.eachAt(this.tokens, k, f.last, (tag) => (duty ||= tag.set === 'duty'));
    return duty;
  }

  /** Whether a sentence opens with a duty's verb, capitalized ("Design and develop ...", "Understand how ..."). */
  private opensWithDutyVerb(f: SentenceFacts): boolean {
    const { tokens } = this;
    let k = f.first;
    while (k < f.last && !/\p{L}/u.test(tokens.raw(k))) k++;
    if (k >= f.last || !isUpper(tokens.text.charCodeAt(tokens.start[k]!))) return false;
    const vocab = this.reading.vocab;
    return vocab.dutyOpeners.has(tokens.keyHashOf(k)) || vocab.listVerbs.has(tokens.keyHashOf(k));
  }

  /**
   * Boilerplate evidence of a sentence within tokens [lo, hi): each phrase once, strong 2, weak 1;
   * the employer's name is weak company evidence, `opening` when it opens the sentence.
   */
  private scoreOf(f: SentenceFacts, lo: number, hi: number, span?: TokenSpan, opening = 2): Map<BoilerplateKind, number> {
    const scores = new Map<BoilerplateKind, number>();
    let seen: Set<number> | undefined;
    // A phrase that is the skill itself ("authorized to work") is no evidence against it, nor is more
    // of its kind: what the sentence says of it ("... without sponsorship") is the requirement's own.
    let own: Set<BoilerplateKind> | undefined;
    if (span) {
      this.someEvidence(f, span.first, span.last, (e) => {
        if (e.strong && e.first >= span.first && e.last <= span.last) (own ??= new Set()).add(e.kind);
        return false;
      });
    }
    this.someEvidence(f, lo, hi, (e) => {
      // A phrase that holds the whole mention and more is what the text says it is ("a mentoring
      // program" is a perk); one that only shares a word with it ("a thought leader in") is not.
      if (span && ((e.first < span.last && span.first < e.last && !(e.first <= span.first && e.last >= span.last && e.last - e.first > span.last - span.first)) || own?.has(e.kind))) return false;
      // A phrase inside a longer one of its kind ("solutions" in "our solutions") counts once, as the longer.
      if (e.inner || seen?.has(e.id)) return false;
      (seen ??= new Set()).add(e.id);
      scores.set(e.kind, (scores.get(e.kind) ?? 0) + (e.strong ? 2 : 1));
      return false;
    });
    if (this.employerFirst !== undefined) {
      // "Acme is a ...", "Acme, a subsidiary of ...": the employer opening a sentence speaks of
      // itself, all through the sentence; named further in, of what is within reach.
      // (Or the subject after a lead-in phrase: "Focused on mission success, Acme pioneers ...".)
      // (The full weight only to the name as the sentence's subject: "Maintain Acme's reporting tools" is a duty.)
      const subject = f.first < f.last && (this.namesEmployerAt(f.first) || (this.afterLeadIn(f) >= 0 && this.namesEmployerAt(this.afterLeadIn(f))) || this.employerAfterLeadIn(f) || this.employerAfterRunInLabel(f));
      const opens = subject || (f.first + 1 < f.last && this.namesEmployerAt(f.first + 1));
      // (An item of a list that is the employer's name or product alone, "Snowflake · dbt · Driftwood
      // Sync · Dagster", says nothing of the company: no story to carry on to the items after it.)
      if (opens && this.onlyEmployerName(f)) return scores;
      if (opens) scores.set('about', (scores.get('about') ?? 0) + (subject ? opening : 2));
      else for (let k = Math.max(lo, f.first); k < Math.min(hi, f.last); k++) {
        if (this.namesEmployerAt(k)) {
          // (Saying what it is, it speaks of itself even where the sentence starts before it, as
          // in a text whose line breaks were lost: "... About Acme Acme is a leading provider of ...".)
          scores.set('about', (scores.get('about') ?? 0) + (this.describesEmployer(k, f.last) ? opening : k <= f.first + 1 ? 2 : 1));
          break;
        }
      }
    }
    // A unit of the employer as the sentence's subject ("The Data Platform Department is dedicated to
    // developing advanced technology (e.g. Cloud, Big Data)", "Our research portfolio includes ...")
    // speaks of that unit as the employer's name does of the company, where nothing in it asks; for
    // its own mentions only (the sentences after it are as often the job's in that unit: "The
    // Advanced Analytics group is all about our client's mission. Individuals in this role ..."), and
    // not where the sentence asks, even weakly, or tells a duty: "The Analytics group needs strong SQL skills".
    if (span && opening > 2 && f.asking.length === 0 && this.unitOpens(f)) scores.set('about', (scores.get('about') ?? 0) + opening);
    // The job's own introduction ("Acme is seeking a data scientist") is no company blurb, but for
    // the apposition between the name and its introduction: "eGlobalTech, one of Northern Virginia's
    // fastest growing Cybersecurity consulting firms, is looking for a Data Scientist".
    if (scores.has('about') && f.intro && !(span && this.inApposition(f, span))) scores.delete('about');
    return scores;
  }

  /**
   * Whether a mention stands in the apposition between a sentence's first words (a name of at most
   * LEAD_IN_WORDS) and its job introduction: commas right after the name and right before the
   * introduction phrase ("Acme, a leader in warehouse automation, is seeking ...").
   */
  private inApposition(f: SentenceFacts, span: TokenSpan): boolean {
    if (f.introStart <= f.first || span.first <= f.first || span.last > f.introStart) return false;
    const { text, start, end } = this.tokens;
    const comma = (k: number) => text.slice(end[k - 1]!, start[k]!).includes(',');
    if (!comma(f.introStart)) return false;
    for (let k = f.first + 1; k <= Math.min(span.first, f.first + LEAD_IN_WORDS); k++) {
      if (comma(k)) return true;
      if (/[.;:()]/.test(text.slice(end[k - 1]!, start[k]!))) return false;
    }
    return false;
  }

  /** Whether a sentence's subject, first or after its lead-in phrase, is a unit of the employer (see unitAt). */
  private unitOpens(f: SentenceFacts): boolean {
    if (f.unit === undefined) {
      const after = this.afterLeadIn(f);
      f.unit = f.first < f.last && ((this.reading.vocab.employerUnits.size > 0 && (this.unitAt(f.first, f.last) || (after >= 0 && this.unitAt(after, f.last)) || this.unitAfterRunInLabel(f))) || this.companyAt(f.first, f.last));
    }
    return f.unit;
  }

  /**
   * Whether a unit of the employer is the subject that starts at token `k`: a `units` noun after a
   * name of capitalised words ("The Biological Systems Science (BSS) Group", "Data & Analytics
   * practice"), a `unitDeterminers` word before it or the name ("The organization"; after one of
   * the employer's voice, words in lower case too: "Our research portfolio"), a word in lower case
   * after it (its verb: "is chartered with", "provides", "of Homeland Security").
   */
  private unitAt(k: number, end: number): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    let j = k;
    let determiner = false;
    let voiced = false;
    while (j < end && !/[\p{L}\p{N}&]/u.test(tokens.raw(j))) j++;
    if (j < end && vocab.employerUnitDeterminers.has(tokens.keyHashOf(j))) {
      determiner = true;
      voiced = vocab.employerVoice.startsAt(tokens, j, j + 1);
      j++;
    }
    const from = j;
    // An acronym the text gave a unit before ("... to join the Space and Missions Group (SMSG). SMSG
    // provides specialized program management ...", "the Asset and Risk Allocation (ARA) division ... ARA
    // recommends and implements the asset allocation").
    if (!determiner && j + 1 < end && ACRONYM.test(tokens.raw(j))) {
      const next = tokens.text.charCodeAt(tokens.start[j + 1]!);
      return next >= 97 && next <= 122 && this.unitAcronym(tokens.raw(j), tokens.start[j]!);
    }
    // (Nor a duty's verb in capitals: "Provides Planning Department with statistics".)
    if (!determiner && (vocab.dutyOpeners.has(tokens.keyHashOf(j)) || vocab.listVerbs.has(tokens.keyHashOf(j)))) return false;
    for (; j < end && j - from <= UNIT_NAME_WORDS; j++) {
      const raw = tokens.raw(j);
      // (Without a determiner, a name in capitals, its noun too: "Data Science Group provides ...", not
      // a duty's "Leads organization wide teams", "Strong organization and time management skills".)
      if (vocab.employerUnits.has(tokens.keyHashOf(j)) && (determiner || (j > from && isUpper(raw.charCodeAt(0))))) {
        // (The unit's noun ends its name: "The Group Lead will ..." names a person.)
        if (j + 1 >= end) return false;
        const gap = tokens.text.slice(tokens.end[j]!, tokens.start[j + 1]!);
        const next = tokens.text.charCodeAt(tokens.start[j + 1]!);
        return gap.includes(',') || (next >= 97 && next <= 122);
      }
      if (!(voiced || isUpper(raw.charCodeAt(0)) || tokens.keyHashOf(j) === AMP_HASH || raw === 'and')) return false;
    }
    return false;
  }

  /**
   * Whether a sentence opens with a company's name that says what it is, though no field names it
   * the employer (a partner's, a client's, the employer's before a merger: "Data Works is an
   * employee-focused technology company that supports ... by providing Big Data solutions including
   * data transformation ..."): a name of capitalised words, then an `employer.blurbs` phrase, or a
   * `describes` one with a `kinds` noun within a few words.
   */
  private companyAt(k: number, end: number): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    // (Not a role's: "The Data Scientist is a non-supervisory position within ...".)
    if (vocab.employerUnitDeterminers.has(tokens.keyHashOf(k)) || vocab.titleRoleWords.inText(tokens.raw(k)).length > 0) return false;
    let j = k;
    while (j < end && j - k < COMPANY_NAME_WORDS && isUpper(tokens.raw(j).charCodeAt(0))) j++;
    if (j === k || j >= end) return false;
    if (vocab.employerBlurbs.startsAt(tokens, j, end)) return true;
    if (!vocab.employerDescribes.startsAt(tokens, j, end)) return false;
    for (let i = j + 1; i < Math.min(end, j + 1 + KIND_WORDS); i++) {
      if (vocab.employerKinds.has(tokens.keyHashOf(i))) return true;
      if (/[,.;:()]/.test(tokens.text.slice(tokens.end[i - 1]!, tokens.start[i]!))) return false;
    }
    return false;
  }

  /**
   * Whether the text, in the ACRONYM_REACH characters before `before`, gave `acronym` in brackets to a
   * unit: a `units` noun right before the bracket ("Space and Missions Group (SMSG)") or right after it
   * ("Asset and Risk Allocation (ARA) division").
   */
  private unitAcronym(acronym: string, before: number): boolean {
    const flow = this.reading.flow;
    const from = Math.max(0, before - ACRONYM_REACH);
    const window = flow.slice(from, before);
    const at = window.lastIndexOf(`(${acronym})`);
    if (at < 0) return false;
    return this.unitBracket(from + at, from + at + acronym.length + 2);
  }

  /** Whether a units noun stands right before the bracket at [open, close) or right after it ("Group (SMSG)", "(ARA) division"). */
  private unitBracket(open: number, close: number): boolean {
    const flow = this.reading.flow;
    const units = this.reading.vocab.employerUnits;
    const previous = /([\p{L}]+)\s*$/u.exec(flow.slice(Math.max(0, open - UNIT_WORD_CHARS), open))?.[1];
    const following = /^\s*([\p{L}]+)/u.exec(flow.slice(close, Math.min(flow.length, close + UNIT_WORD_CHARS)))?.[1];
    return [previous, following].some((w) => w !== undefined && units.has(keyHash(w.toLowerCase())));
  }

  /**
   * Whether the mention is the acronym the text gives a unit in brackets, where it gives it: "the Pricing
   * Review & Controls group ("PRC")", "the Asset Research (AR) division": the unit's name, not a skill.
   */
  namesUnitAcronym(span: TokenSpan): boolean {
    const flow = this.reading.flow;
    // (A bracket a few characters before, first: this runs for every mention outside the lists that ask.)
    if (span.start === 0 || span.end - span.start > 6 || indexIn(flow, 40, Math.max(0, span.start - 3), span.start) < 0) return false;
    if (!ACRONYM.test(flow.slice(span.start, span.end))) return false;
    const open = /\(\s*["“']?$/.exec(flow.slice(Math.max(0, span.start - 3), span.start));
    const close = /^["”']?\s*\)/.exec(flow.slice(span.end, Math.min(flow.length, span.end + 3)));
    if (!open || !close) return false;
    return this.unitBracket(span.start - open[0].length, span.end + close[0].length);
  }

  /**
   * Whether the employer's name at token `k` goes on to say what the employer is ("Acme Corp. is a
   * leading provider", "Acme is the ..."): an `employer.describes` or `employer.blurbs` phrase right
   * after its words (and a company suffix).
   */
  private describesEmployer(k: number, end: number): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    let j = k + 1;
    while (j < end && (this.employer.has(tokens.keyHashOf(j)) || vocab.companySuffixes.has(tokens.key(j)))) j++;
    // (Not a cue: "Experience using Snowflake is a plus" asks for the employer's product; "Acme helps
    // organizations ..." is no cue that must end its clause.)
    if (j < end) {
      let cue = false;
      vocab.cues.eachAt(tokens, j, end, (tag, _first, last) => (cue ||= !tag.final || this.endsClause(last)));
      if (cue) return false;
    }
    return j < end && (vocab.employerDescribes.startsAt(tokens, j, end) || vocab.employerBlurbs.startsAt(tokens, j, end));
  }

  /**
   * The token after the comma that ends a sentence's lead-in phrase of a few words ("Focused on
   * mission success, Acme pioneers", "Founded in 1992, Acme"), or -1; only in a sentence that ends
   * with a full stop ("Head Data Scientist – Imaging, Acme AI Lab" is a title line).
   */
  private afterLeadIn(f: SentenceFacts): number {
    return (f.leadIn ??= this.readLeadIn(f));
  }

  private readLeadIn(f: SentenceFacts): number {
    const { text, start, end: ends } = this.tokens;
    if (f.last <= f.first || !/^[\s"'”’)\]]*[.!]/.test(text.slice(ends[f.last - 1]!, ends[f.last - 1]! + 4))) return -1;
    const end = Math.min(f.last, f.first + LEAD_IN_WORDS + 1);
    for (let k = f.first + 1; k < end; k++) {
      const gap = text.slice(ends[k - 1]!, start[k]!);
      if (gap.includes(',')) return k;
      if (/[.;:()]/.test(gap)) return -1;
    }
    return -1;
  }

  /**
   * Whether the employer's name is the subject after a longer lead-in phrase, up to the sentence's
   * first comma: "Leveraging industry-leading research into high-throughput screening for targets in
   * oncology, Acme Bio uses its platform to ...". (Brackets may stand in it, not a stop or colon.)
   */
  private employerAfterLeadIn(f: SentenceFacts): boolean {
    // (Read for every sentence: no employer named, nothing to look for; the gaps read char by char.)
    if (this.employerFirst === undefined || f.last <= f.first) return false;
    const { text, start, end: ends } = this.tokens;
    if (!/^[\s"'”’)\]]*[.!]/.test(text.slice(ends[f.last - 1]!, ends[f.last - 1]! + 4))) return false;
    const end = Math.min(f.last, f.first + LONG_LEAD_IN_WORDS + 1);
    for (let k = f.first + 1; k < end; k++) {
      let stop = false;
      for (let p = ends[k - 1]!; p < start[k]!; p++) {
        const c = text.charCodeAt(p);
        if (c === 44) return this.namesEmployerAt(k);
        stop ||= c === 46 || c === 59 || c === 58;
      }
      if (stop) return false;
    }
    return false;
  }

  /**
   * Whether a unit of the employer is the subject after a label run into a text whose line breaks
   * were lost, a word or two in Title Case ("Overview The Data Science & Platform Engineering
   * Department leads the development of ... which combines machine learning and big data"), the
   * unit's first word capitalised.
   */
  private unitAfterRunInLabel(f: SentenceFacts): boolean {
    if (!this.runOn) return false;
    const { tokens } = this;
    for (let k = f.first + 1; k < Math.min(f.last, f.first + RUN_IN_LABEL_WORDS); k++) {
      const gap = tokens.text.slice(tokens.end[k - 1]!, tokens.start[k]!);
      if (!isUpper(tokens.text.charCodeAt(tokens.start[k - 1]!)) || !/^ +$/.test(gap)) return false;
      // (The unit's own first word capitalised too: "Join our Defense Solutions Division to ..." introduces the job.)
      if (isUpper(tokens.text.charCodeAt(tokens.start[k]!)) && this.unitAt(k, f.last)) return true;
    }
    return false;
  }

  /**
   * Whether the employer's name follows a label run into a text whose line breaks were lost, words
   * in Title Case that open the sentence ("Additional Information Biogen has one of the most exciting
   * pipelines in the industry"): it is the sentence's subject, as under that label on a line of its own.
   */
  private employerAfterRunInLabel(f: SentenceFacts): boolean {
    if (!this.runOn) return false;
    const { tokens } = this;
    const end = Math.min(f.last, f.first + RUN_IN_LABEL_WORDS + 1);
    for (let k = f.first; k < end; k++) {
      if (k >= f.first + 2 && this.namesEmployerAt(k)) return true;
      if (!isUpper(tokens.text.charCodeAt(tokens.start[k]!)) || (k > f.first && !/^ +$/.test(tokens.text.slice(tokens.end[k - 1]!, tokens.start[k]!)))) return false;
    }
    return false;
  }

  /**
   * Whether token `k` is the first word of the employer's name, written as a name (a capital: "the
   * data scientist will" names no "Data Works").
   */
  private namesEmployerAt(k: number): boolean {
    if (this.tokens.keyHashOf(k) !== this.employerFirst) return false;
    const c = this.tokens.text.charCodeAt(this.tokens.start[k]!);
    return !(c >= 97 && c <= 122);
  }

  /** Whether `test` holds for an evidence phrase of the sentence that overlaps tokens [lo, hi) (visited in text order until it does). */
  private someEvidence(f: SentenceFacts, lo: number, hi: number, test: (e: SentenceFacts['evidence'][number]) => boolean): boolean {
    const evidence = f.evidence;
    for (let k = lowerBound(evidence, (e) => e.first <= lo - f.evidenceLength); k < evidence.length; k++) {
      const e = evidence[k]!;
      if (e.first >= hi) break;
      if (e.last > lo && test(e)) return true;
    }
    return false;
  }

  /** Whether a requirement-like phrase (passing `test`) starts within REACH tokens of the mention. */
  private someAsking(f: SentenceFacts, span: TokenSpan, test: (a: SentenceFacts['asking'][number]) => boolean = () => true, ownSection = false): boolean {
    const asking = f.asking;
    // A text whose line breaks were lost runs sections into one sentence: with `ownSection`, only
    // the mention's own section's words ask it.
    const section = ownSection && this.runOn ? this.sectionAt(span.start) : undefined;
    for (let k = lowerBound(asking, (a) => a.at <= span.first - REACH); k < asking.length && asking[k]!.at < span.last + REACH; k++) {
      if (section && (this.tokens.start[asking[k]!.at]! < section.start || this.tokens.start[asking[k]!.at]! >= section.end)) continue;
      if (test(asking[k]!)) return true;
    }
    return false;
  }

  /** The cue of a symbol that opens the offset's line ("➕ Kafka", "❌ Java"; vocab cues.lineMarks). */
  private lineMarkAt(offset: number): Cued | undefined {
    const marks = this.reading.vocab.lineMarks;
    // (Most texts hold no mark at all: looked for once, not per mention.)
    if (marks.length === 0 || !(this.marked ??= marks.some(([mark]) => this.reading.text.includes(mark)))) return undefined;
    this.sentenceAt(offset);
    const text = this.reading.text;
    let p = this.lineStart;
    while (p < this.lineEnd && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    for (const [mark, cue] of marks) if (text.startsWith(mark, p)) return cue;
    return undefined;
  }

  /** The cell of a skills table that holds the offset and says something of it (see read/tables.ts). */
  private tableCellAt(offset: number): TableCell | undefined {
    const cells = this.reading.tables;
    if (cells.length === 0) return undefined;
    const cell = cells[lowerBound(cells, (c) => c.end <= offset)];
    return cell && cell.start <= offset ? cell : undefined;
  }

  /** Whether a mention stands in a cell of a table that asks it, by its column or its row ("Python | E" under "Essential / Desirable"). */
  askedByTable(span: TokenSpan): boolean {
    const cue = this.tableCellAt(span.start)?.cue;
    return cue === 'required' || cue === 'preferred';
  }

  /** The cue that qualifies a mention: the nearest governing cue, preferred before negated before required on a tie. */
  cueOf(span: TokenSpan): Cued | undefined {
    if (this.reading.kind === 'resume' && this.lacked(span)) return 'negated';
    const cell = this.tableCellAt(span.start);
    if (cell?.cue) return cell.cue;
    const marked = this.lineMarkAt(span.start);
    if (marked) return marked;
    const f = this.factsAt(span.start);
    if (f.cues.length === 0) return this.trailingCue(span);
    let best: Cue | undefined;
    let bestDistance = Infinity;
    let forward: Cue | undefined;
    let backward: Cue | undefined;
    const cues = f.cues;
    // Cues never overlap (but for one phrase with two roles): those that end before the mention are
    // the ones that start before it. The last forward cue that reaches it, looked for back to the
    // first clause break; the first backward one, forward to the first break.
    const at = lowerBound(cues, (c) => c.first < span.first);
    const before = this.breakBefore(f, span.first);
    for (let k = at - 1, looked = 0; k >= 0 && looked < MAX_CUES_LOOKED; k--) {
      const c = cues[k]!;
      if (c.last <= span.first && c.last <= before) break;
      if (!c.forward) {
        // A backward cue reaches into the bracket right after it.
        if (c.last <= span.first && span.first < c.tail) {
          forward = c;
          break;
        }
        continue;
      }
      looked++;
      if (c.last <= span.first && span.first < c.until) {
        // A willingness to learn reaches only the list right after it ("eager to learn Rust and Go",
        // not "desire to learn, and excellent communication skills").
        // (In a resume, so does a word of knowing a little or not at all: "Onboarded analysts unfamiliar with SQL to
        // dashboards in Looker" lacks no Looker.)
        if ((c.type === 'learning' || c.bound) && !this.listRightAfter(c.last, span)) continue;
        forward = c;
        // In a resume, a course still being taken teaches nothing yet: a word of learning right before the
        // course's word governs ("Currently working through a Udemy course on Tableau").
        const prior = k > 0 ? cues[k - 1] : undefined;
        if (c.type === 'familiar' && prior && prior.type === 'learning' && prior.forward && prior.last > before && c.first - prior.last <= COURSE_GAP && this.reading.kind === 'resume') forward = prior;
        break;
      }
    }
    const after = this.breakAtOrAfter(f, span.last);
    for (let k = lowerBound(cues, (c) => c.first < span.last), looked = 0; k < cues.length && looked < MAX_CUES_LOOKED; k++) {
      const c = cues[k]!;
      if (c.first > after) break;
      if (c.forward) continue;
      looked++;
      if (span.first >= c.from) {
        backward = c;
        // ... and so does one right after it ("Databricks-Grundlagen (Online-Kurs, laufend)", "Udemy course, in progress").
        const next = cues[k + 1];
        if (c.type === 'familiar' && next && next.type === 'learning' && !next.forward && next.first <= after && next.first - c.last <= COURSE_GAP && this.reading.kind === 'resume') backward = next;
        break;
      }
    }
    for (const c of [forward, backward]) {
      if (!c) continue;
      const d = c.last <= span.first ? span.first - c.last : c.first - span.last;
      if (d < bestDistance || (d === bestDistance && best && RANK[c.type] < RANK[best.type])) {
        best = c;
        bestDistance = d;
      }
    }
    // A willingness to learn gives way to a cue that asks the skill too ("Desire to learn Spark
    // (experience is a plus)").
    if (best?.type === 'learning' && backward && backward !== best && (backward.type === 'preferred' || backward.type === 'required')) return backward.type;
    return best?.type ?? this.trailingCue(span);
  }

  /**
   * Whether a resume says the person lacks the mention, as a noun phrase: a word of lack, maybe a few
   * fillers, the skill (one of a list joined by or, and, commas), and a noun of experience right
   * after ("No Kubernetes experience", "no prior Terraform or Ansible knowledge"; resume.lacks), or,
   * where a bracket opens right before the word of lack, the bracket's close ("Python, SQL (no Spark)").
   * Within the clause: no stop, colon or bracket between.
   */
  private lacked(span: TokenSpan): boolean {
    const vocab = this.reading.vocab;
    const openers = vocab.lackOpeners;
    if (openers.size === 0) return false;
    const { tokens } = this;
    const text = tokens.text;
    const f = this.factsAt(span.start);
    // (Words of the list the mention stands in: a joiner or another skill's.)
    const listWord = (k: number) => vocab.coordinators.has(tokens.keyHashOf(k)) || this.inSpan(k);
    let opened = false;
    let bracketed = false;
    for (let k = span.first - 1; k >= f.first && k >= span.first - LACK_REACH; k--) {
      if (/[;.:!?()[\]\n]/.test(text.slice(tokens.end[k]!, tokens.start[k + 1]!))) return false;
      const key = tokens.keyHashOf(k);
      if (openers.has(key)) {
        opened = true;
        // (The blanks and the bracket right before the word of lack: a few characters.)
        bracketed = /\(\s*$/.test(text.slice(k > 0 ? tokens.end[k - 1]! : Math.max(0, tokens.start[k]! - 4), tokens.start[k]!));
        break;
      }
      if (!vocab.lackFillers.has(key) && !listWord(k)) return false;
    }
    if (!opened) return false;
    for (let k = span.last; k <= f.last && k < span.last + LACK_REACH; k++) {
      // (At the clause's end, the few characters after its last word: "(no Spark)" closing a line.)
      const gap = k < f.last ? text.slice(tokens.end[k - 1]!, tokens.start[k]!) : text.slice(tokens.end[k - 1]!, tokens.end[k - 1]! + 4);
      if (bracketed && /^\s*\)/.test(gap)) return true;
      if (k === f.last || /[;.:!?()[\]\n]/.test(gap)) return false;
      if (vocab.lackNouns.has(tokens.keyHashOf(k))) return true;
      if (!listWord(k)) return false;
    }
    return false;
  }

  /**
   * The cue of a sentence that is nothing but a cue, right after the mention's own on its line and
   * in its section: it qualifies the sentence before it ("Experience with Docker. This is a plus.",
   * "Knowledge of Hadoop, Pig, Spark. Skill is desired, but not required", "Familiarity with Hive;
   * a plus"). Such a sentence holds no skill, only cue phrases and `cues.anaphora` words.
   */
  private trailingCue(span: TokenSpan): Cued | undefined {
    if (this.reading.kind === 'resume') return undefined;
    const sentence = this.sentenceAt(span.start);
    const sentences = this.lineSentences;
    // (Found as sentenceAt found it: a search through a line of thousands of sentences, once per
    // mention, made a long line's reading quadratic.)
    const k = lowerBound(sentences, (s) => s.end <= span.start);
    const next = sentences[k] === sentence ? sentences[k + 1] : undefined;
    if (!next) return undefined;
    let cue = this.trailing.get(next.start);
    if (cue === undefined) this.trailing.set(next.start, (cue = this.readTrailingCue(next)));
    return cue !== null && this.sectionAt(next.start) === this.sectionAt(span.start) ? cue : undefined;
  }

  private readTrailingCue(sentence: Span): Cued | null {
    const f = this.factsAt(sentence.start);
    const cue = f.cues[0];
    if (!cue || f.last - f.first > MAX_TRAILING_CUE || this.hasSpanIn(f.first, f.last)) return null;
    // It ends at a stop or its line's end, with no colon and not in capitals: in a text whose line
    // breaks were lost, "Required Knowledge, Skills and Experience:", "DESIRED SKILLS." are headings.
    const text = this.reading.flow.slice(sentence.start, sentence.end).trimEnd();
    if (text.includes(':') || text === text.toUpperCase() || !(/[.;!?]$/.test(text) || sentence.end === this.lineEnd)) return null;
    if (cue.type !== 'required' && cue.type !== 'preferred' && cue.type !== 'negated') return null;
    return this.cueWordsOnly(f.first, f.last) ? cue.type : null;
  }

  /**
   * Whether `span` is in the list of skills that starts right after token `at` (a few words and no
   * comma or stop before its first member: "learn new analytics tools such as Tableau, Power BI").
   */
  private listRightAfter(at: number, span: TokenSpan): boolean {
    const spans = this.spans;
    let k = lowerBound(spans, (s) => s.first < at);
    const first = spans[k];
    // (A colon right after the cue opens its list: "Currently learning: Rust, Kubernetes", "ML (learning): Python".)
    const between = first ? this.reading.flow.slice(this.tokens.end[at - 1]!, first.start) : '';
    if (!first || first.first - at > LEARN_REACH || (/[,.;:]/.test(between) && !/^\)?\s*:\s*$/.test(between))) return false;
    // ("willingness to learn and adapt": no object, a second verb.)
    if (first.first > at && this.reading.vocab.coordinators.has(this.tokens.keyHashOf(at))) return false;
    for (; spans[k] !== span; k++) {
      const next = spans[k + 1];
      if (!next || next.first > span.first || this.listGap(spans[k]!, next, true) === 'break') return false;
    }
    return true;
  }

  /** The last clause break before token `t` (-1 if none). */
  private breakBefore(f: SentenceFacts, t: number): number {
    const k = lowerBound(f.breaks, (b) => b < t);
    return k > 0 ? f.breaks[k - 1]! : -1;
  }

  /** The first clause break at or after token `t` (Infinity if none). */
  private breakAtOrAfter(f: SentenceFacts, t: number): number {
    return f.breaks[lowerBound(f.breaks, (b) => b < t)] ?? Infinity;
  }

  /**
   * The last token of (floor, t) that starts an item run into the one before it: a capitalized word
   * right after a word written in lower case, with nothing between but a space, that names no skill
   * ("OCR software Passion for cooking", not "Data Bricks Experience"); floor when there is none.
   */
  private runInItemStart(t: number, floor: number, afterSkill = false): number {
    for (let k = t - 1; k > floor; k--) if (this.startsRunInItem(k, afterSkill)) return k;
    return floor;
  }

  /** Whether, in a text whose line breaks were lost, an item run into the one before it starts in tokens [from, to) ("5 years of experience Method Development experience"). */
  private runInItemBetween(from: number, to: number, afterSkill = false): boolean {
    return this.runInItemAt(from, to, afterSkill) < to;
  }

  /** The first token of [from, to) where, in a text whose line breaks were lost, an item run into the one before it starts (see runInItemBetween); `to` when none does. */
  private runInItemAt(from: number, to: number, afterSkill = false): number {
    if (!this.runOn) return to;
    // (Not a capital right after a word that puts it inside a phrase, as Title Case writes one: "3-5 years of
    // Database Marketing and Data Mining experience", "using A/B and Multivariate testing tools".)
    // (Nor one a list word follows, another capital after it: "Database Marketing and Data Mining"; "...
    // conferences Drafting & reviewing specifications" opens an item.)
    const { coordinators } = this.reading.vocab;
    const { tokens } = this;
    for (let k = Math.max(from, 1); k < to; k++) {
      // (Only a capital or a digit opens one: the rest is looked at for those only.)
      const c = tokens.text.charCodeAt(tokens.start[k]!);
      if (!isUpper(c) && !isDigit(c)) continue;
      if (this.leadsInto(k) || (k + 1 < tokens.count && coordinators.has(tokens.keyHashOf(k + 1)) && !(k + 2 < tokens.count && isLower(tokens.text.charCodeAt(tokens.start[k + 2]!))))) continue;
      if (this.startsRunInItem(k, afterSkill) || this.skillStartsRunInItem(k, afterSkill)) return k;
    }
    return to;
  }

  /** The first token of [from, to) where an item run into the one before it opens with a capitalized experience word ("... visualization Experience with"), or a capitalized word before one ("... etc.) Hands-on experience with"); `to` when none does. */
  private experienceItemAt(from: number, to: number): number {
    const { tokens } = this;
    let at = to;
    this.reading.vocab.experience.each(tokens, from, to, (_, first) => {
      if (first >= at || first <= from) return;
      if (isUpper(tokens.text.charCodeAt(tokens.start[first]!)) && this.startsRunInItem(first)) at = first;
      // (Or a capitalized word that qualifies it right before it: "... (SQL, Hive, etc.) Hands-on experience with".)
      else {
        let q = first - 1;
        // (The qualifier's words joined by hyphens are one: "Hands-on".)
        if (q - 1 > from && tokens.start[q]! - tokens.end[q - 1]! === 1 && tokens.text.charCodeAt(tokens.end[q - 1]!) === 45) q--;
        if (q > from && isUpper(tokens.text.charCodeAt(tokens.start[q]!)) && (this.startsRunInItem(q) || this.skillStartsRunInItem(q))) at = q;
      }
    });
    return at;
  }

  /** Whether the word before token k leads into it, inside one phrase: a preposition or article (runInHeadings.notAfter), a years binder ("of", "using"). */
  private leadsInto(k: number): boolean {
    const word = this.tokens.keyHashOf(k - 1);
    return this.reading.vocab.runInNotAfter.has(word) || this.reading.vocab.yearsBinders.has(word);
  }

  /** Whether a years phrase starts at token k, one space after a word written in lower case ("experience 4+ years experience in"). */
  private yearsOpenItem(k: number): boolean {
    const { tokens } = this;
    const text = tokens.text;
    const at = tokens.start[k]!;
    if (k === 0 || at - tokens.end[k - 1]! !== 1 || text.charCodeAt(at - 1) !== 32) return false;
    const before = text.charCodeAt(tokens.start[k - 1]!);
    if (!(before >= 97 && before <= 122)) return false;
    // (Not after a word that leads the years in: "Master's degree with 3 years of experience preferred", "plus a minimum 7 years".)
    const word = tokens.keyHashOf(k - 1);
    if (this.leadsInto(k) || this.reading.vocab.coordinators.has(word) || this.reading.vocab.yearsQualifierWords.has(word)) return false;
    const found = this.reading.vocab.years.find(text, at, Math.min(text.length, at + YEARS_ITEM_CHARS));
    return found.length > 0 && found[0]!.start === at;
  }

  /**
   * Whether a bracket closes right before token k, one space after it, that ends the item before
   * ("(pandas, numpy etc.) Experience with AWS", "(both SQL and no-SQL) Experience with cloud"): not
   * an alternative inside a phrase, a list word first in it ("a Bachelor's (or Master's) Degree").
   */
  private listClosedBefore(k: number): boolean {
    const { tokens } = this;
    const text = tokens.text;
    if (!BRACKET_CLOSED.test(text.slice(tokens.end[k - 1]!, tokens.start[k]!))) return false;
    const open = text.lastIndexOf('(', tokens.start[k]!);
    if (open < 0) return false;
    const first = tokens.indexAt(open + 1);
    return first >= k - 1 || !this.reading.vocab.coordinators.has(tokens.keyHashOf(first));
  }

  /**
   * Whether a skill's name starts an item run into the one before it: capitalized, after a bracket
   * that closes the item before, or one space after an experience word in lower case with another
   * right after the name ("10+ years of experience Method Development experience"), or one with a
   * binder after it ("... similar majors Programming experience with Python"); with
   * `afterSkill`, also after a skill's name when its own next word is in lower case ("MySQL or
   * MongoDB Data architecture skills").
   */
  private skillStartsRunInItem(k: number, afterSkill = false): boolean {
    const { tokens, spans } = this;
    const text = tokens.text;
    const at = lowerBound(spans, (s) => s.first < k);
    if (at >= spans.length || spans[at]!.first !== k || !isUpper(text.charCodeAt(tokens.start[k]!))) return false;
    // (Or after a bracket that closes the item before: "(Python, R, etc.) Advanced SQL".)
    if (this.listClosedBefore(k)) return true;
    if (tokens.start[k]! - tokens.end[k - 1]! !== 1 || text.charCodeAt(tokens.end[k - 1]!) !== 32) return false;
    const named = this.insideSpan(k - 1, k) || this.hasSpanIn(k - 1, k);
    if (!named) {
      // (Only between experience words, the item its own: "5+ years utilizing Object Oriented design",
      // "3-5 years using Power BI", "2 years of experience SAS, R, and/or Python" go on.)
      const before = text.charCodeAt(tokens.start[k - 1]!);
      const end = spans[at]!.last;
      let experience = 0;
      this.reading.vocab.experience.each(tokens, k - 1, k, () => experience++);
      let after = 0;
      if (end < tokens.count) this.reading.vocab.experience.each(tokens, end, end + 1, () => after++);
      if (!(before >= 97 && before <= 122)) return false;
      // (Or with a binder after the experience word, what the item is of: "... Economics or similar
      // majors Programming experience with Python".)
      // (The experience word in lower case: "REST APIs Experience in ..." opens the item after it instead.)
      return experience + after >= 2 || (after > 0 && isLower(text.charCodeAt(tokens.start[end]!)) && end + 1 < tokens.count && this.reading.vocab.yearsBinders.has(tokens.keyHashOf(end + 1)));
    }
    if (!afterSkill || k + 1 >= tokens.count || tokens.start[k + 1]! - tokens.end[k]! !== 1) return false;
    const after = text.charCodeAt(tokens.start[k + 1]!);
    return after >= 97 && after <= 122;
  }

  /** The first token of [t, ceiling), not a word of a cue, that starts an item run into the one before it; ceiling when there is none. */
  private runInItemEnd(t: number, ceiling: number, cueWords: ReadonlyMap<number, unknown>): number {
    for (let k = Math.max(t, 1); k < ceiling; k++) if (!cueWords.has(k) && this.startsRunInItem(k, true)) return k;
    return ceiling;
  }

  /**
   * Whether token k starts an item run into the one before it: a capitalized word, no skill's,
   * right after a word written in lower case with one space between; with `afterSkill`, also after
   * a skill's name when a word in lower case follows it ("Tableau or Looker Proficiency in R").
   */
  private startsRunInItem(k: number, afterSkill = false): boolean {
    const { tokens } = this;
    const text = tokens.text;
    // (Or years that open an item, after a word in lower case: "... or equivalent work experience 4+ years experience in Hadoop".)
    if (isDigit(text.charCodeAt(tokens.start[k]!))) return this.yearsOpenItem(k);
    if (!isUpper(text.charCodeAt(tokens.start[k]!))) return false;
    // (Or after a bracket that closes the item before: "... (pandas, numpy, sparklyR etc.) Experience with AWS".)
    const gap = tokens.start[k]! - tokens.end[k - 1]!;
    if (gap > 1 && this.listClosedBefore(k)) return !this.hasSpanIn(k, k + 1) && !this.insideSpan(k, k + 1);
    if (gap !== 1 || text.charCodeAt(tokens.end[k - 1]!) !== 32) return false;
    if (this.hasSpanIn(k, k + 1) || this.insideSpan(k, k + 1)) return false;
    const before = text.charCodeAt(tokens.start[k - 1]!);
    if (before >= 97 && before <= 122) return true;
    if (!afterSkill || k + 1 >= tokens.count || !(this.hasSpanIn(k - 1, k) || this.insideSpan(k - 1, k))) return false;
    const after = text.charCodeAt(tokens.start[k + 1]!);
    return after >= 97 && after <= 122 && tokens.start[k + 1]! - tokens.end[k]! === 1;
  }

  /** Whether tokens [first, last) are written capitalized and end their line (brackets, stops and dashes aside). */
  private tagsLine(first: number, last: number): boolean {
    const { tokens } = this;
    const text = tokens.text;
    const c = text.charCodeAt(tokens.start[first]!);
    if (!isUpper(c)) return false;
    for (let p = tokens.end[last - 1]!; p < text.length; p++) {
      const d = text.charCodeAt(p);
      if (d === 10 || d === 13) return true;
      if (!(d === 32 || d === 9 || d === 41 || d === 46 || d === 59)) return false;
    }
    return true;
  }

  /** Whether a token of [from, to) holds a digit ("3+", "2-4"): "Minimum 3 years of experience in". */
  private numberIn(from: number, to: number): boolean {
    const { tokens } = this;
    for (let k = from; k < to; k++) for (let p = tokens.start[k]!; p < tokens.end[k]!; p++) if (isDigit(tokens.text.charCodeAt(p))) return true;
    return false;
  }

  /**
   * In the job's introduction, what the person sought brings ("Acme is seeking a data engineer with
   * experience building production data pipelines", "... a developer with Automation Anywhere or
   * Blue Prism experience"): a mention after a `jobIntroWith` word of the introduction, within a few
   * words of it, with an experience word by the mention.
   */
  introAsks(span: TokenSpan): boolean {
    const f = this.factsAt(span.start);
    if (f.introEnd < 0 || f.introEnd > span.first) return false;
    if (this.introLeads(f, span) || this.introKnows(f, span)) return true;
    // (Or the list such a mention opens goes on to it, over items that name no skill: "seeking a
    // candidate with a proven background in data mining, statistical prediction, and machine learning".)
    const { spans } = this;
    let at = lowerBound(spans, (s) => s.first < span.first);
    let here = span;
    for (let hops = 0; hops <= MAX_INTRO_LIST; hops++) {
      if (this.introWith(f, here)) return true;
      const before = at > 0 ? spans[at - 1]! : undefined;
      if (!before || before.first < f.introEnd || before.last > here.first) return false;
      const gap = this.reading.flow.slice(before.end, here.start);
      if (this.listGap(before, here, true) === 'break' && !(LOOSE_ITEMS.test(gap) && this.runsOn(f, before.last, here.first))) return false;
      here = before;
      at--;
    }
    return false;
  }

  /**
   * Whether the role the introduction seeks goes on, within a few words, to a colon the mention
   * stands after ("Hiring a data analyst in Austin: SQL, Tableau, and Excel") or a bracket the
   * mention stands in ("Looking for a contract Python dev (Django + Postgres)"), as a short post
   * names what the person brings.
   */
  private introLeads(f: SentenceFacts, span: TokenSpan): boolean {
    const { tokens } = this;
    const text = tokens.text;
    const to = Math.min(span.first, f.introEnd + INTRO_LEAD_REACH);
    for (let k = f.introEnd + 1; k <= to; k++) {
      for (let p = tokens.end[k - 1]!; p < tokens.start[k]!; p++) {
        const c = text.charCodeAt(p);
        if (c === 58) return true;
        // (A bracket still open at the mention: "(Django + Postgres)", not "(remote) for our Django app".)
        if (c === 40) return span.start - p <= INTRO_BRACKET_REACH && indexIn(text, 41, p, span.start) < 0;
      }
    }
    return false;
  }

  /** Whether a `jobIntroKnows` phrase ("who knows") stands between the introduction and the mention, a few words before it. */
  private introKnows(f: SentenceFacts, span: TokenSpan): boolean {
    let found = false;
    this.reading.vocab.jobIntroKnows.each(this.tokens, Math.max(f.introEnd, span.first - INTRO_KNOWS_REACH), span.first, () => (found = true));
    return found;
  }

  /** Whether a `jobIntroWith` word ("with") stands a few words before the mention, after the introduction, and an experience word near it. */
  private introWith(f: SentenceFacts, span: TokenSpan): boolean {
    const vocab = this.reading.vocab;
    let found = false;
    vocab.jobIntroWith.each(this.tokens, Math.max(f.introEnd, span.first - INTRO_WITH_REACH), span.first, () => (found = true));
    return found && this.near(span, vocab.experience, INTRO_WITH_REACH, 3);
  }

  /**
   * Whether the mention names the role the job's introduction seeks, right after it ("We need a Java
   * engineer", "Acme is seeking a senior Python developer"): an article and a word or two between.
   */
  introducesRole(span: TokenSpan): boolean {
    const f = this.factsAt(span.start);
    return f.introEnd >= 0 && f.introEnd <= span.first && span.first - f.introEnd <= INTRO_ROLE_REACH;
  }

  /**
   * Whether the mention's sentence opens with a strong requirement phrase ("Experience with SPSS",
   * "3+ years of experience in", "Bachelor's degree in"): a qualification, wherever it stands.
   */
  opensAsking(span: TokenSpan): boolean {
    const f = this.factsAt(span.start);
    if (f.opens || !this.runOn) return f.opens;
    // (In a text whose line breaks were lost, the item run in before it: "... using state-of-the-art
    // methods Experience in IoT solutions Enhancing data collection ...".)
    const item = this.runInItemStart(span.first, f.first);
    return item > f.first && this.reading.vocab.itemOpenings.startsAt(this.tokens, item, span.first + 1);
  }

  /**
   * Whether tokens [first, last) open their line, an article or a bullet before them at most, and
   * the line goes on past them to no colon at its end: an item of its own, not a list's lead-in.
   */
  private opensItem(first: number, last: number): boolean {
    const { tokens } = this;
    const text = this.reading.text;
    const at = tokens.start[first]!;
    const from = Math.max(0, at - ITEM_REACH);
    const line = lastIndexIn(text, 10, from, at) + 1;
    if (line === 0 && from > 0) return false;
    let words = 0;
    for (let k = tokens.indexAt(line); k < first; k++) if (/\p{L}/u.test(tokens.raw(k)) && ++words > 1) return false;
    const end = tokens.end[last - 1]!;
    let nl = indexIn(text, 10, end, end + ITEM_REACH);
    if (nl < 0) nl = Math.min(text.length, end + ITEM_REACH);
    let q = nl - 1;
    while (q > end && isWhiteSpace(text.charCodeAt(q))) q--;
    return q > end && text.charCodeAt(q) !== 58;
  }

  /** Whether the mention's line opens with a `dutyOpeners` word ("Build the infrastructure for ..."): one of the job's duties. */
  opensDuty(span: TokenSpan): boolean {
    const openers = this.reading.vocab.dutyOpeners;
    if (openers.size === 0) return false;
    const text = this.reading.text;
    const line = text.lastIndexOf('\n', span.start - 1) + 1;
    const t = this.tokens.indexAt(line);
    // (Past a bullet or a number that opens the item.)
    let k = t;
    while (k < span.first && !/[\p{L}]/u.test(this.tokens.raw(k))) k++;
    return k <= span.first && k < this.tokens.count && openers.has(this.tokens.keyHashOf(k));
  }

  /**
   * Whether a section lists qualifications whatever its heading says: at least MIN_ASKING_LINES of
   * its lines that name a skill, and at least half of them, open with one ("Job Description" over
   * "4-5 years of experience in ETL, SQL, Python", "Experience with Spark", "Data storage formats –
   * Parquet", ...). Its lines are asked, as a careful reader takes them.
   */
  mostlyAsks(section: Section): boolean {
    let known = this.askingSections.get(section.start);
    if (known !== undefined) return known;
    // (A list of bare names with no heading, under a title or an introduction, asks them too: "- CSS" /
    // "- Git" / "- Empathy and active listening".)
    const { lines, opening, asks } = this.askingLines(section, false);
    known = (opening >= MIN_ASKING_LINES || (asks > opening && asks >= MIN_ASKING_LINES - 1)) && asks * 2 >= lines;
    this.askingSections.set(section.start, known);
    return known;
  }

  /**
   * The lines of a section that name a skill, those that open with a qualification, and those that
   * ask: the openers, with `cues` the lines with a cue that asks ("Cell culture experience
   * required"), and in a section without a heading bare names.
   */
  private askingLines(section: Section, cues: boolean): { lines: number; opening: number; asks: number } {
    let lines = 0;
    let opening = 0;
    let asks = 0;
    this.eachSkillLine(section, (p, nl, first, k) => {
      lines++;
      const f = this.factsAt(p);
      if (f.opens) {
        opening++;
        asks++;
      } else if ((cues && f.cues.some((c) => c.type === 'required' || c.type === 'preferred')) || (section.heading === null && this.bareItem(p, nl, first, k))) asks++;
    });
    return { lines, opening, asks };
  }

  /**
   * Whether a section's lines mostly tell duties, whatever its heading says: at least
   * MIN_ASKING_LINES lines that name a skill, and DUTY_SHARE of them, open with a word of
   * `dutyOpeners` ("What we need you to do" / "Automate model training, testing and deployment" /
   * "Mentor junior staff"), and at most one opens with a qualification.
   */
  mostlyDuties(section: Section): boolean {
    let known = this.dutySections.get(section.start);
    if (known !== undefined) return known;
    const { tokens } = this;
    const openers = this.reading.vocab.dutyOpeners;
    let lines = 0;
    let duties = 0;
    let asking = 0;
    if (openers.size > 0) {
      this.eachSkillLine(section, (p, nl) => {
        lines++;
        const t = tokens.indexAt(p);
        if (this.factsAt(p).opens) asking++;
        else if (t < tokens.count && tokens.start[t]! < nl && openers.has(tokens.keyHashOf(t))) duties++;
      });
    }
    known = lines >= MIN_ASKING_LINES && duties >= lines * DUTY_SHARE && asking <= 1;
    this.dutySections.set(section.start, known);
    return known;
  }

  /**
   * Whether the mention's line stands in a run of duty lines inside a section that also asks: its
   * skill lines between two lines that ask (a requirement phrase: "Shall have five years of
   * experience in ...", "Experience with Spark") number at least MIN_ASKING_LINES, and DUTY_SHARE of
   * them open with a word of `dutyOpeners`, past a short label ("Objective 1: Plan, develop and
   * maintain ..."). A government posting's "Minimum Qualifications" that goes on into the duties with
   * no heading between tells them as duties, as mostlyDuties reads a whole section.
   */
  inDutyRun(section: Section, span: TokenSpan): boolean {
    if (this.reading.vocab.dutyOpeners.size === 0) return false;
    let runs = this.dutyRuns.get(section.start);
    if (runs === undefined) {
      runs = this.findDutyRuns(section);
      this.dutyRuns.set(section.start, runs);
    }
    for (let r = 0; r < runs.length; r += 2) if (span.start >= runs[r]! && span.start < runs[r + 1]!) return true;
    return false;
  }

  /** The runs of duty lines of a section (see inDutyRun), as [from, to) offset pairs. */
  private findDutyRuns(section: Section): number[] {
    const runs: number[] = [];
    const spans = this.spans;
    let from = -1;
    let to = -1;
    let lines = 0;
    let duties = 0;
    const close = (): void => {
      if (lines >= MIN_ASKING_LINES && duties >= lines * DUTY_SHARE) runs.push(from, to);
      from = -1;
      lines = 0;
      duties = 0;
    };
    const text = this.reading.text;
    this.eachSkillLine(section, (p, nl, first) => {
      // (A blank line ends a run too: the duties' block is not the qualifications' after it.)
      if (from >= 0 && blankBetween(text, to, p)) close();
      const f = this.factsAt(p);
      // (A line opening with years asks them: "2+ years applying statistical methods to ...".)
      if (f.opens || isDigit(text.charCodeAt(p)) || this.asks(f, spans[first]!)) {
        close();
        return;
      }
      if (from < 0) from = p;
      to = nl;
      lines++;
      if (this.dutyLine(p, nl)) duties++;
    });
    close();
    return runs;
  }

  /** Whether text[p, nl) opens with a `dutyOpeners` word, past a bullet or a short label ending in a colon ("Objective 2: Design ..."). */
  private dutyLine(p: number, nl: number): boolean {
    const { tokens } = this;
    const openers = this.reading.vocab.dutyOpeners;
    let t = tokens.indexAt(p);
    while (t < tokens.count && tokens.start[t]! < nl && !/[\p{L}]/u.test(tokens.raw(t))) t++;
    if (t >= tokens.count || tokens.start[t]! >= nl) return false;
    if (openers.has(tokens.keyHashOf(t))) return true;
    for (let k = t + 1; k < t + 4 && k < tokens.count && tokens.start[k]! < nl; k++) {
      if (tokens.raw(k) !== ':') continue;
      return k + 1 < tokens.count && tokens.start[k + 1]! < nl && openers.has(tokens.keyHashOf(k + 1));
    }
    return false;
  }

  /** Per section start: its runs of duty lines (see inDutyRun). */
  private readonly dutyRuns = new Map<number, number[]>();

  /**
   * The lines of a section's body that name a skill: where each starts after its blanks (`p`), where
   * it ends (`nl`), and its mentions (spans [first, end)).
   */
  private eachSkillLine(section: Section, visit: (p: number, nl: number, first: number, end: number) => void): void {
    const text = this.reading.text;
    const spans = this.spans;
    let k = lowerBound(spans, (s) => s.start < section.headingEnd);
    for (let at = section.headingEnd; at < section.end && k < spans.length; ) {
      let nl = text.indexOf('\n', at);
      if (nl < 0 || nl > section.end) nl = section.end;
      if (spans[k]!.start < nl) {
        let p = at;
        while (p < nl && isWhiteSpace(text.charCodeAt(p))) p++;
        const first = k;
        while (k < spans.length && spans[k]!.start < nl) k++;
        visit(p, nl, first, k);
      }
      at = nl + 1;
    }
  }

  /** Per section start: whether its lines mostly tell duties (see mostlyDuties). */
  private readonly dutySections = new Map<number, boolean>();

  /** Per section start: whether its lines mostly ask (see mostlyAsks). */
  private readonly askingSections = new Map<number, boolean>();

  /** Per block start: whether its lines mostly ask (see blockAsks). */
  private readonly askingBlocks = new Map<number, boolean>();

  /** The starts of the text's blank lines, ascending (found once: see blockAsks). */
  private blankLines: number[] | undefined;

  /**
   * Whether the block of lines around `at` (between blank lines, within its section) mostly asks,
   * as mostlyAsks reads a whole section, its cues counted too: an unheaded list of qualifications
   * after the duties ("BS/MS in chemical engineering with 5+ years" / "Cell culture experience
   * required" / ... / "Independently motivated, highly organized, detail oriented"). A block that
   * is the whole section is mostlyAsks' to say.
   */
  blockAsks(section: Section, at: number): boolean {
    const text = this.reading.text;
    const blanks = (this.blankLines ??= blankLineStarts(text));
    if (blanks.length === 0) return false;
    const k = lowerBound(blanks, (b) => b < at);
    const from = Math.max(section.headingEnd, k > 0 ? blanks[k - 1]! : 0);
    const to = Math.min(section.end, k < blanks.length ? blanks[k]! : text.length);
    if (from <= section.headingEnd && to >= section.end) return false;
    let known = this.askingBlocks.get(from);
    if (known === undefined) {
      const { lines, asks } = this.askingLines({ ...section, start: from, headingEnd: from, end: to }, true);
      known = asks >= MIN_ASKING_LINES && asks * 2 >= lines;
      this.askingBlocks.set(from, known);
    }
    return known;
  }

  /** Whether requirement-like content ("experience with") stands in the mention's sentence, within reach. */
  asksOf(span: TokenSpan): boolean {
    return this.asks(this.factsAt(span.start), span);
  }

  private asks(f: SentenceFacts, span: TokenSpan): boolean {
    // (Not across a clause break: "Day to day you'd be training models in PyTorch, so solid AWS
    // experience is a must" asks AWS, not PyTorch.)
    // (Nor, in a text whose line breaks were lost, across the start of an item run into the one before
    // it: "... Write the design notes Prototype the ranking models Solid experience in Go" asks Go, not
    // the ranking models.)
    const ownItem = (a: SentenceFacts['asking'][number]) => !this.runInItemBetween(Math.min(a.at, span.first) + 1, Math.max(a.at, span.first) + 1);
    if (f.turns.length === 0) return this.someAsking(f, span, ownItem, true);
    return this.someAsking(f, span, (a) => !f.turns.some((t) => t >= Math.min(a.at, span.first) && t <= Math.max(a.at, span.first)) && ownItem(a), true);
  }

  /**
   * Years tied to the mention: "3+ years of Python and SQL" gives them to the skills of the list
   * that follows the phrase ("of experience with" between), "Python (5+ years)" to the skill right
   * before. Never the company's ("in business for 30 years"), never more than MAX_SKILL_YEARS, never
   * across a comma or a stop ("2-5 years' experience, preferably with claims data").
   */
  yearsOf(span: TokenSpan): number | null {
    const cell = this.tableCellAt(span.start);
    if (cell && cell.years !== null) return cell.years;
    const f = this.factsAt(span.start);
    f.years ??= this.readYears(f);
    const own = f.years.get(span.first);
    if (own !== undefined) return own;
    // Years the sentence after a semicolon gives back to the skills before it ("Experience with Java, C and Go; 5+ years
    // combined experience, with 2+ years in any one of these").
    const flow = this.reading.flow;
    let q = f.span.end - 1;
    while (q > f.span.start && isWhiteSpace(flow.charCodeAt(q))) q--;
    if (flow.charCodeAt(q) === 59 && f.years.size === 0) {
      let r = f.span.end;
      while (r < flow.length && isWhiteSpace(flow.charCodeAt(r))) r++;
      if (r < flow.length && this.hasYears(r, Math.min(flow.length, r + BACK_TO_LIST_CHARS))) {
        const h = this.factsAt(r);
        h.years ??= this.readYears(h);
        if (h.backYears !== undefined) return h.backYears;
      }
    }
    // An item of a list that years lead in after a colon, in a sentence of its own after a
    // semicolon or the colon: "3 years in the following: supporting clinical data ...; analyzing
    // data using XML", "8 years in a technical field, including: Computer Science, ...".
    // (Looked for only in a text that holds a lead-in's words: most hold none.)
    this.listLeads ??= this.mayLeadYearsList();
    if (!this.listLeads) return null;
    let g = f;
    for (let hops = 0; hops < MAX_LIST_ITEMS; hops++) {
      let q = g.span.start - 1;
      while (q >= 0 && isWhiteSpace(flow.charCodeAt(q))) q--;
      if (q < 0 || (flow.charCodeAt(q) !== 59 && flow.charCodeAt(q) !== 58)) break;
      g = this.factsAt(q);
      g.years ??= this.readYears(g);
      if (g.listLead) return span.start < g.listLead.until ? g.listLead.years : null;
    }
    return null;
  }

  /**
   * Whether the years `years` of the mention are a route to the job, tied to a degree in their
   * sentence ("Bachelor's degree with 8+ years, or Master's with 6+ years of data science"): the
   * routes of one skill are alternatives, the least of them qualifies.
   */
  yearsRoute(span: TokenSpan, years: number): boolean {
    const f = this.factsAt(span.start);
    f.years ??= this.readYears(f);
    return f.routes?.includes(years) === true;
  }

  /**
   * Whether the text may hold a list that years lead in (see vocab.yearsListLead): the words of
   * years.listLeads anywhere ("the following"), or a binder or elaboration right before a colon
   * ("hands-on experience with:", "including:"). (Told colon by colon, by the words: a pattern of
   * them costs more to compile than a short posting takes to read.)
   */
  private mayLeadYearsList(): boolean {
    const { tokens } = this;
    const flow = this.reading.flow;
    const vocab = this.reading.vocab;
    if (vocab.yearsListLeadWords.test(flow)) return true;
    for (let c = flow.indexOf(':'); c >= 0; c = flow.indexOf(':', c + 1)) {
      const t = tokens.indexAt(c) - 1;
      if (t < 0 || /\S/.test(flow.slice(tokens.end[t]!, c))) continue;
      if (vocab.yearsBinders.has(tokens.keyHashOf(t))) return true;
      let ends = false;
      vocab.yearsElaborations.each(tokens, Math.max(0, t + 1 - vocab.yearsElaborationWords), t + 1, (_, _first, last) => (ends ||= last === t + 1));
      if (ends) return true;
    }
    return false;
  }

  /**
   * The years of a mention, in its sentence or given to the list its line is an item of: a line
   * ending in a colon, with years after which no skill stands, gives them to the lines below it, up
   * to a blank line ("You have three (3) or more years of experience with:" / "PL/SQL, SQL", "1-3
   * years in a business applications environment leveraging the following:" / "SQL Server, SSIS"); a
   * skill named after the years takes them itself ("7 years of software industry experience with one
   * of the following:" gives the list nothing).
   */
  listYearsOf(span: TokenSpan): number | null {
    const own = this.yearsOf(span);
    if (own !== null) return own;
    // (The line's bounds as sentenceAt keeps them: looked for once per line, not per mention.)
    this.sentenceAt(span.start);
    const line = this.lineStart;
    if (line === 0) return null;
    let known = this.introYears.get(line);
    if (known === undefined && this.hasYears(line, this.lineEnd)) this.introYears.set(line, (known = null));
    if (known === undefined) this.introYears.set(line, (known = this.readIntroYears(line)));
    return known;
  }

  /** The years a line ending in a colon above the line at `line` gives its items (see listYearsOf). */
  private readIntroYears(line: number): number | null {
    const flow = this.reading.flow;
    const vocab = this.reading.vocab;
    // Most postings have no line that ends in a colon after years: found once, the walk up is skipped.
    const leads = (this.yearsLeads ??= this.findYearsLeads());
    const k = lowerBound(leads, (end) => end < line) - 1;
    if (k < 0) return null;
    let end = line - 1;
    for (let n = 0; n < MAX_LIST_LINES && end > 0; n++) {
      const start = flow.lastIndexOf('\n', end - 1) + 1;
      const text = flow.slice(start, end).trim();
      if (text === '') return null;
      if (!text.endsWith(':')) {
        // (A line with years of its own is no item of the list: "You have two (2) years ...".)
        if (this.hasYears(start, end)) return null;
      } else {
        const { phrases } = this.askedYears(start, end, this.tokens.indexAt(start));
        const last = phrases[phrases.length - 1];
        if (!last) return null;
        // (A skill after the years takes them itself: "3 years of Python, and the following:"; but
        // not where the words of a list's lead follow it: "7 years of software industry experience with
        // one of the following technologies:" gives them to the list too.)
        const i = lowerBound(this.spans, (s) => s.start < last.end);
        const after = this.spans[i];
        if (after === undefined || after.start >= end) return last.years;
        // (Right after the skill's words, in its clause: not "... and expertise in the following areas:".)
        const j = lowerBound(this.spans, (s) => s.start < end) - 1;
        const lead = flow.slice(this.spans[j]!.end, end);
        return LIST_LEAD_AFTER.test(lead) && vocab.yearsListLeadWords.test(lead) ? last.years : null;
      }
      end = start - 1;
    }
    return null;
  }

  /** Where each line that ends in a colon and names years ends, in text order (see readIntroYears). */
  private findYearsLeads(): number[] {
    const flow = this.reading.flow;
    const out: number[] = [];
    for (let c = flow.indexOf(':'); c >= 0; c = flow.indexOf(':', c + 1)) {
      let end = c + 1;
      while (end < flow.length && (flow.charCodeAt(end) === 32 || flow.charCodeAt(end) === 9 || flow.charCodeAt(end) === 13)) end++;
      if (end < flow.length && flow.charCodeAt(end) !== 10) continue;
      if (this.hasYears(flow.lastIndexOf('\n', c) + 1, end)) out.push(end);
    }
    return out;
  }

  /**
   * The years phrases of flow[from, to) that may be a skill's, and how many are the employer's
   * (a `years.owners` phrase before them, or more years than any skill is asked); those that say
   * how recent something must be ("completed within the last 5 years") are neither. `first`: the
   * first token the words before a phrase are looked for from.
   */
  private askedYears(from: number, to: number, first: number): { phrases: YearsPhrase[]; employers: number } {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    let employers = 0;
    const phrases = vocab.years.find(this.reading.flow, from, to, 500).filter((y) => {
      const at = tokens.indexAt(y.start);
      let recent = false;
      vocab.yearsRecent.each(tokens, Math.max(first, at - 4), at, () => (recent = true));
      // ("In lieu of a Bachelor's degree, 9 years of ...": a route in place of the degree.)
      if (!recent) vocab.yearsInsteadOf.each(tokens, Math.max(first, at - INSTEAD_REACH), at, () => (recent = true));
      if (recent || this.measuresAmount(y, to)) return false;
      let owned = y.years > MAX_SKILL_YEARS;
      if (!owned) {
        vocab.yearOwners.each(tokens, Math.max(first, at - 5), at, () => (owned = true));
        // ("You have worked with Python for more than 3 years", "Experience with SQL for over 5 years": the candidate's, as
        // no "we" or "our" near says otherwise.)
        if (owned && this.candidateSays(Math.max(first, at - OWNER_VOICE_REACH), Math.min(tokens.indexAt(to), at + OWNER_VOICE_REACH))) owned = false;
      }
      if (owned) employers++;
      return !owned;
    });
    return { phrases, employers };
  }

  /** Whether a sentence holds a `years.candidateVoice` word in its first 2 * REACH tokens ("If you are curious, come join us"). */
  private speaksToCandidate(f: SentenceFacts): boolean {
    if (f.speaks !== undefined) return f.speaks;
    let candidate = false;
    this.reading.vocab.yearsCandidateVoice.each(this.tokens, f.first, Math.min(f.last, f.first + 2 * REACH), () => (candidate = true));
    return (f.speaks = candidate);
  }

  /** Whether tokens [from, to) hold a `years.candidateVoice` word and no `employerVoice` word. */
  private candidateSays(from: number, to: number): boolean {
    const vocab = this.reading.vocab;
    let candidate = false;
    vocab.yearsCandidateVoice.each(this.tokens, from, to, () => (candidate = true));
    if (!candidate) return false;
    return !this.employerVoiceIn(from, to);
  }

  /**
   * Whether years measure an amount of data or history, not anyone's experience (`years.amounts`):
   * "Analysed 10 years of school performance data with SQL", "models on 20 years of claims history
   * in Python". After the years a lead ("of"), at most AMOUNT_REACH words none of which is an
   * experience word, then a noun that ends its phrase (a stop, the sentence's end or an `after` word
   * follows: not "3 years of data engineering"), and no skill named by all of those words ("5 years
   * of big data with Spark"). `to`: the sentence's end.
   */
  private measuresAmount(y: YearsPhrase, to: number): boolean {
    const { tokens, spans } = this;
    const vocab = this.reading.vocab;
    const leads = vocab.amountLeads;
    if (leads.size === 0) return false;
    let t = tokens.indexAt(y.end);
    const count = tokens.count;
    if (t >= count || tokens.start[t]! >= to || !leads.has(tokens.keyHashOf(t))) return false;
    // (Two leads at most: "8 years' worth of".)
    if (t + 1 < count && tokens.joined(t + 1) && leads.has(tokens.keyHashOf(t + 1))) t++;
    const first = t + 1;
    const { amountNouns: nouns, amountAfter: after, amountNotWith: notWith } = vocab;
    for (let u = first; u < count && u <= first + AMOUNT_REACH && tokens.start[u]! < to && tokens.joined(u); u++) {
      const h = tokens.keyHashOf(u);
      if (notWith.has(h)) return false;
      if (!nouns.has(h)) continue;
      const next = u + 1;
      if (next < count && tokens.start[next]! < to && tokens.joined(next) && !after.has(tokens.keyHashOf(next))) continue;
      // (The whole phrase a skill's name: "5 years of big data", "3 years of clinical data, SQL".)
      const k = lowerBound(spans, (s) => s.start < tokens.start[first]!);
      return !(k < spans.length && spans[k]!.first === first && spans[k]!.last === next);
    }
    return false;
  }

  /** Whether a years phrase stands in flow[from, to) (a cheap gate first: most lines name no years). */
  hasYears(from: number, to: number): boolean {
    const flow = this.reading.flow;
    const gate = this.reading.vocab.yearsGate;
    gate.lastIndex = 0;
    return gate.test(flow.slice(from, to)) && this.reading.vocab.years.find(flow, from, to).length > 0;
  }

  /**
   * Whether the mention stands in a sentence about the employer's own years: a years phrase the
   * employer owns ("we have", "for over", "track record of") or more years than any posting asks of
   * a skill ("With over 45 years of experience, ..."), and none that asks the candidate's years.
   * Its skills are the employer's business, not asked of anyone.
   */
  claimedByEmployer(span: TokenSpan): boolean {
    const f = this.factsAt(span.start);
    f.years ??= this.readYears(f);
    return f.claim === true;
  }

  private readYears(f: SentenceFacts): Map<number, number> {
    const { reading, tokens, spans } = this;
    const flow = reading.flow;
    const out = new Map<number, number>();
    const vocab = reading.vocab;
    const gate = vocab.yearsGate;
    gate.lastIndex = 0;
    f.claim = false;
    if (!gate.test(flow.slice(f.span.start, f.span.end))) return out;
    // The employer's years ("we have", "for over", more than any skill is asked) tie to no skill;
    // a sentence with only those is about the employer (see claimedByEmployer).
    const { phrases, employers } = this.askedYears(f.span.start, f.span.end, f.first);
    f.claim = employers > 0 && phrases.length === 0;
    if (phrases.length === 0) return out;
    // Years a degree stands by in the sentence ("Master's degree with 5+ years of SQL", "6 years
    // of SQL with an associate degree") are a route (years.routes): see yearsRoute.
    const routes = vocab.yearsRoutes;
    if (routes.count > 0) {
      for (const p of phrases) {
        const at = tokens.indexAt(p.start);
        const end = tokens.indexAt(p.end);
        let route = false;
        routes.each(tokens, Math.max(f.first, at - ROUTE_BEFORE), at, () => (route = true));
        if (!route) routes.each(tokens, end, Math.min(f.last, end + ROUTE_AFTER), () => (route = true));
        if (route) (f.routes ??= []).push(p.years);
      }
    }
    // The mentions of the sentence (mentions are in text order).
    const inSentence: TokenSpan[] = [];
    for (let k = lowerBound(spans, (s) => s.first < f.first); k < spans.length && spans[k]!.first < f.last; k++) if (spans[k]!.last <= f.last) inSentence.push(spans[k]!);
    // ("At least 6 years (with an M.S.) or 4 years (with a PhD) of analytics work": see pastDegreeBrackets.)
    const asked = routes.count > 0 ? this.pastDegreeBrackets(phrases) : phrases;
    for (const [j, p] of asked.entries()) {
      // "Experience must also include 3 years in the following: supporting clinical data ...;
      // analyzing data using XML, Javascript and Tableau; ...": every skill of the list the colon opens,
      // its items parted by semicolons, up to the next years.
      // (Not across a new item, a text's line breaks lost: "3+ years of experience with data mining
      // Experience with the following languages: Python, SQL".)
      const listLead = vocab.yearsListLead.exec(flow.slice(p.end, Math.min(f.span.end, p.end + 160)));
      if (listLead && !p.part && !this.newItemBetween(tokens.indexAt(p.end), tokens.indexAt(p.end + listLead[0].length))) {
        // (Past the sentence's semicolons, to its full stop or line break, or the next years; never
        // further than MAX_LIST_CHARS, so that a text of such lists without a stop reads in linear time.)
        const from = p.end + listLead[0].length;
        const slice = flow.slice(from, from + MAX_LIST_CHARS);
        LIST_END.lastIndex = 0;
        let end = LIST_END.exec(slice);
        // (Past the full stops of the items' numbers: "experience in: 1. Formulating ...; 2. Conducting ...".)
        while (end && end[0] === '.' && enumeratorStop(flow, from + end.index)) end = LIST_END.exec(slice);
        let until = end ? from + end.index : Math.min(this.reading.text.length, from + MAX_LIST_CHARS);
        const next = vocab.years.find(flow, from, until);
        if (next.length > 0) until = next[0]!.start;
        // (Nor past a new item that opens with an experience word, a text's line breaks lost: "... such
        // as: data mining and data visualization Experience with the following languages: Python, SQL".)
        if (this.runOn) until = Math.min(until, tokens.start[this.experienceItemAt(tokens.indexAt(from), tokens.indexAt(until))] ?? until);
        for (let i = lowerBound(spans, (s) => s.start < p.end); i < spans.length && spans[i]!.start < until; i++) out.set(spans[i]!.first, p.years);
        // (The list's items after a semicolon are sentences of their own: see yearsOf.)
        f.listLead = { years: p.years, until };
        continue;
      }
      // "3+ years of (hands-on) experience with Python, SQL and Spark": the list after.
      let k = lowerBound(inSentence, (s) => s.start < p.end);
      let fresh = false;
      if (k < inSentence.length) {
        const first = inSentence[k]!;
        // A colon may introduce the list ("1 year of experience in at least two of the following: data
        // science, econometrics, ..."), never stand before more words; and years nearer the list are
        // its own ("5+ years of IT experience with at least 3 years of project management").
        const lead = flow.slice(p.end, first.start);
        if (/;|:(?!\s*$)/.test(lead) || this.stopIn(p.end, first.start) || (lead.includes(',') && !this.looseLead(f, lead, p.end, first.first) && !this.elaborationLead(p.end, first.first) && !this.bridgeLead(p.end, first.first) && !COORDINATED_LEAD.test(lead)) || tokens.indexAt(first.start) - tokens.indexAt(p.end) > (/:\s*$/.test(lead) || this.elaborationEndsAt(first.first, tokens.indexAt(p.end)) ? YEARS_COLON_REACH : YEARS_REACH) || (asked[j + 1]?.start ?? Infinity) < first.start) k = inSentence.length;
        else if ((fresh = this.newItemBetween(tokens.indexAt(p.end), first.first) || this.labelBetween(f, tokens.indexAt(p.end), first.first) || this.runInItemBetween(tokens.indexAt(p.end), first.first + 1))) k = inSentence.length;
        // ("5 years of experience and should be proficient in Excel": the years of experience alone, another requirement after.)
        else if (this.experienceJoined(tokens.indexAt(p.end), first.first)) k = inSentence.length;
        // ("an analyst with 3 years of overall experience to help grow our Power BI reporting": what the
        // employer has, after the years, is no skill they measure.)
        else if (this.employerVoiceIn(tokens.indexAt(p.end), first.first)) k = inSentence.length;
      }
      // The skill right before the phrase:
      let b = lowerBound(inSentence, (s) => s.start < p.start) - 1;
      while (b >= 0 && inSentence[b]!.end > p.start) b--;
      const before = b >= 0 ? inSentence[b] : undefined;
      const gap = before ? flow.slice(before.end, p.start) : '';
      // "Experience with Python, Java or Go, with 3+ years in any one of these languages": years that no skill follows in
      // their sentence, a years.backToList phrase right after them, are those of every skill before them there with none yet.
      // (With none before them there, those of the sentence before a semicolon: see yearsOf.)
      if (!p.part && lowerBound(inSentence, (s) => s.start < p.end) >= inSentence.length && vocab.yearsBackToList.test(flow.slice(p.end, p.end + BACK_TO_LIST_CHARS))) {
        if (!before) f.backYears ??= p.years;
        for (let i = 0; i <= b; i++) if (!out.has(inSentence[i]!.first)) out.set(inSentence[i]!.first, p.years);
        continue;
      }
      // "developing and implementing change management strategies: 1 year (Required)", "SQL and
      // Python: 2 years", as a job board's experience questions are written: the years are those of
      // every skill the words before the colon name, back to a stop, a colon or a line's start.
      // (Line breaks as the flow has them: a line wrapped into the next is no break.)
      if (before && !p.part && /^[^.;,:\n]*:\s*$/.test(gap) && (k >= inSentence.length || flow.slice(p.end, inSentence[k]!.start).includes('\n'))) {
        for (let i = b; i >= 0 && (i === b || !/[.;:\n]/.test(flow.slice(inSentence[i]!.end, inSentence[i + 1]!.start))); i--) out.set(inSentence[i]!.first, p.years);
        continue;
      }
      // "Python (5+ years)", "SQL: 3 years", "Go - 2 years": the skill right before. With only a
      // space between, the skill before takes them when no list follows: in a text whose line breaks
      // were lost, "... Mathematics or Statistics 2 to 3 years of experience in Spark" is two items.
      // Not when a word after the years ties them to a skill right after ("SQL, 4+ years of Python").
      // (Markdown's bold or italic marks may stand between, and a version: "**Kafka** (3+ years)", "Angular 14+ (5+ years)".)
      // (And an experience word right after the skill: "Python experience (5+ years)", "Kubernetes knowledge: 3 years".)
      // (And a rating's glyphs: "Python ★★★★☆ — 6 yrs".)
      const plain = gap.replace(this.reading.vocab.leadingExperience, '').replace(VERSION, '').replace(this.reading.vocab.yearsQualifiers, '').replace(this.reading.vocab.yearsBetween, '').replace(RATING_GLYPHS, '');
      // "production Go for 3+ years and know Postgres", "Kafka for 2 years": a word that ties the
      // years back gives them to the skill before, and to none after; where the candidate is asked
      // or named ("you've written"; "has maintained a legacy Hadoop cluster for 9 years" is the
      // employer's story).
      // (No capital between: in a text whose line breaks were lost, "... QA experience Minimum experience of 5
      // years with relational databases" starts a new item.)
      // ("Strong SQL skills with 4+ years of experience", "Python expertise with at least 3 years": after an experience word, a
      // word of years.experienceTiedBack does too, where no binder ties the years to a skill after them; not "a degree in
      // statistics with 5 years of Python", "Programming experience with at least 6 years of PL/SQL".)
      if (before && !p.part && /^\s/.test(plain) && (this.reading.vocab.yearsTiedBack.test(plain) || (this.tiedAfterExperience(before, gap, plain) && (k >= inSentence.length || !this.boundAfter(p.end, inSentence[k])))) && !/\p{Lu}/u.test(gap) && (ASKING_KINDS.has(this.sectionAt(before.start).kind) || this.someAsking(f, before) || this.near(before, this.reading.vocab.candidate, YEARS_REACH, 0))) {
        out.set(before.first, p.years);
        // ("Spark, Scala, Hive and Impala for a minimum of three years": the list the years close.)
        for (let i = b; i > 0 && this.listGap(inSentence[i - 1]!, inSentence[i]!) !== 'break'; i--) out.set(inSentence[i - 1]!.first, p.years);
        continue;
      }
      // (Not where the years, a space after the skill that ends a phrase, lead on into a phrase of their own: "strong
      // knowledge of Data management 2+ years of experience building hub solutions", a list whose line breaks were lost.)
      if (before && !p.part && /^[\s(:,–—*_-]*$/.test(plain) && ((k >= inSentence.length && !fresh) || (/[(:,–—-]/.test(plain) && !this.boundAfter(p.end, inSentence[k]))) && !(/^[ \t]+$/.test(gap) && this.yearsLeadOn(f, before, p.end))) {
        // (Years a bracket welcomes are not those asked: "3+ years with Python (5+ years preferred)" asks 3.)
        if (out.has(before.first) && this.welcomedYears(p)) continue;
        out.set(before.first, p.years);
        // ("C and C++ (5 years)": the years in a bracket are those of the pair it closes; with a word
        // that says so, of every item of the list: "Python, SQL and Spark (3+ years each)".)
        const each = this.reading.vocab.yearsEach.test(flow.slice(p.end, p.end + 12));
        if (plain.includes('(') || each) for (let i = b; i > 0; i--) {
          const joined = this.listGap(inSentence[i - 1]!, inSentence[i]!);
          if (joined !== 'and' && joined !== 'or' && !(each && joined === 'comma')) break;
          out.set(inSentence[i - 1]!.first, p.years);
        }
        continue;
      }
      // "AWS (Glue, EMR, S3, Lambda) - minimum 4 years": years right after a bracket of members are
      // those of the skill the bracket follows, and of its members.
      // (A word or two of the bracket's own may close it, and a bracket the years open follow it: "Spark
      // (PySpark specifically) - at least 3 years", "Go (Golang) (2+ years)".)
      if (before && !p.part && /^(?:\s+\p{Ll}+){0,2}\)[\s(:,–—*_-]*$/u.test(plain) && ((k >= inSentence.length && !fresh) || (/[:,–—(-]/.test(plain) && !this.boundAfter(p.end, inSentence[k])))) {
        // (The bracket opens in the sentence, a few hundred characters back at most: a text of one
        // long line reads in linear time.)
        const from = Math.max(f.span.start, before.start - MEMBERS_BRACKET_CHARS);
        const inside = flow.slice(from, before.start);
        const open = from + inside.lastIndexOf('(');
        let h = b;
        while (h >= 0 && inSentence[h]!.start > open) h--;
        if (open >= from && h >= 0 && h < b && inside.lastIndexOf(')') < open - from && /^\s*$/.test(flow.slice(inSentence[h]!.end, open))) {
          let members = true;
          for (let i = h + 1; i < b && members; i++) members = this.listGap(inSentence[i]!, inSentence[i + 1]!) !== 'break';
          if (members) {
            for (let i = h; i <= b; i++) out.set(inSentence[i]!.first, p.years);
            continue;
          }
        }
      }
      if (k >= inSentence.length) continue;
      // "3+ years as a data engineer, Python or Scala, Apache Kafka": years of a role held (roles.held
      // before it) are the role's, and those of the roles listed with it; a list after them goes on
      // with other items (not one the role binds: "as a data scientist with specialization in
      // machine learning, statistical modeling and optimization").
      const held = this.heldRole(inSentence[k]!);
      // (Items may end in words of their own before the comma, but not where a degree makes the years a route: its fields follow.)
      const tails = !f.routes?.includes(p.years);
      let firstCue: Cued | null | undefined;
      for (let i = k; i < inSentence.length; i++) {
        // (Nor into an item a clause of its own welcomes, the first not: "2+ years with Docker and
        // Kubernetes (Helm is a plus)", "3+ years with Python, SQL is nice to have"; a bracket of
        // cue words right after an item keeps it in the list: "2+ years in SAS (preferred) and/or R".)
        if (i > k && this.cueOf(inSentence[i]!) === 'preferred' && !BRACKET_AFTER.test(flow.slice(inSentence[i]!.end, inSentence[i]!.end + 3)) && (firstCue ??= this.cueOf(inSentence[k]!) ?? null) !== 'preferred') break;
        if (i > k && held && /[,;]/.test(flow.slice(inSentence[i - 1]!.end, inSentence[i]!.start)) && this.namesRole(inSentence[i - 1]!) && !this.namesRole(inSentence[i]!)) break;
        // (Nor into an item run in after the list, a text's line breaks lost: "... Redshift or MongoDB Data architecture skills".)
        if (i > k && this.runInItemBetween(inSentence[i - 1]!.last, inSentence[i]!.first + 1, true)) break;
        const joined = i > k ? this.listGap(inSentence[i - 1]!, inSentence[i]!, true) : 'comma';
        // (A list word and an experience word open a requirement of its own: "3+ years building
        // statistical models, and experience in data mining", "Knowledge and experience in SQL".)
        if (joined !== 'break' && i > k && inSentence[i]!.first - inSentence[i - 1]!.last >= 2 && this.experienceBetween(inSentence[i - 1]!.last, inSentence[i]!.first)) break;
        if (joined === 'break') {
          const gap = flow.slice(inSentence[i - 1]!.end, inSentence[i]!.start);
          if (!ELABORATES.test(gap) && !this.cueBracket(inSentence[i - 1]!, inSentence[i]!) && !this.boundItem(f, inSentence[i - 1]!, inSentence[i]!) && !(LOOSE_ITEMS.test(gap) && this.runsOn(f, inSentence[i - 1]!.last, inSentence[i]!.first)) && !(tails && this.tailedItems(f, inSentence[i - 1]!, inSentence[i]!)) && !this.compound(inSentence[i - 1]!, inSentence[i]!) && !this.elaborated(f, inSentence[i - 1]!, inSentence[i]!) && !this.itemTails(f, inSentence[i - 1]!, inSentence[i]!) && !this.doneIn(f, inSentence[i - 1]!, inSentence[i]!) && !this.doneFor(f, inSentence[i - 1]!, inSentence[i]!) && !this.objectOf(f, inSentence[i - 1]!, inSentence[i]!)) break;
        }
        // (Data a binder leads to after another item is what that work is done on, and takes no years: "3+ years
        // building predictive models on structured or unstructured data", "statistical modeling using large amounts of data".)
        if (i > k && this.dataWorkedOn(inSentence[i - 1]!, inSentence[i]!)) continue;
        if (!out.has(inSentence[i]!.first)) out.set(inSentence[i]!.first, p.years);
      }
    }
    return out;
  }

  /**
   * Years phrases with a bracket right after them that names a degree (years.routes) read past it:
   * what follows the bracket is what they are of, the degree in it the route's ("Minimum 3 years (with
   * PhD) of applied work in data science"). Such routes offered in turn, an "or" or a comma between,
   * are one phrase, at the last, of the least years: "6 years (with an M.S.) or 4 years (with a PhD)
   * of analytics work", "no fewer than 3 years (PhD) or 7 years (BS/MS) of lab experience".
   */
  private pastDegreeBrackets(phrases: YearsPhrase[]): YearsPhrase[] {
    const { tokens } = this;
    const flow = this.reading.flow;
    const vocab = this.reading.vocab;
    let out: YearsPhrase[] | undefined;
    let least: number | undefined;
    for (const [j, p] of phrases.entries()) {
      const bracket = DEGREE_BRACKET.exec(flow.slice(p.end, p.end + DEGREE_BRACKET_CHARS));
      let degree = false;
      if (bracket) vocab.yearsRoutes.each(tokens, tokens.indexAt(p.end), tokens.indexAt(p.end + bracket[0].length), () => (degree = true));
      if (!degree) {
        if (out) out.push(least !== undefined ? { ...p, years: Math.min(least, p.years) } : p);
        least = undefined;
        continue;
      }
      out ??= phrases.slice(0, j);
      const end = p.end + bracket![0].length;
      const years = least !== undefined ? Math.min(least, p.years) : p.years;
      // (Another such route right after, an "or" or a comma between: the least years go on to it.)
      const next = phrases[j + 1];
      if (next && this.routesInTurn(end, next.start)) {
        least = years;
        continue;
      }
      least = undefined;
      out.push({ ...p, end, years });
    }
    return out ?? phrases;
  }

  /** Whether flow[from, to) holds only blanks, a comma maybe and one coordinator at most ("or", "and"): between routes offered in turn. */
  private routesInTurn(from: number, to: number): boolean {
    const { tokens } = this;
    const gap = this.reading.flow.slice(from, to);
    if (/^[\s,]*$/.test(gap)) return true;
    const t = tokens.indexAt(from);
    return /^[\s,]*[^\s,]+\s*$/.test(gap) && tokens.indexAt(to) === t + 1 && this.reading.vocab.coordinators.has(tokens.keyHashOf(t));
  }

  /**
   * Whether years that end at `end`, a space after the mention `before` that ends a phrase (a word in lower case
   * right before it), lead on into a phrase of their own: a binder maybe, an experience word, then a binder
   * or a word in lower case ("Data management 2+ years of experience building hub solutions", "a Linux
   * environment 2+ years of experience using cluster technology"); not "Java 8 years of experience Strong SQL".
   */
  private yearsLeadOn(f: SentenceFacts, before: TokenSpan, end: number): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    const text = tokens.text;
    const w = before.first - 1;
    if (w < f.first || !isLower(text.charCodeAt(tokens.start[w]!)) || !/^ +$/.test(text.slice(tokens.end[w]!, tokens.start[before.first]!))) return false;
    let t = tokens.indexAt(end);
    if (t < tokens.count && vocab.yearsBinders.has(tokens.keyHashOf(t))) t++;
    let after = -1;
    vocab.experience.each(tokens, t, Math.min(tokens.count, t + LEAD_ON_WORDS), (_, first, last) => {
      if (first === t) after = Math.max(after, last);
    });
    if (after < 0 || after >= Math.min(tokens.count, f.last)) return false;
    // (Words one space apart, an apostrophe aside: "2 years' experience using".)
    if (!/^[\p{L}'’ -]*$/u.test(text.slice(end, tokens.start[after]!)) || text.slice(tokens.end[after - 1]!, tokens.start[after]!) !== ' ') return false;
    return isLower(text.charCodeAt(tokens.start[after]!)) || vocab.yearsBinders.has(tokens.keyHashOf(after));
  }

  /**
   * Whether the years close on an experience word of their own, and a joiner right after it adds
   * another requirement before token `first` ("5 years of experience and should be proficient in
   * Excel", "3+ years of experience and excellent programming skills"): experience in general, no
   * binder ("of experience in SQL and ...") before the joiner.
   */
  private experienceJoined(at: number, first: number): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    for (let t = at + 1; t < first && t - at <= EXPERIENCE_JOINED_WORDS; t++) {
      if (!vocab.alternativeJoiners.has(tokens.keyHashOf(t))) continue;
      // (Experience said a word or two after the years: "of relevant experience and", not "of enterprise data analytics experience and".)
      let ends = false;
      vocab.experience.each(tokens, at, t, (_, start, last) => (ends ||= last === t && start - at <= 2));
      if (!ends) return false;
      for (let u = at + 1; u < t; u++) if (vocab.yearsBinders.has(tokens.keyHashOf(u))) return false;
      // (Not the same experience going on: "5 years of experience and using tools such as Tableau".)
      return !(t + 1 < first && this.bridgeAt(t + 1));
    }
    return false;
  }

  /** Whether a `employerVoice` word ("our", "we") stands in tokens [from, to) (a few words: the reach of years to their first skill). */
  private employerVoiceIn(from: number, to: number): boolean {
    let found = false;
    this.reading.vocab.employerVoice.each(this.tokens, from, to, () => (found = true));
    return found;
  }

  /** Whether a cue that welcomes follows a years phrase in the bracket it stands in: "Python (5+ years preferred)". */
  private welcomedYears(p: YearsPhrase): boolean {
    const { tokens } = this;
    const flow = this.reading.flow;
    const open = lastIndexIn(flow, 40, Math.max(0, p.start - WELCOMED_YEARS_CHARS), p.start);
    const close = indexIn(flow, 41, p.end, Math.min(flow.length, p.end + WELCOMED_YEARS_CHARS));
    if (open < 0 || close < 0 || lastIndexIn(flow, 41, open, p.start) >= 0) return false;
    let found = false;
    this.reading.vocab.cues.each(tokens, tokens.indexAt(p.end), tokens.indexAt(close), (tag) => (found ||= tag.type === 'preferred'));
    return found;
  }

  /**
   * The first token of [from, to) that opens a clause of its own (cues.subjects) after a comma, a
   * colon, an opening bracket or a dash between spaces, or `to`; with `dash`, also the first after
   * a dash between spaces ("German is not required - the working language is English": a
   * negation reaches no further).
   */
  private subjectAfter(from: number, to: number, dash = false): number {
    const { tokens } = this;
    const flow = this.reading.flow;
    const subjects = this.reading.vocab.clauseSubjects;
    for (let k = from + 1; k < to; k++) {
      const a = tokens.end[k - 1]!;
      const b = tokens.start[k]!;
      // (Most words stand a space apart: nothing to look at.)
      if (b - a < 2) continue;
      const dashed = b - a >= 3 && SPACED_DASH.test(flow.slice(a, b));
      if (dash && dashed) return k;
      if ((dashed || indexIn(flow, 44, a, b) >= 0 || indexIn(flow, 40, a, b) >= 0 || indexIn(flow, 58, a, b) >= 0) && subjects.startsAt(tokens, k, to)) return k;
    }
    return to;
  }

  /**
   * Whether only a bracket that holds a cue of importance, and the list's words, stand between two
   * mentions: "2+ years of cloud experience with either AWS (preferred) or Azure" (the cue qualifies
   * the one before it; the list goes on).
   */
  private cueBracket(a: TokenSpan, b: TokenSpan): boolean {
    const { tokens } = this;
    const flow = this.reading.flow;
    const open = flow.indexOf('(', a.end);
    if (open < 0 || open >= b.start || !/^\s*$/.test(flow.slice(a.end, open))) return false;
    const close = flow.indexOf(')', open);
    if (close < 0 || close >= b.start || close - open > CUE_BRACKET_CHARS) return false;
    const from = tokens.indexAt(open + 1);
    const to = tokens.indexAt(close);
    if (from >= to) return false;
    // (The bracket's words are cues alone, of what is asked or preferred: "(strongly preferred)".)
    let asks = false;
    this.reading.vocab.cues.each(tokens, from, to, (tag) => {
      if (tag.type === 'required' || tag.type === 'preferred') asks = true;
    });
    if (!asks || !this.cueWordsOnly(from, to)) return false;
    // (After it, a list's words only: "or", "and", a comma.)
    const after = flow.slice(close + 1, b.start);
    return /^[\s,]*$/.test(after) || (!/[^\s,\p{L}/&]/u.test(after) && (listWordsIn(tokens, this.reading.vocab, tokens.indexAt(close + 1), b.first, false) & (LIST_CONNECTOR | LIST_JOINER)) !== 0);
  }

  /**
   * Whether the gap between a skill and the years after it is an experience word and a word of
   * years.experienceTiedBack ("SQL skills with", "Python expertise with at least"): `plain`, the gap
   * without its experience, qualifier and years.between words, holds that word alone; the
   * experience word may end the skill's own name ("SQL skills").
   */
  private tiedAfterExperience(before: TokenSpan, gap: string, plain: string): boolean {
    const vocab = this.reading.vocab;
    if (!vocab.yearsExperienceTiedBack.test(plain)) return false;
    const bare = gap.replace(vocab.yearsQualifiers, '');
    if (bare.replace(vocab.leadingExperience, '').replace(vocab.yearsBetween, '').length < bare.length) return true;
    const last = this.tokens.raw(before.last - 1);
    return last.replace(vocab.leadingExperience, '').replace(vocab.yearsBetween, '') === '';
  }

  /** Whether a `roles.held` phrase ends right before the mention ("years as a data engineer", "experience as a"). */
  private heldRole(span: TokenSpan): boolean {
    let held = false;
    this.reading.vocab.roleHeld.each(this.tokens, Math.max(0, span.first - HELD_REACH), span.first, (_, _first, last) => {
      if (last === span.first) held = true;
    });
    return held;
  }

  /**
   * Whether the mention ends in a word that names a role (title.roleWords: "software engineer",
   * "data scientist"), or such a word right after it makes it one ("ETL developer", "BI analyst").
   */
  private namesRole(span: TokenSpan): boolean {
    const { tokens } = this;
    const words = this.reading.vocab.titleRoleWords;
    let role = false;
    words.each(tokens, span.last - 1, span.last, () => (role = true));
    if (!role && span.last < tokens.count && tokens.joined(span.last)) words.each(tokens, span.last, span.last + 1, (_, first) => (role ||= first === span.last));
    return role;
  }

  /**
   * Whether a few lower-case words ending in a years binder, and maybe an article, are all that
   * stands between two mentions in a list of what years qualify: the second is what the first is
   * done with or in ("building ETL graphs using the Ab Initio GDE", "working as a data engineer
   * using Python", "experience as an analyst with a focus on churn models"); or a
   * list word, a verb of the same experience and its object first ("building data pipelines and
   * managing workflows in Airflow").
   */
  private boundItem(f: SentenceFacts, a: TokenSpan, b: TokenSpan): boolean {
    const n = b.first - a.last;
    if (n < 1 || n > BOUND_ITEM_WORDS + 3 || !/^[\s\p{Ll}\u00ad-]+$/u.test(this.reading.flow.slice(a.end, b.start))) return false;
    const { yearsBinders: binders, yearsArticles: articles, yearsModifiers: modifiers } = this.reading.vocab;
    const { tokens } = this;
    let binder = b.first - 1;
    // (A word of years.modifiers may qualify the skill after the binder: "tuning predictive models using advanced machine learning methods".)
    if (n >= 2 && modifiers.has(tokens.keyHashOf(binder))) binder--;
    if (binder - a.last >= 1 && articles.has(tokens.keyHashOf(binder))) binder--;
    // (Or another task of the same experience, a list word and its verb first: "tuning Spark jobs
    // and managing queues in Kafka".)
    let from = a.last;
    if (binder - from > 2 && this.reading.vocab.coordinators.has(tokens.keyHashOf(from)) && this.bridgeAt(from + 1)) from += 2;
    // (No cue, list break or experience word up to the binder: "5+ years in Python, strong SQL".)
    return binder - from <= BOUND_ITEM_WORDS && binders.has(tokens.keyHashOf(binder)) && this.runsOn(f, a.last, binder + 1);
  }

  /** Whether the flow's [from, to) holds a full stop that is no abbreviation's ("24 mos. exp. in", "3 yrs. exp. with" hold none). */
  private stopIn(from: number, to: number): boolean {
    const flow = this.reading.flow;
    for (let i = flow.indexOf('.', from); i !== -1 && i < to; i = flow.indexOf('.', i + 1)) if (!this.abbreviationStop(i)) return true;
    return false;
  }

  /** Whether the full stop at `i` of the flow ends an abbreviation of the vocabulary ("etc.", "e.g.", "yrs."). */
  private abbreviationStop(i: number): boolean {
    const flow = this.reading.flow;
    let w = i;
    while (w > 0 && /[\p{L}.]/u.test(flow[w - 1]!)) w--;
    return w < i && this.reading.vocab.abbreviations.has(flow.slice(w, i));
  }

  /** Whether a `years.binders` word among the few right after years that end at `end` ties them to the mention `next` that follows ("4+ years of Python", "3 Jahre Erfahrung mit Python"), or `next` stands right after them. */
  private boundAfter(end: number, next: TokenSpan | undefined): boolean {
    if (!next) return false;
    const t = this.tokens.indexAt(end);
    // (Or the skill right after them, a space between: "3+ years Python, 2+ years SQL" gives SQL its own.)
    if (t === next.first && /^[ \t]+$/.test(this.reading.flow.slice(end, next.start))) return true;
    if (t >= next.first || next.first - t > BINDER_REACH || /[,.;:()]/.test(this.reading.flow.slice(end, next.start))) return false;
    for (let k = t; k < next.first; k++) if (this.reading.vocab.yearsBinders.has(this.tokens.keyHashOf(k))) return true;
    return false;
  }

  /**
   * Whether `lead`, the text from years at `from` to the first skill after them (its token
   * `first`), names items before that skill that the years qualify too (LOOSE_LEAD), the first of
   * them after what the years are of, no cue or list break among them: "2+ years experience with
   * threat analysis, risk assessment and risk management"; not "3+ years of experience, strong SQL".
   */
  private looseLead(f: SentenceFacts, lead: string, from: number, first: number): boolean {
    if (!LOOSE_LEAD.test(lead)) return false;
    const beforeComma = this.tokens.indexAt(from + lead.indexOf(',')) - 1;
    let experience = false;
    this.reading.vocab.experience.each(this.tokens, beforeComma, beforeComma + 1, () => (experience = true));
    // (A word right after the years, after a binder maybe, may qualify their experience and break no
    // list: "2+ years prior research, data science, or engineering experience".)
    const { yearsBinders: binders, yearsLeadQualifiers: qualifiers } = this.reading.vocab;
    let start = this.tokens.indexAt(from);
    if (start < beforeComma && binders.has(this.tokens.keyHashOf(start))) start++;
    if (start < beforeComma && qualifiers.has(this.tokens.keyHashOf(start))) start++;
    return !experience && this.runsOn(f, start, first, false);
  }

  /** Whether a word of work (`alternatives.yearsBridge`: "building", "managing") opens at token `at`. */
  private bridgeAt(at: number): boolean {
    let found = false;
    this.reading.vocab.alternatives.each(this.tokens, at, at + 1, (tag) => (found ||= tag === 'yearsBridge'));
    return found;
  }

  /**
   * Whether the words between years (ending at `from`) and the first skill they qualify (token
   * `first`) are list words and the verbs of one experience only, commas between ("5 years of
   * experience designing, building and implementing data warehouse solutions").
   */
  private bridgeLead(from: number, first: number): boolean {
    const { tokens } = this;
    const at = tokens.indexAt(from);
    const lead = tokens.text.slice(from, tokens.start[first]!);
    if (first - at > MAX_LIST_GAP + 2 || !BRIDGE_LEAD.test(lead)) return false;
    // (A verb before the comma: "3+ years of experience, advanced Excel" is two items.)
    const comma = tokens.indexAt(from + lead.indexOf(',')) - 1;
    return this.bridgeAt(comma) && (listWordsIn(tokens, this.reading.vocab, at, first, true) & LIST_COVERED) !== 0;
  }

  /**
   * Whether the words between years (ending at `from`) and the first skill they qualify (token
   * `first`) end in a comma and an elaboration that leads right to the skill: "5+ years of work
   * experience, involving statistical modeling", "5 years of experience, including Python".
   */
  private elaborationLead(from: number, first: number): boolean {
    const { tokens } = this;
    const flow = this.reading.flow;
    const comma = flow.lastIndexOf(',', tokens.start[first]!);
    if (comma < from) return false;
    const after = tokens.indexAt(comma + 1);
    let leads = false;
    this.reading.vocab.yearsElaborations.each(tokens, after, first, (_, start, last) => {
      if (start === after && last === first) leads = true;
    });
    return leads && /^\s*$/.test(flow.slice(comma + 1, tokens.start[after]!));
  }

  /**
   * Whether a phrase that leads to a kind's members ends right at token `at`, after `from`: years reach
   * as far past one as past a colon ("4+ years in one or more of the following languages such as Python").
   */
  private elaborationEndsAt(at: number, from: number): boolean {
    const vocab = this.reading.vocab;
    let ends = false;
    vocab.yearsElaborations.each(this.tokens, Math.max(from, at - vocab.yearsElaborationWords), at, (_, _first, last) => (ends ||= last === at));
    return ends;
  }

  /**
   * Whether the second mention starts the members of the kind the first names, after at most
   * ELABORATION_LEAD more words of it and a `years.elaborations` phrase ("data science techniques,
   * including machine learning", "BI tools such as Tableau", "cloud-based data technologies (e.g.,
   * Snowflake"), with nothing but spaces, commas, stops and an opening bracket besides.
   */
  private elaborated(f: SentenceFacts, a: TokenSpan, b: TokenSpan): boolean {
    if (b.first - a.last > ELABORATION_LEAD + this.reading.vocab.yearsElaborationWords) return false;
    let found = -1;
    this.reading.vocab.yearsElaborations.each(this.tokens, a.last, b.first, (_, first, last) => {
      if (first - a.last <= ELABORATION_LEAD && (last === b.first || this.namelessItems(f, last, b))) found = first;
    });
    if (found < 0 || !ELABORATION_GAP.test(this.reading.flow.slice(a.end, b.start))) return false;
    // The words before the phrase still name the kind ("Cloud-based data technologies such as"), no list break or cue among them.
    return found - a.last <= 2 || this.runsOn(f, a.last, found, false);
  }

  /**
   * Whether tokens [from, b.first) are one or two items that name no skill, a word or two each and
   * a comma after each, before the mention b ("such as MVDA, DOE": a name the taxonomy lacks first).
   */
  private namelessItems(f: SentenceFacts, from: number, b: TokenSpan): boolean {
    if (b.first - from > NAMELESS_ITEMS_WORDS || !NAMELESS_ITEMS.test(this.reading.flow.slice(this.tokens.start[from]!, b.start))) return false;
    return this.runsOn(f, from, b.first);
  }

  /**
   * Whether words that end the first item and begin the second stand around one list word, at
   * most ITEM_TAIL on each side, in a list of what years qualify: "ML infrastructure and
   * production models", "IT architecture or business consulting", "Database Marketing and Data
   * Mining"; no list break ("and Strong Computer Science fundamentals"), cue or experience word
   * among them.
   */
  private itemTails(f: SentenceFacts, a: TokenSpan, b: TokenSpan): boolean {
    if (b.first - a.last < 2 || b.first - a.last > 2 * ITEM_TAIL + 1 || !ITEM_TAIL_GAP.test(this.reading.flow.slice(a.end, b.start))) return false;
    let join = -1;
    let joinEnd = -1;
    this.reading.vocab.alternatives.each(this.tokens, a.last, b.first, (tag, first, last) => {
      if (join < 0 && (tag === 'connector' || tag === 'joiner')) [join, joinEnd] = [first, last];
    });
    return join >= 0 && join - a.last <= ITEM_TAIL && b.first - joinEnd <= ITEM_TAIL && this.runsOn(f, a.last, b.first);
  }

  /**
   * Whether the second mention is what is done in the role or field the first names: a word or two
   * that end the first item ("role", "field"), maybe a comma, a verb of one experience in -ing
   * (`alternatives.yearsBridge`) and up to DONE_IN_WORDS words before the second, in a list of what
   * years qualify: "4+ years in a data science role, building predictive models", "3 years in the
   * analytics field performing statistical analysis"; no list break, cue or experience word among them.
   */
  private doneIn(f: SentenceFacts, a: TokenSpan, b: TokenSpan): boolean {
    const n = b.first - a.last;
    if (n < 2 || n > DONE_IN_WORDS * 2 + 1 || !DONE_IN_GAP.test(this.reading.flow.slice(a.end, b.start))) return false;
    const { tokens } = this;
    let verb = -1;
    this.reading.vocab.alternatives.each(tokens, a.last + 1, b.first, (tag, first, last) => {
      if (verb < 0 && tag === 'yearsBridge' && last === first + 1 && /ing$/i.test(tokens.text.slice(tokens.start[first]!, tokens.end[first]!))) verb = first;
    });
    return verb > a.last && verb - a.last <= DONE_IN_WORDS && b.first - verb <= DONE_IN_WORDS && this.runsOn(f, a.last, b.first);
  }

  /**
   * Whether the second mention names data (its last word one of years.amounts' nouns: "unstructured data", "large
   * datasets") that a binder between leads to from the first, no elaboration ("such as") between: the data the
   * first is done on ("building predictive models on structured or unstructured data", "statistical modeling using
   * large amounts of data").
   */
  private dataWorkedOn(a: TokenSpan, b: TokenSpan): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    if (!vocab.amountNouns.has(tokens.keyHashOf(b.last - 1)) || ELABORATES.test(this.reading.flow.slice(a.end, b.start)) || this.elaborationEndsAt(b.first, a.last)) return false;
    // (Not the object of a skill that is a verb in -ing, a preposition right after it: "analyzing and reporting on large datasets".)
    const ing = (k: number) => /ing$/i.test(tokens.raw(k));
    if (a.last < b.first && ing(a.last - 1) && !ing(a.last) && vocab.yearsBinders.has(tokens.keyHashOf(a.last))) return false;
    for (let k = a.last; k < b.first; k++) if (vocab.yearsBinders.has(tokens.keyHashOf(k))) return true;
    return false;
  }

  /**
   * Whether the second mention is what the first is used for, in a list of what years qualify: a
   * word or two that end the first item, "to", a verb and maybe one more word ("2 years using ETL
   * tools to perform data cleansing", "experience utilizing Python to conduct data analysis"); no
   * other list break, cue or experience word among them.
   */
  private doneFor(f: SentenceFacts, a: TokenSpan, b: TokenSpan): boolean {
    const n = b.first - a.last;
    if (n < 2 || n > DONE_IN_WORDS + 3) return false;
    const m = DONE_FOR_GAP.exec(this.reading.flow.slice(a.end, b.start));
    if (!m) return false;
    const to = this.tokens.indexAt(a.end + m[1]!.length);
    return this.runsOn(f, a.last, to) && this.runsOn(f, to + 1, b.first);
  }

  /**
   * Whether the second mention is the object of the verb in -ing that ends the first
   * (`alternatives.yearsBridge`), up to DONE_IN_WORDS lower-case words between, in a list of what years
   * qualify: "3 years - Experience leading complex technical data warehousing projects"; no list
   * break, cue or experience word among them.
   */
  private objectOf(f: SentenceFacts, a: TokenSpan, b: TokenSpan): boolean {
    if (b.first - a.last > DONE_IN_WORDS || !OBJECT_GAP.test(this.reading.flow.slice(a.end, b.start))) return false;
    const { tokens } = this;
    const verb = a.last - 1;
    if (!/ing$/i.test(tokens.text.slice(tokens.start[verb]!, tokens.end[verb]!))) return false;
    let bridge = false;
    this.reading.vocab.alternatives.each(tokens, verb, a.last, (tag, first, last) => (bridge ||= tag === 'yearsBridge' && first === verb && last === a.last));
    return bridge && this.runsOn(f, a.last, b.first);
  }

  /**
   * Whether a word or two in lower case end the first item before the comma, then items as
   * LOOSE_ITEMS allows ("BI best practices, business processes, data analysis", "data platform
   * projects, DevSecOps"), in a list of what years qualify: no list break, cue, experience word or
   * role noun among them ("software development engineer, data scientist" lists roles held).
   */
  private tailedItems(f: SentenceFacts, a: TokenSpan, b: TokenSpan): boolean {
    if (!TAILED_ITEMS.test(this.reading.flow.slice(a.end, b.start)) || !this.runsOn(f, a.last, b.first)) return false;
    let role = false;
    this.reading.vocab.roleNouns.each(this.tokens, a.last, b.first, () => (role = true));
    return !role;
  }

  /** Whether one `years.compounds` word, and only spaces or a hyphen, stands between two mentions ("cloud based data engineering", "cloud-based"). */
  private compound(a: TokenSpan, b: TokenSpan): boolean {
    if (b.first - a.last !== 1 || !this.reading.vocab.yearsCompounds.has(this.tokens.keyHashOf(a.last))) return false;
    return /^[\s-]*$/.test(this.reading.flow.slice(a.end, this.tokens.start[a.last]!)) && /^\s*$/.test(this.reading.flow.slice(this.tokens.end[a.last]!, b.start));
  }

  /**
   * Whether a loose list of what years qualify runs on over tokens [from, to): no cue, no word of
   * `years.listBreaks` and (with `newExperience`) no experience word there (", and expertise in
   * Python" is a new item).
   */
  private runsOn(f: SentenceFacts, from: number, to: number, newExperience = true): boolean {
    const vocab = this.reading.vocab;
    for (let t = from; t < to; t++) if (vocab.yearsListBreaks.has(this.tokens.keyHashOf(t))) return false;
    if (f.cues.some((c) => c.first < to && c.last > from)) return false;
    if (!newExperience) return true;
    let experience = false;
    vocab.experience.each(this.tokens, from, to, () => (experience = true));
    return !experience;
  }

  /**
   * Whether a list word and an experience noun right after it stand within tokens (from, to): "and
   * experience in", "and knowledge of" open a requirement of its own; "and using" (a verb) goes on
   * with the same experience.
   */
  private experienceBetween(from: number, to: number): boolean {
    const { tokens } = this;
    const { coordinators } = this.reading.vocab;
    let experience = false;
    this.reading.vocab.experience.each(tokens, from + 1, to, (_, first) => {
      if (!experience && coordinators.has(tokens.keyHashOf(first - 1)) && !/ing$/i.test(tokens.raw(first))) experience = true;
    });
    return experience;
  }

  /**
   * Whether a capitalized cue stands within tokens [from, to), a label run into the text ("... PhD
   * with 1+ years of experience Required Machine Learning, Python ..."): what follows is a new list.
   */
  private labelBetween(f: SentenceFacts, from: number, to: number): boolean {
    return f.cues.some((c) => c.first >= from && c.last <= to && isUpper(this.tokens.text.charCodeAt(this.tokens.start[c.first]!)));
  }

  /**
   * Whether a new item starts within tokens [from, to): an experience word, then a capitalized one
   * ("3-5 years of experience Experience with SQL", a list whose line breaks were lost).
   */
  private newItemBetween(from: number, to: number): boolean {
    const { tokens, reading } = this;
    let seen = false;
    let fresh = false;
    const visit = (_: true, first: number) => {
      if (seen && first > from && isUpper(tokens.text.charCodeAt(tokens.start[first]!))) fresh = true;
      seen = true;
    };
    reading.vocab.experience.each(tokens, from, to, visit);
    return fresh;
  }

  /**
   * What stands between two mentions of a sentence: 'or' ("PyTorch or TensorFlow", "AWS/GCP"),
   * 'and', 'comma', or 'break' (anything else: a word that is not a list word, a stop, a colon). A
   * list of what years qualify is looser (`loose`): a bracket joins ("SAP Data Services (Data
   * Profiling, ...)"), and so do filler words alone ("programming in R and/or Python").
   */
  listGap(a: TokenSpan, b: TokenSpan, loose = false): 'or' | 'and' | 'comma' | 'break' {
    const { tokens } = this;
    const flow = this.reading.flow;
    if (b.first < a.last || b.first - a.last > MAX_LIST_GAP) return 'break';
    // The characters outside the gap's tokens: commas and spaces only (a colon or stop breaks the run).
    let p = a.end;
    for (let k = a.last; k <= b.first; k++) {
      const to = k < b.first ? tokens.start[k]! : b.start;
      for (; p < to; p++) {
        const c = flow.charCodeAt(p);
        // (Markdown emphasis around a list word passes: "Spark *or* Flink".)
        // (Nor the dot that ends the first name's abbreviation: "M.S. or Ph.D. in Statistics".)
        // (Nor that of an abbreviated list word: "Terraform bzw. Ansible".)
        // (Nor the hyphen of a compound cut short before a list word, as German writes them: "Deutsch- oder Englischkenntnisse".)
        if (c === 45 && p === a.end && b.first > a.last && /[\s,]/.test(flow[p + 1] ?? '')) continue;
        // (Nor, in a list of what years qualify, the hyphen that joins the first name to an experience word, as German
        // writes them and English at times: "3 Jahre Postdoc-Erfahrung in der Immunologie", "3 years of Python-experience in".)
        if (c === 45 && loose && p === a.end && k === a.last && b.first > a.last && this.reading.vocab.experience.startsAt(tokens, a.last, a.last + 1)) continue;
        // (A tab between two names is a table's cell boundary: "strong Excel\tPython or SAS".)
        if (!(c === 32 || c === 44 || c === 10 || c === 0xa0 || c === 0xad || ((c === 42 || c === 95) && b.first > a.last) || (c === 46 && p === a.end && abbreviationDot(flow, p) && !capitalAfter(flow, p + 1)) || (c === 46 && k > a.last && p === tokens.end[k - 1] && this.reading.vocab.coordinators.has(tokens.keyHashOf(k - 1)) && this.reading.vocab.abbreviations.has(tokens.raw(k - 1))) || (loose && (c === 40 || c === 41 || (c === 46 && (abbreviationDot(flow, p) || (this.abbreviationStop(p) && !capitalAfter(flow, p + 1)))))))) return 'break';
      }
      if (k < b.first) p = tokens.end[k]!;
    }
    if (a.last === b.first) {
      // A form that holds its list word ("statistical or", of "statistical or machine learning
      // models"; the first of two kinds of one noun) is joined to the next by that word. (Not by a
      // slash: "statistical/machine learning models" names both kinds.)
      if (a.last - a.first >= 2 && a.end === tokens.end[a.last - 1] && tokens.raw(a.last - 1) !== '/') {
        const own = listWordsIn(tokens, this.reading.vocab, a.last - 1, a.last, false);
        if (own & LIST_COVERED && own & LIST_CONNECTOR) return 'or';
        if (own & LIST_COVERED && own & LIST_JOINER) return 'and';
      }
      return 'comma';
    }
    // A capitalized word right after a lower-case one, with only spaces between, opens a sentence
    // whose line break was lost ("... and data visualization Experience with the following: Python"),
    // unless it is a list word ("a Master's degree OR a PhD").
    if (isLower(flow.charCodeAt(tokens.start[a.last - 1]!)) && isUpper(flow.charCodeAt(tokens.start[a.last]!)) && /^\s+$/.test(flow.slice(a.end, tokens.start[a.last]!)) && !this.reading.vocab.coordinators.has(tokens.keyHashOf(a.last))) return 'break';
    const words = listWordsIn(tokens, this.reading.vocab, a.last, b.first, loose);
    if (!(words & LIST_COVERED)) return 'break';
    // "Python and either Java or Go": a list word that also leads in alternatives ("either") after
    // an "and" opens a new choice; what stands before the "and" is asked on its own.
    if (words & LIST_CONNECTOR && words & LIST_JOINER && this.joinerThenLeadIn(a.last, b.first)) return 'and';
    if (words & LIST_CONNECTOR) return 'or';
    if (words & LIST_JOINER) return 'and';
    // Filler words alone ("MS in Computer Science") join nothing.
    return (words & LIST_FILLER) !== 0 && !loose ? 'break' : 'comma';
  }

  /**
   * Whether the words between a degree and a name after it lead to the degree's field where no list
   * word joins them (see listGap): "a Master's degree, preferably, in finance or data science",
   * "graduate degrees (MSc, PhD welcome) in physics", "an MS in a numbers-heavy field (econometrics,
   * analytics)". A few words of one clause (no stop, semicolon or line break), none of experience, of
   * work (`alternatives.yearsBridge`) or of what the candidate brings (`candidate`: "a degree with strong
   * data science skills"), no number, and no joiner that adds a second thing asked ("a Bachelor's degree
   * and data science experience").
   */
  degreeLead(a: TokenSpan, b: TokenSpan): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    if (b.first < a.last || b.first - a.last > MAX_DEGREE_LEAD) return false;
    const flow = this.reading.flow;
    for (let p = a.end; p < b.start; p++) {
      const c = flow.charCodeAt(p);
      // (Nor years: "an MS with at least 4 years of Scala" asks years of the practice.)
      if (c === 10 || c === 59 || c === 33 || c === 63 || (c >= 48 && c <= 57)) return false;
      if (c === 46 && !(abbreviationDot(flow, p) || this.abbreviationStop(p))) return false;
    }
    let other = false;
    vocab.experience.each(tokens, a.last, b.first, () => (other = true));
    if (!other) vocab.candidate.each(tokens, a.last, b.first, () => (other = true));
    if (!other) vocab.alternatives.each(tokens, a.last, b.first, (tag) => (other ||= tag === 'yearsBridge' || tag === 'joiner'));
    return !other;
  }

  /** Whether tokens [from, to) open with a joiner ("and", "as well as") and a lead-in follows it ("either"). */
  private joinerThenLeadIn(from: number, to: number): boolean {
    let joined = -1;
    let led = false;
    this.reading.vocab.alternatives.each(this.tokens, from, to, (tag, first, last) => {
      if (tag === 'joiner' && first === from) joined = Math.max(joined, last);
      else if (tag === 'leadIn' && joined >= 0 && first >= joined) led = true;
    });
    return led;
  }

  /**
   * Whether the mention names a role or a group of people ("Java developers", "our data science
   * team"): 'others' (not the candidate's: never asked), 'self' ("as a Java developer": asked), or
   * 'bare' (asked only where the section asks).
   */
  /**
   * Whether the mention stands in what a group of people did, in a resume: after a role noun and a
   * word that opens its clause ("a team that used Scala", "engineers who deployed models on
   * Kubernetes"), no stop between, and none of the person's own words ("a team that I led in Go").
   */
  othersDid(span: TokenSpan): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    const f = this.factsAt(span.start);
    const text = tokens.text;
    for (let k = span.first - 1; k > f.first && k >= span.first - MAX_OTHERS_REACH; k--) {
      if (/[;.:]/.test(text.slice(tokens.end[k]!, tokens.start[k + 1]!))) return false;
      const key = tokens.keyHashOf(k);
      if (vocab.othersSelf.has(key)) return false;
      // (A relative word with no role noun before it is no group's clause and looks on: German's "der die
      // Java-Anwendung entwickelte" holds an article, "engineers who built a service that used Kafka" a thing's clause.)
      if (vocab.othersRelatives.has(key) && this.roleNounAt(k - 1)) return !this.ownRoleAt(k - 1, f.first);
      // (A word for another person that is no role of one's own: "worked beside a teammate who owned the Kafka cluster".)
      if (vocab.othersRelatives.has(key) && vocab.othersPeople.has(tokens.keyHashOf(k - 1))) return true;
    }
    // "a Java backend owned by another team": a passive right after the skill's words gives it to
    // the people its role noun names a few words on.
    const passives = vocab.othersPassives;
    for (let k = span.last; k < Math.min(f.last, span.last + PASSIVE_REACH); k++) {
      if (/[;.:,()]/.test(text.slice(tokens.end[k - 1]!, tokens.start[k]!))) break;
      if (!passives.mayStartAt(tokens, k)) continue;
      let by = -1;
      passives.each(tokens, k, Math.min(f.last, k + 4), (_tag, first, last) => {
        if (first === k) by = last;
      });
      if (by < 0) continue;
      for (let j = by; j < Math.min(f.last, by + PASSIVE_REACH); j++) if (this.roleNounAt(j)) return true;
      break;
    }
    // ("Infrastructure was provisioned by the platform team with Terraform": what the agent of a
    // passive used, after its role noun, is the agent's.)
    for (let k = span.first - 1; k > f.first && k >= span.first - MAX_OTHERS_REACH; k--) {
      if (/[;.:,()]/.test(text.slice(tokens.end[k]!, tokens.start[k + 1]!))) break;
      if (!this.roleNounAt(k)) continue;
      // (Only with a word of the tool between: "... by the platform team with Terraform".)
      let tool = false;
      for (let j = k + 1; j < span.first; j++) if (vocab.othersInstruments.has(tokens.keyHashOf(j))) tool = true;
      if (!tool) break;
      let agent = false;
      passives.each(tokens, Math.max(f.first, k - 2 * PASSIVE_REACH), k, (_tag, _first, last) => {
        if (last <= k && k - last < PASSIVE_REACH) agent = true;
      });
      if (agent) return true;
      break;
    }
    // ("Our data engineers maintained the Kafka pipelines", "The team used Scala": a sentence whose
    // subject is a group of other people, its role noun a few words after the sentence's first.)
    // ("My teams ship on AWS with Terraform": a manager's teams, before a plural role noun only;
    // "My manager set up Jenkins", "A colleague wrote the Terraform modules": one other person.)
    const opener = tokens.keyHashOf(f.first);
    const pluralOnly = !vocab.othersSubjects.has(opener);
    const personOnly = pluralOnly && !vocab.othersPluralSubjects.has(opener);
    if (span.first - f.first > MAX_OTHERS_REACH || (personOnly && !vocab.othersPersonSubjects.has(opener))) return false;
    for (let k = f.first + 1; k < span.first && k <= f.first + MAX_SUBJECT_WORDS; k++) {
      const person = vocab.othersPeople.has(tokens.keyHashOf(k));
      if (!person && (personOnly || !this.roleNounAt(k))) continue;
      if (!person && pluralOnly && !tokens.key(k).endsWith('s')) return false;
      for (let j = k + 1; j < span.first; j++) if (vocab.othersSelf.has(tokens.keyHashOf(j))) return false;
      return !/[;.:]/.test(text.slice(tokens.end[k]!, span.start));
    }
    return false;
  }

  roleOf(span: TokenSpan): 'others' | 'self' | 'bare' | null {
    const { tokens, reading } = this;
    const vocab = reading.vocab;
    const f = this.factsAt(span.start);
    if (this.officeTitled(span)) return 'bare';
    let role = false;
    // "Java developers", "data science team", "Cybersecurity or SIGINT analysts" (one coordinated word passed).
    let passed = false;
    let plural = false;
    for (let k = span.last, limit = span.last + 3; k < Math.min(limit, f.last); k++) {
      // ("the Data Platforms and Insights (DPI) department": past the acronym the text gives the unit.)
      if (!tokens.joined(k)) {
        const j = this.pastAcronymBracket(k, f.last);
        if (j < 0) break;
        limit += j - k;
        k = j;
      }
      if (this.roleNounAt(k)) {
        // (Not a role noun that starts another mention, "MCP servers and function calling", nor a
        // capitalised one inside it, a word of a product's name: "HashiCorp Vault and AWS Secrets Manager".)
        if (this.startsSpan(k) || (this.inSpan(k) && isUpper(tokens.text.charCodeAt(tokens.start[k]!)))) break;
        // ("Partner with a cross-functional labelling team": a word of the team's make-up, the whole mention, names
        // the candidate's way of working with that team, not a skill of its people.)
        let makeup = false;
        vocab.roleTeamMakeup.eachAt(tokens, span.first, span.last, (_, _a, b) => (makeup ||= b === span.last));
        if (makeup) return null;
        role = true;
        plural = tokens.key(k).endsWith('s');
        break;
      }
      // "influence other teams", "collaborate across teams": people the skill acts on, not a role name.
      let object = false;
      if (vocab.roleOthers.mayStartAt(tokens, k)) vocab.roleOthers.each(tokens, k, k + 1, () => (object = true));
      if (object) return null;
      const key = tokens.keyHashOf(k);
      if (!passed && vocab.coordinators.has(key)) {
        passed = true;
        limit += 2;
        continue;
      }
      if (vocab.roleStops.has(key)) break;
    }
    // "Partner with QA, QC, Process Development and Program Management teams": a list of names
    // that a role noun closes names groups of people, each of them.
    // Only where the list is named as others ("with", "our", "across" before it), and never for a
    // mention that is itself about people ("cross-functional teams").
    let listFrom = span.first;
    let listed = false;
    if (!role) {
      const closing = this.listRoleAfter(span.last, f.last);
      // ("Liaise with cross-functional teams (e.g. Research, Clinical, Regulatory, CMC)": a list
      // of names that a plural role noun opens names groups of people too.)
      if (closing < 0) return this.listRoleBefore(span, f.span.start) || this.departmentList(span, f.first, f.last) ? 'others' : null;
      for (let k = span.first; k < span.last; k++) if (this.roleNounAt(k)) return null;
      role = listed = true;
      plural = true;
      listFrom = this.listItemsBefore(span.first, f.first);
    } else if (this.rolesBefore(span.first, f.first)) {
      // "working with engineers, product managers, and UX researchers": the last of a list of people,
      // whose start says whose they are.
      listFrom = this.listItemsBefore(span.first, f.first);
    }
    // "Mentor junior team members", "coach analysts": the skill opens with a verb that acts on
    // people, and the role noun is whom it acts on.
    let acts = false;
    // (Or ends with one: "Experience leading teams of engineers", "ability to mentor".)
    vocab.roleOthers.each(tokens, span.first, span.last, (_, a, b) => {
      if (a === span.first || b === span.last) acts = true;
    });
    if (acts) return null;
    const from = Math.max(f.first, listFrom - 4);
    const endsNear = (set: typeof vocab.roleSelf, within: number) => {
      let hit = false;
      set.each(tokens, from, listFrom, (_, _a, b) => {
        if (b >= listFrom - within) hit = true;
      });
      return hit;
    };
    if (endsNear(vocab.roleSelf, 1)) return listed ? null : 'self';
    if (endsNear(vocab.roleOthers, 2)) return 'others';
    // (Or in a list of names that a plural role noun opens: "teams including development, QA and
    // business analysis professionals", each name a group of people.)
    if (this.listRoleBefore(span, f.span.start)) return 'others';
    if (listed) return null;
    // A resume is about one person: "data scientists and ML engineers" are colleagues.
    return reading.kind === 'resume' && plural ? 'others' : 'bare';
  }

  /**
   * Whether the mention is a line of its own, a name of a few words, under a lead-in that names units
   * of the employer ("Our technology department is made up of:" / "Data Services" / "Information
   * Security"; "The teams you could join:"): each line a unit's name, not a skill asked.
   */
  unitListed(span: TokenSpan): boolean {
    const at = this.sectionAt(span.start);
    if (at.heading === null || span.start < at.headingEnd) return false;
    const text = this.reading.text;
    // (The line's start a few characters back: only a bullet may stand before the name.)
    const lineStart = lastIndexIn(text, 10, Math.max(at.headingEnd, span.start - UNIT_LINE_LEAD), span.start) + 1;
    if (lineStart === 0 || !/^[\s\-•*·–]*$/.test(text.slice(lineStart, span.start))) return false;
    const lineEnd = indexIn(text, 10, span.end, Math.min(text.length, span.end + UNIT_LINE_CHARS));
    const rest = text.slice(span.end, lineEnd < 0 ? Math.min(text.length, span.end + UNIT_LINE_CHARS) : lineEnd);
    if (lineEnd < 0 && span.end + UNIT_LINE_CHARS < text.length) return false;
    if (/[:.;,()]/.test(rest) || rest.trim().split(/\s+/).filter(Boolean).length > 2) return false;
    let leads = this.unitLeadIns.get(at.start);
    if (leads === undefined) this.unitLeadIns.set(at.start, (leads = this.leadsInUnits(at.heading)));
    return leads;
  }

  /**
   * Whether a lead-in ends with a noun of units, maybe before a few words that lead to their names:
   * "The teams:", "Our department includes:"; not "The tools our teams use:".
   */
  private leadsInUnits(heading: string): boolean {
    const vocab = this.reading.vocab;
    const words = scanTokens(heading);
    let unitEnd = -1;
    for (let k = 0; k < words.count; k++) if (vocab.roleGroupWords.has(words.keyHashOf(k))) unitEnd = k + 1;
    vocab.unitLabels.each(words, 0, words.count, (_tag, _first, last) => (unitEnd = Math.max(unitEnd, last)));
    if (unitEnd < 0) return false;
    if (unitEnd === words.count) return true;
    let leads = false;
    vocab.roleUnitLeads.each(words, unitEnd, words.count, (_tag, first, last) => (leads ||= first === unitEnd && last === words.count));
    return leads;
  }

  /**
   * Whether the mention names an office's title, right after its head ("report to the Head of ML",
   * "our VP of Data Science", "the Director, Data Engineering"), or is the second of two names
   * there ("the Director of Pricing and Data Science"): the office, not a skill asked.
   */
  officeTitled(span: TokenSpan): boolean {
    const { tokens } = this;
    const f = this.factsAt(span.start);
    let head = false;
    this.reading.vocab.roleHeads.each(tokens, Math.max(f.first, span.first - 4 - HEAD_CONJUNCT_WORDS), span.first, (_tag, _first, last) => {
      if (last === span.first || this.headConjunct(last, span.first)) head = true;
    });
    return head;
  }

  /**
   * Whether the mention at `at` is the second of two names joined by a list word, the first of which
   * starts at `from`, right after an office's title ("Director of Pricing and Data Science",
   * "Manager for Data Management & Automation"): the first a mention of a few words, with nothing
   * but words between.
   */
  private headConjunct(from: number, at: number): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    if (at - from < 2 || at - from > HEAD_CONJUNCT_WORDS + 1 || !this.startsSpan(from) || !vocab.coordinators.has(tokens.keyHashOf(at - 1))) return false;
    for (let k = from + 1; k <= at; k++) {
      if (!tokens.joined(k)) return false;
      if (k < at - 1 && vocab.roleStops.has(tokens.keyHashOf(k))) return false;
    }
    return true;
  }

  /**
   * The token right after an acronym in brackets that opens at token k ("... Analytics (DS&A) department"):
   * its index, or -1 where token k opens no such bracket, or anything but spaces follows it.
   */
  private pastAcronymBracket(k: number, last: number): number {
    const { tokens } = this;
    const text = tokens.text;
    const start = tokens.start[k]!;
    if (k === 0 || !/^\s*\($/.test(text.slice(tokens.end[k - 1]!, start))) return -1;
    const close = indexIn(text, 41, start, Math.min(text.length, start + UNIT_ACRONYM_CHARS));
    if (close < 0 || !/^[A-Z][A-Z&/.-]{1,8}$/.test(text.slice(start, close))) return -1;
    let j = k + 1;
    while (j < last && tokens.start[j]! < close) j++;
    return j < last && /^\s+$/.test(text.slice(close + 1, tokens.start[j]!)) ? j : -1;
  }

  /**
   * Whether the mention is one name of a list of groups of people, for a way of working, which is
   * otherwise never a role ("Agile team"): after a phrase of working with people ("collaborating with
   * Marketing, Sales, Project Management and QA"), after a plural role noun that opens the list
   * ("teams including Research, Clinical and Project Management"), or the last name before the role noun
   * of a list whose start says whose it is ("other members of the Data Engineering, Analytics and User
   * Research teams").
   */
  groupListed(span: TokenSpan): boolean {
    const f = this.factsAt(span.start);
    if (this.listRoleBefore(span, f.span.start) || this.departmentList(span, f.first, f.last)) return true;
    if (span.last >= f.last || !this.roleNounAt(span.last) || !this.tokens.key(span.last).endsWith('s') || this.itemGap(span.last) !== 0) return false;
    const start = this.listItemsBefore(span.first, f.first);
    if (start === span.first) return false;
    let others = false;
    this.reading.vocab.roleOthers.each(this.tokens, Math.max(f.first, start - 4), start, (_tag, _first, last) => {
      if (last >= start - 2) others = true;
    });
    return others;
  }

  /**
   * The role noun that closes a list of names the mention's list runs into, past one comma or more
   * ("QA, QC, Process Development and Program Management teams"): its token, or -1. Each item is
   * a few words, joined by commas and list words only.
   */
  private listRoleAfter(from: number, last: number): number {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    // (A comma right after the mention, read first: the last name before the role noun is read above.)
    if (from >= last || this.itemGap(from) !== 1) return -1;
    let commas = 0;
    let item = 0;
    for (let k = from; k < Math.min(last, from + LIST_ROLE_REACH); k++) {
      const gap = this.itemGap(k);
      if (gap === 1) {
        commas++;
        item = 0;
      } else if (gap < 0) return -1;
      // (A list word opens the last item: "..., Data Analytics and User Research teams".)
      else if (vocab.coordinators.has(tokens.keyHashOf(k))) item = 0;
      else if (++item > LIST_ITEM_WORDS) return -1;
      // (A plural that ends the list: "... teams to deliver", "... teams."; not "team meetings".)
      if (this.roleNounAt(k)) return commas > 0 && tokens.key(k).endsWith('s') && (k + 1 >= last || !tokens.joined(k + 1) || vocab.roleStops.has(tokens.keyHashOf(k + 1))) ? k : -1;
      const key = tokens.keyHashOf(k);
      if (vocab.roleStops.has(key) && !vocab.coordinators.has(key)) return -1;
    }
    return -1;
  }

  /**
   * Whether the mention stands in a list of names that a plural role noun opens, after a bracket, a
   * colon or a lead-in (roles.listLeads): "internal teams (Engineering, Product, Accounting, DataOps)",
   * "cross-functional teams (e.g. Research, Clinical, Regulatory, CMC)". Each name a few words.
   */
  private listRoleBefore(span: TokenSpan, floor: number): boolean {
    const flow = this.reading.flow;
    // The places a plural role noun opens a list ("teams (", "teams including"), found once per
    // sentence: most sentences have none, and every item of every list asks.
    let openers = this.roleOpeners.get(floor);
    if (!openers) this.roleOpeners.set(floor, (openers = this.findRoleOpeners(floor, this.factsAt(span.start).span.end)));
    let names = -1;
    for (const o of openers) if (o.start >= span.start - LIST_ROLE_CHARS && o.end <= span.start) names = o.end;
    if (names < 0) return false;
    // Only names between: commas and list words, no bracket, stop or colon, each a few words.
    const list = flow.slice(names, span.start);
    if (/[()\n.;:]/.test(list)) return false;
    for (const item of list.split(',')) if (item.trim().split(/\s+/).length > LIST_ITEM_WORDS + 1) return false;
    return true;
  }

  /**
   * Whether the mention stands in a list of names right after a phrase of working with people
   * (roles.teams.after), one item of which is a department's name (roles.teams.departments):
   * "Partnered with design, data science and sales", "Collaborated cross-functionally with data
   * science and marketing": each item a group of people, not a skill. After a looser phrase
   * (roles.teams.peopleAfter) that opens the sentence, a department's name written as a name, each
   * word capitalised, does as well: "Work with Product Management and DevOps to ...".
   */
  private departmentList(span: TokenSpan, floor: number, ceiling: number): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    // (Not a mention that is itself about people: "with engineering and product teams", "with stakeholders".)
    for (let k = span.first; k < span.last; k++) if (this.roleNounAt(k) || vocab.roleGroupWords.has(tokens.keyHashOf(k))) return false;
    const start = this.listItemsBefore(span.first, floor);
    // (An article may stand between: "working closely with the genomics group, CROs and bioinformatics".)
    const opens = start > floor && vocab.roleStops.has(tokens.keyHashOf(start - 1)) && !vocab.coordinators.has(tokens.keyHashOf(start - 1)) ? start - 1 : start;
    let after = false;
    vocab.teamsAfter.each(tokens, Math.max(floor, opens - 4), start, (_tag, _first, last) => {
      if (last === start || last === opens) after = true;
    });
    // ("work with" only before a list that names people: "in conjunction with Software Engineers, DBAs and QA".)
    let people = false;
    // (A "work with" that opens the sentence, an item of duties: "Work with Product Management and DevOps".)
    let opening = false;
    if (!after)
      vocab.teamsPeopleAfter.each(tokens, Math.max(floor, opens - 4), start, (_tag, first, last) => {
        if (last === start || last === opens) {
          people = true;
          if (first === floor) opening = true;
        }
      });
    if (!after && !people) return false;
    // The list's end: names joined by commas and list words, each a few words.
    let end = span.last;
    for (let item = 0; end < Math.min(ceiling, span.last + LIST_ROLE_REACH); end++) {
      const gap = this.itemGap(end);
      if (gap === 1) item = 0;
      else if (gap < 0 || ++item > LIST_ITEM_WORDS) break;
      const key = tokens.keyHashOf(end);
      if (vocab.roleStops.has(key) && !vocab.coordinators.has(key)) break;
    }
    // An item that is a department's name, whole: between the list's edges, commas and list words.
    const edge = (k: number) => k === start || k === end || this.itemGap(k) === 1 || vocab.coordinators.has(tokens.keyHashOf(k)) || vocab.coordinators.has(tokens.keyHashOf(k - 1));
    let department = false;
    // (After an opening "work with", a department's name only as a name is written, each word
    // capitalised: "Work with Data Science to ..." names the team, "Work with data science tools" does not.)
    const capitalised = (first: number, last: number) => {
      for (let k = first; k < last; k++) if (!isUpper(tokens.text.charCodeAt(tokens.start[k]!))) return false;
      return true;
    };
    if (after || opening)
      vocab.departments.each(tokens, start, end, (_tag, first, last) => {
        if (edge(first) && edge(last) && (after || capitalised(first, last))) department = true;
      });
    // (Or another item that ends in a plural role noun, a group of people: "Business Analysts", "project teams";
    // not the mention's own, "working with agile development teams and processes".)
    let own = span.last;
    while (own < end && !edge(own)) own++;
    for (let k = start; k < end && !department; k++) if ((k < span.first || k > own) && edge(k + 1) && this.roleNounAt(k) && tokens.key(k).endsWith('s') && !this.inSpan(k)) department = true;
    return department;
  }

  /** Whether the list item before token k ends in a plural role noun ("engineers, product managers, and |UX researchers"). */
  private rolesBefore(k: number, floor: number): boolean {
    const { tokens } = this;
    let t = k - 1;
    if (t >= floor && this.reading.vocab.coordinators.has(tokens.keyHashOf(t))) t--;
    return t >= floor && this.itemGap(t + 1) >= 0 && this.roleNounAt(t) && tokens.key(t).endsWith('s');
  }

  /** Whether a `roles.others` phrase or a role noun ("colleagues who are") ends among the few words before token k. */
  private othersBefore(k: number): boolean {
    const { tokens } = this;
    const from = Math.max(0, k - OTHERS_REACH);
    let found = false;
    this.reading.vocab.roleOthers.each(tokens, from, k, () => (found = true));
    for (let t = from; t < k && !found; t++) if (this.roleNounAt(t)) found = true;
    return found;
  }

  /** Per sentence start: where plural role nouns and other people's expertise open lists of names in it (see listRoleBefore). */
  private readonly roleOpeners = new Map<number, Span[]>();

  /** Where plural role nouns and other people's expertise open lists of names in flow[from, to). */
  private findRoleOpeners(from: number, to: number): Span[] {
    const flow = this.reading.flow;
    const sentence = flow.slice(from, to);
    const openers: Span[] = [];
    const re = this.reading.vocab.roleListOpener;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      // (The word's start is checked here, not before each position: see roleListOpener.)
      const at = from + m.index;
      if (at > 0 && /\p{L}/u.test(flow[at - 1]!)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      openers.push({ start: at, end: at + m[0].length });
    }
    // Other people's expertise, where the words before say whose ("work with experts in", "colleagues
    // who are experts in", "other specialists in"; not "applicants will serve as experts in").
    const experts = this.reading.vocab.roleExperts;
    experts.lastIndex = 0;
    for (let m = experts.exec(sentence); m !== null; m = experts.exec(sentence)) {
      const at = from + m.index;
      if (at > 0 && /\p{L}/u.test(flow[at - 1]!)) continue;
      if (this.othersBefore(this.tokens.indexAt(at))) openers.push({ start: at, end: at + m[0].length });
    }
    return openers;
  }

  /** Whether a mention starts at token k. */
  private startsSpan(k: number): boolean {
    const i = lowerBound(this.spans, (s) => s.first < k);
    return i < this.spans.length && this.spans[i]!.first === k;
  }

  /**
   * Whether words of the language of data or of a model follow the mention, past the languages listed
   * with it ("Spanish and French sentiment analysis", "Japanese text", "German translation"; vocab
   * languageData): the language is the data's, not one spoken.
   */
  languageOfData(span: TokenSpan): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    const f = this.factsAt(span.start);
    const text = tokens.text;
    for (let k = span.last; k < Math.min(f.last, span.last + LANGUAGE_DATA_REACH); k++) {
      let found = false;
      if (vocab.languageData.mayStartAt(tokens, k)) vocab.languageData.each(tokens, k, k + 1, () => (found = true));
      if (found) return true;
      // (Past the other languages of the list: capitalised words and list words, "and", "or".)
      if (!(isUpper(text.charCodeAt(tokens.start[k]!)) || vocab.coordinators.has(tokens.keyHashOf(k)))) return false;
    }
    return false;
  }

  /** Whether token k is a word of a mention (the spans are in text order and do not overlap). */
  private inSpan(k: number): boolean {
    const i = lowerBound(this.spans, (s) => s.first <= k);
    return i > 0 && this.spans[i - 1]!.last > k;
  }

  /**
   * Whether the role noun at token k is the person a resume's sentence opens with, who the clause
   * after it tells of ("Backend engineer who loves Go", "I am a data scientist who has built ..."):
   * one person, not a group ("a team that used Scala"), a few words from the sentence's start, with
   * no word before it that names other people ("Worked with an engineer who ...", "Our engineer ...").
   */
  private ownRoleAt(k: number, first: number): boolean {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    const key = tokens.key(k);
    if (this.reading.kind !== 'resume' || key.endsWith('s') || vocab.roleGroupWords.has(keyHash(`${key}s`)) || k - first > MAX_OWN_ROLE_WORDS) return false;
    if (vocab.othersSubjects.has(tokens.keyHashOf(first))) return false;
    let others = false;
    vocab.roleOthers.each(tokens, first, k, () => (others = true));
    return !others;
  }

  /** Whether a role noun of one word is token k ("teams", "engineers"). */
  private roleNounAt(k: number): boolean {
    const { tokens } = this;
    const nouns = this.reading.vocab.roleNouns;
    let hit = false;
    if (nouns.mayStartAt(tokens, k)) nouns.each(tokens, k, k + 1, () => (hit = true));
    return hit;
  }

  /** What stands before token k in a list of names: 0 blanks (or "&", "/", "-" inside a name), 1 one comma, -1 anything else. Read in place. */
  private itemGap(k: number): number {
    const { tokens } = this;
    const flow = this.reading.flow;
    let commas = 0;
    for (let p = tokens.end[k - 1]!, to = tokens.start[k]!; p < to; p++) {
      const c = flow.charCodeAt(p);
      if (c === 44) commas++;
      else if (!(c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 38 || c === 47 || c === 45)) return -1;
    }
    return commas > 1 ? -1 : commas;
  }

  /** The first token of the list of names that the mention at `first` stands in (back over commas and list words). */
  private listItemsBefore(first: number, floor: number): number {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    let start = first;
    let item = 0;
    for (let k = first - 1; k >= Math.max(floor, first - LIST_ROLE_REACH); k--) {
      const gap = this.itemGap(k + 1);
      if (gap === 1) item = 0;
      else if (gap < 0 || ++item > LIST_ITEM_WORDS) break;
      const key = tokens.keyHashOf(k);
      if (vocab.coordinators.has(key)) continue;
      if (vocab.roleStops.has(key) || vocab.roleOthers.mayStartAt(tokens, k)) break;
      start = k;
    }
    return start;
  }

  /**
   * Whether the mention's item opens with a phrase of `set`: its sentence, or in a text whose line
   * breaks were lost, the item run in before it ("... in a high-throughput environment Lead projects").
   */
  itemOpensWith(span: TokenSpan, set: { startsAt: (t: Tokens, i: number, to: number) => boolean }): boolean {
    const f = this.factsAt(span.start);
    const from = this.runOn ? this.runInItemStart(span.first, f.first) : f.first;
    return set.startsAt(this.tokens, from, Math.min(f.last, span.first));
  }

  /** Whether the mention's sentence (a list item) opens with a phrase of `set` ("Ability to thrive in ...", "Must be comfortable ..."). */
  opensWith(span: TokenSpan, set: { startsAt: (t: Tokens, i: number, to: number) => boolean }): boolean {
    const f = this.factsAt(span.start);
    return set.startsAt(this.tokens, f.first, Math.min(f.last, span.first));
  }

  /**
   * Whether the mention's sentence is the employer telling its own story: opening in its voice ("we",
   * "our"), with no word of the candidate ("you", "candidate"), no duty, no introduction of the job and no
   * requirement-like phrase ("Our microservices architecture in AWS ingests hundreds of terabytes",
   * "We focus on three core areas: Cyber, Entity, and Multi-Int Analytics").
   */
  employerStory(span: TokenSpan, opener = true): boolean {
    const f = this.factsAt(span.start);
    if (f.duty || f.intro || f.asking.length > 0) return false;
    const vocab = this.reading.vocab;
    // (A paragraph's first sentence that the employer's story follows, in its own words, no word of the
    // candidate's: "Recent advancements ... have made it possible for AI to impact clinical care.
    // Tempus' proprietary platform connects ...".)
    if (opener && this.opensStory(f)) return true;
    // (It opens in that voice: "Set up our database infrastructure" is a duty, "Our team works on ..." the story.)
    let voiced = false;
    vocab.employerVoice.each(this.tokens, f.first, Math.min(f.last, f.first + 1), () => (voiced = true));
    // (Or, in a text whose line breaks were lost, right after a short label run in before it: "A few
    // highlights: Our customers are building environmental monitoring applications".)
    const lead = voiced || !this.runOn ? -1 : this.afterShortLabel(f);
    if (lead >= 0) vocab.employerVoice.each(this.tokens, lead, lead + 1, () => (voiced = true));
    // (Or after a lead-in phrase that a preposition opens, a comma after it or not: "In our daily work we
    // are driven by ...", "Across our twelve offices, our engineers build ...", "Among our projects are ...".)
    let subject = f.first + 1;
    if (!voiced) {
      const k = this.voiceAfterStoryLead(f);
      if (k >= 0) {
        voiced = true;
        subject = k + 1;
      }
    }
    // (Or it opens with the employer's name: "Tempus' proprietary platform connects ...", also a name
    // written in lower case, "goTRG is a leader in ...", which namesEmployerAt passes over.)
    if (!voiced && this.employerFirst !== undefined && this.tokens.keyHashOf(f.first) === this.employerFirst) voiced = true;
    // (Not a word in capitals where the next is not: "US Citizen." names a country.)
    if (!voiced || (shoutedWord(this.tokens.raw(f.first)) && f.first + 1 < f.last && !shoutedWord(this.tokens.raw(f.first + 1)))) return false;
    // (Nor where its subject is the job's own people, as the title names them: "Our data scientists work with
    // stakeholders across the company" in a Data Scientist's posting tells the job's work.)
    if (this.jobPeopleIn(subject, Math.min(f.last, subject + ROLE_SUBJECT_WORDS))) return false;
    // (A word of the candidate's that the company says of itself too is no ask here: "We are a highly
    // motivated, collaborative team with an entrepreneurial spirit".)
    let candidate = false;
    vocab.candidate.each(this.tokens, f.first, f.last, (_tag, first, last) => {
      if (last - first > 1 || !vocab.companyTraits.has(this.tokens.keyHashOf(first))) candidate = true;
    });
    return !candidate;
  }

  /**
   * The first `employerVoice` word within STORY_LEAD_WORDS words after a `storyLeads` preposition that
   * opens the sentence ("In 12 hubs worldwide our engineers ...", "Within our lab, we ..."), or -1; none
   * past a stop, colon or bracket.
   */
  private voiceAfterStoryLead(f: SentenceFacts): number {
    const { tokens } = this;
    const vocab = this.reading.vocab;
    if (f.last <= f.first + 1 || !vocab.employerStoryLeads.has(tokens.keyHashOf(f.first))) return -1;
    const end = Math.min(f.last, f.first + 1 + STORY_LEAD_WORDS);
    for (let k = f.first + 1; k < end; k++) {
      if (/[.;:()]/.test(tokens.text.slice(tokens.end[k - 1]!, tokens.start[k]!))) return -1;
      if (vocab.employerVoice.startsAt(tokens, k, k + 1)) return k;
    }
    return -1;
  }

  /** Whether a token of [from, to) is a role noun of the job's title, or its plural ("scientists" of "Data Scientist"). */
  private jobPeopleIn(from: number, to: number): boolean {
    const role = this.reading.role;
    if (role.length === 0) return false;
    const words = this.reading.vocab.roleNounWords;
    for (let k = from; k < to; k++) {
      if (!words.has(this.tokens.keyHashOf(k))) continue;
      const key = this.tokens.key(k);
      if (role.some((r) => key.startsWith(r) && key.length - r.length <= 2)) return true;
    }
    return false;
  }

  /**
   * Whether the mention's sentence goes on with the story of a unit of the employer, or of a company
   * that says what it is, that the first sentence of its paragraph tells ("The Multiphysical Systems
   * Group at Acme conducts research in ... . Using languages such as Modelica, we ... prototype new
   * products", "The Vision Group develops ... detection; tracking; threat detection"): nothing asked, no
   * duty, no introduction of the job and no word of the candidate's, in it, in that first sentence or
   * in those between, within STORY_SENTENCES of it. Not in a text whose line breaks were lost (one
   * paragraph).
   */
  unitStory(span: TokenSpan): boolean {
    if (this.runOn) return false;
    const f = this.factsAt(span.start);
    if (f.duty || f.intro || f.asking.length > 0) return false;
    this.sentenceAt(span.start);
    const sentences = this.lineSentences;
    let at = -1;
    for (let k = 1; k <= Math.min(STORY_SENTENCES, sentences.length - 1) && at < 0; k++) if (sentences[k]!.start === f.span.start) at = k;
    if (at < 0) return false;
    const o = this.factsAt(sentences[0]!.start);
    if (!this.untold(o) || !this.unitOpens(o)) return false;
    // (And so do the sentences between, told of the unit too: not "We're looking for people who ...; and love learning".)
    for (let k = 1; k <= at; k++) if (!this.untold(this.factsAt(sentences[k]!.start), true)) return false;
    return true;
  }

  /**
   * Whether a sentence asks nothing, tells no duty, introduces no job and has no word of the candidate's;
   * with `told`, no role noun among its first words either ("Data Modelers design databases ...": the
   * job's own work).
   */
  private untold(f: SentenceFacts, told = false): boolean {
    if (f.duty || f.intro || f.asking.length > 0) return false;
    const vocab = this.reading.vocab;
    let found = false;
    vocab.candidate.each(this.tokens, f.first, f.last, () => (found = true));
    for (let k = f.first; told && !found && k < Math.min(f.last, f.first + STORY_SUBJECT_WORDS); k++) found = vocab.roleNounWords.has(this.tokens.keyHashOf(k));
    return !found;
  }

  /** Where the mention's sentence starts and ends (offsets into the text). */
  sentenceOf(span: TokenSpan): Span {
    return this.factsAt(span.start).span;
  }

  /**
   * Whether the mention's sentence names a team of the employer ("Our team builds the data platform",
   * "we're assembling a team of ..."): the team the job joins, whose work is the job's. Looked at
   * within TEAM_REACH tokens of the sentence's start.
   */
  namesTeam(span: TokenSpan): boolean {
    const f = this.factsAt(span.start);
    const teams = this.reading.vocab.employerTeams;
    const end = Math.min(f.last, f.first + TEAM_REACH);
    for (let k = f.first; k < end; k++) if (teams.has(this.tokens.keyHashOf(k))) return true;
    return false;
  }

  /** The token right after a colon within the sentence's first SHORT_LABEL_WORDS words ("A few highlights: Our ..."); else -1. */
  private afterShortLabel(f: SentenceFacts): number {
    const { tokens } = this;
    for (let k = f.first + 1; k < Math.min(f.last, f.first + SHORT_LABEL_WORDS + 1); k++) {
      const gap = tokens.text.slice(tokens.end[k - 1]!, tokens.start[k]!);
      if (/^:\s+$/.test(gap)) return k;
      if (!/^\s+$/.test(gap)) return -1;
    }
    return -1;
  }

  /**
   * Whether the mention tells of the employer, not of the candidate: its sentence is the employer's
   * story (unless `story` is false), or its clause after a semicolon opens in the employer's voice with
   * no word of the candidate's ("You don't need Spark; our data fits comfortably in Snowflake").
   */
  employerClause(span: TokenSpan, story = true): boolean {
    if (story && this.employerStory(span)) return true;
    const { tokens } = this;
    const vocab = this.reading.vocab;
    const flow = this.reading.flow;
    const f = this.factsAt(span.start);
    // (Within reach of the mention: a text without semicolons reads in linear time.)
    const semi = lastIndexIn(flow, 59, Math.max(f.span.start, span.start - CLAUSE_REACH), span.start);
    let first: number;
    if (semi >= 0) first = tokens.indexAt(semi + 1);
    else {
      // (Or a sentence a semicolon parts from the one before: "Experience with SQL; our data platform runs on Oracle".)
      let q = f.span.start - 1;
      while (q >= 0 && isWhiteSpace(flow.charCodeAt(q))) q--;
      if (q < 0 || flow.charCodeAt(q) !== 59) return false;
      first = f.first;
    }
    if (first >= span.first) return false;
    let voiced = false;
    vocab.employerVoice.each(tokens, first, first + 1, () => (voiced = true));
    if (!voiced) return false;
    const next = indexIn(flow, 59, span.end, Math.min(f.span.end, span.end + CLAUSE_REACH));
    const last = next < 0 ? Math.min(f.last, tokens.indexAt(Math.min(f.span.end, span.end + CLAUSE_REACH))) : tokens.indexAt(next);
    let candidate = false;
    vocab.candidate.each(tokens, first, last, () => (candidate = true));
    return !candidate;
  }

  /** Whether the sentence opens its paragraph, has no word of the candidate, and the next sentence of the paragraph is the employer's story. */
  private opensStory(f: SentenceFacts): boolean {
    const { tokens } = this;
    const text = this.reading.text;
    // (In a text whose line breaks were lost, a question that hooks the reader closes its paragraph:
    // "Passionate about precision medicine? Recent advancements ... made it possible for AI ...".)
    let p = f.span.start - 1;
    while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
    if (p >= 0 && text.charCodeAt(p) !== 10 && !(this.runOn && text.charCodeAt(p) === 63)) return false;
    const next = f.last < tokens.count ? f.last : -1;
    if (next < 0) return false;
    // (The next sentence in the same paragraph: on the same line, or, in prose hard-wrapped at a
    // width, the sentence itself running across a soft break, on the next line: "... have finally
    // made it" / "possible for AI to impact clinical care." / "Tempus' proprietary platform ...".)
    const gap = text.slice(f.span.end, tokens.start[next]!);
    if (gap.includes('\n') && !(/^[ \t]*\n[ \t]*$/.test(gap) && text.slice(f.span.start, f.span.end).includes('\n'))) return false;
    let candidate = false;
    this.reading.vocab.candidate.each(tokens, f.first, f.last, () => (candidate = true));
    if (candidate) return false;
    return this.employerStory({ first: next, last: next + 1, start: tokens.start[next]!, end: tokens.end[next]! }, false);
  }

  /** Whether a phrase of `set` stands within `before` tokens before or `after` tokens after the mention, in its sentence. */
  /**
   * Whether the word right after the mention, in its sentence, only blanks between, in lower case,
   * is one of `set` ("mentor you"; not a label's "Communication - You have ...").
   */
  wordAfterIn(span: TokenSpan, set: ReadonlySet<number>): boolean {
    const f = this.factsAt(span.start);
    const { tokens } = this;
    if (span.last >= f.last || !set.has(tokens.keyHashOf(span.last))) return false;
    const next = tokens.start[span.last]!;
    const c = tokens.text.charCodeAt(next);
    return /^[ \t]+$/.test(tokens.text.slice(tokens.end[span.last - 1]!, next)) && !(c >= 65 && c <= 90);
  }

  /**
   * Whether a mention is a company's name: a legal form right after it, capitalised, blanks or a
   * comma only between ("Snowflake Inc.", "Oracle Corp", "Databricks, Inc.").
   */
  namesCompany(span: TokenSpan): boolean {
    const { tokens } = this;
    // (Not a legal form that is itself a name of a skill: "MATLAB, SAS".)
    if (span.last >= tokens.count || !isUpper(tokens.text.charCodeAt(tokens.start[span.last]!)) || this.startsSpan(span.last)) return false;
    if (!/^,?[ \t]+$/.test(tokens.text.slice(tokens.end[span.last - 1]!, tokens.start[span.last]!))) return false;
    // (Of three letters or more: "Ag technologies", "Python SE" are no companies.)
    const form = tokens.key(span.last).replace(/\.+$/, '');
    return form.length >= 3 && this.reading.vocab.employerLegalForms.has(form);
  }

  /**
   * Whether a mention names what was built: a determiner right before it and a word for a thing
   * built right after, blanks only between ("a leadership dashboard", "the coaching app"); not a
   * modifier ("a customer-oriented service") nor a word without a determiner ("creative applications").
   */
  namesProduct(span: TokenSpan): boolean {
    const { vocab } = this.reading;
    if (!this.wordAfterIn(span, vocab.products)) return false;
    const { tokens } = this;
    const before = span.first - 1;
    if (before < this.factsAt(span.start).first || !vocab.productDeterminers.has(tokens.keyHashOf(before))) return false;
    if (!/^[ \t]+$/.test(tokens.text.slice(tokens.end[before]!, tokens.start[span.first]!))) return false;
    return !vocab.isModifier(tokens.text.slice(tokens.start[span.last - 1]!, tokens.end[span.last - 1]!).toLowerCase());
  }

  near(span: TokenSpan, set: { each: (t: Tokens, from: number, to: number, visit: () => void) => void }, before: number, after: number): boolean {
    const f = this.factsAt(span.start);
    let found = false;
    set.each(this.tokens, Math.max(f.first, span.first - before), span.first, () => (found = true));
    if (!found) set.each(this.tokens, span.last, Math.min(f.last, span.last + after), () => (found = true));
    return found;
  }

  /**
   * Whether the mention stands in a list that a phrase of `set` and its colon open, in its sentence
   * and up to LIST_UNDER_WORDS words back, only the list's items between ("experience in one of the
   * following industries: Aerospace & Defense, Automotive, Banking, ...").
   */
  listedUnder(span: TokenSpan, set: PhraseSet<true>): boolean {
    const { tokens } = this;
    const flow = this.reading.flow;
    const f = this.factsAt(span.start);
    let found = false;
    set.each(tokens, Math.max(f.first, span.first - LIST_UNDER_WORDS), span.first, (_tag, _first, last) => {
      const between = flow.slice(tokens.end[last - 1]!, span.start);
      if (/^\s*:/.test(between) && !/[.;()\n]/.test(between)) found = true;
    });
    return found;
  }

  /**
   * A level word right by the mention: after it, past brackets, a colon or a dash ("German (B2)",
   * "Python: advanced", "Spanish - conversational"), or right before it ("fluent English").
   */
  levelOf(span: TokenSpan, label?: string): 'beginner' | 'intermediate' | 'advanced' | 'expert' | null {
    const { tokens } = this;
    const words = this.reading.vocab.levelWords;
    const f = this.factsAt(span.start);
    let level: 'beginner' | 'intermediate' | 'advanced' | 'expert' | null = null;
    const text = tokens.text;
    // A rating right after it: "Python ★★★★☆", "SQL (4/5)".
    const rating = RATING.exec(text.slice(span.end, span.end + 24));
    if (rating) {
      const [, filled, empty, score, scale] = rating;
      // (Each glyph is one UTF-16 unit.)
      const full = filled?.length ?? 0;
      const drawn = full + (empty?.length ?? 0);
      const share = filled !== undefined ? full / drawn : Number(score) / Number(scale);
      // (Only a rating out of its scale: three glyphs at least, or a score no higher than its scale.)
      if (filled !== undefined ? drawn >= 3 : share <= 1) return ratingLevel(share);
    }
    // After: the first words past the mention, only brackets, colons, dashes, commas or spaces between.
    let plain = true;
    let comma = false;
    for (let p = span.end; p < (span.last < f.last ? tokens.start[span.last]! : span.end); p++) {
      const c = text.charCodeAt(p);
      if (c === 44) comma = true;
      // (A table's bar too: "| Vue.js | Expert |".)
      if (!(c === 32 || c === 40 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014 || c === 44 || c === 9 || c === 91 || c === 124)) plain = false;
    }
    // After a comma, a level word is the skill's only when it is a whole item ("English, fluent,");
    // one that starts the next item qualifies that one ("Docker, basic knowledge of Kubernetes").
    const wholeItem = (last: number) => last >= f.last || /[,;)\]\n]/.test(text.slice(tokens.end[last - 1]!, tokens.start[last]!));
    // (After a bar, only a whole cell: "| Vue.js | Expert |", not the label of a part after it, "SQL | Familiar: Go".)
    const bar = plain && span.last < f.last && text.slice(span.end, tokens.start[span.last]!).includes('|');
    const wholeCell = (last: number) => /^[ \t]*(?:\||\n|$)/.test(text.slice(tokens.end[last - 1]!, tokens.end[last - 1]! + 8));
    if (plain) words.each(tokens, span.last, Math.min(f.last, span.last + 4), (l, first, last) => {
      if (first === span.last && level === null && (!comma || wholeItem(last)) && (!bar || wholeCell(last))) level = l;
    });
    // Before: a level word right before it, blanks or a colon only between ("fluent English",
    // "Proficient: Python"; not "TensorFlow (advanced), OpenCV").
    // (The longest such phrase: "Sehr gute Kenntnisse: Java" is known well, not "gute Kenntnisse".)
    let longest = span.first;
    if (level === null) words.each(tokens, Math.max(f.first, span.first - 3), span.first, (l, first, last) => {
      if (last === span.first && first < longest && /^[ \t-]*:?[ \t]*$/.test(text.slice(tokens.end[last - 1]!, tokens.start[last]!))) {
        level = l;
        longest = first;
      }
    });
    // (Or its first words, where the form written opens with a level word and the skill's name does
    // not: "Advanced SQL" is SQL known well, "Advanced analytics" a field.)
    if (level === null && label !== undefined && span.last - span.first > 1 && !label.toLowerCase().startsWith(tokens.key(span.first))) words.each(tokens, span.first, span.last - 1, (l, first) => {
      if (first === span.first) level = l;
    });
    // A level word that labels a list of its line says it of every item ("Proficient: Python, SQL |
    // Familiar: Go", "Expert in Python, SQL and Spark"): the label opens the line's part (after a
    // line start, a pipe or a semicolon) the mention stands in, a colon or a binder word after it
    // (resume.levelBinders: in, with). Never past the sentence: "Expert in Python. Proficient in Go".
    if (level === null) {
      let from = span.start;
      while (from > 0 && !LIST_PART_END.has(text.charCodeAt(from - 1))) from--;
      if (f.first <= span.first) from = Math.max(from, tokens.start[f.first]!);
      const t0 = tokens.indexAt(from);
      if (t0 < span.first) {
        words.each(tokens, t0, Math.min(span.first, t0 + 4), (l, first, last) => {
          if (first !== t0 || last >= span.first || !/^[\s\-*•·]*$/.test(text.slice(from, tokens.start[t0]!))) return;
          const after = text.slice(tokens.end[last - 1]!, tokens.start[last]!);
          if (/^\s*:\s*$/.test(after) || (last + 1 <= span.first && this.reading.vocab.levelBinders.has(tokens.keyHashOf(last)))) level = l;
        });
      }
    }
    return level ?? this.partLevel(span);
  }

  /**
   * A level in a bracket that closes a part of a line parted by semicolons or bars, where no item of the part has a bracket of
   * its own, says it of the part's every item: "Python, Java (sehr gut); Scala, Docker (Grundkenntnisse)" knows Scala a little.
   * (One bracket that ends a line of no parts stays its item's: "Python, SQL, Docker (basic)" knows Docker a little.)
   */
  private partLevel(span: TokenSpan): 'beginner' | 'intermediate' | 'advanced' | 'expert' | null {
    const { tokens } = this;
    const text = tokens.text;
    const limit = Math.min(text.length, span.end + PART_LEVEL_REACH);
    let open = span.end;
    while (open < limit && !LIST_PART_END.has(text.charCodeAt(open)) && text.charCodeAt(open) !== 40 && text.charCodeAt(open) !== 41) open++;
    if (open >= limit || text.charCodeAt(open) !== 40) return null;
    const close = indexIn(text, 41, open + 1, Math.min(text.length, open + PART_LEVEL_BRACKET));
    if (close < 0) return null;
    let after = close + 1;
    while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
    if (after < text.length && !LIST_PART_END.has(text.charCodeAt(after))) return null;
    let start = span.start;
    const back = Math.max(0, span.start - PART_LEVEL_REACH);
    while (start > back && !LIST_PART_END.has(text.charCodeAt(start - 1))) start--;
    if (start === back && start > 0) return null;
    // (Parted: a semicolon or a bar on either side of the part; and no bracket of another item before it.)
    const parted = (c: number) => c === 59 || c === 124;
    if (!parted(text.charCodeAt(after)) && !(start > 0 && parted(text.charCodeAt(start - 1)))) return null;
    if (indexIn(text, 40, start, span.start) >= 0 || indexIn(text, 41, start, span.start) >= 0) return null;
    const t0 = tokens.indexAt(open + 1);
    let level: 'beginner' | 'intermediate' | 'advanced' | 'expert' | null = null;
    this.reading.vocab.levelWords.each(tokens, t0, Math.min(tokens.count, t0 + 4), (l, first, last) => {
      if (first === t0 && /^\s*$/.test(text.slice(tokens.end[last - 1]!, close))) level = l;
    });
    return level;
  }

  /** Whether the mention's section heading holds a phrase of `set` ("Industry:" over "Banking"). */
  headedBy(offset: number, set: PhraseSet<true>): boolean {
    const heading = this.sectionAt(offset).heading;
    return heading !== null && set.inText(heading).length > 0;
  }

  /**
   * Whether the offset stands in the value of an inline label that is wholly a phrase of the set, on
   * the label's line ("Department: Data Science"; not a line below it, nor "About the Department: ...").
   */
  labelValue(offset: number, set: PhraseSet<true>): boolean {
    const at = this.sectionAt(offset);
    const text = this.reading.text;
    // (The value is a few words to the line's end or a full stop: in a text without line breaks the section runs on past it.)
    if (at.heading === null || offset < at.headingEnd || offset - at.headingEnd > MAX_LABEL_VALUE) return false;
    const between = text.slice(at.headingEnd, offset);
    if (/[.!?;]\s/.test(between)) return false;
    // (Or, under a label alone on its line, the short line of the value right after it, blank lines
    // aside: "Category" / "Finance and Accounting"; not a sentence, "This position reports to ...".)
    if (between.includes('\n') && !(/^[ \t:]*\n[\s]*$/.test(between.slice(0, between.lastIndexOf('\n') + 1)) && this.shortLineAt(offset))) return false;
    const words = scanTokens(at.heading);
    return set.all(words).some((h) => h.first === 0 && h.last === words.count);
  }

  /** Whether the line that holds `offset` ends within MAX_LABEL_VALUE characters of its start, with no sentence's stop in it. */
  private shortLineAt(offset: number): boolean {
    const text = this.reading.text;
    const start = lastIndexIn(text, 10, Math.max(0, offset - MAX_LABEL_VALUE), offset) + 1;
    if (start === 0 && offset > MAX_LABEL_VALUE) return false;
    let end = indexIn(text, 10, offset, Math.min(text.length, start + MAX_LABEL_VALUE + 1));
    if (end < 0) {
      if (text.length > start + MAX_LABEL_VALUE) return false;
      end = text.length;
    }
    return !/[.!?;]\s/.test(text.slice(start, end));
  }

  /**
   * Whether the mention is (in) the value right after a label of `set` and its colon that starts no
   * section, as in a text whose line breaks were lost: "... can be demonstrated. _Directorate:_
   * _National Security_ _Job Category:_ ...", "Job ID: 310709 Directorate: Earth & Biological
   * Sciences". The value's words before the mention are capitalised, at most LABEL_VALUE_WORDS.
   */
  inlineLabelValue(span: TokenSpan, set: PhraseSet<true>): boolean {
    const { tokens } = this;
    const text = tokens.text;
    // (Read for every mention: a colon within the value's reach first, found by a bounded look back.)
    if (lastIndexIn(text, 58, Math.max(0, tokens.start[span.first]! - INLINE_LABEL_VALUE_CHARS), tokens.start[span.first]!) < 0) return false;
    let k = span.first;
    for (let n = 0; ; n++) {
      if (k === 0) return false;
      const gap = text.slice(tokens.end[k - 1]!, tokens.start[k]!);
      if (INLINE_LABEL_COLON.test(gap)) break;
      if (n >= LABEL_VALUE_WORDS || !/^[\s_*&]*$/.test(gap) || !(isUpper(text.charCodeAt(tokens.start[k - 1]!)) || tokens.keyHashOf(k - 1) === AMP_HASH)) return false;
      k--;
    }
    let hit = false;
    set.each(tokens, Math.max(0, k - MAX_INLINE_LABEL_WORDS), k, (_tag, _first, last) => (hit ||= last === k));
    return hit;
  }

  /**
   * Whether the mention spells (part of) the employer's name: all its words are the name's, and a
   * later word of a name of several stands with the rest of the name ("Lumen AI" names the
   * employer, "build AI agents" does not); the first word alone is the name's short form
   * ("Mathematica" for Mathematica Policy Research).
   */
  namesEmployer(span: TokenSpan): boolean {
    if (this.employer.size === 0) return false;
    // (A company word after the name is the name's: "Sauce Labs" for Sauce Labs, whose name is "sauce".)
    // (And a product named after the whole name is the employer's own: "Databricks SQL" for Databricks.)
    let words = 0;
    for (let k = span.first; k < span.last; k++) {
      if (this.employer.has(this.tokens.keyHashOf(k))) words++;
      else if (words === this.employer.size && k - span.first === words) return true;
      else if (words === 0 || !this.reading.vocab.companySuffixes.has(this.tokens.key(k))) return false;
    }
    if (this.employer.size === 1 || words === this.employer.size || this.tokens.keyHashOf(span.first) === this.employerFirst) return true;
    const nameWord = (k: number) => k >= 0 && k < this.tokens.count && this.employer.has(this.tokens.keyHashOf(k));
    const amp = (k: number) => k >= 0 && k < this.tokens.count && this.tokens.keyHashOf(k) === AMP_HASH;
    return nameWord(span.first - 1) || nameWord(span.last) || (amp(span.first - 1) && nameWord(span.first - 2)) || (amp(span.last) && nameWord(span.last + 1));
  }

  /** Whether a sentence is the employer's name alone, with one word of its product at most ("Driftwood Sync", "Acme Cloud"). */
  private onlyEmployerName(f: SentenceFacts): boolean {
    // (An item, a list's separator right after it: not a heading's remnant run into its paragraph, "About Acme Acme is ...".)
    const { text } = this.tokens;
    let after = this.tokens.end[f.last - 1]!;
    while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
    if (!ITEM_SEPARATORS.has(text[after] ?? '')) return false;
    let other = 0;
    for (let k = f.first; k < f.last; k++) {
      if (!/[\p{L}\p{N}]/u.test(this.tokens.raw(k))) continue;
      if (!this.namesEmployerAt(k) && ++other > 1) return false;
    }
    return true;
  }

  /** The token range of the sentence holding the mention. */
  sentenceTokens(offset: number): { first: number; last: number; span: Span } {
    const f = this.factsAt(offset);
    return { first: f.first, last: f.last, span: f.span };
  }
}

export type { SectionKind };

/** Signs that part the items of a list on one line ("Snowflake · dbt · Dagster"). */
const ITEM_SEPARATORS: ReadonlySet<string> = new Set(['·', '•', '|', ',', ';', '/']);

/** A dot after a one-letter word ("i.e.", "e.g."): an abbreviation's, not a sentence's end. */
function abbreviationDot(text: string, at: number): boolean {
  const isLetter = (i: number) => i >= 0 && /\p{L}/u.test(text[i]!);
  return isLetter(at - 1) && !isLetter(at - 2);
}

/** Whether the first letter after `at`, past spaces and closing brackets, is a capital: "etc. Experience with" starts a new item, "etc.) and R" does not. */
function capitalAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (isWhiteSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 41)) i++;
  return i < text.length && isUpper(text.charCodeAt(i));
}

/** The offsets where the text's blank lines start (a line of blanks only, after a line break), ascending. */
function blankLineStarts(text: string): number[] {
  const out: number[] = [];
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    let p = nl + 1;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 13 || text.charCodeAt(p) === 0xa0)) p++;
    if (p < text.length && text.charCodeAt(p) === 10) out.push(nl + 1);
  }
  return out;
}
