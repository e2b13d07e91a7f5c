/**
 * Coordinated forms give every member: "supervised/unsupervised learning" names supervised learning
 * too, "written and verbal communication" written communication, "machine and deep learning"
 * machine learning. A word joined to a matched phrase by a coordinator of the vocabulary ("/", "and",
 * "or", "&"; "und", "oder") or a comma, that forms a skill with the phrase's last words, is a mention
 * of that skill (its own word only); after a comma alone, only where the phrase ends the list. So is the first part of a compound cut short before a
 * coordinator, as German writes them: "Team- und Kommunikationsfähigkeit" names Teamfähigkeit.
 * And the other way round, a phrase's head shared with the words after it: "data modeling and
 * mining" names data mining; a modifier's noun shared with the member after it: "a quantitative or
 * computational field" names a quantitative field; and a platform's name shared with the short
 * names in a bracket after it: "AWS (IAM, KMS)" names AWS IAM and AWS KMS.
 */

import { scanTokens, type Tokens } from '../lexicon/index.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { matchTokens, type Match } from './match.js';

/**
 * What stands between tokens a and b: -1 anything but spaces, tabs and commas; else the number of
 * commas (0: only blanks). Read in place: this runs before every phrase of two words or more.
 */
function listGap(tokens: Tokens, a: number, b: number): number {
  const text = tokens.text;
  let commas = 0;
  for (let p = tokens.end[a]!, to = tokens.start[b]!; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 44) commas++;
    else if (c !== 32 && c !== 9) return -1;
  }
  return commas;
}

/**
 * Two coordinators joined by a slash ("and/or", "und/oder") are one: given token `j`, a
 * coordinator, the first token of the one it ends (`j` itself, or `j - 2`).
 */
function coordinatorStart(tokens: Tokens, j: number, floor: number, joins: ReadonlySet<number>): number {
  return j - 2 >= floor && slashPair(tokens, j - 2, joins) ? j - 2 : j;
}

/** Given token `j`, a coordinator, the last token of the one it starts (`j`, or `j + 2` for "and/or"). */
function coordinatorEnd(tokens: Tokens, j: number, joins: ReadonlySet<number>): number {
  return j + 2 < tokens.count && slashPair(tokens, j, joins) ? j + 2 : j;
}

/** Whether tokens i, i + 1, i + 2 are a coordinator, a slash and a coordinator with nothing between them. */
function slashPair(tokens: Tokens, i: number, joins: ReadonlySet<number>): boolean {
  return (
    tokens.end[i] === tokens.start[i + 1] &&
    tokens.end[i + 1] === tokens.start[i + 2] &&
    tokens.raw(i + 1) === '/' &&
    tokens.raw(i) !== '/' &&
    joins.has(tokens.keyHashOf(i)) &&
    joins.has(tokens.keyHashOf(i + 2))
  );
}

/**
 * The word of a list right before token `at` ("X, ", "X and ", "X / ", "X and/or "), not before
 * `floor`: its index, or -1 when no list word stands there. Read in place.
 */
function listWordBefore(tokens: Tokens, at: number, floor: number, joins: ReadonlySet<number>): number {
  let word = at - 1;
  if (word < floor) return -1;
  if (joins.has(tokens.keyHashOf(word))) {
    if (listGap(tokens, word, at) < 0) return -1;
    word = coordinatorStart(tokens, word, floor, joins) - 1;
    return word < floor || listGap(tokens, word, word + 1) < 0 ? -1 : word;
  }
  return listGap(tokens, word, at) < 1 ? -1 : word;
}

/** The single skill a piece of text is, whole; undefined when it is none or more than one. */
function wholeSkill(text: string, taxonomy: CompiledTaxonomy): Match | undefined {
  const found = matchTokens(scanTokens(text), taxonomy);
  const one = found.length === 1 ? found[0]! : undefined;
  return one && one.start === 0 && one.end === text.length ? one : undefined;
}

