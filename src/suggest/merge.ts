import type { GapItem } from '../compare/schema.js';
import { STATUSES, type Status } from '../compare/status.js';
import { importanceRank } from '../extract/importance.js';
import { phraseKeys } from '../lexicon/index.js';
import { suggestKeywords, type Suggestion } from './keywords.js';
import type { MergedKeywords, MergedSuggestion } from './schema.js';

export type { MergedKeywords, MergedSuggestion } from './schema.js';

export interface MergeOptions {
  /** Keep at most this many entries in each list (and in the keyword line). */
  top?: number;
}

const statusRank = (s: Status) => STATUSES.indexOf(s);
const wordKey = (s: string) => phraseKeys(s).join(' ');

/**
 * One skill across postings: the strongest importance, the wording most postings use (first seen
 * wins a tie), and the person's best standing with it. Matched or reworded is decided again against
 * the chosen wording, so "use this wording" always means the word most postings write.
 */
function mergeItems(items: readonly GapItem[]): GapItem {
  const first = items[0]!;
  const wordings = new Map<string, number>();
  for (const g of items) wordings.set(g.wording, (wordings.get(g.wording) ?? 0) + 1);
  let wording = first.wording;
  let n = 0;
  for (const [w, c] of wordings) if (c > n) [wording, n] = [w, c];
  // (An item that counts before another member of a group, which weighs nothing and is never listed:
  // "Apache Spark" one posting asks alone is not lost in another's "Apache Hive or Apache Spark".)
  const counts = (g: GapItem) => (g.group === null || g.weight > 0 ? 0 : 1);
  const best = items.reduce((a, b) => (statusRank(b.status) < statusRank(a.status) || (b.status === a.status && counts(b) < counts(a)) ? b : a));
  let status = best.status;
  if ((status === 'matched' || status === 'reworded') && best.yours) {
    status = best.yours.wordings.some((w) => wordKey(w) === wordKey(wording)) ? 'matched' : 'reworded';
  }
  const importance = items.reduce((a, g) => (importanceRank[g.importance] < importanceRank[a] ? g.importance : a), first.importance);
  const years = items.map((g) => g.yearsAsked).filter((y): y is number => y !== null);
  return {
    ...best,
    importance,
    wording,
    status,
    asks: items.reduce((s, g) => s + g.asks, 0),
    yearsAsked: years.length ? Math.max(...years) : null,
  };
}

/**
 * Keyword advice for many postings at once: each skill once, with how many postings ask for it,
 * most asked first. The same honesty as for one posting: only skills the person has become keywords.
 */
export function mergeKeywords(gaps: readonly (readonly GapItem[])[], options: MergeOptions = {}): MergedKeywords {
  const byId = new Map<string, GapItem[]>();
  for (const items of gaps) {
    for (const g of items) byId.set(g.id, [...(byId.get(g.id) ?? []), g]);
  }
  // A posting lists each skill once (compareSkills gives one item per skill), so items per id = postings asking.
  const count = new Map([...byId].map(([id, items]) => [id, items.length] as const));

  const merged = [...byId.values()].map(mergeItems);
  const s = suggestKeywords(merged);
  const total = gaps.length;
  const widen = (x: Suggestion): MergedSuggestion => {
    const postings = count.get(x.id) ?? 0;
    return { ...x, postings, share: total ? Math.round((postings / total) * 1000) / 1000 : 0 };
  };
  // suggestKeywords sorts by importance then mentions; a stable sort by postings puts the most asked first.
  const byPostings = (a: MergedSuggestion, b: MergedSuggestion) => b.postings - a.postings;
  const top = options.top !== undefined && options.top >= 0 ? options.top : Infinity;
  const list = (xs: Suggestion[]) => xs.map(widen).sort(byPostings).slice(0, top);

  const wordingOf = new Map(merged.map((g) => [g.wording, g.id] as const));
  const keywords = [...s.keywords].sort((a, b) => (count.get(wordingOf.get(b) ?? '') ?? 0) - (count.get(wordingOf.get(a) ?? '') ?? 0)).slice(0, top);
  return {
    postings: total,
    useWording: list(s.useWording),
    addToSkills: list(s.addToSkills),
    alreadyThere: list(s.alreadyThere),
    related: list(s.related),
    toLearn: list(s.toLearn),
    conditions: list(s.conditions),
    keywords,
    line: keywordLine(keywords),
  };
}

/** One line for an application form's skills field: comma-separated, no commas left inside a keyword. */
export function keywordLine(keywords: readonly string[]): string {
  return [...new Set(keywords.map((k) => k.replace(/\s*,\s*/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean))].join(', ');
}
