/**
 * Alternatives: "PyTorch or TensorFlow", "AWS/GCP", "Python and/or R", "such as A, B or C",
 * "one of A, B". Skills named side by side in one sentence form a run; a run with an "or" between
 * its members (or a lead-in before it) is a group that a candidate meets with any member. A list
 * joined by "and" or commas only is not: every member is asked.
 */

import type { Tokens } from '../lexicon/index.js';
import { BULLET_START } from './bullets.js';
import { isWhiteSpace } from '../white-space.js';
import type { MentionReader, TokenSpan } from './mentions.js';

type GapKind = 'or' | 'and' | 'comma' | 'break';

/** How many words may stand between a lead-in and the first member after a colon ("one of the following BI tools is required: Tableau"). */
const LEAD_TO_COLON_WORDS = 7;

/** Whether a lead-in ("one of", "such as", "e.g.") stands right before the run's first member, or a few words before a colon right before it. */
function ledIn(reader: MentionReader, span: TokenSpan, sentenceFirst: number): boolean {
  const { tokens } = reader;
  let found = false;
  // (Not one a bracket closes before the span: "SAS (or similar), ETL, data processing" leads in no list.)
  reader.reading.vocab.alternatives.each(tokens, Math.max(sentenceFirst, span.first - 4), span.first, (tag, _first, last) => {
    if (tag === 'leadIn' && fillerUpTo(reader, tokens, last, span.first) && !reader.reading.flow.slice(tokens.end[last - 1]!, span.start).includes(')')) found = true;
  });
  if (found || span.first === 0) return found;
  // "one of the following languages: Java, Scala, Go", "at least one of the following BI tools is
  // required: Tableau, Looker": a lead-in a few words before a colon that opens the run.
  if (!/^\s*:\s*$/.test(reader.reading.flow.slice(tokens.end[span.first - 1]!, span.start))) return false;
  reader.reading.vocab.alternatives.each(tokens, Math.max(sentenceFirst, span.first - LEAD_TO_COLON_WORDS - 4), span.first, (tag, _first, last) => {
    if (tag === 'leadIn' && span.first - last <= LEAD_TO_COLON_WORDS) found = true;
  });
  return found;
}

/** Only filler words (or nothing) between token `from` and token `to` (with `leadIns`, lead-ins too; with `listWords`, connectors and joiners). */
function fillerUpTo(reader: MentionReader, tokens: Tokens, from: number, to: number, leadIns = false, listWords = false): boolean {
  if (from === to) return true;
  const covered = new Uint8Array(to - from);
  reader.reading.vocab.alternatives.each(tokens, from, to, (tag, first, last) => {
    if (tag === 'filler' || (leadIns && tag === 'leadIn') || (listWords && (tag === 'connector' || tag === 'joiner'))) covered.fill(1, first - from, last - from);
  });
  return !covered.includes(0);
}

/** Whether a bracket closes right after `at` ("...)", "..., etc.)"). */
function closesBracket(flow: string, at: number): boolean {
  return /^\s*(?:,?\s*etc\.?\s*)?\)/.test(flow.slice(at, at + 12));
}

/**
 * Whether a list ends in an "or" before words that name no skill ("statistics, economics, or a
 * related field", "Python, R or another language"): its members are alternatives.
 */
