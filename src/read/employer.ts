/**
 * The employer of a posting. An export's field or a page names it; a pasted posting names it in
 * its own words, if anywhere: in its title line ("Data Scientist at Acme"), in a heading about it
 * ("About Acme"), or in the sentence that introduces the job ("Acme is seeking a data scientist",
 * "Acme, a subsidiary of Initech, is hiring"). Its name and products are no skills of its own
 * posting, and a sentence it opens speaks of the company.
 */

import { keyHash, scanTokens, type PhraseSet, type Tokens } from '../lexicon/index.js';
import { indexIn, isWhiteSpace } from '../white-space.js';
import { labelKind } from './headings.js';
import { alternation } from './patterns.js';
import type { Section } from './sections.js';
import type { Vocabulary } from './vocab.js';

/** The keys of a company's name that name it: "Acme Robotics, Inc." -> acme, robotics. */
export function employerKeys(company: string, vocab: Vocabulary): string[] {
  const tokens = scanTokens(company);
  const keys: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const k = tokens.key(i);
    if (/\p{L}/u.test(k) && !vocab.companySuffixes.has(k)) keys.push(k);
  }
  return keys;
}

/** The employer a posting's text names, when no field does; undefined when it names none clearly. */
export function employerNamed(text: string, sections: readonly Section[], title: string | null, vocab: Vocabulary, isSkillWord?: (word: string) => boolean): string | undefined {
  return (title !== null ? barEmployer(text, sections, title, vocab, isSkillWord) ?? titleEmployer(title, vocab) ?? atSignEmployer(text, sections, vocab) ?? dashEmployer(text, title, vocab) ?? leadEmployer(text, sections, vocab, isSkillWord) : undefined) ?? headingEmployer(text, sections, vocab) ?? introEmployer(text, vocab) ?? blurbEmployer(text, vocab) ?? ownedEmployer(text, vocab) ?? voicedEmployer(text, vocab) ?? teamEmployer(text, vocab) ?? equalOpportunityEmployer(text, vocab) ?? laterBlurbEmployer(text, vocab, isSkillWord);
}

/**
 * The name that opens a sentence of the company's description past the text's first sentences
 * ("... / Harbor Line Freight is one of the oldest carriers in ...", "Kestrel Labs strives to be ..."
 * after the requirements), when the text names it (its first word) at least twice more and its words
 * are not all skills' (not "Python is one of the languages we use").
 */
function laterBlurbEmployer(text: string, vocab: Vocabulary, isSkillWord?: (word: string) => boolean): string | undefined {
  const blurbs = vocab.file.employer?.blurbs ?? [];
  if (blurbs.length === 0 || text.length <= BLURB_HEAD || isSkillWord === undefined) return undefined;
  const name = subjectOf(text, text.length, blurbs, vocab.employerBlurbs, vocab);
  if (name === undefined || name.split(/\s+/).every((w) => isSkillWord(w.toLowerCase()))) return undefined;
  // (By its first word: "Harbor Line Freight is one of the oldest carriers ... At Harbor, our drivers ...".)
  const first = name.split(/\s+/, 1)[0]!;
  let count = 0;
  for (let at = text.indexOf(first); at >= 0 && count < LATER_BLURB_NAMED; at = text.indexOf(first, at + first.length)) count++;
  return count >= LATER_BLURB_NAMED ? name : undefined;
}

/** How many times in all a text names the employer whose description stands past its first sentences (see laterBlurbEmployer). */
const LATER_BLURB_NAMED = 3;

/**
 * The employer's name alone on the text's first line, right above the title line, as a job page
 * heads the title with its employer (Lever's "Kafka Media" / "Data Analyst" / "New York, NY /"),
 * when the text opens a sentence with it ("Kafka Media publishes ..."): capitalised words, no role,
 * place, terms, label or heading.
 */
function leadEmployer(text: string, sections: readonly Section[], vocab: Vocabulary, isSkillWord?: (word: string) => boolean): string | undefined {
  const title = sections.find((s) => s.kind === 'title');
  if (!title) return undefined;
  let start = 0;
  while (start < title.start && isWhiteSpace(text.charCodeAt(start))) start++;
  const nl = indexIn(text, 10, start, title.start);
  // (The first line only, and the title's line right after it, blanks between.)
  if (nl < 0 || /\S/.test(text.slice(nl, title.start))) return undefined;
  // (A job board's rating after the name is no part of it: "Nimbus Spark Analytics 4.1 ★".)
  const name = text.slice(start, nl).replace(/[*_]{1,2}/g, '').replace(/^#{1,6}\s+/, '').replace(/\s+\d\.\d\s*★$/u, '').trim();
  const words = name.split(/\s+/);
  if (!COMPANY_NAME.test(name) || words.length > HEADER_NAME_WORDS || /[\d,;]/.test(name) || name.endsWith('.')) return undefined;
  vocab.titleTerms.lastIndex = 0;
  if (vocab.titleTerms.test(name) || vocab.notTitle.inText(name).length > 0 || vocab.titleRoleWords.inText(name).length > 0 || vocab.titleChrome.inText(name).length > 0) return undefined;
  if (labelKind(name, vocab, vocab.headings) !== undefined || vocab.factLabels.has(name.toLowerCase())) return undefined;
  // (A unit of the employer, "Platform Engineering" (skill and unit words alone), or a team, "Data Platform Team", only when the text speaks of it as the employer.)
  const unit = unitWordsOnly(words, vocab) || teamNamed(words, vocab) || (isSkillWord !== undefined && words.every((w) => w === '&' || isSkillWord(w.toLowerCase()) || unitWordsOnly([w], vocab)));
  if (unit) return opensSentence(text, name, title.end) ? name : undefined;
  // (Or the job's place on the line right under the title, as Greenhouse and Ashby head a posting:
  // "Orbis Language AI" / "Machine Learning Engineer" / "London, England".)
  const after = /^[ \t]*\r?\n[ \t]*([^\n]*)/.exec(text.slice(title.end, title.end + 200))?.[1]?.trim() ?? '';
  // (The place first in a job board's line of facts: "San Jose, CA · 3 days ago · 41 applicants".)
  const place = after.split(HEADER_SEPARATOR, 1)[0]!.trim();
  return opensSentence(text, name, title.end) || PLACE_FIELD.test(place) || PLACE_LINE.test(place) ? name : undefined;
}

/** A city and its country or region in words, as a job page's place line writes it ("London, England", "Bristol, United Kingdom"). */
const PLACE_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** Whether a place line ends with a region after its city ("Nashville, Tennessee", "Leeds, England"). */
function regionPlace(place: string, vocab: Vocabulary): boolean {
  if (!PLACE_LINE.test(place)) return false;
  const region = place.slice(place.lastIndexOf(',') + 1).trim().toLowerCase();
  return vocab.employerRegions.has(region);
}

/** Whether a name ends with a team's noun ("Data Platform Team"): a unit of the employer, not its name. */
function teamNamed(words: readonly string[], vocab: Vocabulary): boolean {
  return vocab.employerTeams.has(keyHash(words[words.length - 1]!.toLowerCase()));
}

/**
 * The name a sentence in the employer's own voice opens with ("At Sumo Logic, we are building ...",
 * "At AstraZeneca we turn ideas into ..."): capitalised words after a locative (`employer.locatives`)
 * that opens a sentence, then a word of the employer's voice; not "At the same time, we", "At least
 * 5 years".
 */
function voicedEmployer(text: string, vocab: Vocabulary): string | undefined {
  const locatives = vocab.file.employer?.locatives ?? [];
  if (locatives.length === 0) return undefined;
  const voice = vocab.file.employerVoice ?? [];
  const gate = voicedGate(locatives, voice);
  gate.lastIndex = 0;
  for (let m = gate.exec(text); m !== null; m = gate.exec(text)) {
    // (The sentence's first words: at the text's start, after a line break or a stop.)
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index > 0 && !/(?:^|[\n.!?])\s*$/.test(before)) continue;
    const name = m[1]!.trim();
    const tokens = (scratch = scanTokens(name, scratch));
    if (tokens.count === 0 || vocab.headingFiller.has(tokens.keyHashOf(0)) || vocab.notTitle.inText(name).length > 0) continue;
    return name;
  }
  return undefined;
}