/** The smallest and largest length of the shared end of a cut compound ("fähigkeit" of "Teamfähigkeit"). */
const MIN_SHARED = 3;
const MIN_OWN = 2;

/**
 * "Team- und Kommunikationsfähigkeit", "Analyse-, Kommunikations- und Teamfähigkeit": a word cut
 * short by a hyphen before a coordinator (or a comma) shares the end of the compound that closes
 * the run; the word with that end added is a mention of its skill. The shared end is the longest
 * that makes a skill of both, the closing compound being one itself.
 */
function cutCompounds(matches: readonly Match[], tokens: Tokens, taxonomy: CompiledTaxonomy, joins: ReadonlySet<number>): Match[] {
  const text = tokens.text;
  const out: Match[] = [];
  for (let x = 0; x < matches.length; x++) {
    const m = matches[x]!;
    if (m.last - m.first !== 1) continue;
    // Matches are in text order and never overlap: a word before the previous one's end is part of it.
    const floor = x > 0 ? matches[x - 1]!.last : 0;
    let whole: string | undefined;
    // Walk back over "X- und", "X-,", "X- /": each X cut short by a hyphen right after it.
    for (let at = m.first; at - 1 >= floor; ) {
      let word = at - 1;
      if (joins.has(tokens.keyHashOf(word))) word = coordinatorStart(tokens, word, floor, joins) - 1;
      // The hyphen first, read in place: most words before a match are no cut compound.
      if (word < floor || text.charCodeAt(tokens.end[word]!) !== 45) break;
      if (!/^-\s*,?\s*$/.test(text.slice(tokens.end[word]!, tokens.start[word + 1]!))) break;
      whole ??= tokens.raw(m.first);
      const own = tokens.raw(word);
      let found: Match | undefined;
      for (let k = MIN_OWN; k <= whole.length - MIN_SHARED && !found; k++) {
        const end = whole.slice(k);
        if (end[0] !== end[0]!.toLowerCase()) continue;
        found = wholeSkill(`${own}${end}`, taxonomy);
      }
      if (!found || found.skill.id === m.skill.id) break;
      out.push({ skill: found.skill, form: found.form, first: word, last: word + 1, start: tokens.start[word]!, end: tokens.end[word]! });
      at = word;
    }
  }
  return out;
}

/** How many words of a list that make no skill with the phrase after it are passed over (see coordinated). */
const MAX_PASSED = 2;

/**
 * The matches, with the members a coordination names besides added ("supervised/unsupervised
 * learning", "verbal and written communication", "written, verbal and presentation skills").
 * @param joins the key hashes of the coordinators (and, or, /, &)
 * @param verbs the key hashes of the verbs that make a list before a phrase one of verbs (listVerbs)
 * @param nouns the key hashes of the nouns a list of words before them shares (listNouns)
 */