function trailingOr(reader: MentionReader, last: TokenSpan): boolean {
  const { tokens } = reader;
  const at = last.last;
  // (Not an "or" in a bracket: "dbt, Airflow (or Dagster)".)
  if (at >= tokens.count || /[.;:!?(]/.test(reader.reading.flow.slice(last.end, tokens.start[at]))) return false;
  let found = false;
  reader.reading.vocab.alternatives.each(tokens, at, Math.min(tokens.count, at + 2), (tag, first) => {
    if (tag === 'connector' && first === at) found = true;
  });
  return found;
}

/** Whether a bracket opens with an "or" between two mentions: "Airflow (or Dagster)", "AWS (or GCP)". */
function bracketedOr(reader: MentionReader, a: TokenSpan, b: TokenSpan): boolean {
  if (b.first <= a.last || b.first - a.last > 2 || !/^\s*\(\s*\S+\s*$/.test(reader.reading.flow.slice(a.end, b.start))) return false;
  let found = false;
  reader.reading.vocab.alternatives.each(reader.tokens, a.last, b.first, (tag, first, last) => {
    if (tag === 'connector' && first === a.last && last === b.first) found = true;
  });
  return found;
}

/**
 * Whether only an item or two that name no skill the taxonomy knows, a name of a word or two in
 * capitals each, stand between two mentions of a list, with its commas and list words: "Spring
 * Boot, Ratpack, Vert.x, or Play"; or, in a list of `fields`, the first words of the next item.
 */
function namelessBetween(reader: MentionReader, a: TokenSpan, b: TokenSpan, fields: 'field' | 'subject' | null): boolean {
  const flow = reader.reading.flow;
  const gap = flow.slice(a.end, b.start);
  // (Or, in a list of fields of study, a word or two in capitals that open the next item, a name the
  // taxonomy knows only the end of: "Statistics, Health Economics, Bioinformatics", "Economics,
  // Health/Medical Informatics"; in lower case where a field of study is one of the two, not in a
  // list of methods: "epidemiology, medical statistics or public health". No list word among them.)
  if (fields && (fields === 'field' ? ITEM_PREFIX : CAPITAL_PREFIX).test(gap) && !coordinatorIn(reader, a.last, b.first)) return true;
  const items = NAMELESS_ITEMS.exec(gap);
  if (!items) return false;
  // (After the last comma, list words only: "or", "and".)
  const { tokens } = reader;
  const from = tokens.indexAt(a.end + items[0].length);
  return from >= b.first || fillerUpTo(reader, tokens, from, b.first, false, true);
}

/** Whether a colon (and maybe a few words of the item) stands right before the mention's item: "the following: scientific data analysis". */
function afterColon(reader: MentionReader, m: TokenSpan): boolean {
  const flow = reader.reading.flow;
  return /:\s*(?:[\p{Ll}-]+\s+){0,2}$/u.test(flow.slice(Math.max(0, m.start - 40), m.start));
}

/** A few lower-case words around one comma (and a list word) between two items of a list. */
const LOOSE_ITEM_GAP = /^(?:\s+[\p{Ll}-]+){0,2}\s*,\s*(?:[\p{Ll}-]+\s+){0,3}$/u;

/** A comma, then one or two items of one to three lower-case words, each closed by a comma (and maybe a list word). */
const LOWER_ITEMS = /^\s*,\s*(?:[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}\s*,\s*){1,2}(?:(?:and|or)\s+)?$/u;

/** A comma, then a word or two (a slash may join them: "Health/"), right before the next mention. */
const ITEM_PREFIX = /^\s*,\s*(?:\p{L}\p{Ll}+(?:\s+|\s*\/\s*)){1,2}$/u;
/** The same, words in capitals. */
const CAPITAL_PREFIX = /^\s*,\s*(?:\p{Lu}\p{Ll}+(?:\s+|\s*\/\s*)){1,2}$/u;

/** Whether a coordinator of the vocabulary ("and", "or"; not a slash) is among tokens [from, to). */
function coordinatorIn(reader: MentionReader, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (reader.tokens.raw(k) !== '/' && reader.reading.vocab.coordinators.has(reader.tokens.keyHashOf(k))) return true;
  return false;
}

/** A comma, then one or two items of a name each (one or two words in capitals), each closed by a comma. */
const NAMELESS_ITEMS = /^\s*,\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}.+#/-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.+#/-]*)?\s*,\s*){1,2}/u;

/** Whether a word that asks for every example ("multiple programming languages (R, Python)") stands in the few words before `at`. */
function allOfBefore(reader: MentionReader, at: number): boolean {
  const words = reader.reading.flow.slice(Math.max(0, at - 60), at).split(/[^\p{L}]+/u).slice(-4);
  return words.some((w) => reader.reading.vocab.alternativeAllOf.has(w.toLowerCase()));
}

/** The most characters of a bracket an "or" after it may follow. */
const MAX_BRACKET_CHARS = 200;

/**
 * The index of the mention a bracket follows when an "or" right after that bracket joins `b` to it:
 * "AWS (EC2, S3, Lambda) or Azure", "Amazon Web Services (AWS) or Google Cloud", "R (tidyverse) or
 * Python", "AWS (preferred) or Azure"; -1 when none does. What the bracket holds elaborates the
 * mention before it, and the alternative is to that mention.
 */
function bracketThenOr(reader: MentionReader, mentions: readonly TokenSpan[], i: number): number {
  const { tokens } = reader;
  const flow = reader.reading.flow;
  const b = mentions[i]!;
  if (i === 0) return -1;
  // The closing bracket: before the "or" that opens b (its tokens, then filler only).
  let close = -1;
  for (let t = b.first - 1; t >= Math.max(0, b.first - 3) && close < 0; t--) {
    if (tokens.start[t]! < mentions[i - 1]!.end) break;
    let joined = false;
    reader.reading.vocab.alternatives.each(tokens, t, b.first, (tag, first, last) => {
      if (tag === 'connector' && first === t && fillerUpTo(reader, tokens, last, b.first)) joined = true;
    });
    if (joined && /\)\s*,?\s*$/.test(flow.slice(Math.max(mentions[i - 1]!.end, tokens.start[t]! - 4), tokens.start[t]!))) close = flow.lastIndexOf(')', tokens.start[t]!);
  }
  if (close < 0) return -1;
  // (The opening bracket near: a text of closing brackets alone reads in linear time.)
  let open = close - 1;
  while (open >= 0 && close - open <= MAX_BRACKET_CHARS && flow.charCodeAt(open) !== 40 && flow.charCodeAt(open) !== 41) open--;
  if (open < 0 || flow.charCodeAt(open) !== 40 || /[.;:!?\n]/.test(flow.slice(open, close))) return -1;
  let j = i - 1;
  while (j >= 0 && mentions[j]!.start >= open) j--;
  return j >= 0 && mentions[j]!.end <= open && /^\s*$/.test(flow.slice(mentions[j]!.end, open)) ? j : -1;
}

/** The most alternatives before a bracket whose members are kinds of them ("AWS, GCP or Azure (EKS, GKE, AKS)"). */
const MAX_KIND_HEADS = 4;

/**
 * Whether the run is the whole of a bracket right after a mention whose kinds its members all are
 * ("message queues (Kafka, RabbitMQ)"; "etc." may close it), or after alternatives whose kinds or
 * parts they are, of more than one of them ("AWS or GCP (EKS, GKE)": the service of whichever is used).
 */
