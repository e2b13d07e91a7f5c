import type { CompiledRule, CompiledTaxonomy, FormEntry, TrieLevel, TrieNode } from '../taxonomy/compile.js';
import { inBits, levelHash, NON_TECHNICAL_CATEGORIES, pairHash } from '../taxonomy/compile.js';
import type { SkillEntry } from '../taxonomy/schema.js';
import { Gap, scanTokens, type Tokens } from './tokenize.js';

/** A skill found in a text: token range [first, last) and character range [start, end). */
export interface Match {
  skill: SkillEntry;
  form: string;
  first: number;
  last: number;
  start: number;
  end: number;
}

interface Candidate extends Match {
  rule: CompiledRule | undefined;
  /** Accepted only in a list of skills: a case-sensitive form written in another case ("ios swift mobile"). */
  inListOnly: boolean;
}

export interface MatchOptions {
  /** Treat every context rule as met: the text is known to be a list of skills (a profile's skill names). */
  assumeContext?: boolean;
}

/** One scratch buffer of tokens for matchText: matches keep offsets only, never the tokens. */
let scratch: Tokens | undefined;

/** Find the skills of a text. */
export function matchText(text: string, taxonomy: CompiledTaxonomy, options: MatchOptions = {}): Match[] {
  scratch = scanTokens(text, scratch);
  return matchTokens(scratch, taxonomy, options);
}

/**
 * One linear pass over the tokens: at each token walk the trie as far as the text allows
 * (never across a stop gap), keep the longest path whose form the rules accept, then continue
 * after it. Forms that need context, and case-sensitive forms written in another case, are
 * settled in a second pass, once the unambiguous skills around them are known.
 */
export function matchTokens(tokens: Tokens, taxonomy: CompiledTaxonomy, options: MatchOptions = {}): Match[] {
  const found: Candidate[] = [];
  const { root, firstKeys, wholeKeys, pairKeys } = taxonomy.trie;
  const n = tokens.count;
  const hashes = tokens.hash;
  const gaps = tokens.gap;
  for (let i = 0; i < n; i++) {
    const h = hashes[i]!;
    if (h !== 0) {
      if (!inBits(firstKeys, h)) continue;
      // Not a form by itself: worth a look only when the next token continues a form.
      if (!inBits(wholeKeys, h)) {
        if (i + 1 >= n || gaps[i + 1] === Gap.stop) continue;
        const h2 = hashes[i + 1]!;
        if (h2 !== 0 && !inBits(pairKeys, pairHash(h, h2))) continue;
      }
    }
    let node = find(root, tokens, i);
    if (!node) continue;
    let bestEntry: FormEntry | undefined;
    let bestLast = 0;
    let bestInList = false;
    let j = i;
    // Case relaxes only for a one-word form written in lower case, as tag lists do (swift, spring):
    // never for a phrase of common words (or tools), nor a capitalised word (Solid statistics).
    for (;;) {
      if (node.entries) {
        const entry = accept(node.entries, tokens, i, j + 1, false) ?? (j === i && tokens.isLower(i) ? accept(node.entries, tokens, i, j + 1, true) : undefined);
        if (entry) {
          const inListOnly = entry.rule?.caseSensitive === true && !sameCase(entry.raw, tokens, i);
          // A strict match is never replaced by a longer one that would hold only in a list.
          if (!bestEntry || bestInList || !inListOnly) {
            bestEntry = entry;
            bestLast = j + 1;
            bestInList = inListOnly;
          }
        }
      }
      if (j + 1 >= n || tokens.gap[j + 1] === Gap.stop || !node.next) break;
      node = find(node.next, tokens, j + 1);
      if (!node) break;
      j++;
    }
    if (!bestEntry) continue;
    const last = bestLast;
    found.push({
      skill: bestEntry.skill,
      form: bestEntry.form,
      first: i,
      last,
      start: tokens.start[i]!,
      end: tokens.end[last - 1]!,
      rule: bestEntry.rule,
      inListOnly: bestInList,
    });
    i = last - 1;
  }
  return options.assumeContext ? found.map(strip) : settleContext(found, tokens);
}

/** The node of token i's key at a trie level: by the scanner's hash, then compared in place. */
function find(level: TrieLevel, tokens: Tokens, i: number): TrieNode | undefined {
  const bucket = level.get(levelHash(tokens.keyHashOf(i)));
  if (!bucket) return undefined;
  for (const node of bucket) if (tokens.keyIs(i, node.key)) return node;
  return undefined;
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
    for (let k = 0; k < r.notFollowedBy.length; k++) if (followedBy(tokens, last, r.notFollowedBy[k]!)) continue outer;
    for (let k = 0; k < r.notPrecededBy.length; k++) if (precededBy(tokens, first, r.notPrecededBy[k]!)) continue outer;
    return entry;
  }
  return undefined;
}

function sameCase(raw: readonly string[], tokens: Tokens, first: number): boolean {
  for (let k = 0; k < raw.length; k++) if (tokens.raw(first + k) !== raw[k]) return false;
  return true;
}

/** Tokens from `at` on spell `phrase`, joined by plain spaces or hyphens. */
function followedBy(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const i = at + k;
    if (i >= tokens.count || tokens.gap[i] === Gap.stop || !tokens.keyIs(i, phrase[k]!)) return false;
  }
  return true;
}

function precededBy(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  const from = at - phrase.length;
  if (from < 0 || tokens.gap[at] === Gap.stop) return false;
  for (let k = 0; k < phrase.length; k++) {
    const i = from + k;
    if (!tokens.keyIs(i, phrase[k]!) || (k > 0 && tokens.gap[i] === Gap.stop)) return false;
  }
  return true;
}

function phraseAt(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (at + k >= tokens.count || !tokens.keyIs(at + k, phrase[k]!)) return false;
  return true;
}

/**
 * Keep a context-dependent match only when a context word or an unambiguous technical skill is
 * near, and a case-relaxed match only when an unambiguous technical skill stands right beside it
 * (a tag list such as "docker selenium jenkins").
 */
function settleContext(found: Candidate[], tokens: Tokens): Match[] {
  if (!found.some((c) => c.rule?.needsContext || c.inListOnly)) return found.map(strip);
  const anchors = found.filter((c) => !c.rule?.needsContext && !c.inListOnly && !NON_TECHNICAL_CATEGORIES.has(c.skill.category));
  const out: Match[] = [];
  for (const c of found) {
    const r = c.rule;
    if (c.inListOnly && !anchors.some((a) => a.last === c.first || a.first === c.last)) continue;
    if (!r?.needsContext) {
      out.push(strip(c));
      continue;
    }
    const lo = c.first - r.window;
    const hi = c.last + r.window;
    const nearSkill = r.contextFromSkills && anchors.some((a) => a.skill.id !== c.skill.id && a.last > lo && a.first < hi);
    let nearWord = false;
    if (!nearSkill) {
      for (let k = Math.max(0, lo); k < Math.min(tokens.count, hi) && !nearWord; k++) {
        if (k >= c.first && k < c.last) continue;
        nearWord = r.context.some((p) => phraseAt(tokens, k, p));
      }
    }
    if (nearSkill || nearWord) out.push(strip(c));
  }
  return out;
}

function strip(c: Candidate): Match {
  return { skill: c.skill, form: c.form, first: c.first, last: c.last, start: c.start, end: c.end };
}