export function coordinated(matches: Match[], tokens: Tokens, taxonomy: CompiledTaxonomy, joins: ReadonlySet<number>, verbs: ReadonlySet<number>, isModifier: (word: string) => boolean, nouns: ReadonlySet<number> = new Set()): Match[] {
  const cut = cutCompounds(matches, tokens, taxonomy, joins);
  let added: Match[] | undefined = cut.length > 0 ? cut : undefined;
  for (let x = 0; x < matches.length; x++) {
    const m = matches[x]!;
    if (m.last - m.first < 2 || m.first === 0) continue;
    let tail: string | undefined;
    let floor = x > 0 ? matches[x - 1]!.last : 0;
    // A word of the list matched on its own as the very skill it makes with the tail ("cleaning,
    // manipulating, visualizing, and analyzing data": "manipulating" is data wrangling) is passed
    // over, not taken for the list's end.
    let members: Set<number> | undefined;
    for (let k = x - 1; k >= 0; k--) {
      const p = matches[k]!;
      // (Read in place first: a word of a list has a comma or a list word after it.)
      if (p.last - p.first !== 1 || p.last !== floor || p.last > m.first || !(listGap(tokens, p.first, p.last) >= 1 || joins.has(tokens.keyHashOf(p.last)))) break;
      tail ??= tokens.text.slice(tokens.end[m.first]!, m.end);
      if (wholeSkill(`${tokens.raw(p.first)}${tail}`, taxonomy)?.skill.id !== p.skill.id) break;
      (members ??= new Set()).add(p.first);
      floor = k > 0 ? matches[k - 1]!.last : 0;
    }
    // Walk back over "X /", "X and", "X, Y and": each X a word of its own, not part of another skill.
    // A comma alone before the phrase makes a list of modifiers ("Supervised, Unsupervised, Deep
    // learning techniques") only where the phrase ends the list; one that goes on after it is a list
    // of items, the words before them items of their own ("sensitive data, predictive analytics and
    // reporting"; "data, database design, or systems").
    if (!joins.has(tokens.keyHashOf(m.first - 1)) && m.last < tokens.count && (listGap(tokens, m.last - 1, m.last) > 0 || joins.has(tokens.keyHashOf(m.last)))) continue;
    // (A word or two that make no skill with it are passed over: "research, statistical, analytical,
    // processing and mathematical skills".)
    let passed = 0;
    for (let word = listWordBefore(tokens, m.first, floor, joins); word >= 0; word = listWordBefore(tokens, word, floor, joins)) {
      if (members?.has(word)) continue;
      tail ??= tokens.text.slice(tokens.end[m.first]!, m.end);
      const one = wholeSkill(`${tokens.raw(word)}${tail}`, taxonomy);
      if (!one && ++passed <= MAX_PASSED) continue;
      if (!one || one.skill.id === m.skill.id) break;
      (added ??= []).push({ skill: one.skill, form: one.form, first: word, last: word + 1, start: tokens.start[word]!, end: tokens.end[word]! });
    }
  }
  // (Where the walk back from the member's match read the word already, it stays as read.)
  const ahead = tailsAhead(matches, tokens, taxonomy, joins, isModifier).filter((a) => !added?.some((b) => b.first === a.first));
  if (ahead.length > 0) (added ??= []).push(...ahead);
  const shared = nouns.size > 0 ? sharedNouns(matches, tokens, taxonomy, joins, nouns).filter((a) => !added?.some((b) => b.first === a.first)) : [];
  if (shared.length > 0) (added ??= []).push(...shared);
  const heads = sharedHeads(matches, tokens, taxonomy, joins);
  if (heads.length > 0) (added ??= []).push(...heads);
  const products = bracketProducts(matches, tokens, taxonomy, joins);
  if (products) {
    matches = matches.filter((m) => !products.replaced.has(m));
    (added ??= []).push(...products.found);
  }
  const objects = sharedObjects(matches, tokens, taxonomy, joins, verbs);
  if (objects.length > 0) (added ??= []).push(...objects);
  if (!added) return matches;
  return [...matches, ...added].sort((a, b) => a.start - b.start);
}

/** The most words of the last member of a list whose noun after it is shared (see sharedNouns). */
const MAX_NOUN_MEMBER = 2;
/** The most words of such a list read back from its last member (a bound on a long run of commas). */
const MAX_NOUN_LIST = 16;

/**
 * "speaking, writing and data visualization skills", "written, verbal, facilitation and
 * negotiation skills", "negotiation, written and stakeholder management skills": a noun of the
 * vocabulary (listNouns) right after the last member of a list (a word or two after a coordinator,
 * two only where they are one skill matched whole), ending the item, is shared by every member;
 * each word of the list before the coordinator, none of a match of its own, that forms a skill with
 * the noun is a mention of that skill (its own word only). A word or two that make none are passed
 * over ("strong, proven and excellent skills" names nothing), as for shared tails; a word matched on
 * its own is the list's and is walked past ("presentation, facilitation, and ..."); a phrase of two
 * words or more ends the walk.
 */