function bracketOfKinds(
  reader: MentionReader,
  mentions: readonly (TokenSpan & { id: string })[],
  run: readonly number[],
  kindOf: (member: string, head: string) => boolean,
  partOf?: (member: string, whole: string) => boolean,
): boolean {
  const flow = reader.reading.flow;
  const head = mentions[run[0]! - 1]!;
  const first = mentions[run[0]!]!;
  const last = mentions[run[run.length - 1]!]!;
  if (!/^\s*\(\s*$/.test(flow.slice(head.end, first.start)) || !closesBracket(flow, last.end)) return false;
  if (allOfBefore(reader, head.start)) return false;
  if (run.every((i) => kindOf(mentions[i]!.id, head.id))) return true;
  // (The alternatives an "or" joins right before the bracket, commas besides: "AWS, GCP or Azure".)
  const heads = [head.id];
  let or = false;
  for (let k = run[0]! - 2; k >= 0 && heads.length < MAX_KIND_HEADS; k--) {
    const gap = reader.listGap(mentions[k]!, mentions[k + 1]!);
    if (gap !== 'or' && gap !== 'comma') break;
    or ||= gap === 'or';
    heads.push(mentions[k]!.id);
  }
  // Each member a kind or a part of one of them, and not all of the same one: "(EKS, GKE)" (a part of
  // AWS, one of GCP) offers one; "AWS or GCP (EC2, S3)" asks AWS's parts.
  const of = (id: string) => heads.findIndex((h) => kindOf(id, h) || (partOf?.(id, h) ?? false));
  const owners = run.map((i) => of(mentions[i]!.id));
  return or && owners.every((o) => o >= 0) && new Set(owners).size > 1;
}

/**
 * Whether the run is the whole of a bracket right after a word that names the kind of its members
 * ("data visualization tools (Tableau, Looker, matplotlib)", "scripting languages (e.g. Python, R,
 * Scala, etc.)"): examples of that kind, any of which will do.
 */
function bracketAfterKind(reader: MentionReader, mentions: readonly TokenSpan[], run: readonly number[]): boolean {
  const flow = reader.reading.flow;
  const first = mentions[run[0]!]!;
  const last = mentions[run[run.length - 1]!]!;
  // A bracket closes the run, and one opens a few characters before it with only lead-ins and
  // filler between ("(e.g. Python").
  if (!closesBracket(flow, last.end)) return false;
  const open = bracketOpenBefore(reader, first);
  if (open < 0) return false;
  // ... right after the word that names their kind.
  const head = flow.slice(Math.max(0, open - 40), open);
  const kind = /([\p{L}]+)\s*$/u.exec(head);
  if (!kind || !reader.reading.vocab.alternativeKinds.has(kind[1]!.toLowerCase())) return false;
  return !allOfBefore(reader, open - head.length + kind.index);
}

/**
 * The bracket that opens a few characters before `first`, only lead-ins and filler between ("(e.g.
 * Python"); -1 when none does.
 */
function bracketOpenBefore(reader: MentionReader, first: TokenSpan): number {
  const flow = reader.reading.flow;
  let open = first.start - 1;
  while (open >= 0 && first.start - open <= 24 && flow.charCodeAt(open) !== 40) open--;
  if (open < 0 || flow.charCodeAt(open) !== 40 || !fillerUpTo(reader, reader.tokens, reader.tokens.indexAt(open + 1), first.first, true)) return -1;
  return open;
}

/**
 * Whether the run is a list that a word naming the kind of its members and a colon open, closed by
 * "etc." ("big data tools: Hadoop, Spark, Kafka, etc.", "scripting languages: Python, Java, Scala,
 * etc."): examples of that kind, any of which will do. (Without the "etc." such a list asks them
 * all: "AWS cloud services: EC2, EMR, RDS".)
 */
function examplesAfterKindColon(reader: MentionReader, mentions: readonly TokenSpan[], run: readonly number[]): boolean {
  const flow = reader.reading.flow;
  const first = mentions[run[0]!]!;
  const last = mentions[run[run.length - 1]!]!;
  if (!/^\s*,?\s*etc\b/.test(flow.slice(last.end, last.end + 8))) return false;
  const head = /([\p{L}]+)\s*:\s*$/u.exec(flow.slice(Math.max(0, first.start - 40), first.start));
  if (!head || !reader.reading.vocab.alternativeKinds.has(head[1]!.toLowerCase())) return false;
  return !allOfBefore(reader, first.start - head[0].length);
}

/**
 * Whether the run is the whole of a bracket that "etc." closes ("neural nets (MXNet, TensorFlow,
 * Keras etc.)", "web development skills (HTML5, Rails, Vue.js, etc.)"): examples, any of which will do.
 */
function bracketOfExamples(reader: MentionReader, mentions: readonly TokenSpan[], run: readonly number[]): boolean {
  const flow = reader.reading.flow;
  const first = mentions[run[0]!]!;
  const last = mentions[run[run.length - 1]!]!;
  if (!/^\s*,?\s*etc\b\.?\s*\)/.test(flow.slice(last.end, last.end + 12))) return false;
  const open = bracketOpenBefore(reader, first);
  if (open < 0) return false;
  // (Not a bracket of parts: "Microsoft Office (including Excel, Word, Outlook, etc.)".)
  const opening = /^\s*([\p{L}]+)/u.exec(flow.slice(open + 1, first.start));
  if (opening && reader.reading.vocab.alternativeParts.has(opening[1]!.toLowerCase())) return false;
  return !allOfBefore(reader, open);
}

