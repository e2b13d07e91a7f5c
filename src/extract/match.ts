import type { CompiledRule, CompiledTaxonomy, FormEntry, TrieNode } from '../taxonomy/compile.js';
import { NON_TECHNICAL_CATEGORIES } from '../taxonomy/compile.js';
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
}

/**
 * One linear pass over the tokens: at each token walk the trie as far as the text allows
 * (never across a stop gap), keep the longest path whose form the rules accept, then continue
 * after it. Forms that need context are settled in a second pass, once the unambiguous
 * skills around them are known.
 */
export interface MatchOptions {
  /** Treat every context rule as met: the text is known to be a list of skills (a profile's skill names). */
  assumeContext?: boolean;
}

export function matchTokens(tokens: readonly Token[], taxonomy: CompiledTaxonomy, options: MatchOptions = {}): Match[] {
  const found: Candidate[] = [];
  const root = taxonomy.root.next;
  if (!root) return [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    let node: TrieNode | undefined = root.get(tokens[i]!.key);
    if (!node) continue;
    let best: { entry: FormEntry; last: number } | undefined;
    let j = i;
    for (;;) {
      if (node.entries) {
        const entry = accept(node.entries, tokens, i, j + 1);
        if (entry) best = { entry, last: j + 1 };
      }
      const next: Token | undefined = tokens[j + 1];
      if (!next || next.gap === Gap.stop || !node.next) break;
      node = node.next.get(next.key);
      if (!node) break;
      j++;
    }
    if (!best) continue;
    const { entry, last } = best;
    found.push({
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

/** The first entry at a trie node whose case and neighbour rules accept tokens [first, last). */
function accept(entries: readonly FormEntry[], tokens: readonly Token[], first: number, last: number): FormEntry | undefined {
  for (const e of entries) {
    const r = e.rule;
    if (!r) return e;
    if (r.caseSensitive && !sameCase(e.raw, tokens, first)) continue;
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

/** Keep a context-dependent match only when a context word or an unambiguous technical skill is near. */
function settleContext(found: Candidate[], tokens: readonly Token[]): Match[] {
  if (!found.some((c) => c.rule?.needsContext)) return found.map(strip);
  const anchors = found.filter((c) => !c.rule?.needsContext && !NON_TECHNICAL_CATEGORIES.has(c.skill.category));
  const out: Match[] = [];
  for (const c of found) {
    const r = c.rule;
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
  const { rule: _rule, ...m } = c;
  return m;
}
