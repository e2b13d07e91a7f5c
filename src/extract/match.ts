import type { CompiledRule, CompiledTaxonomy, FormEntry } from '../taxonomy/compile.js';
import { categoryOf, COMMA, sensesOf } from '../taxonomy/compile.js';
import type { SkillEntry } from '../taxonomy/schema.js';
import { ROOT, scanTokens, type Span, type Tokens } from '../lexicon/index.js';
import { isBulletGlyph } from '../read/bullets.js';

/** A skill found in a text: token range [first, last) and character range [start, end). */
export interface Match {
  skill: SkillEntry;
  form: string;
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface MatchOptions {
  /** Treat every context rule as met: the text is known to be a list of skills (a profile's skill names). */
  assumeContext?: boolean;
  /**
   * With `assumeContext`, a name written in another case than its rule's holds only as an item of a list (a resume's skills
   * section, whose lines may be sentences too: "python, go" / "IT: go", not "Derzeit arbeite ich mich ein", whose "ich" is no ICH).
   */
  caseInItems?: boolean;
  /** Only these ranges of the text (in order, not overlapping): the rest is never read. */
  within?: readonly Span[];
}

/** Whether token i is one letter followed by "." or ")": a list item's number, not a word. */
function enumerates(tokens: Tokens, i: number): boolean {
  const end = tokens.end[i]!;
  if (end - tokens.start[i]! !== 1) return false;
  const next = tokens.text.charCodeAt(end);
  return next === 46 || next === 41;
}

/** One scratch buffer of tokens for matchText: matches keep offsets only, never the tokens. */
let scratch: Tokens | undefined;

/** Find the skills of a text. */
export function matchText(text: string, taxonomy: CompiledTaxonomy, options: MatchOptions = {}): Match[] {
  scratch = scanTokens(text, scratch, options.within);
  return matchTokens(scratch, taxonomy, options);
}

/**
 * One linear pass over the tokens: at each token walk the trie as far as the text allows
 * (never across a stop gap), keep the longest path whose form the rules accept, then continue
 * after it. Forms that need context, and case-sensitive forms written in another case, are
 * settled in a second pass, once the unambiguous skills around them are known. Glued names are
 * split in `tokens` first (TokenTrie.splitGlued): callers that read the tokens after see the split.
 */
export function matchTokens(tokens: Tokens, taxonomy: CompiledTaxonomy, options: MatchOptions = {}): Match[] {
  // (Glued names first: "SolrLucene" is read as two tokens, here and by every caller of these tokens.)
  taxonomy.trie.splitGlued(tokens);
  const found: Match[] = [];
  // Beside each match: its rule, and whether it holds only in a list of skills (see settleContext).
  const rules: (CompiledRule | undefined)[] = [];
  const listOnly: boolean[] = [];
  let unsettled = false;
  const trie = taxonomy.trie;
  const entries = trie.entries;
  const n = tokens.count;
  for (let i = 0; i < n; i++) {
    if (!trie.mayStartAt(tokens, i)) continue;
    let entry: FormEntry | undefined;
    let last = 0;
    let inListOnly = false;
    // Walk by hashes alone, then confirm the path once; after a chance collision, walk again exactly.
    for (let exact = false; ; exact = true) {
      entry = undefined;
      let end = -1;
      let node = trie.find(ROOT, tokens, i, exact);
      for (let j = i; node >= 0; ) {
        const here = entries[node];
        if (here) {
          let e = accept(here, tokens, i, j + 1, false);
          // Accepted only once case is waived: a case-sensitive form in another case. Case relaxes
          // only for a one-word form written in lower case, as tag lists do (swift, spring): never
          // for a phrase of common words, nor a capitalised word (Solid statistics).
          let waived = false;
          // A lone lower-case letter before "." or ")" numbers a list item ("b. Programming c. Visualization").
          if (!e && j === i && tokens.isLower(i) && !enumerates(tokens, i)) waived = (e = accept(here, tokens, i, j + 1, true)) !== undefined;
          // A strict match is never replaced by a longer one that would hold only in a list.
          if (e && (!entry || inListOnly || !waived)) {
            entry = e;
            last = j + 1;
            inListOnly = waived;
            end = node;
          }
        }
        if (j + 1 >= n || !tokens.joined(j + 1) || !trie.hasChildren(node)) break;
        node = trie.find(node, tokens, ++j, exact);
      }
      if (!entry || exact || trie.spells(end, tokens, last - 1)) break;
    }
    if (!entry) continue;
    // (A word of a skill's own after its name: "Epic Clarity certification preferred". Only an
    // unambiguous technical skill owns it: a word that may yet be rejected, or a soft skill's verb,
    // does not: "monitor database usage", "research and develop algorithms".)
    if (
      entry.rule?.notAfterSkill &&
      found.length > 0 &&
      found[found.length - 1]!.last === i &&
      rightAfter(tokens.text, found[found.length - 1]!.end, tokens.start[i]!) &&
      anchorAt(found.length - 1, found, rules, listOnly, taxonomy)
    )
      continue;
    found.push({ skill: entry.skill, form: entry.form, first: i, last, start: tokens.start[i]!, end: tokens.end[last - 1]! });
    const rule = entry.rule;
    rules.push(rule);
    listOnly.push(inListOnly);
    if (inListOnly || rule?.needsContext) unsettled = true;
    i = last - 1;
  }
  // A name that means another skill where certain words stand near it ("tell stories with the
  // data": data storytelling; "Hadoop, Yarn, Spark": Hadoop's YARN). Those words confirm it: its own
  // context rule, if any, is met.
  for (let x = 0; x < found.length; x++) if (found[x]!.skill.inContext) narrowAt(x, found, rules, tokens, taxonomy);
  if (!unsettled) return found;
  if (options.assumeContext) return options.caseInItems ? found.filter((c, x) => !listOnly[x] || listItem(tokens.text, c.start, c.end)) : found;
  return settleContext(found, rules, listOnly, tokens, taxonomy);
}

/** What may stand before and after an item of a list, blanks aside: a line's edge, a separator, a bullet or a bracket. */
const ITEM_BEFORE = new Set([',', ';', ':', '|', '·', '•', '/', '(', '-', '*', '–']);
const ITEM_AFTER = new Set([',', ';', '|', '·', '•', '/', ')', '.']);

/** Whether text[start, end) is an item of a list: between a line's edges or separators, no word of a sentence beside it. */
function listItem(text: string, start: number, end: number): boolean {
  let p = start - 1;
  while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  if (p >= 0 && text[p] !== '\n' && text[p] !== '\r' && !ITEM_BEFORE.has(text[p]!) && !isBulletGlyph(text.charCodeAt(p))) return false;
  let q = end;
  while (q < text.length && isBlank(text.charCodeAt(q))) q++;
  return q >= text.length || text[q] === '\n' || text[q] === '\r' || ITEM_AFTER.has(text[q]!);
}

/**
 * The first entry at a trie node whose rules accept tokens [first, last); with `anyCase`, the case
 * rule is waived (the candidate then stands only in a list of skills).
 */
function accept(entries: readonly FormEntry[], tokens: Tokens, first: number, last: number, anyCase: boolean): FormEntry | undefined {
  outer: for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    const r = entry.rule;
    if (!r) return entry;
    if (r.caseSensitive && !anyCase && !sameCase(entry.raw, tokens, first)) continue;
    // Phrases are compared only when the key next to the form matches: integers first, strings rarely.
    const { next, prev } = r.edges;
    if (next.length > 0 && last < tokens.count && (r.edges.commaNext || tokens.joined(last))) {
      const h = tokens.keyHashOf(last);
      // (A phrase written after a comma follows the form after one: "Spring, TX" is a place.)
      for (let k = 0; k < next.length; k++) if (next[k] === h && (r.notFollowedBy[k]![0] === COMMA ? afterComma(tokens, last, r.notFollowedBy[k]!) : tokens.joined(last) && followedBy(tokens, last, r.notFollowedBy[k]!))) continue outer;
    }
    if (prev.length > 0 && first > 0 && tokens.joined(first)) {
      const h = tokens.keyHashOf(first - 1);
      for (let k = 0; k < prev.length; k++) if (prev[k] === h && precededBy(tokens, first, r.notPrecededBy[k]!)) continue outer;
    }
    return entry;
  }
  return undefined;
}