function sharedNouns(matches: readonly Match[], tokens: Tokens, taxonomy: CompiledTaxonomy, joins: ReadonlySet<number>, nouns: ReadonlySet<number>): Match[] {
  const out: Match[] = [];
  const n = tokens.count;
  let next = 0;
  for (let j = 1; j + 2 < n; j++) {
    if (!joins.has(tokens.keyHashOf(j))) continue;
    const e = coordinatorEnd(tokens, j, joins);
    // (Read in place first: the last member follows the coordinator with only blanks between.)
    if (e + 2 >= n || listGap(tokens, e, e + 1) !== 0) continue;
    // The noun: a word or two after the member's first, in no match, ending the item.
    while (next < matches.length && matches[next]!.last <= e + 1) next++;
    let noun = -1;
    for (let w = 1; w <= MAX_NOUN_MEMBER && noun < 0; w++) {
      const t = e + 1 + w;
      if (t >= n || listGap(tokens, t - 1, t) !== 0) break;
      if (!nouns.has(tokens.keyHashOf(t))) continue;
      // (Matches are in text order and never overlap: the one holding t, if any, is the first that ends past it.)
      let k = next;
      while (k < matches.length && matches[k]!.last <= t) k++;
      if (k < matches.length && matches[k]!.first <= t) break;
      // (A member of two words is one skill matched whole.)
      if (w > 1 && !(next < matches.length && matches[next]!.first === e + 1 && matches[next]!.last === t)) break;
      if (itemEnds(tokens, t, joins)) noun = t;
      break;
    }
    if (noun < 0) continue;
    const tail = ` ${tokens.raw(noun)}`;
    let passed = 0;
    let q = next;
    let read = 0;
    for (let word = listWordBefore(tokens, e + 1, 0, joins); word >= 0 && ++read <= MAX_NOUN_LIST; word = listWordBefore(tokens, word, 0, joins)) {
      // The match that holds the word, if any (matches are in text order).
      while (q > 0 && matches[q - 1]!.first > word) q--;
      const holder = q > 0 && matches[q - 1]!.last > word ? matches[q - 1]! : undefined;
      if (holder) {
        if (holder.last - holder.first > 1) break;
        continue;
      }
      const one = wholeSkill(`${tokens.raw(word)}${tail}`, taxonomy);
      if (!one) {
        if (++passed > MAX_PASSED) break;
        continue;
      }
      out.push({ skill: one.skill, form: one.form, first: word, last: word + 1, start: tokens.start[word]!, end: tokens.end[word]! });
    }
  }
  return out;
}

/** The most words of the member after a coordinator in a tail shared ahead ("massively parallel" of "distributed and massively parallel systems"). */
const MAX_AHEAD_MEMBER = 2;
/** ... or of a member that is one skill of its own ("graph neural network" of "generative and graph neural network models"). */
const MAX_AHEAD_SKILL = 3;

/**
 * "a quantitative or computational field", "distributed and massively parallel systems": a word
 * that modifies a noun (vocabulary modifierEndings) before a coordinator, that forms a skill with the
 * last word of the member after it (their shared tail), is a mention of that skill (its own word
 * only). The word stands alone: none of a match of its own.
 */