/** flow[from, to) without the dot that ends an abbreviation right at `from` ("M.S. with 8 years or Ph.D."). */
function withoutAbbreviationDot(flow: string, from: number, to: number): string {
  const abbreviation = flow.charCodeAt(from) === 46 && from >= 2 && /\p{L}/u.test(flow[from - 1]!) && !/\p{L}/u.test(flow[from - 2]!);
  return flow.slice(abbreviation ? from + 1 : from, to);
}

/** How many words may stand between two degrees that the years each needs separate. */
const DEGREE_YEARS_GAP = 14;

/**
 * How two degrees with the years each needs between them are joined, an "or" right before the
 * second ('or': "PhD with 4+ years, or Master's with 7+ years", "BS with 0-1 years of experience or
 * MS", "MS and 3 plus years of relevant experience or a BS") or a comma ('comma'); null when not so.
 */
function degreesWithYears(reader: MentionReader, a: TokenSpan, b: TokenSpan): 'or' | 'comma' | null {
  const { tokens } = reader;
  const gap = withoutAbbreviationDot(reader.reading.flow, a.end, b.start);
  if (b.first <= a.last || b.first - a.last > DEGREE_YEARS_GAP || /[.;:!?\n]/.test(gap)) return null;
  let or = false;
  reader.reading.vocab.alternatives.each(tokens, Math.max(a.last, b.first - 3), b.first, (tag, _first, last) => {
    if (tag === 'connector' && fillerUpTo(reader, tokens, last, b.first)) or = true;
  });
  if (!reader.hasYears(a.end, b.start)) return null;
  // (Or a comma, in a list of such routes that an "or" closes: "Bachelor's with 5 years of
  // experience, Master's with 3 years or PhD with 1-2 years".)
  return or ? 'or' : /,\s*$/.test(gap) ? 'comma' : null;
}

/**
 * Whether `first` opens the list of fields of the degree (or field of study) `before` names: "a BS in
 * Statistics, ...", "a Master's degree or PhD in Physics, ..." (filler words only between), or "a
 * STEM discipline (Computer Science, ..." (a bracket right before the list). A subject that is also
 * a field ("statistics (regression, distributions, ...)") opens no such list.
 */
function fieldsOf(reader: MentionReader, before: TokenSpan, first: TokenSpan, kind: 'degree' | 'field' | 'subject' | null): boolean {
  const { tokens } = reader;
  if (first.first - before.last > 4) return false;
  const gap = reader.reading.flow.slice(before.end, first.start);
  if (/[.;:!?]/.test(gap)) return false;
  if (kind === 'degree') return fillerUpTo(reader, tokens, before.last, first.first);
  return kind === 'field' && /\(\s*$/.test(gap);
}

/** The most tokens between a field of study and the first of its examples ("field, such as e.g."). */
const FIELD_EXAMPLES_GAP = 5;

/**
 * Whether the examples of a field of study follow right after the mention `head` that names it, in a
 * bracket or after a lead-in, filler only between: "a quantitative field (e.g. Statistics, Economics)",
 * "a technical discipline such as physics or chemistry". (Not after a sentence stop or a closed
 * bracket: "a quantitative field (MS preferred). Statistics ...".)
 */
export function examplesFollow(reader: MentionReader, head: TokenSpan, first: TokenSpan): boolean {
  const { tokens } = reader;
  if (first.first < head.last || first.first - head.last > FIELD_EXAMPLES_GAP) return false;
  const gap = reader.reading.flow.slice(head.end, first.start);
  if (/[;!?)\n]/.test(gap)) return false;
  let lead = false;
  reader.reading.vocab.alternatives.each(tokens, head.last, first.first, (tag) => {
    if (tag === 'leadIn') lead = true;
  });
  return (lead || gap.includes('(')) && fillerUpTo(reader, tokens, head.last, first.first, true);
}

/**
 * The groups of alternatives among mentions (in text order, each with its skill id): lists of
 * indices into `mentions`, each naming at least two different skills.
 */
