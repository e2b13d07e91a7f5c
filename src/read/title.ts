/**
 * A title comes from a real title line, never from a sentence: "Senior Data Scientist - NLP" is one,
 * "We are looking for someone who knows Python to join our team" is not.
 */

import { keyHash, scanTokens, type Tokens } from '../lexicon/index.js';
import { labelKind } from './headings.js';
import type { Vocabulary } from './vocab.js';

const MAX_TITLE_CHARS = 100;
const MAX_TITLE_WORDS = 12;
/** The longest line read as a title and the job's terms after a dash. */
const MAX_TERMS_LINE_CHARS = 200;
/** How many words a heading phrase that opens a line is looked for in. */
const HEADING_LOOK = 6;

let scratch: Tokens | undefined;

/**
 * The line without Markdown marks, when it reads as a job title; undefined otherwise. With
 * `roleNamed`, only a line that names a role (a line after the first: "Acme Corp" there is a name).
 */
export function titleOf(line: string, vocab: Vocabulary, roleNamed = false, depth = 0): string | undefined {
  const t = plainTitle(
    line
      .trim()
      .replace(/^#{1,6}\s+/, '')
      // (Bold or italic words anywhere in it, as a Markdown page writes them: "**Data Engineer II** – Lakehouse".)
      .replace(/(?<![\p{L}\p{N}])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2')
      .trim(),
    vocab,
  );
  if (t === '' || /[.!?:;,]$/.test(t)) return undefined;
  // (Nor one that runs a heading's label into sentences: "Requirements: 3+ years of Python. Master's
  // or PhD in Computer Science", a one-line posting.)
  const colon = t.indexOf(': ');
  if (colon > 0 && labelKind(t.slice(0, colon), vocab, vocab.headings) !== undefined) return undefined;
  // (A long line of a title and the job's terms after a dash: "Contract Databricks Data Engineer – 6
  // months – £575–£625/day – Outside IR35 – Remote (UK) with occasional travel to Bristol".)
  if (t.length > MAX_TITLE_CHARS) return depth === 0 && t.length <= MAX_TERMS_LINE_CHARS ? dashTitle(t, vocab, 1) : undefined;
  const tokens = (scratch = scanTokens(t, scratch));
  let words = 0;
  for (let i = 0; i < tokens.count; i++) if (/\p{L}/u.test(tokens.raw(i))) words++;
  if (words === 0 || words > MAX_TITLE_WORDS) return undefined;
  // (One word that only links others is no title: "At" / "MemorialCare Health System, we believe ...".)
  if (tokens.count === 1 && vocab.headingFiller.has(tokens.keyHashOf(0))) return undefined;
  // "Friday, April 3, 2020": a date, not a title.
  const dateWords = vocab.dateWords;
  let dated = true;
  for (let i = 0; i < tokens.count && dated; i++) {
    const w = tokens.raw(i);
    if (/\p{L}/u.test(w) && !dateWords.has(w.toLowerCase().replace(/\.$/, ''))) dated = false;
  }
  if (dated) return undefined;
  let role = false;
  vocab.titleRoleWords.each(tokens, 0, tokens.count, () => (role = true));
  // (A label and its value, or a name and its slogan, that name no role: "Req Id: 2475", "Site Name:
  // USA - Massachusetts - Cambridge", "Medidata: Conquering Diseases Together".)
  if (!role && colon > 0) return undefined;
  let sentence = false;
  vocab.notTitle.each(tokens, 0, tokens.count, (_tag, first, last) => {
    // (A level's roman numeral is no pronoun: "Data Scientist I", "Analyst I - Remote"; nor is a
    // country in capitals beside a role, on a line that is not in capitals: "Salesforce Developer –
    // Remote (US)".)
    if (last === first + 1 && first > 0 && tokens.raw(first) === 'I' && (last === tokens.count || /^\s*[-–—,(|]/.test(t.slice(tokens.end[first]!, tokens.start[last]!)))) return;
    if (role && last === first + 1 && first > 0 && tokens.raw(first).length > 1 && tokens.raw(first) === tokens.raw(first).toUpperCase() && t !== t.toUpperCase()) return;
    sentence = true;
  });
  if (sentence) return undefined;
  // A job board's words with no role ("Promoted", "Job search", "Sign in") are the page's.
  let chrome = false;
  if (!role) vocab.titleChrome.each(tokens, 0, tokens.count, () => (chrome = true));
  if (chrome) return undefined;
  // (Nor a qualification that opens with a requirement-like phrase and names no role: "Experience with
  // Kubernetes", a one-line posting; "Experience Designer" names one.)
  if (!role && vocab.asking.startsAt(tokens, 0, Math.min(tokens.count, HEADING_LOOK))) return undefined;
  if (!roleNamed) return role || capitalised(t) ? t : undefined;
  // After the first line, a name written as one that opens with no heading's words: not a duty
  // ("Partner with project leadership to ..."), nor a heading that names the role ("Responsibilities
  // of a Data Scientist", "Job Description for Data Scientist").
  const heading = vocab.headings.startsAt(tokens, 0, Math.min(tokens.count, HEADING_LOOK));
  return role && capitalised(t) && !heading ? t : undefined;
}

/** A dash between a title and what it goes on with: " — ", " – ", " - ". */
const TITLE_DASH = /\s+[—–-]\s+/;

/**
 * A title line that goes on after a dash with the job's place, pay or terms ("Junior Data Analyst —
 * Leeds — £26,000", "QA Tester (Manual) — Remote, contract"): the title before it. A dash before
 * more of the title stays ("Senior Data Scientist - Credit Risk").
 */
export function dashTitle(full: string, vocab: Vocabulary, depth = 0): string | undefined {
  // (Its terms in a bracket first: "AI Trainer – Brazilian Portuguese (freelance, remote)".)
  // (A bracket of terms inside it stays for the moment: it may end the title before the dash.)
  const line = plainTitle(full, vocab, false);
  const dash = TITLE_DASH.exec(line);
  if (!dash || dash.index === 0) return undefined;
  const head = line.slice(0, dash.index);
  const rest = line.slice(dash.index + dash[0].length);
  // (A bracket of the job's terms ends the title, whatever the dash goes on with: "Senior Data
  // Engineer (m/w/d) - Berlin".)
  const terms = plainTitle(head, vocab) !== head;
  if (!terms && !/[\d$£€¥]/.test(rest) && !vocab.titleFieldWords.test(rest) && /\p{L}/u.test(rest.replace(vocab.titleTerms, ' '))) return undefined;
  return titleOf(head, vocab, true, depth);
}

/** A title's last part after a dash or a bar ("Data Engineer — Helm Logistics"), its words. */
const LAST_PART = /\s+[—–|-]\s+([^—–|]+)$/u;

/** A title's first part before a dash or a bar ("Tessellate AI - Senior MLOps Engineer"), its words. */
const FIRST_PART = /^([^—–|]+?)\s+[—–|-]\s+(?=\S)/u;

/**
 * The title without the employer's name as its last part after a dash or a bar, or its first part
 * before one ("Tessellate AI - Senior MLOps Engineer", as Lever heads a page), when that is all the
 * part says, or after a marker word at its end ("Data Scientist at Acme").
 */
export function withoutEmployer(title: string, employer: string, markers: readonly string[] = []): string {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ').trim();
  // (Or after a marker word at its end, "Software Engineer at Brightspark Robotics": the employer, not the role.)
  const end = title.length - employer.length;
  if (end > 0 && title.endsWith(employer)) {
    const head = title.slice(0, end).trimEnd();
    const marker = markers.find((w) => head.toLowerCase().endsWith(` ${w}`));
    if (marker && head.length > marker.length + 1 && /\s$/.test(title.slice(0, end))) return head.slice(0, head.length - marker.length).trimEnd();
  }
  const m = LAST_PART.exec(title);
  if (m && m.index > 0 && words(m[1]!) === words(employer)) return title.slice(0, m.index);
  const f = FIRST_PART.exec(title);
  return f && f[0].length < title.length && words(f[1]!) === words(employer) ? title.slice(f[0].length) : title;
}

/** Emoji and symbols at a title line's ends ("🚀 Python Developer 🚀", "📊 DATA ANALYST"). */
const EDGE_SYMBOLS_START = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u;
const EDGE_SYMBOLS_END = /[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+$/u;

/** A bracket at the end of a title line ("(W2 only)", "(m/w/d)"), what it holds. */
const LAST_BRACKET = /\s*[([]([^()[\]]{1,80})[)\]]$/u;
/** A bracket between words of a title line, with the spaces around it. */
const INNER_BRACKET = /(?<=\S)\s+\(([^()]{1,80})\)\s+(?=\S)/gu;

/** A title line's first words before a dash ("Job Description – ..."), at most a few. */
const LABEL_DASH = /^((?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+)\s+[—–-]\s+(?=\S)/u;

/** A title's last two words. */
const TRAILER = /(?:^|\s)(\p{L}+)\s+(\p{L}+)$/u;

/**
 * A title line without what stands around the title: symbols and emoji at its ends ("🚀 Python
 * Developer 🚀"), the employer after an at sign ("Analytics Engineer @ Acme"), hiring labels
 * before it ("We're hiring: Python Developer", "VACANCY: Lead Modeller", "Subject: Fwd: ...";
 * title.labels), and brackets of the job's terms after it, in words of title.fieldWords
 * and title.terms and numbers ("(W2 only)", "(m/w/d)", "(6-MONTH CONTRACT)", "(part-time, ~15
 * hrs/week)"), and with `inner` such brackets between its words ("Java-Entwickler (m/w/d)
 * Schadenplattform"). A bracket that says more stays ("Data Scientist (NLP)").
 */
export function plainTitle(line: string, vocab: Vocabulary, inner = true): string {
  let t = line.replace(EDGE_SYMBOLS_START, '').replace(EDGE_SYMBOLS_END, '');
  // "Analytics Engineer @ Penny Lane Learning": the employer after an at sign.
  const at = t.lastIndexOf(' @ ');
  if (at > 0) t = t.slice(0, at).trimEnd();
  // (One label after another: "Subject: Fwd: Data Analyst".)
  for (let colon = t.indexOf(': '); colon > 0 && vocab.titleLabels.test(t.slice(0, colon).trim()); colon = t.indexOf(': ')) t = t.slice(colon + 2).trim();
  // (And a label before a dash: "Job Description – Machine Learning Engineer".)
  const dash = LABEL_DASH.exec(t);
  if (dash && vocab.titleLabels.test(dash[1]!)) t = t.slice(dash[0].length);
  for (let m = LAST_BRACKET.exec(t); m !== null && m.index > 0; m = LAST_BRACKET.exec(t)) {
    if (/\p{L}/u.test(m[1]!.replace(vocab.titleTerms, ' '))) break;
    t = t.slice(0, m.index).trimEnd();
  }
  // (And such a bracket inside it: "Senior Java-Entwickler (m/w/d) Schadenplattform".)
  if (inner && t.includes('(')) t = t.replace(INNER_BRACKET, (whole, held: string) => (/\p{L}/u.test(held.replace(vocab.titleTerms, ' ')) ? whole : ' '));
  // (A word after the role that names the posting: "Analytics Engineer opportunity", "Data Scientist Role".)
  const last = TRAILER.exec(t);
  if (last && vocab.titleTrailers.has(keyHash(last[2]!.toLowerCase())) && vocab.titleRoleWords.inText(last[1]!).length > 0) t = t.slice(0, t.length - last[2]!.length).trimEnd();
  return t;
}

/** Most words start with a capital, or are written as a name ("iOS", "eBay"): a name, not prose. */
function capitalised(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const caps = words.filter((w) => /^[^\p{L}]*\p{Ll}{0,2}\p{Lu}/u.test(w)).length;
  return caps >= Math.ceil(words.length * 0.6);
}