function tailsAhead(matches: readonly Match[], tokens: Tokens, taxonomy: CompiledTaxonomy, joins: ReadonlySet<number>, isModifier: (word: string) => boolean): Match[] {
  const out: Match[] = [];
  const n = tokens.count;
  const text = tokens.text;
  let next = 0;
  for (let j = 1; j + 2 < n; j++) {
    if (!joins.has(tokens.keyHashOf(j))) continue;
    const a = coordinatorStart(tokens, j, 0, joins) - 1;
    const e = coordinatorEnd(tokens, j, joins);
    // (The word as written: a modifier's ending is in lower case but in a word in capitals.)
    if (a < 0 || listGap(tokens, a, a + 1) !== 0 || joins.has(tokens.keyHashOf(a)) || !isModifier(tokens.raw(a))) continue;
    // (Names in capitals are no list of modifiers: "Chemical and Biological Signature Science Group".)
    if (e + 2 < n && isCapital(text.charCodeAt(tokens.start[e + 1]!)) && isCapital(text.charCodeAt(tokens.start[e + 2]!))) continue;
    // The word before the coordinator is no part of a match.
    while (next < matches.length && matches[next]!.last <= a) next++;
    if (next < matches.length && matches[next]!.first <= a) continue;
    // (The member follows the coordinator, its words and the tail with only blanks between.)
    if (listGap(tokens, e, e + 1) !== 0) continue;
    for (let w = 1; w <= MAX_AHEAD_SKILL; w++) {
      const t = e + w + 1;
      if (t >= n || listGap(tokens, t - 1, t) !== 0) break;
      // The tail is no noun's end where a match goes on past it ("quantitative and data science teams").
      // (Matches are in text order and never overlap: the one holding t, if any, is the first that ends past it.)
      let k = next;
      while (k < matches.length && matches[k]!.last <= t) k++;
      if (k < matches.length && matches[k]!.first <= t && t + 1 < matches[k]!.last) continue;
      // (A longer member is one skill, matched whole: not "embedded or integrated with application systems".)
      if (w > MAX_AHEAD_MEMBER && !(k > 0 && matches[k - 1]!.first === e + 1 && matches[k - 1]!.last === t)) continue;
      const one = wholeSkill(`${tokens.raw(a)} ${tokens.raw(t)}`, taxonomy);
      if (one) {
        out.push({ skill: one.skill, form: one.form, first: a, last: a + 1, start: tokens.start[a]!, end: tokens.end[a]! });
        break;
      }
    }
  }
  return out;
}

/**
 * "data modeling and mining", "data collection, cleaning and analysis": words after a matched
 * phrase, joined by a coordinator or a comma, that form a skill with the phrase's first words
 * (its head shared) are mentions of those skills (their own word only). A word that starts
 * another match is that match's.
 */
function sharedHeads(matches: readonly Match[], tokens: Tokens, taxonomy: CompiledTaxonomy, joins: ReadonlySet<number>): Match[] {
  const out: Match[] = [];
  for (let x = 0; x < matches.length; x++) {
    const m = matches[x]!;
    if (m.last - m.first < 2) continue;
    let head: string | undefined;
    // As for shared tails, a word of the list matched on its own as the skill it makes with the
    // head ("data collection, manipulation, and analysis") is passed over.
    let ceiling = x + 1 < matches.length ? matches[x + 1]!.first : tokens.count;
    let members: Set<number> | undefined;
    for (let k = x + 1; k < matches.length; k++) {
      const p = matches[k]!;
      // (Read in place first: a word of a list has a comma or a list word before it.)
      if (p.last - p.first !== 1 || p.first !== ceiling || p.first < m.last || !(listGap(tokens, p.first - 1, p.first) >= 1 || joins.has(tokens.keyHashOf(p.first - 1)))) break;
      head ??= tokens.text.slice(m.start, tokens.start[m.last - 1]!);
      if (wholeSkill(`${head}${tokens.raw(p.first)}`, taxonomy)?.skill.id !== p.skill.id) break;
      (members ??= new Set()).add(p.first);
      ceiling = k + 1 < matches.length ? matches[k + 1]!.first : tokens.count;
    }
    let at = m.last;
    const run: Match[] = [];
    // A run of commas alone is no list of the head's ("Google Analytics, certification preferred"):
    // it must close with a coordinator ("data collection, cleaning and analysis").
    let coordinated = false;
    let passed = false;
    while (at < ceiling) {
      let word = at;
      if (joins.has(tokens.keyHashOf(word))) {
        if (listGap(tokens, at - 1, at) < 0) break;
        word = coordinatorEnd(tokens, word, joins) + 1;
        if (word > tokens.count - 1 || listGap(tokens, word - 1, word) < 0) break;
        coordinated = true;
        // The list closes with a skill of its own: "data collection, transformation and reporting".
        if (word >= ceiling) break;
      } else if (listGap(tokens, at - 1, at) < 1) break;
      head ??= tokens.text.slice(m.start, tokens.start[m.last - 1]!);
      if (members?.has(word)) {
        at = word + 1;
        continue;
      }
      const found = wholeSkill(`${head}${tokens.raw(word)}`, taxonomy);
      if (found?.skill.id === m.skill.id) break;
      // A word of the list that makes no skill with the head is passed over: "data collection,
      // processing, transformation and reporting" names data transformation. Past one, a word is
      // an item only where its item ends ("design experiments, develop and review study protocol"
      // names no design review).
      if (found && (!passed || itemEnds(tokens, word, joins))) run.push({ skill: found.skill, form: found.form, first: word, last: word + 1, start: tokens.start[word]!, end: tokens.end[word]! });
      else if (!found) passed = true;
      at = word + 1;
    }
    if (coordinated) out.push(...run);
  }
  return out;
}