export function findAlternatives(
  reader: MentionReader,
  mentions: readonly (TokenSpan & { id: string })[],
  degreeOf?: (i: number) => 'degree' | 'field' | 'subject' | null,
  kindOf?: (member: string, head: string) => boolean,
  industry?: (i: number) => boolean,
  partOf?: (member: string, whole: string) => boolean,
): number[][] {
  const groups: number[][] = [];
  const flush = (run: number[], gaps: GapKind[]) => {
    if (run.length < 2) return;
    const distinct = (members: number[]) => new Set(members.map((i) => mentions[i]!.id)).size >= 2;
    // Industries listed together are where the experience may come from, any of them: "Industry
    // experience in real estate, retail, transportation is a plus", "a background in fintech,
    // e-commerce and logistics".
    // (A list, a comma in it and words or signs between every two: not "the financial services and
    // banking industry", "government consulting", "a B2C e-commerce company", one industry named.)
    if (industry && run.every(industry)) {
      const between = run.slice(1).map((i, k) => reader.reading.flow.slice(mentions[run[k]!]!.end, mentions[i]!.start));
      if (between.some((g) => g.includes(',')) && between.every((g) => g.trim() !== '')) {
        if (distinct(run)) groups.push(run);
        return;
      }
    }
    // Examples of a kind in a bracket after it, "or" or commas between: "message queues (Kafka,
    // RabbitMQ)", "relational databases (Oracle, PostgreSQL)". (A tool's own parts are no kinds of
    // it, and all asked: "Python (pandas, NumPy)".)
    if (kindOf && run[0]! > 0 && !gaps.includes('and') && bracketOfKinds(reader, mentions, run, kindOf, partOf)) {
      if (distinct(run)) groups.push(run);
      return;
    }
    if (!gaps.includes('and') && (bracketAfterKind(reader, mentions, run) || examplesAfterKindColon(reader, mentions, run) || bracketOfExamples(reader, mentions, run))) {
      if (distinct(run)) groups.push(run);
      return;
    }
    // (In a bracket of examples "etc." closes, commas between its items, an "and" joins within an
    // item or ends the examples: "(random forest, decision trees, supervised and unsupervised modeling, etc.)".)
    if (gaps.includes('and') && gaps.includes('comma') && gaps.every((k) => k === 'comma' || k === 'and') && bracketOfExamples(reader, mentions, run)) {
      if (distinct(run)) groups.push(run);
      return;
    }
    // The fields of one degree are alternatives: "a Bachelor's in Statistics, Mathematics, Computer
    // Science", "a STEM discipline (Computer Science, Statistics, Data Science, etc.)".
    if (degreeOf && run[0]! > 0 && !gaps.includes('and') && run.every((i) => degreeOf(i) === 'field' || degreeOf(i) === 'subject') && fieldsOf(reader, mentions[run[0]! - 1]!, mentions[run[0]!]!, degreeOf(run[0]! - 1))) {
      if (distinct(run)) groups.push(run);
      return;
    }
    // Degrees listed side by side are routes to the job, any of which will do: "MS, PhD in
    // Statistics", "BS/MS, PhD". (Not where an "and" joins them, nor a degree and a kind of it that
    // narrows it: "an advanced degree, PhD preferred".)
    if (degreeOf && !gaps.includes('and') && run.every((i) => degreeOf(i) === 'degree') && !run.some((i) => run.some((j) => kindOf?.(mentions[i]!.id, mentions[j]!.id)))) {
      if (distinct(run)) groups.push(run);
      return;
    }
    if (ledIn(reader, mentions[run[0]!]!, reader.sentenceTokens(mentions[run[0]!]!.start).first)) {
      // (Up to an "and" before another kind that leads in examples of its own: "repository tools such as
      // Git or Bitbucket and project tracking systems such as Jira" offers Git or Bitbucket, not the tracker.)
      const cut = gaps.findIndex((k, g) => k === 'and' && leadsInExamples(reader, mentions, run[g + 1]!));
      const members = cut >= 0 ? run.slice(0, cut + 1) : run;
      if (members.length > 1 && distinct(members)) groups.push(members);
      return;
    }
    // A list of slashed pairs ("supervised/unsupervised learning, AWS/GCP/Azure"): the slashes join
    // within an item, the commas separate items; with no "or" word, each item is a group of its own.
    if (gaps.every((k) => k === 'comma') && trailingOr(reader, mentions[run[run.length - 1]!]!)) {
      if (distinct(run)) groups.push(run);
      return;
    }
    const flow = reader.reading.flow;
    // (A slash, or an "or" opening a bracket, joins within an item: "dbt, Airflow (or Dagster)".)
    const slash = (g: number) => {
      const gap = flow.slice(mentions[run[g]!]!.end, mentions[run[g + 1]!]!.start).trim();
      return gap === '/' || gap.startsWith('(');
    };
    if (gaps.includes('comma') && gaps.every((k, g) => k !== 'or' || slash(g))) gaps = gaps.map((k) => (k === 'comma' ? 'and' : k));
    // Split at "and": each part with an "or" in it is a group ("Python, R or Julia and SQL").
    let part = [run[0]!];
    let or = false;
    const close = () => {
      if (or && distinct(part)) groups.push(part);
    };
    for (let g = 0; g < gaps.length; g++) {
      // (A list closed by its "or" ends there: "CS, Statistics, or a related field, Masters or PhD".)
      if (gaps[g] === 'and' || (gaps[g] === 'comma' && g > 0 && gaps[g - 1] === 'or' && !slash(g - 1))) {
        close();
        part = [run[g + 1]!];
        or = false;
      } else {
        if (gaps[g] === 'or') or = true;
        part.push(run[g + 1]!);
      }
    }
    close();
  };
  let run: number[] = [];
  let gaps: GapKind[] = [];
  const isField = (i: number) => degreeOf?.(i) === 'field' || degreeOf?.(i) === 'subject';
  /** Pairs of mentions, the second opening examples an "or" after the first offers (see orExamples). */
  let examples: [number, number][] | undefined;
  let sentence = -1;
  /** The last degree of the sentence so far (-1: none). */
  let degree = -1;
  /** The last degree of the line so far, where that line starts, and where it ends (mentions are in text order). */
  let lineDegree = -1;
  let line = -1;
  let lineEnd = -1;
  // (Lines as the flow has them: a line hard-wrapped into the next is one line, "PhD with 8 years of
  // experience" / "or a Master's with 12 years".)
  const text = reader.reading.flow;
  /** The degree at `i` (of the sentence at `s`) joins the routes of the degree at `to`; the run starts again at it. */
  const route = (to: number, i: number, s: number) => {
    flush(run, gaps);
    const routes = groups.find((g) => g.includes(to));
    if (routes) routes.push(i);
    else groups.push([to, i]);
    run = [i];
    gaps = [];
    sentence = s;
    degree = lineDegree = i;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const s = reader.sentenceAt(m.start).start;
    if (s !== sentence) degree = -1;
    // (Each line's start found once: a text of one long line reads in linear time.)
    if (m.start > lineEnd) {
      line = text.lastIndexOf('\n', m.start - 1);
      const nl = text.indexOf('\n', m.start);
      lineEnd = nl < 0 ? text.length : nl;
      lineDegree = -1;
    }
    const prev = run.length > 0 && s === sentence ? mentions[run[run.length - 1]!]! : undefined;
    let kind: GapKind = prev ? reader.listGap(prev, m) : 'break';
    // "PhD in Immunology or a related field, or Masters with 3+ years", "M.S. or Ph.D. in Chemistry
    // or BS with 10 years": a degree after the fields of one is another route to the job, an
    // alternative to the degree before the fields, not to them.
    const field = prev ? degreeOf?.(run[run.length - 1]!) : null;
    if (kind === 'or' && degree >= 0 && (field === 'field' || field === 'subject') && degreeOf?.(i) === 'degree' && mentions[degree]!.id !== m.id) {
      route(degree, i, s);
      continue;
    }
    if (degreeOf?.(i) === 'degree') degree = i;
    if (kind === 'break' && prev && bracketedOr(reader, prev, m)) kind = 'or';
    if (kind === 'break' && prev && namelessBetween(reader, prev, m, !isField(run[run.length - 1]!) || !isField(i) ? null : degreeOf?.(run[run.length - 1]!) === 'field' || degreeOf?.(i) === 'field' ? 'field' : 'subject')) kind = 'comma';
    // ("one or more of the following: high performance computing, scientific data analysis, ...,
    // large-scale data management, and big data technologies": in a list a lead-in and a colon
    // open, items may say more than the skill they name, in a few lower-case words.)
    if (kind === 'break' && prev && LOOSE_ITEM_GAP.test(reader.reading.flow.slice(prev.end, m.start)) && afterColon(reader, mentions[run[0]!]!) && ledIn(reader, mentions[run[0]!]!, reader.sentenceTokens(mentions[run[0]!]!.start).first)) kind = 'comma';
    // ("such as geospatial intelligence, natural language processing, behavioral modeling, social
    // computing, time series prediction, computer vision": in a list a lead-in opens, an item or two
    // of a few lower-case words that name no skill stand between its skills.)
    if (kind === 'break' && prev && LOWER_ITEMS.test(reader.reading.flow.slice(prev.end, m.start)) && ledIn(reader, mentions[run[0]!]!, reader.sentenceTokens(mentions[run[0]!]!.start).first)) kind = 'comma';
    if (kind === 'break' && prev && degreeOf?.(run[run.length - 1]!) === 'degree' && degreeOf(i) === 'degree') kind = degreesWithYears(reader, prev, m) ?? 'break';
    // "Bachelor's degree and 6+ years of ... experience; OR Master's degree and 4+ years; OR PhD and
    // 2+ years", "PhD ... with 6+ years of clinical trial experience (or an MS with 9+)": a degree that
    // an "or" opens after another degree of the line, whatever stands between, is another route to the job.
    // (Also where the skill before that "or" is no degree nor field: "Bachelor of Science and 5 years'
    // data science experience OR Master of Science and 3 years' data science experience".)
    const afterSkill = kind === 'or' && prev !== undefined && degreeOf !== undefined && degreeOf(run[run.length - 1]!) === null;
    if ((kind === 'break' || afterSkill) && degreeOf?.(i) === 'degree' && lineDegree >= 0 && mentions[lineDegree]!.id !== m.id && ROUTE_OR.test(text.slice(Math.max(line + 1, m.start - ROUTE_LOOK), m.start))) {
      route(lineDegree, i, s);
      continue;
    }
    if (degreeOf?.(i) === 'degree') lineDegree = i;
    // "Airflow (or a similar orchestrator such as Dagster or Prefect)", "SQL, R or a comparable
    // programming language (such as Python, SAS)": the examples an "or" offers of a kind join the
    // alternatives before it (merged once the groups are known). (An "or" word, not a slash:
    // "database design/modeling tools such as Erwin".)
    if (kind === 'break' && prev && orExamples(reader, prev, m, gaps[gaps.length - 1] === 'or' && reader.reading.flow.slice(mentions[run[run.length - 2]!]!.end, prev.start).trim() !== '/', kindOf)) (examples ??= []).push([run[run.length - 1]!, i]);
    // "AWS (EC2, S3) or Azure": the bracket's run ends, and the mention before the bracket and this
    // one are alternatives.
    const head = kind === 'break' && prev ? bracketThenOr(reader, mentions, i) : -1;
    // (A bracket without skills, "AWS (preferred) or Azure", leaves the run going on.)
    if (head >= 0 && head === run[run.length - 1] && mentions[head]!.id !== m.id) {
      run.push(i);
      gaps.push('or');
    } else if (head >= 0 && mentions[head]!.id !== m.id && reader.sentenceAt(mentions[head]!.start).start === s) {
      flush(run, gaps);
      // (The bracket may name the mention again: "Amazon Web Services (AWS) or Google Cloud".)
      run = [head];
      for (let j = head + 1; j < i; j++) if (mentions[j]!.id === mentions[head]!.id) run.push(j);
      run.push(i);
      gaps = run.slice(1).map((): GapKind => 'or');
    } else if (kind === 'break') {
      flush(run, gaps);
      run = [i];
      gaps = [];
    } else {
      run.push(i);
      gaps.push(kind);
    }
    sentence = s;
  }
  flush(run, gaps);
  if (examples) for (const [a, b] of examples) joinGroups(groups, a, b);
  if (degreeOf && kindOf) fieldHeads(reader, mentions, groups, degreeOf, kindOf);
  // (A mention in two groups joins them: the routes "PhD ... with 3-5 years, or an MS with 5-10
  // years" and the pair "an MS ..., or a BS" are one choice of degree.)
  mergeShared(groups);
  listGroups(reader, mentions, groups);
  return groups;
}