/** Whether text[from, to) holds only blanks and closing brackets ("Security+ certification", "(GCIH) certification"). */
function rightAfter(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 41 && c !== 93) return false;
  }
  return true;
}

function sameCase(raw: readonly string[], tokens: Tokens, first: number): boolean {
  for (let k = 0; k < raw.length; k++) if (!tokens.rawIs(first + k, raw[k]!)) return false;
  return true;
}

/** Tokens from `at` on spell `phrase`, joined by plain spaces or hyphens. */
function followedBy(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const i = at + k;
    if (i >= tokens.count || !tokens.joined(i) || !tokens.keyIs(i, phrase[k]!)) return false;
  }
  return true;
}

/** Tokens from `at` spell `phrase` after its leading comma, a comma and blanks alone before them ("Spring, TX"). */
function afterComma(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  if (at < 1 || tokens.start[at]! - tokens.end[at - 1]! > 4 || !/^[ \t\u00a0]*,[ \t\u00a0]*$/.test(tokens.text.slice(tokens.end[at - 1]!, tokens.start[at]!))) return false;
  for (let k = 1; k < phrase.length; k++) {
    const i = at + k - 1;
    if (i >= tokens.count || (k > 1 && !tokens.joined(i)) || !tokens.keyIs(i, phrase[k]!)) return false;
  }
  return true;
}