/** Whether a skill's name is a kind of another's, that one with words before it ("test data management", "data management"). */
function kindOf(label: string, of: string): boolean {
  return label.length > of.length && label.toLowerCase().endsWith(` ${of.toLowerCase()}`);
}

/** Whether list item ends at token i: a comma, a coordinator or a stop follows it, or nothing. */
function itemEnds(tokens: Tokens, i: number, joins: ReadonlySet<number>): boolean {
  if (i + 1 >= tokens.count) return true;
  const gap = listGap(tokens, i, i + 1);
  if (gap > 0 || (gap === 0 && joins.has(tokens.keyHashOf(i + 1)))) return true;
  return gap < 0 && /^\s*[.;:!?)\n]/.test(tokens.text.slice(tokens.end[i]!, tokens.start[i + 1]!));
}

/**
 * "clean, transform, and load data", "deploy, monitor, and maintain models": words joined by commas
 * and a coordinator before a matched phrase, each of which forms a skill with it (the phrase is
 * their shared object), are mentions of those skills (their own word only). The last word of the
 * list stands right before the phrase; the list must hold a coordinator. The words of a list are of
 * one kind: where its last is a verb of the vocabulary ("test and maintain data management systems",
 * "collect data and perform analytics"), the phrase is their object, and a word forms a skill with it
 * only as a verb of the vocabulary too, the skill no kind of the phrase's own ("test data management"
 * reads "test" as a noun; "data analytics" "data").
 */
function sharedObjects(matches: readonly Match[], tokens: Tokens, taxonomy: CompiledTaxonomy, joins: ReadonlySet<number>, verbs: ReadonlySet<number>): Match[] {
  const out: Match[] = [];
  for (let x = 0; x < matches.length; x++) {
    const m = matches[x]!;
    const floor = x > 0 ? matches[x - 1]!.last : 0;
    const last = m.first - 1;
    // Read in place first: most words before a match end no list ("experience with Python").
    if (last - 1 < floor || listGap(tokens, last, m.first) !== 0) continue;
    const before = last - 1;
    if (!joins.has(tokens.keyHashOf(before)) && listGap(tokens, before, last) < 1) continue;
    const object = tokens.text.slice(m.start, m.end);
    const run: Match[] = [];
    let coordinated = false;
    const verbal = verbs.has(tokens.keyHashOf(last));
    for (let word = last; word >= 0; ) {
      const found = !verbal || verbs.has(tokens.keyHashOf(word)) ? wholeSkill(`${tokens.raw(word)} ${object}`, taxonomy) : undefined;
      if (found && found.skill.id !== m.skill.id && !(verbal && kindOf(found.skill.label, m.skill.label))) run.push({ skill: found.skill, form: found.form, first: word, last: word + 1, start: tokens.start[word]!, end: tokens.end[word]! });
      const next = listWordBefore(tokens, word, floor, joins);
      // A coordinator passed stands between the two words.
      if (next >= 0 && next < word - 1) coordinated = true;
      word = next;
    }
    if (coordinated) out.push(...run);
  }
  return out;
}