/**
 * Joins to each group of fields of study the field that names their kind right before them, a bracket
 * or a lead-in between: "a degree in a quantitative field (physics, statistics, ...)", "a
 * scientific field such as Statistics, Mathematics, or Computer Science", "a technical field (e.g.
 * CS, Math)". The examples show what the field may be; a candidate meets it with any of them, or
 * with another field of that kind. (Fields only: a tool's kind before its examples, "relational
 * databases (Oracle, PostgreSQL)", is asked besides them.)
 */
function fieldHeads(
  reader: MentionReader,
  mentions: readonly (TokenSpan & { id: string })[],
  groups: number[][],
  degreeOf: (i: number) => 'degree' | 'field' | 'subject' | null,
  kindOf: (member: string, head: string) => boolean,
): void {
  if (groups.length === 0) return;
  const grouped = new Set(groups.flat());
  const flow = reader.reading.flow;
  const { tokens } = reader;
  for (const g of groups) {
    const first = g.reduce((a, b) => Math.min(a, b));
    const h = first - 1;
    if (h < 0 || grouped.has(h) || degreeOf(h) !== 'field') continue;
    const head = mentions[h]!;
    const m = mentions[first]!;
    if (m.first - head.last > 6 || !g.some((i) => kindOf(mentions[i]!.id, head.id))) continue;
    const gap = flow.slice(head.end, m.start);
    if (/[.;:!?\n)]/.test(gap)) continue;
    const open = gap.indexOf('(');
    if (open >= 0 ? !/^\s*$/.test(gap.slice(0, open)) || !fillerUpTo(reader, tokens, tokens.indexAt(head.end + open + 1), m.first, true) : !(ledInRight(reader, head.last, m.first) && fillerUpTo(reader, tokens, head.last, m.first, true))) continue;
    g.push(h);
    g.sort((a, b) => a - b);
    grouped.add(h);
  }
}