/**
 * The name after the team the job joins ("... to join the data team at Meridian Mutual", "be part of
 * the platform team at Harlow"): a word of joining (`employer.joins`), a determiner, up to three
 * words, a team noun (`employer.teams`), a locative, then capitalised words up to a stop, a comma
 * or a word in lower case; not "the team at large", "worked with the team at AWS" (no joining).
 */
function teamEmployer(text: string, vocab: Vocabulary): string | undefined {
  const e = vocab.file.employer;
  const joins = e?.joins ?? [];
  const teams = e?.teams ?? [];
  const locatives = e?.locatives ?? [];
  if (joins.length === 0 || teams.length === 0 || locatives.length === 0) return undefined;
  const head = text.length > INTRO_HEAD ? text.slice(0, INTRO_HEAD) : text;
  const gate = teamGate(joins, teams, locatives);
  gate.lastIndex = 0;
  for (let m = gate.exec(head); m !== null; m = gate.exec(head)) {
    // ("the Pharmacology group at Apellis Pharmaceutical’s new laboratory": the possessive is no part of the name.)
    const name = m[1]!.replace(/['’]s$/u, '').trim();
    const tokens = (scratch = scanTokens(name, scratch));
    if (tokens.count === 0 || vocab.headingFiller.has(tokens.keyHashOf(0)) || vocab.notTitle.inText(name).length > 0) continue;
    return name;
  }
  // (Or the name's possessive before the team: "Join Ledgerline's Data team", "Join Tempus' Data Science
  // team"; named again in the text, not "Join America's fastest-growing team".)
  const owned = ownerGate(joins, teams);
  owned.lastIndex = 0;
  for (let m = owned.exec(head); m !== null; m = owned.exec(head)) {
    const name = m[1]!;
    const tokens = (scratch = scanTokens(name, scratch));
    if (tokens.count === 0 || vocab.headingFiller.has(tokens.keyHashOf(0)) || vocab.notTitle.inText(name).length > 0) continue;
    if (namedAgain(text, name, m.index + m[0].length) || namedAgain(text.slice(0, m.index), name, 0)) return name;
  }
  return undefined;
}

const ownerGates = new WeakMap<readonly string[], RegExp>();
/** "join <Name>'s data team": a joining word, a name of capitalised words in the possessive, up to three words, a team noun. */
function ownerGate(joins: readonly string[], teams: readonly string[]): RegExp {
  let gate = ownerGates.get(joins);
  if (!gate) {
    gate = new RegExp(
      `\\b(?:${sentenceCased(joins)})\\s+([\\p{Lu}\\d][^\\s,.;:!?()'’]*(?:[ \\t]+(?:&|[\\p{Lu}\\d][^\\s,.;:!?()'’]*)){0,3})(?:['’]s|(?<=s)['’])\\s+(?:[\\p{L}\\p{N}&/-]+\\s+){0,3}?(?:${alternation(teams)})\\b`,
      'gu',
    );
    ownerGates.set(joins, gate);
  }
  return gate;
}

const teamGates = new WeakMap<readonly string[], RegExp>();
/** "join the data team at <Name>": a joining word, a determiner, up to three words, a team noun, a locative, a name of capitalised words. */
function teamGate(joins: readonly string[], teams: readonly string[], locatives: readonly string[]): RegExp {
  let gate = teamGates.get(joins);
  if (!gate) {
    gate = new RegExp(
      `\\b(?:${sentenceCased(joins)})\\s+(?:the|our|a)\\s+(?:[\\p{L}\\p{N}&/-]+\\s+){0,3}?(?:${alternation(teams)})\\s+(?:${alternation(locatives)})\\s+([\\p{Lu}\\d][^\\s,.;:!?()]*(?:[ \\t]+(?:&|[\\p{Lu}\\d][^\\s,.;:!?()]*)){0,3})(?=[\\s,.;:!?)]|$)`,
      'gu',
    );
    teamGates.set(joins, gate);
  }
  return gate;
}

/** Phrases as alternatives as a sentence opens with them: the first letter in either case ("at", "At"). */
const sentenceCased = (phrases: readonly string[]): string =>
  alternation(phrases)
    .split('|')
    .map((p) => (/^\p{L}/u.test(p) ? `[${p[0]!.toUpperCase()}${p[0]!.toLowerCase()}]${p.slice(1)}` : p))
    .join('|');

const voicedGates = new WeakMap<readonly string[], RegExp>();
/** "At <Name>[,] we": a locative, a name of capitalised words, a word of the employer's voice. */
function voicedGate(locatives: readonly string[], voice: readonly string[]): RegExp {
  let gate = voicedGates.get(locatives);
  if (!gate) {
    gate = new RegExp(`(?:${sentenceCased(locatives)})\\s+([\\p{Lu}\\d][^\\s,.;:!?]*(?:[ \\t]+(?:&|[\\p{Lu}\\d][^\\s,.;:!?]*)){0,3}),?\\s+(?:${alternation(voice)})\\b`, 'gu');
    voicedGates.set(locatives, gate);
  }
  return gate;
}

/** Words that each start with a capital or a digit, "&" between them: "Lumen AI", "Dodge Data & Analytics", "1010data". */
const COMPANY_NAME = /^[\p{Lu}\d][^\s?!:]*(?:\s+(?:&|[\p{Lu}\d][^\s?!:]*))*$/u;

/**
 * The employer a title line names after a marker word ("Founding Engineer at Lumen AI (YC W24)" ->
 * "Lumen AI", "Data Engineer (m/w/d) bei Acme Logistik"): the capitalised words after it, brackets
 * left out, up to a dash, a bar or a comma.
 */
function titleEmployer(title: string, vocab: Vocabulary): string | undefined {
  const cut = title.replace(/\s*\([^)]*\)/g, '').split(/\s*(?:[([|,·•]|\s[-–—]\s)/, 1)[0]!;
  return nameAfter(cut, vocab.employerTitleMarkers, false, vocab.headingFiller);
}

/**
 * The employer as the title line's last part after a dash ("# Analytics Engineer — Driftwood"),
 * when the text opens a sentence with it ("Driftwood makes ..."): capitalised words, no role,
 * place or terms.
 */
function dashEmployer(text: string, title: string, vocab: Vocabulary): string | undefined {
  const m = /\s[—–-]\s+([^—–|]+)$/u.exec(title);
  if (!m || m.index === 0) return undefined;
  const name = m[1]!.replace(/[*_]{1,2}/g, '').trim();
  if (!COMPANY_NAME.test(name) || name.split(/\s+/).length > HEADER_NAME_WORDS || /[\d,]/.test(name)) return undefined;
  vocab.titleTerms.lastIndex = 0;
  if (vocab.titleTerms.test(name) || vocab.titleRoleWords.inText(name).length > 0 || vocab.notTitle.inText(name).length > 0) return undefined;
  const line = text.indexOf(title);
  return opensSentence(text, name, line < 0 ? 0 : line + title.length) ? name : undefined;
}

/**
 * The employer after an at sign in the title line ("🚀 Founding Mobile Engineer @ Pebblepath"): its
 * capitalised words, up to a bracket, a dash, a bar or a comma.
 */
function atSignEmployer(text: string, sections: readonly Section[], vocab: Vocabulary): string | undefined {
  const line = sections.find((s) => s.kind === 'title');
  if (!line) return undefined;
  const title = text.slice(line.start, line.end);
  const at = title.lastIndexOf(' @ ');
  if (at < 0) return undefined;
  const name = title.slice(at + 3).split(/\s*(?:[([|,·•]|\s[-–—]\s)/, 1)[0]!.replace(/[^\p{L}\p{N}.&]+$/u, '').trim();
  const words = name.split(/\s+/);
  return COMPANY_NAME.test(name) && words.length <= HEADER_NAME_WORDS && vocab.titleRoleWords.inText(name).length === 0 ? name : undefined;
}

/** Fields of a title line as a "Who's hiring" post writes them: a bar, a bullet or a middle dot between spaces. */
const BAR_FIELDS = /\s+[|•·]\s+/;
/** The longest such line. */
const MAX_BAR_LINE = 300;

/**
 * The employer first in a title line of fields, right before the field that names the role, as a
 * "Who's hiring" post writes it ("Kestrel Robotics | Senior ML Engineer | Berlin or REMOTE (EU) |
 * Full-time", "Ledgerly (YC W22) | Backend Engineer (Go) | NYC, ONSITE"): a name of capitalised words,
 * its brackets left out, no place or terms word nor a role; and only where a field after the title
 * tells a place, terms or pay (a line of tags, "Python | Data Engineer | SQL", names no employer), and
 * not a name of skills ("Data Science | Senior ML Engineer | Remote": the team's).
 */
function barEmployer(text: string, sections: readonly Section[], title: string, vocab: Vocabulary, isSkillWord?: (word: string) => boolean): string | undefined {
  // (The title line, or the text's first line, which a title read from its fields may not head as one.)
  const line = sections.find((s) => s.kind === 'title');
  let start = 0;
  while (start < text.length && isWhiteSpace(text.charCodeAt(start))) start++;
  const nl = line ? line.end : indexIn(text, 10, start, start + MAX_BAR_LINE + 1);
  const end = nl < 0 ? Math.min(text.length, start + MAX_BAR_LINE + 1) : nl;
  if (line ? line.end - line.start > MAX_BAR_LINE : end - start > MAX_BAR_LINE) return undefined;
  const fields = text.slice(line ? line.start : start, end).split(BAR_FIELDS);
  if (fields.length < 3 || !fields[1]!.includes(title)) return undefined;
  const tells = (p: string) => {
    vocab.titleTerms.lastIndex = 0;
    vocab.titleFieldWords.lastIndex = 0;
    return /\d|,\s*\p{Lu}{2}\b/u.test(p) || vocab.titleTerms.test(p) || vocab.titleFieldWords.test(p);
  };
  if (!fields.slice(2).some(tells)) return undefined;
  const name = fields[0]!
    .replace(/^#{1,6}\s+/, '')
    .replace(/[*_]{1,2}/g, '')
    .replace(/\s*[([][^()[\]]*[)\]]/g, '')
    .trim();
  const words = name.split(/\s+/);
  vocab.titleTerms.lastIndex = 0;
  vocab.titleFieldWords.lastIndex = 0;
  if (!COMPANY_NAME.test(name) || words.length > HEADER_NAME_WORDS || /\d/.test(name) || vocab.titleTerms.test(name) || vocab.titleFieldWords.test(name)) return undefined;
  if (vocab.notTitle.inText(name).length > 0 || vocab.titleRoleWords.inText(name).length > 0 || vocab.titleChrome.inText(name).length > 0) return undefined;
  if (labelKind(name, vocab, vocab.headings) !== undefined || unitWordsOnly(words, vocab)) return undefined;
  return isSkillWord && words.every((w) => w === '&' || isSkillWord(w.toLowerCase())) ? undefined : name;
}

/** How many lines after the title line a job board's line of its facts may stand. */
const HEADER_LINES = 2;
/** The most words of an employer's name first in such a line. */
const HEADER_NAME_WORDS = 5;

/**
 * Where the legal form that ends a company's name begins ("Rheinland Pharma Logistik GmbH & Co. KG"
 * -> 3, the words of the name before it); -1 when the name ends with none.
 */
export function legalFormAt(words: readonly string[], vocab: Vocabulary): number {
  const legal = (w: string) => vocab.employerLegalForms.has(w.toLowerCase().replace(/[.,]+$/, ''));
  let i = words.length;
  if (i === 0 || !legal(words[i - 1]!)) return -1;
  while (i > 0 && (legal(words[i - 1]!) || words[i - 1] === '&' || /^co\.?$/i.test(words[i - 1]!))) i--;
  return i;
}

/**
 * The employer first in the line of facts a job board writes under the title, its fields parted by
 * dots or bars ("Snowflake · San Mateo, CA (Hybrid) · Reposted 2 weeks ago", "**Brightpath** ·
 * Remote (US/Canada) · $210k"): a name of capitalised words with a legal form ("Nordlicht Logistik
 * GmbH · Hamburg · Vollzeit", "Donau Telekom GmbH · Linz"), or one the text names again; never a
 * place or terms word ("Remote · Full-time") nor a role; and, for a name without a legal form, only
 * where another field tells a place, terms, pay or a date (a line of tags, "Python · Django · AWS",
 * names no employer). A line of terms alone ("Hybrid · Frankfurt am Main · Festanstellung") leaves
 * the line after it to name the employer.
 */
export function headerEmployer(text: string, sections: readonly Section[], vocab: Vocabulary): string | undefined {
  const title = sections.find((s) => s.kind === 'title');
  if (!title) return undefined;
  // (titleTerms is a global pattern, made for replace: each test starts at the beginning.)
  const termsIn = (s: string) => {
    vocab.titleTerms.lastIndex = 0;
    return vocab.titleTerms.test(s);
  };
  // (A line of the job's terms alone, its words parted by slashes or bars: "Remote (US) / Full-time / Engineering".)
  const fieldsIn = (s: string) => {
    vocab.titleFieldWords.lastIndex = 0;
    return vocab.titleFieldWords.test(s) && /[/|]/.test(s);
  };
  let pos = title.end;
  for (let n = 0; n < HEADER_LINES && pos < text.length; n++) {
    while (pos < text.length && isWhiteSpace(text.charCodeAt(pos))) pos++;
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    const parts = line.split(HEADER_SEPARATOR);
    if (parts.length >= 2) {
      const name = parts[0]!.replace(/[*_]{1,2}/g, '').trim();
      const words = name.split(/\s+/);
      // (A line of the job's terms, its first field a word of them: the employer may stand on the next line.)
      if (n === 0 && nl >= 0 && fieldWordsOnly(name, vocab)) {
        pos = nl + 1;
        continue;
      }
      // (A place first in the line, "San Jose, CA · 3 days ago": the employer, if any, stands above the title.)
      if (PLACE_FIELD.test(name)) return undefined;
      const legalAt = legalFormAt(words, vocab);
      // (The other fields tell a place, terms, pay or a date: not a line of tags, "Python · Django · AWS".)
      // (Or the name opens a sentence of the text about itself: "Lindqvist Biologics - Copenhagen, Denmark" / ... "Lindqvist Biologics manufactures ...".)
      if (legalAt <= 0 && !parts.slice(1).some((p) => /\d|,\s*\p{Lu}{2}\b/u.test(p) || termsIn(p) || regionPlace(p.trim(), vocab)) && !opensSentence(text, name, pos + line.length)) return undefined;
      if (!COMPANY_NAME.test(name) || (legalAt > 0 ? legalAt : words.length) > HEADER_NAME_WORDS || /\d/.test(name)) return undefined;
      if (termsIn(name) || vocab.notTitle.inText(name).length > 0 || vocab.titleRoleWords.inText(name).length > 0) return undefined;
      // (A job board's own field after it, "Reposted 2 days ago", "Over 100 applicants": the board's line
      // of facts, its first field the employer, named again or not.)
      const board = parts.slice(1).some((p) => vocab.employerBoardFacts.test(p));
      // (Or the name and its place alone, right under the title, a dash between, as a pasted posting
      // heads itself: "Spark Analytics - Austin, TX 78701", "Elastic - Remote, US"; not one of the
      // employer's sites, "Birmingham Office - Alabaster, AL", nor a department, "Engineering - Austin, TX".)
      const placed =
        n === 0 &&
        // (Not under a title read from a label's field, "Role - Data Scientist" / "Loccation - NYC, NY": a block of fields.)
        !labelledLine(text.slice(title.start, title.end), vocab) &&
        parts.length === 2 &&
        /[-–—]/.test(HEADER_SEPARATOR.exec(line)![0]) &&
        (PLACE_FIELD.test(parts[1]!.trim()) || regionPlace(parts[1]!.trim(), vocab)) &&
        !vocab.employerSites.has(keyHash(words[words.length - 1]!.toLowerCase())) &&
        !unitWordsOnly(words, vocab);
      // (Or the name written in bold, as a Markdown posting heads itself: "**Brightloom** · Berlin, Germany
      // (Hybrid)"; not a team or a unit, "**Data Platform team** · Remote".)
      const last = keyHash(words[words.length - 1]!.toLowerCase());
      const bold =
        n === 0 &&
        /^\s*(\*\*|__)[^*_]+\1\s*$/.test(parts[0]!) &&
        !vocab.employerUnits.has(last) &&
        !vocab.employerSites.has(last) &&
        !teamNamed(words, vocab) &&
        !unitWordsOnly(words, vocab);
      return legalAt > 0 || board || placed || bold || namedAgain(text, name, pos + line.length) || firstWordNamed(text, words, pos + line.length) ? name : undefined;
    }
    // The name alone on the line right under the title, after a marker word ("at Quillmark"), with
    // the job's place, pay or terms on the line after it ("Tillbrook Payments" / "Austin, TX",
    // "Quillmate" / "Remote (US) / Full-time"), or opening a sentence of the text about itself
    // ("Sprout & Sparrow" / ... "Sprout & Sparrow makes scheduling software"); or first in a line
    // of its place after a comma ("Oakridge Pay, Toronto, ON (Hybrid)"), so named again; or a name
    // with its legal form, alone or before its place ("Alpenmilch Vertriebs GmbH" / "Dienstort: Wien",
    // "Paymint AG, Zug"), there or under a line of the job's terms.
    const legalLine = legalFormAt(line.split(',', 1)[0]!.trim().split(/\s+/), vocab) > 0;
    if (n === 0 || legalLine) {
      const marker = (vocab.file.employer?.titleMarkers ?? []).find((w) => line.toLowerCase().startsWith(`${w} `));
      let name = (marker ? line.slice(marker.length) : line).replace(/[*_]{1,2}/g, '').trim();
      const next = nl < 0 ? '' : (text.slice(nl + 1).match(/^\s*([^\n]*)/)?.[1] ?? '');
      // (Not a label of the job's facts, its value on the next line: "Category" / "Finance and Accounting".)
      const label = vocab.unitLabels.inText(name).length > 0 || vocab.factLabels.has(name.toLowerCase());
      let facts = legalLine || /\d|,\s*\p{Lu}{2}\b/u.test(next) || HEADER_SEPARATOR.test(next) || fieldsIn(next) || (!label && opensSentence(text, name, pos + line.length));
      // (The job's place or terms in a bracket after the name: "Tamsin Health Analytics (Remote, UK)".)
      const bracket = marker || facts ? null : /^([^()]+?)\s*\(([^()]*)\)$/.exec(name);
      if (bracket && (termsIn(bracket[2]!) || /\d|,\s*\p{Lu}{2}\b/u.test(bracket[2]!))) {
        name = bracket[1]!;
        facts = true;
      }
      const comma = marker ? -1 : name.indexOf(',');
      if (comma > 0 && legalLine) name = name.slice(0, comma).trim();
      else if (comma > 0) {
        const place = name.slice(comma + 1);
        // (A place of its own after the comma, or a capitalised one, when the name opens a sentence of the
        // text about itself: "RadiantAI, San Francisco" / ... "RadiantAI builds ..."; never a state's code
        // alone, whose name is a city: "Austin, TX".)
        if ((/,\s*\p{Lu}{2}\b/u.test(place) || (/^\s*\p{Lu}/u.test(place) && !/^\s*\p{Lu}{2}\s*$/u.test(place))) && opensSentence(text, name.slice(0, comma), pos + line.length)) {
          name = name.slice(0, comma);
          facts = true;
        } else if (facts && n === 0 && /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*$/u.test(place) && !/^\s*\p{Lu}{2}\s*$/u.test(place)) {
          // (Or a city alone after it, the job's pay or terms on the next line, as Indeed heads a posting:
          // "Pixelmoor, Bristol" / "£55,000 a year"; not a city and its region, "Bristol, England".)
          const region = (s: string) => vocab.employerRegions.has(s.trim().toLowerCase());
          if (!region(place) && !region(name.slice(0, comma))) name = name.slice(0, comma);
        }
      }
      // (Not a heading's line: "About Helm Logistics".)
      const heading = sections.some((s) => s.start === pos && s.kind !== 'summary');
      const words = name.split(/\s+/);
      const legalAt = legalFormAt(words, vocab);
      if (
        (marker || facts) &&
        !heading &&
        COMPANY_NAME.test(name) &&
        // (No comma or stop in it, but for a legal form's: "Acme Inc.".)
        !/[,;]/.test(name) &&
        (!name.endsWith('.') || legalAt >= 0) &&
        (legalAt > 0 ? legalAt : words.length) <= HEADER_NAME_WORDS &&
        !/\d/.test(name) &&
        !termsIn(name) &&
        vocab.notTitle.inText(name).length === 0 &&
        vocab.titleRoleWords.inText(name).length === 0 &&
        vocab.titleChrome.inText(name).length === 0 &&
        // (Nor a field's label or a heading, its value or text below it: "Job Code" / "3938", "Job Introduction".)
        labelKind(name, vocab, vocab.headings) === undefined &&
        !vocab.factLabels.has(name.toLowerCase()) &&
        !unitWordsOnly(words, vocab) &&
        !unitLabelled(name, vocab) &&
        // (Nor a team of the employer, "Data Platform Team" / "Remote · Full-time", unless it speaks of itself.)
        (!teamNamed(words, vocab) || opensSentence(text, name, pos + line.length))
      ) {
        return name;
      }
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return undefined;
}

/**
 * Whether a line is a unit's label and its value without a colon, as a careers page heads a posting
 * ("Directorate Space Systems" / "Location Dayton, OH"): a `unitLabels` phrase first,
 * a capitalised word right after it.
 */
function unitLabelled(name: string, vocab: Vocabulary): boolean {
  const tokens = (scratch = scanTokens(name, scratch));
  let after = -1;
  vocab.unitLabels.each(tokens, 0, tokens.count, (_tag, first, last) => {
    if (first === 0) after = last;
  });
  return after > 0 && after < tokens.count && /^\p{Lu}/u.test(name.slice(tokens.start[after]!));
}

/** Whether a field holds the job's terms alone ("Hybrid", "Remote", "Vollzeit"): no name of an employer. */
function fieldWordsOnly(field: string, vocab: Vocabulary): boolean {
  // (titleTerms is a global pattern: replace starts at the beginning.)
  return /\p{L}/u.test(field) && !/\p{L}/u.test(field.replace(vocab.titleTerms, ''));
}

/** How many of a name's places in the text are tried for one that opens a sentence. */
const OPENING_TRIES = 8;

/**
 * Whether the text after `from` opens a sentence or a line with `name`, a verb in lower case right
 * after it ("Sprout & Sparrow makes scheduling software", "Quillmate is building ..."): the
 * company speaking of itself, not a word that happens to be capitalised.
 */
function opensSentence(text: string, name: string, from: number): boolean {
  if (name === '' || !COMPANY_NAME.test(name)) return false;
  let at = text.indexOf(name, from);
  for (let n = 0; at >= 0 && n < OPENING_TRIES; n++, at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - 3), at);
    if (!/(?:^|\n|[.!?]\s+|\n[#*\s]*)$/.test(before) && at > 0) continue;
    if (/^\s+\p{Ll}+\b/u.test(text.slice(at + name.length, at + name.length + 40))) return true;
  }
  return false;
}

/**
 * Whether the text speaks of the employer by the first word of its name, as a company's own text
 * does ("Tidewell Networks | Seattle, WA" / ... "Tidewell builds a programmable edge proxy",
 * "Fernhill's AppSec team"): that word opening a sentence with a verb after it, or with a
 * possessive; a word of its own, never written in lower case in the text (not "Data", "Global").
 */
function firstWordNamed(text: string, words: readonly string[], from: number): boolean {
  if (words.length < 2) return false;
  const first = words[0]!;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(first)) return false;
  const lower = first.toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + lower.length] ?? ' ')) return false;
  }
  if (opensSentence(text, first, from)) return true;
  for (let at = text.indexOf(first, from), n = 0; at >= 0 && n < OPENING_TRIES; at = text.indexOf(first, at + 1), n++) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && /^['’]s\b/u.test(text.slice(at + first.length, at + first.length + 3))) return true;
  }
  return false;
}

/** Whether every word is a department's or a heading's filler word ("Engineering"): a unit of the employer, not its name. */
function unitWordsOnly(words: readonly string[], vocab: Vocabulary): boolean {
  return words.every((w) => vocab.departments.inText(w).length > 0 || vocab.headingFiller.has(keyHash(w.toLowerCase())));
}

/** Whether a line opens with a label of the posting's facts before a dash ("Role - Data Scientist", "Position – Full-time"). */
function labelledLine(line: string, vocab: Vocabulary): boolean {
  const m = /^\s*([^-–—:]{1,30}?)\s+[-–—]\s/u.exec(line);
  return m !== null && (vocab.titleLabels.test(m[1]!) || vocab.factLabels.has(m[1]!.toLowerCase()));
}

/** A place as a field of a header line: a city and its state or country code, a postcode, a bracket of terms ("Austin, TX 78701", "Remote, US", "New York, NY (Hybrid)"). */
const PLACE_FIELD = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s*\p{Lu}{2}(?:\s+\d{5}(?:-\d{4})?)?(?:\s*\([^()]{1,40}\))?$/u;

/** Fields of a job board's header line: a middle dot, a bullet, a bar or a dash between spaces ("Acme Health - Boston, MA (Hybrid)"). */
const HEADER_SEPARATOR = /\s+[·•|\-–—]\s+/;

/** Whether the text names `name` again after `from`, as a word of its own, as written. */
function namedAgain(text: string, name: string, from: number): boolean {
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * The employer a heading about the company names ("About Lumen AI"), when the text names it again
 * outside the heading (as the paragraph under it does: "Lumen AI is ...").
 */
function headingEmployer(text: string, sections: readonly Section[], vocab: Vocabulary): string | undefined {
  let lower: string | undefined;
  for (const s of sections) {
    if (s.heading === null || NOT_NAMING.has(s.kind)) continue;
    const name = nameAfter(s.heading, vocab.employerHeadings, true, vocab.headingFiller);
    if (name === undefined) continue;
    lower ??= text.toLowerCase();
    const needle = name.toLowerCase();
    const at = lower.indexOf(needle);
    if (at >= 0 && (at < s.start || at >= s.headingEnd || lower.indexOf(needle, s.headingEnd) >= 0)) return name;
  }
  return undefined;
}

/** Sections a heading naming the employer never opens (ABOUT THE ROLE is no company). */
const NOT_NAMING: ReadonlySet<string> = new Set(['requirements', 'preferred', 'responsibilities', 'title']);

/**
 * The name after a leading phrase of `phrases` in a heading ("About Lumen AI" -> "Lumen AI",
 * "ABOUT WESTERN DIGITAL"), when every word of it starts with a capital or a digit: not "About the
 * team", "About our culture", "About Engineering at Acme", "About Fort Worth?".
 */
function nameAfter(label: string, phrases: PhraseSet<true>, leading: boolean, filler: ReadonlySet<number>): string | undefined {
  const tokens = (scratch = scanTokens(label, scratch));
  let lead = 0;
  phrases.each(tokens, 0, tokens.count, (_tag, first, last) => {
    if ((!leading || first === 0) && last > lead) lead = last;
  });
  if (lead === 0 || lead >= tokens.count) return undefined;
  // (Not "ABOUT OUR ORGANIZATION", "About The Team".)
  if (filler.has(tokens.keyHashOf(lead))) return undefined;
  const name = label.slice(tokens.start[lead]).trim();
  return COMPANY_NAME.test(name) ? name : undefined;
}

/** How far into a text the job's introduction is looked for. */
const INTRO_HEAD = 1500;
/** Where the sentence holding head[at] starts: after a line break, or a stop, blanks and a capital (a digit, a quote, a bracket) before `at`. */
function sentenceStart(head: string, at: number): number {
  for (let p = at - 1; p >= 0; p--) {
    const c = head.charCodeAt(p);
    if (c === 10) return p + 1;
    if ((c === 46 || c === 33 || c === 63) && p + 1 < at && /\s/.test(head[p + 1]!)) {
      let q = p + 1;
      while (q < at && /\s/.test(head[q]!)) q++;
      if (q < at && /[\p{Lu}\d"“‘'(]/u.test(head[q]!)) return p + 1;
    }
  }
  return 0;
}

let scratch: Tokens | undefined;

/**
 * The name that opens the sentence introducing the job ("Intrado is looking for an Associate Data
 * Analyst", "Dynetics, a wholly owned subsidiary of Leidos, is seeking", "Die Acme GmbH sucht"):
 * capitalised words right before the job's introduction or before an apposition, named again
 * elsewhere in the text; not "We", "They", "The team", "Our client", "Smart, motivated, and seeks".
 */
function introEmployer(text: string, vocab: Vocabulary): string | undefined {
  return subjectOf(text, INTRO_HEAD, vocab.file.jobIntro ?? [], vocab.jobIntro, vocab);
}

/** How far into a text the company's own description is looked for: its first sentences. */
const BLURB_HEAD = 600;

/**
 * The name that opens a description of the company in the text's first sentences ("Nolij
 * Consulting LLC is a certified Women-Owned Small Business that provides ...", "MITRE is a trusted
 * operator of ..."), named again elsewhere in the text.
 */
function blurbEmployer(text: string, vocab: Vocabulary): string | undefined {
  const blurbs = vocab.file.employer?.blurbs ?? [];
  const describes = vocab.file.employer?.describes ?? [];
  return (
    (blurbs.length > 0 ? subjectOf(text, BLURB_HEAD, blurbs, vocab.employerBlurbs, vocab) : undefined) ??
    (describes.length > 0 ? subjectOf(text, BLURB_HEAD, describes, vocab.employerDescribes, vocab, (head, end) => namesKind(head, end, vocab), false) : undefined) ??
    openingName(text, vocab)
  );
}

/**
 * The name that opens a sentence of the text's first ones in the possessive, right before a word of
 * what only an owner has (`employer.owned`), one word between or none ("Tempus' proprietary
 * platform connects ...", "Quillstone's patented grader ..."): the company's own product, named so,
 * whether or not the text names it again.
 */
function ownedEmployer(text: string, vocab: Vocabulary): string | undefined {
  const owned = vocab.file.employer?.owned ?? [];
  if (owned.length === 0) return undefined;
  const head = text.length > BLURB_HEAD ? text.slice(0, BLURB_HEAD) : text;
  const gate = ownedGate(owned);
  gate.lastIndex = 0;
  for (let m = gate.exec(head); m !== null; m = gate.exec(head)) {
    // (The sentence's first words: at the text's start, after a line break or a stop.)
    if (m.index > 0 && !/(?:^|[\n.!?])\s*$/.test(head.slice(Math.max(0, m.index - 3), m.index))) continue;
    const name = m[1]!.trim();
    const tokens = (scratch = scanTokens(name, scratch));
    // (Not "Our team's proprietary ...", "The company's patented ...": a word of the employer's voice or a filler first.)
    if (tokens.count === 0 || vocab.headingFiller.has(tokens.keyHashOf(0)) || vocab.employerVoice.startsAt(tokens, 0, 1) || vocab.notTitle.inText(name).length > 0) continue;
    return name;
  }
  return undefined;
}

const ownedGates = new WeakMap<readonly string[], RegExp>();
/** "<Name>'s proprietary": a name of capitalised words in the possessive, up to one word, an `owned` word. */
function ownedGate(owned: readonly string[]): RegExp {
  let gate = ownedGates.get(owned);
  if (!gate) {
    gate = new RegExp(`([\\p{Lu}\\d][^\\s,.;:!?()'’]*(?:[ \\t]+(?:&|[\\p{Lu}\\d][^\\s,.;:!?()'’]*)){0,3})(?:['’]s|(?<=s)['’])\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation(owned)})\\b`, 'gu');
    ownedGates.set(owned, gate);
  }
  return gate;
}

/**
 * The name that opens the employer's equal-opportunity statement, wherever it stands ("Tableau
 * Kitchens is proud to be an equal opportunity workplace", "Spark Health provides equal employment
 * opportunities"), named again elsewhere in the text.
 */
function equalOpportunityEmployer(text: string, vocab: Vocabulary): string | undefined {
  const phrases = vocab.file.employer?.equalOpportunity ?? [];
  return phrases.length > 0 ? subjectOf(text, text.length, phrases, vocab.employerEqualOpportunity, vocab) : undefined;
}

/** A name of at most four capitalised words on one line that opens a sentence ("Docker, Inc. makes", "Elastic, the Search AI Company, enables"). */
const OPENING_NAME = /(?:^|[.!?]\s+|\n\s*)([\p{Lu}\d][^\s,.;:!?]*(?:[ \t]+(?:&|[\p{Lu}\d][^\s,.;:!?]*)){0,3})(?=,?\s)/gu;

/**
 * The name that opens a sentence of the text's first sentences with its legal form ("Docker, Inc.
 * makes it easy ...", vocab employer.legalForms) or an apposition that says what kind of company
 * it is ("Elastic, the Search AI Company, enables ..."): named so, it is a company, whether or not
 * the text names it again.
 */
function openingName(text: string, vocab: Vocabulary): string | undefined {
  const head = text.length > BLURB_HEAD ? text.slice(0, BLURB_HEAD) : text;
  const legalForms = vocab.employerLegalForms;
  if (legalForms.size === 0) return undefined;
  OPENING_NAME.lastIndex = 0;
  for (let m = OPENING_NAME.exec(head); m !== null; m = OPENING_NAME.exec(head)) {
    // ("About Gap Inc.", "At Maven Wave, an Atos Company,": a heading's or a locative's word before the name is no part of it.)
    const name = withoutLead(m[1]!, vocab);
    if (name === undefined) continue;
    const rest = head.slice(m.index + m[0].length);
    // (A legal form as a name writes it, capitalised: "Codes limited enhancements" names no company.)
    const legal = /^,?\s+(\p{Lu}[\p{L}.]*)/u.exec(rest);
    let named = legal !== null && legalForms.has(legal[1]!.toLowerCase().replace(/\.+$/, ''));
    const apposition = named ? null : /^,\s+(\S+)\s+([^,.;:!?\n]{1,60}),/u.exec(rest);
    // (An apposition opens with an article or a word of what the company makes, `employer.appositions`;
    // not "Well, our team, our product and our users are growing".)
    if (apposition && vocab.employerAppositions.has(keyHash(apposition[1]!.toLowerCase()))) {
      const words = apposition[2]!.trim().split(/\s+/);
      named = words.length <= KIND_WORDS && vocab.employerKinds.has(keyHash(words[words.length - 1]!.toLowerCase()));
    }
    if (named && !vocab.headingFiller.has(keyHash(name.toLowerCase())) && vocab.notTitle.inText(name).length === 0) return name;
  }
  return undefined;
}

/**
 * A name without a leading phrase of a company's heading or a locative ("About Gap" -> "Gap", "At
 * Maven Wave" -> "Maven Wave"); undefined when nothing is left.
 */
function withoutLead(name: string, vocab: Vocabulary): string | undefined {
  const tokens = (scratch = scanTokens(name, scratch));
  if (tokens.count === 0) return undefined;
  let lead = 0;
  vocab.employerHeadings.each(tokens, 0, tokens.count, (_tag, first, last) => {
    if (first === 0 && last > lead) lead = last;
  });
  if (lead === 0 && (vocab.file.employer?.locatives ?? []).includes(tokens.key(0))) lead = 1;
  if (lead === 0) return name;
  return lead < tokens.count ? name.slice(tokens.start[lead]) : undefined;
}

/** How many words after "is a" a noun of what a company is may stand ("is the AI Data Cloud company"). */
const KIND_WORDS = 6;

/** The shortest kind word read at the end of a compound ("Logistikunternehmen"). */
const MIN_KIND_SUFFIX = 6;

/**
 * Whether the words after head[end] name what a company is: a `kinds` noun within KIND_WORDS words
 * that ends its phrase (a stop, a comma, a continuer or a `kindFollowers` word after it): "is the AI
 * Data Cloud company.", "is a Boston startup using ..."; not "is a language our company uses".
 */
function namesKind(head: string, end: number, vocab: Vocabulary): boolean {
  const stop = head.slice(end).search(/[.;:!?\n]/);
  const tokens = (scratch = scanTokens(head, scratch, [{ start: end, end: stop < 0 ? head.length : end + stop }]));
  const kinds = vocab.file.employer?.kinds ?? [];
  for (let i = 0; i < Math.min(tokens.count, KIND_WORDS); i++) {
    // (A word of the employer's own voice before the noun: "Momentum is the heart of our company" says what the company is built on, not what Momentum is.)
    if (vocab.employerVoice.startsAt(tokens, i, i + 1)) return false;
    // (Or a compound that ends in one, as German writes it: "ein Logistikunternehmen", "ein Softwareanbieter".)
    if (!vocab.employerKinds.has(tokens.keyHashOf(i))) {
      const key = tokens.key(i);
      if (!kinds.some((k) => k.length >= MIN_KIND_SUFFIX && key.length > k.length && key.endsWith(k))) continue;
    }
    if (i + 1 >= tokens.count || /,/.test(head.slice(tokens.end[i]!, tokens.start[i + 1]!))) return true;
    const next = tokens.key(i + 1);
    return vocab.continuers.has(next) || vocab.employerKindFollowers.has(tokens.keyHashOf(i + 1));
  }
  return false;
}

/**
 * The name that opens a sentence of text's first `reach` characters before a phrase of `phrases`
 * (`words`, as written, gate the search), when `after` holds of what follows the phrase; with
 * `again`, only a name the text names again.
 */
function subjectOf(text: string, reach: number, words: readonly string[], phrases: PhraseSet<true>, vocab: Vocabulary, after?: (head: string, end: number) => boolean, again = true): string | undefined {
  const head = text.length > reach ? text.slice(0, reach) : text;
  // (Most texts are told by a regular expression of the phrases alone, before any tokens: the
  // subject is read in the sentence of each phrase found.)
  const gate = gateOf(words);
  gate.lastIndex = 0;
  for (let g = gate.exec(head); g !== null; g = gate.exec(head)) {
    if (after && !after(head, g.index + g[0].length)) continue;
    const name = subjectBefore(text, head, sentenceStart(head, g.index), g.index + g[0].length, phrases, vocab, again);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** A list of phrases as one regular expression (a gate: the tokens decide). */
const gates = new WeakMap<readonly string[], RegExp>();
function gateOf(words: readonly string[]): RegExp {
  let gate = gates.get(words);
  if (!gate) {
    gate = new RegExp(`\\b(?:${alternation(words) || '(?!)'})\\b`, 'gi');
    gates.set(words, gate);
  }
  return gate;
}

/** The employer's name that opens head[from, to), a sentence up to a phrase of `phrases` (the job's introduction, the company's description), if one does. */
function subjectBefore(text: string, head: string, from: number, to: number, phrases: PhraseSet<true>, vocab: Vocabulary, again = true): string | undefined {
  const tokens = (scratch = scanTokens(head, scratch, [{ start: from, end: to }]));
  const filler = vocab.headingFiller;
  let name: string | undefined;
  phrases.each(tokens, 0, tokens.count, (_tag, first) => {
    if (name !== undefined || first === 0) return;
    // ("we need": the phrase holds its subject.)
    let voiced = false;
    vocab.employerVoice.each(tokens, first, first + 1, () => (voiced = true));
    if (voiced) return;
    let subject = head.slice(from, tokens.start[first]!).trim();
    // (A name with an apposition is a company's, whether or not the text names it again.)
    let apposed = false;
    // ("Kingfisher Systems, Inc. specializes in": a legal form after a comma is part of the name.)
    const legal = /,\s*([\p{L}.]+)$/u.exec(subject);
    if (legal && vocab.companySuffixes.has(legal[1]!.toLowerCase().replace(/\.+$/, ''))) subject = subject.slice(0, legal.index);
    const comma = subject.indexOf(',');
    if (comma >= 0) {
      // An apposition opens with an article ("Dynetics, a wholly owned subsidiary of Leidos,") or a
      // word of what the company makes ("HashiCorp, creators of Terraform, Vault and Consul,").
      const next = /^,\s*([^\s,]+)/u.exec(subject.slice(comma));
      const word = next ? keyHash(next[1]!.toLowerCase()) : 0;
      apposed = vocab.employerAppositions.has(word);
      if (!next || !(filler.has(word) || apposed)) return;
      subject = subject.slice(0, comma);
    }
    // ("Freedman HealthCare (FHC) is seeking": the short form in brackets is the same name.)
    const bare = subject.replace(/\s*\([^)]*\)$/, '').trim();
    // ("Loomwell (Series B) is hiring": a name with a bracket is a company's, as with an apposition;
    // not a unit's, "Department (P622) is seeking", nor a role's, "Data Engineer (Remote)".)
    if (bare !== subject) {
      subject = bare;
      const last = /(\S+)$/u.exec(bare);
      apposed ||= last !== null && !vocab.employerUnits.has(keyHash(last[1]!.toLowerCase())) && vocab.titleRoleWords.inText(bare).length === 0 && vocab.departments.inText(bare).length === 0;
    }
    // ("The Knot Worldwide", "Die Acme GmbH": an article before the name.)
    const article = /^(\S+)\s+(?=\S)/u.exec(subject);
    const stripped = article !== null && filler.has(keyHash(article[1]!.toLowerCase()));
    if (stripped) subject = subject.slice(article[0].length);
    if (subject === '' || !COMPANY_NAME.test(subject) || filler.has(keyHash(subject.toLowerCase())) || vocab.notTitle.inText(subject).length > 0) return;
    // A name is named again ("Intrado is looking for ... Intrado offers"), if without its legal
    // form ("Die Acme GmbH sucht ... Bei Acme erwartet dich"); "Department (P622) is seeking" is not.
    const words = subject.split(/\s+/);
    const full = words.length;
    // (A legal form alone names nothing: "KG" of "... GmbH & Co. KG" read from a stop that was none.)
    if (words.every((w) => vocab.companySuffixes.has(w.toLowerCase().replace(/[.,&]+$/, '')))) return;
    while (words.length > 1 && vocab.companySuffixes.has(words[words.length - 1]!.toLowerCase().replace(/[.,]+$/, ''))) words.pop();
    const short = words.join(' ');
    // (Without `again`, only a name as written: "Our Customer is a data storage company" names a client, not a company called Customer.)
    // (A name with its legal form after an article is a company's, named again or not: "Die Hanseatische Logistik GmbH ist ...".)
    const legalAfterArticle = stripped && words.length < full;
    if (((again && !apposed) || stripped) && !legalAfterArticle && text.indexOf(short, text.indexOf(short) + short.length) < 0) return;
    name = subject;
  });
  return name;
}

/**
 * Whether the requirement-like phrase that opens at token `at` is the employer's own: it opens with
 * a word the employer may own (asking.owned), and the employer's possessive (asking.owners) stands a
 * word or two before it, in its clause, no token before `floor` ("strengthen our ability to serve
 * patients", "drawing on our teams' deep experience in cloud computing"); not "our ideal candidate
 * has", nor across a line break or a stop ("... our company" / "Ability to thrive ...").
 */
export function ownedByEmployer(tokens: Tokens, at: number, floor: number, vocab: Vocabulary): boolean {
  if (at <= floor || !vocab.askingOwned.has(tokens.keyHashOf(at))) return false;
  let words = 0;
  for (let k = at - 1; k >= floor; k--) {
    if (!OWNED_GAP.test(tokens.text.slice(tokens.end[k]!, tokens.start[k + 1]!))) return false;
    if (vocab.askingOwners.has(tokens.keyHashOf(k))) return true;
    const raw = tokens.raw(k);
    if (!/\p{L}/u.test(raw) ? !/^['’]+$/u.test(raw) : ++words > OWNED_REACH) return false;
  }
  return false;
}

/** What may stand between the employer's possessive and what it owns: spaces and an apostrophe ("our teams' experience"). */
const OWNED_GAP = /^[ \t'’]*$/u;

/** How many words may stand between the employer's possessive and what it owns ("our teams' extensive experience in"). */
const OWNED_REACH = 2;