function precededBy(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  const from = at - phrase.length;
  if (from < 0 || !tokens.joined(at)) return false;
  for (let k = 0; k < phrase.length; k++) {
    const i = from + k;
    if (!tokens.keyIs(i, phrase[k]!) || (k > 0 && !tokens.joined(i))) return false;
  }
  return true;
}

/** The token `steps` away from token i (negative: before), or the last one before a line break (or, with `clause`, a semicolon). */
function lineEdge(tokens: Tokens, i: number, steps: number, clause = false): number {
  const dir = Math.sign(steps);
  const text = tokens.text;
  for (let k = 0; k < Math.abs(steps); k++) {
    const next = i + dir;
    if (next < 0 || next >= tokens.count) break;
    const [from, to] = dir > 0 ? [tokens.end[i]!, tokens.start[next]!] : [tokens.end[next]!, tokens.start[i]!];
    let broken = false;
    for (let p = from; p < to && !broken; p++) broken = text.charCodeAt(p) === 10 || (clause && text.charCodeAt(p) === 59);
    if (broken) break;
    i = next;
  }
  return i;
}

function phraseAt(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (at + k >= tokens.count || !tokens.keyIs(at + k, phrase[k]!)) return false;
  return true;
}

/**
 * Keep a context-dependent match only when a context word or an unambiguous technical skill is
 * near, and a case-relaxed match only when an unambiguous technical skill stands right beside it
 * (a tag list such as "docker selenium jenkins"). Matches are in text order and never overlap, so
 * the skills near a match are its neighbours in the list.
 */
function settleContext(found: Match[], rules: readonly (CompiledRule | undefined)[], listOnly: readonly boolean[], tokens: Tokens, taxonomy: CompiledTaxonomy): Match[] {
  const ok = new Uint8Array(found.length);
  let settledSome = false;
  let unsettledSome = false;
  // A text written all in lower case ("what we're looking for / - strong sql + python / - some
  // exposure to kafka") writes every name so: there a name in lower case stands as in its own case.
  if (listOnly.includes(true) && writtenInLowerCase(tokens.text)) listOnly = listOnly.map(() => false);
  for (let x = 0; x < found.length; x++) {
    if (keepAt(x, found, rules, listOnly, tokens, taxonomy, undefined)) {
      ok[x] = 1;
      if (rules[x]?.needsContext) settledSome = true;
    } else if (rules[x]?.needsContext) unsettledSome = true;
  }
  // Context-dependent names that their own context settled vouch for another such name in turn
  // ("Kafka or Pulsar": the word Kafka settles Pulsar, which then settles Kafka): a second pass,
  // only when one was settled and another was not.
  if (settledSome && unsettledSome) {
    const settled = ok.slice();
    for (let x = 0; x < found.length; x++) if (!settled[x] && rules[x]?.needsContext && keepAt(x, found, rules, listOnly, tokens, taxonomy, settled)) ok[x] = 1;
  }
  const out: Match[] = [];
  for (let x = 0; x < found.length; x++) if (ok[x]) out.push(found[x]!);
  return out;
}

/** Whether a match that needs no more than it has (an unambiguous technical skill) stands at k. */
function anchorAt(k: number, found: readonly Match[], rules: readonly (CompiledRule | undefined)[], listOnly: readonly boolean[], taxonomy: CompiledTaxonomy): boolean {
  return !listOnly[k] && !rules[k]?.needsContext && categoryOf(taxonomy, found[k]!.skill.category).technical;
}

/**
 * Whether the match at x holds (see settleContext). `settled`: the context-dependent matches the
 * first pass kept, which vouch for another such name written in its own case (names written in
 * their own case only: a settled common word, "monitoring", vouches for nothing).
 */