/** Whether a lead-in ("such as", "e.g.", "like") stands among tokens [from, to). */
function ledInRight(reader: MentionReader, from: number, to: number): boolean {
  let found = false;
  reader.reading.vocab.alternatives.each(reader.tokens, from, to, (tag) => {
    if (tag === 'leadIn') found = true;
  });
  return found;
}

/** Whether mention `i` is a kind that examples follow, a lead-in right after it: "project tracking systems such as Jira". */
function leadsInExamples(reader: MentionReader, mentions: readonly TokenSpan[], i: number): boolean {
  const m = mentions[i]!;
  const next = mentions[i + 1];
  return next !== undefined && next.first - m.last <= OR_KIND_WORDS && ledInRight(reader, m.last, next.first) && fillerUpTo(reader, reader.tokens, m.last, next.first, true);
}

/** How many words may stand between an "or" and the lead-in of the examples it offers ("or a similar orchestrator such as"). */
const OR_KIND_WORDS = 4;

/**
 * Whether `b` opens examples (a lead-in right before it) that an "or" after `a` offers: "Airflow or a
 * similar orchestrator such as Dagster" (the "or" right after `a`, an `alternatives.similar` word in
 * the words before the lead-in), or "Kafka or a message broker such as RabbitMQ" (`a` the kind of
 * `b`, itself an alternative after an "or" word).
 */
function orExamples(reader: MentionReader, a: TokenSpan & { id: string }, b: TokenSpan & { id: string }, afterOr: boolean, kindOf: ((member: string, head: string) => boolean) | undefined): boolean {
  const { tokens } = reader;
  const vocab = reader.reading.vocab;
  if (b.first - a.last > OR_KIND_WORDS + 4) return false;
  // The lead-in right before b ("such as", "like", "e.g."), its first word.
  let lead = -1;
  vocab.alternatives.each(tokens, a.last, b.first, (tag, first, last) => {
    if (tag === 'leadIn' && (lead < 0 || first < lead) && fillerUpTo(reader, tokens, last, b.first)) lead = first;
  });
  // (In one clause: no stop, colon or closed bracket before the lead-in; "e.g." may have its dots.)
  if (lead < 0 || /[.;:!?\n)]/.test(reader.reading.flow.slice(a.end, tokens.start[lead]!))) return false;
  // (A word of its kind may follow `a`: "SQL or big data solutions like Apache Spark".)
  if (afterOr && kindOf?.(b.id, a.id) && (fillerUpTo(reader, tokens, a.last, lead) || kindWordsUpTo(reader, a.last, lead))) return true;
  let offered = false;
  vocab.alternatives.each(tokens, a.last, lead, (tag, first, last) => {
    if (tag !== 'connector' || first !== a.last || lead - last < 1 || lead - last > OR_KIND_WORDS) return;
    for (let k = last; k < lead; k++) if (vocab.alternativeSimilar.has(tokens.keyHashOf(k))) offered = true;
  });
  return offered;
}

