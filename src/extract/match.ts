import type { CompiledRule, CompiledTaxonomy, FormEntry, TrieNode } from '../taxonomy/compile.js';
import { NON_TECHNICAL_CATEGORIES, TRIE_SEP } from '../taxonomy/compile.js';
import type { SkillEntry } from '../taxonomy/schema.js';
import { Gap, type Token } from './tokenize.js';

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

/**
 * One linear pass over the tokens: at each token walk the trie as far as the text allows
 * (never across a stop gap), keep the longest path whose form the rules accept, then continue
 * after it. Forms that need context, and case-sensitive forms written in another case, are
 * settled in a second pass, once the unambiguous skills around them are known.
 */
export function matchTokens(tokens: readonly Token[], taxonomy: CompiledTaxonomy, options: MatchOptions = {}): Match[] {
  const found: Candidate[] = [];
  const trie = taxonomy.trie;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    let path = tokens[i]!.key;
    let node: TrieNode | undefined = trie.get(path);
    if (!node) continue;
    let best: { entry: FormEntry; last: number; inListOnly: boolean } | undefined;
    let j = i;
    for (;;) {
      if (node.entries) {
        // Case relaxes only for a one-word form written in lower case, as tag lists do (swift, spring):
        // never for a phrase of common words (or tools), nor a capitalised word (Solid statistics).
        const tag = j === i && tokens[i]!.raw === tokens[i]!.key;
        const entry = accept(node.entries, tokens, i, j + 1, false) ?? (tag ? accept(node.entries, tokens, i, j + 1, true) : undefined);
        // A strict match is never replaced by a longer one that would hold only in a list.
        if (entry) {
          const inListOnly = entry.rule?.caseSensitive === true && !sameCase(entry.raw, tokens, i);
          if (!best || best.inListOnly || !inListOnly) best = { entry, last: j + 1, inListOnly };
        }
      }
      const next: Token | undefined = tokens[j + 1];
      if (!next || next.gap === Gap.stop || !node.more) break;
      path = path + TRIE_SEP + next.key;
      node = trie.get(path);
      if (!node) break;
      j++;
    }
    if (!best) continue;
    const { entry, last, inListOnly } = best;
    found.push({
      inListOnly,
      skill: entry.skill,
      form: entry.form,
      first: i,
      last,
      start: tokens[i]!.start,
      end: tokens[last - 1]!.end,
      rule: entry.rule,
    });
    i = last - 1;
  }
  return options.assumeContext ? found.map(strip) : settleContext(found, tokens);
}

/**
 * The first entry at a trie node whose rules accept tokens [first, last); with `anyCase`, the case
 * rule is waived (the candidate then stands only in a list of skills).
 */
function accept(entries: readonly FormEntry[], tokens: readonly Token[], first: number, last: number, anyCase: boolean): FormEntry | undefined {
  for (const e of entries) {
    const r = e.rule;
    if (!r) return e;
    if (r.caseSensitive && !anyCase && !sameCase(e.raw, tokens, first)) continue;
    if (r.notFollowedBy.some((p) => followedBy(tokens, last, p))) continue;
    if (r.notPrecededBy.some((p) => precededBy(tokens, first, p))) continue;
    return e;
  }
  return undefined;
}

function sameCase(raw: readonly string[], tokens: readonly Token[], first: number): boolean {
  for (let k = 0; k < raw.length; k++) if (tokens[first + k]!.raw !== raw[k]) return false;
  return true;
}

/** Tokens from `at` on spell `phrase`, joined by plain spaces or hyphens. */
function followedBy(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[at + k];
    if (!t || t.key !== phrase[k] || t.gap === Gap.stop) return false;
  }
  return true;
}

function precededBy(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  const from = at - phrase.length;
  if (from < 0 || tokens[at]!.gap === Gap.stop) return false;
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[from + k]!;
    if (t.key !== phrase[k] || (k > 0 && t.gap === Gap.stop)) return false;
  }
  return true;
}

function phraseAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]?.key !== phrase[k]) return false;
  return true;
}

/**
 * Keep a context-dependent match only when a context word or an unambiguous technical skill is
 * near, and a case-relaxed match only when an unambiguous technical skill stands right beside it
 * (a tag list such as "docker selenium jenkins").
 */
function settleContext(found: Candidate[], tokens: readonly Token[]): Match[] {
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
      for (let k = Math.max(0, lo); k < Math.min(tokens.length, hi) && !nearWord; k++) {
        if (k >= c.first && k < c.last) continue;
        nearWord = r.context.some((p) => phraseAt(tokens, k, p));
      }
    }
    if (nearSkill || nearWord) out.push(strip(c));
  }
  return out;
}

function strip(c: Candidate): Match {
  const { rule: _rule, inListOnly: _list, ...m } = c;
  return m;
}