function keepAt(
  x: number,
  found: readonly Match[],
  rules: readonly (CompiledRule | undefined)[],
  listOnly: readonly boolean[],
  tokens: Tokens,
  taxonomy: CompiledTaxonomy,
  settled: Uint8Array | undefined,
): boolean {
  const c = found[x]!;
  const r = rules[x];
  if (listOnly[x]) {
    const before = x > 0 && found[x - 1]!.last === c.first && anchorAt(x - 1, found, rules, listOnly, taxonomy);
    const after = x + 1 < found.length && found[x + 1]!.first === c.last && anchorAt(x + 1, found, rules, listOnly, taxonomy);
    if (!before && !after) return false;
  }
  if (!r?.needsContext) return true;
  // Skills nearby vouch across lines (a list of tools, one a line); context words only on the
  // match's own line ("Solid grounding in statistics" / "- prompts for LLMs" is no grounding of LLMs).
  const lo = c.first - r.window;
  const hi = c.last + r.window;
  let near = false;
  if (r.contextFromSkills) {
    const other = (k: number) =>
      found[k]!.skill.id !== c.skill.id &&
      (anchorAt(k, found, rules, listOnly, taxonomy) ||
        (settled !== undefined && settled[k] === 1 && r.caseSensitive && rules[k]?.caseSensitive === true && !listOnly[k] && categoryOf(taxonomy, found[k]!.skill.category).technical));
    for (let k = x - 1; k >= 0 && found[k]!.last > lo && !near; k--) near = other(k);
    for (let k = x + 1; k < found.length && found[k]!.first < hi && !near; k++) near = other(k);
  }
  if (!near) near = wordsNear(tokens, c.first, c.last, r.window, r.edges.context, r.context);
  // A name written in its own case that is a list item of its own ("Requirements" / "- Go"): a list of skills.
  return near || (r.caseSensitive && loneItem(tokens.text, c.start, c.end));
}

/**
 * Whether one of `phrases` (the hashes of their first keys in `starts`) stands within `window`
 * tokens of tokens [first, last), on their line (with `clause`, in their part of it between
 * semicolons: "statistics; storytelling; visualisation" are items apart), outside them.
 */
function wordsNear(tokens: Tokens, first: number, last: number, window: number, starts: Int32Array, phrases: readonly (readonly string[])[], clause = false): boolean {
  const from = lineEdge(tokens, first, -window, clause);
  const to = lineEdge(tokens, last - 1, window, clause) + 1;
  for (let k = from; k < to; k++) {
    if (k >= first && k < last) continue;
    const h = tokens.keyHashOf(k);
    for (let p = 0; p < starts.length; p++) if (starts[p] === h && phraseAt(tokens, k, phrases[p]!)) return true;
  }
  return false;
}

/** The match at x read as the skill its name means where the words of one of its `inContext` blocks stand near. */
function narrowAt(x: number, found: Match[], rules: (CompiledRule | undefined)[], tokens: Tokens, taxonomy: CompiledTaxonomy): void {
  const m = found[x]!;
  for (const s of sensesOf(m.skill)) {
    if (s.forms && !s.forms.has(m.form)) continue;
    const means = taxonomy.skills.get(s.means);
    if (!means || !wordsNear(tokens, m.first, m.last, s.window, s.hashes, s.context, true)) continue;
    found[x] = { ...m, skill: means };
    rules[x] = undefined;
    return;
  }
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;

/**
 * Whether a text is written in lower case: of the letters that open its lines (after blanks and a
 * bullet) and its sentences, at least five and nine in ten are small. (Hard-wrapped postings open
 * many lines in lower case too, but no more than seven in ten of all.)
 */
export function writtenInLowerCase(text: string): boolean {
  let small = 0;
  let capital = 0;
  let open = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) open = true;
    else if ((c === 46 || c === 33 || c === 63) && i + 1 < text.length && isBlank(text.charCodeAt(i + 1))) open = true;
    else if (open && !(isBlank(c) || c === 45 || c === 42 || c === 0x2013 || isBulletGlyph(c))) {
      open = false;
      if (c >= 97 && c <= 122) small++;
      else if (c >= 65 && c <= 90) capital++;
    }
  }
  return small >= 5 && small >= 9 * capital;
}

/** Whether text[start, end) is all a bulleted line says: a line start, blanks, one bullet mark (a dash, star or glyph), blanks, the name, blanks or a stop, the line's end. */
export function loneItem(text: string, start: number, end: number): boolean {
  let p = start - 1;
  while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  const mark = text.charCodeAt(p);
  if (p < 0 || !(mark === 45 || mark === 42 || mark === 0x2013 || isBulletGlyph(mark))) return false;
  p--;
  while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  if (p >= 0 && text.charCodeAt(p) !== 10 && text.charCodeAt(p) !== 13) return false;
  let q = end;
  if (q < text.length && (text.charCodeAt(q) === 46 || text.charCodeAt(q) === 59 || text.charCodeAt(q) === 44)) q++;
  while (q < text.length && isBlank(text.charCodeAt(q))) q++;
  return q >= text.length || text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13;
}