/** Whether tokens [from, to) are one or two words that name a kind of tool (alternatives.kinds: "solutions", "tools"). */
function kindWordsUpTo(reader: MentionReader, from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!reader.reading.vocab.alternativeKinds.has(reader.tokens.key(k))) return false;
  return true;
}

/** Merges, in place, the groups that share a mention (union-find over the mentions: linear in their number). */
function mergeShared(groups: number[][]): void {
  if (groups.length < 2) return;
  const parent = groups.map((_, g) => g);
  const root = (g: number): number => {
    while (parent[g] !== g) g = parent[g] = parent[parent[g]!]!;
    return g;
  };
  const owner = new Map<number, number>();
  let shared = false;
  groups.forEach((members, g) => {
    for (const m of members) {
      const o = owner.get(m);
      if (o === undefined) owner.set(m, g);
      else if (root(o) !== root(g)) {
        parent[root(g)] = root(o);
        shared = true;
      }
    }
  });
  if (!shared) return;
  const merged = new Map<number, Set<number>>();
  groups.forEach((members, g) => {
    const r = root(g);
    const into = merged.get(r) ?? merged.set(r, new Set()).get(r)!;
    for (const m of members) into.add(m);
  });
  groups.length = 0;
  for (const members of merged.values()) groups.push([...members].sort((x, y) => x - y));
}

/** Joins the group of mention `b` (or `b` alone) to the group of mention `a` (or `a` alone). */
function joinGroups(groups: number[][], a: number, b: number): void {
  const ga = groups.findIndex((g) => g.includes(a));
  const gb = groups.findIndex((g) => g.includes(b));
  if (ga >= 0 && ga === gb) return;
  const joined = [...(ga >= 0 ? groups[ga]! : [a]), ...(gb >= 0 ? groups[gb]! : [b])].sort((x, y) => x - y);
  for (const g of [ga, gb].filter((g) => g >= 0).sort((x, y) => y - x)) groups.splice(g, 1);
  groups.push(joined);
}

/** "or" (any case) right before a degree, maybe after a stop, a semicolon, a comma or a bracket, and an article: "; OR Master's", "(or an MS". */
const ROUTE_OR = /(?:^|[\s;,.(])or\s+(?:an?\s+)?$/i;
/** How many characters before a degree are read for that "or". */
const ROUTE_LOOK = 12;

/** How many words may stand between a list's lead-in and its colon ("one or more of the following languages:"). */
const LEAD_TO_COLON = 5;

/**
 * Groups of the items of a list that a line ending in a colon introduces as alternatives ("Any of
 * the following:", "Experience with one or more of the following:", "At least one of these:"):
 * each item line that names one skill, and no group of its own, is a member. Added to `groups`.
 */
function listGroups(reader: MentionReader, mentions: readonly (TokenSpan & { id: string })[], groups: number[][]): void {
  const text = reader.reading.text;
  if (mentions.length < 2 || text.indexOf(':') < 0) return;
  const { tokens } = reader;
  const grouped = new Set(groups.flat());
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    // (A colon that ends its line: blanks, then the line break.)
    let after = colon + 1;
    while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9 || text.charCodeAt(after) === 13)) after++;
    if (after >= text.length || text.charCodeAt(after) !== 10) continue;
    const lineStart = text.lastIndexOf('\n', colon - 1) + 1;
    const last = tokens.indexAt(colon);
    let led = false;
    reader.reading.vocab.alternatives.each(tokens, Math.max(tokens.indexAt(lineStart), last - LEAD_TO_COLON - 4), last, (tag, _first, end) => {
      if (tag === 'leadIn' && last - end <= LEAD_TO_COLON) led = true;
    });
    if (!led) continue;
    // The item lines right under it, one skill each.
    const members: number[] = [];
    let k = lowerIndex(mentions, colon);
    // (Items indented under a lead-in that is itself an item end where the outer list goes on, less
    // indented: "- Experience with any of the following BI tools:\n  - Tableau\n  - Looker\n- Strong SQL".)
    let indent = -1;
    for (let at = after + 1; at < text.length; ) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl;
      let words = at;
      while (words < end && isWhiteSpace(text.charCodeAt(words))) words++;
      if (!BULLET_START.test(text.slice(words, Math.min(end, words + 3)))) break;
      if (indent < 0) indent = words - at;
      else if (words - at < indent) break;
      const inLine: number[] = [];
      for (; k < mentions.length && mentions[k]!.start < end; k++) if (mentions[k]!.start >= at) inLine.push(k);
      if (inLine.length > 0 && new Set(inLine.map((i) => mentions[i]!.id)).size === 1 && !inLine.some((i) => grouped.has(i))) members.push(...inLine);
      at = end + 1;
    }
    if (new Set(members.map((i) => mentions[i]!.id)).size >= 2) {
      groups.push(members);
      for (const i of members) grouped.add(i);
    }
  }
}

/** The first index of mentions (in text order) that starts at or after `at`. */
function lowerIndex(mentions: readonly TokenSpan[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