/** Whether a character is a capital letter (a name's first). */
const isCapital = (c: number) => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());

/** The longest bracket after a platform read for its products, in characters. */
const MAX_PRODUCT_BRACKET = 160;
/** The most words of one product's name in such a bracket ("App Service", "Cloud Storage"). */
const MAX_PRODUCT_WORDS = 3;

/**
 * "AWS (IAM, KMS, GuardDuty)", "Azure (App Service, Functions)", "GCP (Cloud Storage, Pub/Sub)": a
 * bracket right after a platform names its products by their short names; each item that, with the
 * platform's name before it (as written, or its label), is a skill of that platform (its
 * `partOf`, `usedFor` or `parents`) is a mention of that skill, in place of the generic reading of the short
 * name (IAM, publish-subscribe). Items are parted by commas, semicolons and the vocabulary's
 * coordinators; an item's last words are its name ("e.g. App Service").
 */
function bracketProducts(matches: readonly Match[], tokens: Tokens, taxonomy: CompiledTaxonomy, joins: ReadonlySet<number>): { found: Match[]; replaced: Set<Match> } | undefined {
  const text = tokens.text;
  let out: { found: Match[]; replaced: Set<Match> } | undefined;
  for (let x = 0; x < matches.length; x++) {
    const p = matches[x]!;
    // (Read in place first: most matches have no bracket right after them.)
    let open = p.end;
    while (open < text.length && (text.charCodeAt(open) === 32 || text.charCodeAt(open) === 9)) open++;
    // (A platform and its products are names: "AWS (IAM)", not "communication (written and verbal)".)
    if (text.charCodeAt(open) !== 40 || !isCapital(text.charCodeAt(p.start))) continue;
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > MAX_PRODUCT_BRACKET || text.lastIndexOf('(', close) !== open) continue;
    // (The platform's name as written and its label: a skill with dozens of aliases, "Communication
    // (written and verbal)", would cost a lookup for each.)
    const names = [...new Set([text.slice(p.start, p.end), p.skill.label])];
    const partOf = (id: string) => {
      const s = id === p.skill.id ? undefined : taxonomy.skills.get(id);
      return s !== undefined && (s.partOf?.includes(p.skill.id) === true || s.usedFor?.includes(p.skill.id) === true || s.parents?.includes(p.skill.id) === true);
    };
    /** The product an item of tokens [s, e) names with its last words, longest first. */
    const productOf = (s: number, e: number): Match | undefined => {
      for (let k = Math.max(s, e - MAX_PRODUCT_WORDS); k < e; k++) {
        if (!isCapital(text.charCodeAt(tokens.start[k]!))) continue;
        const name = text.slice(tokens.start[k]!, tokens.end[e - 1]!);
        for (const n of names) {
          const one = wholeSkill(`${n} ${name}`, taxonomy);
          if (one && partOf(one.skill.id)) return { skill: one.skill, form: one.form, first: k, last: e, start: tokens.start[k]!, end: tokens.end[e - 1]! };
        }
      }
      return undefined;
    };
    const first = tokens.indexAt(open + 1);
    const last = tokens.indexAt(close);
    // (A slash inside a name is none of its coordinators: "Pub/Sub".)
    const joinAt = (t: number) => joins.has(tokens.keyHashOf(t)) && tokens.raw(t) !== '/';
    for (let s = first, t = first; t <= last; t++) {
      if (t < last && !joinAt(t) && !(t > s && /[,;]/.test(text.slice(tokens.end[t - 1]!, tokens.start[t]!)))) continue;
      const product = t > s ? productOf(s, t) : undefined;
      s = t < last && joinAt(t) ? t + 1 : t;
      if (!product) continue;
      out ??= { found: [], replaced: new Set() };
      let same = false;
      for (const q of matches) {
        if (q.start >= product.start && q.end <= product.end) {
          if (q.skill.id === product.skill.id) same = true;
          else out.replaced.add(q);
        }
      }
      if (!same) out.found.push(product);
    }
  }
  return out;
}
