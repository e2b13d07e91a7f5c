// npm run taxonomy:gaps [-- --top 500] [--show 60] [--open-only]
//
// What the taxonomy is missing, found in real postings rather than guessed:
// 1. Technical-looking terms (the `extract --unknown` test: inner capitals, letters with digits,
//    dots, ++/#, short acronyms, capitalised product pairs) counted by document frequency over
//    ../shared/data/postings-ds and the SkillSpan train split. Each of the most frequent is
//    covered (the taxonomy matches it), rejected (taxonomies/rejected/terms.yaml, with a reason), or open.
// 2. SkillSpan train gold spans (skill and knowledge) that no mention touches: how the world writes
//    skills the taxonomy has no form for.
// The summary line is the figure: "top N terms: C covered, R rejected, O open (X% covered or rejected)".
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSkills } from '../src/extract/extract.js';
import { matchText } from '../src/extract/match.js';
import { looksTechnical } from '../src/extract/unknown.js';
import { tokenize } from '../src/lexicon/tokenize.js';
import { loadTaxonomy } from '../src/taxonomy/index.js';
import { readRejectedTerms } from '../src/taxonomy/rejected.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const top = Number(value('--top', '500'));
const show = Number(value('--show', '60'));
const shared = join(root, '../shared/data');

const docs: string[] = [];
for (const line of readFileSync(join(shared, 'postings-ds/postings.jsonl'), 'utf8').split('\n')) if (line.trim()) docs.push(JSON.parse(line).text);
// SkillSpan: one JSON line per sentence; a posting's sentences joined, with the gold spans kept.
const spans: { text: string; gold: string[] }[] = [];
{
  const byPosting = new Map<string, { tokens: string[][]; tags: string[][] }>();
  for (const line of readFileSync(join(shared, 'skillspan-tech/train.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { idx?: number; posting?: number; tokens: string[]; tags_skill?: string[]; tags_knowledge?: string[]; skill?: string[]; knowledge?: string[] };
    const id = String(d.posting ?? d.idx);
    let p = byPosting.get(id);
    if (!p) byPosting.set(id, (p = { tokens: [], tags: [] }));
    const skill = d.tags_skill ?? d.skill ?? [];
    const knowledge = d.tags_knowledge ?? d.knowledge ?? [];
    p.tokens.push(d.tokens);
    p.tags.push(d.tokens.map((_, i) => (knowledge[i] !== 'O' && knowledge[i] ? knowledge[i]! : skill[i] ?? 'O')));
  }
  for (const p of byPosting.values()) {
    const gold: string[] = [];
    p.tokens.forEach((toks, s) => {
      let cur: string[] | undefined;
      toks.forEach((t, i) => {
        const tag = p.tags[s]![i]!;
        if (tag === 'B') {
          if (cur) gold.push(cur.join(' '));
          cur = [t];
        } else if (tag === 'I' && cur) cur.push(t);
        else if (cur) {
          gold.push(cur.join(' '));
          cur = undefined;
        }
      });
      if (cur) gold.push(cur.join(' '));
    });
    const text = p.tokens.map((t) => t.join(' ')).join('\n');
    docs.push(text);
    spans.push({ text, gold });
  }
}

const taxonomy = loadTaxonomy();
const rejected = readRejectedTerms(join(root, 'taxonomies/rejected/terms.yaml'));
const rejectedKeys = new Map(rejected.map((r) => [r.term.toLowerCase(), r.reason] as const));

// 1. Technical-looking terms by document frequency, whether the taxonomy knows them or not.
const df = new Map<string, number>();
const spelling = new Map<string, string>();
for (const text of docs) {
  const seen = new Set<string>();
  const tokens = tokenize(text);
  // An all-caps word the text also writes in lower case is a word in a heading (AND, ABOUT), not an acronym.
  const lower = new Set(tokens.filter((t) => t.raw === t.key).map((t) => t.key));
  const technical = (raw: string) => looksTechnical(raw) && !(raw === raw.toUpperCase() && lower.has(raw.toLowerCase()));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.raw.length > 40) continue;
    const next = tokens[i + 1];
    let term: string | undefined;
    const shouted = (s: string) => s === s.toUpperCase();
    // A pair of capitalised words, one technical-looking ("Apache Pinot", "Ray Serve"); two all-caps words are a heading.
    if (next && next.gap === 0 && /^\p{Lu}/u.test(t.raw) && /^\p{Lu}/u.test(next.raw) && !(shouted(t.raw) && shouted(next.raw) && /\p{L}{4}/u.test(t.raw + next.raw)) && (technical(t.raw) || technical(next.raw) || /^(apache|aws|azure|google|amazon|microsoft|ibm|oracle|sap)$/i.test(t.raw))) {
      term = `${t.raw} ${next.raw}`;
    } else if (technical(t.raw)) term = t.raw;
    if (!term) continue;
    const key = term.toLowerCase();
    if (!spelling.has(key)) spelling.set(key, term);
    if (!seen.has(key)) {
      seen.add(key);
      df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
}
const ranked = [...df].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
const covered = (term: string) => matchText(term, taxonomy, { assumeContext: true }).some((m) => m.start === 0 && m.end === term.length) || matchText(term, taxonomy, { assumeContext: true }).length > 0;
let c = 0;
let r = 0;
const open: [string, number][] = [];
for (const [key, n] of ranked) {
  const term = spelling.get(key)!;
  if (covered(term)) c++;
  else if (rejectedKeys.has(key)) r++;
  else open.push([term, n]);
}

// 2. SkillSpan gold spans no mention touches.
const untouched = new Map<string, number>();
for (const { text, gold } of spans) {
  const found = extractSkills(text, taxonomy).flatMap((s) => s.mentions.map((m) => m.text.toLowerCase()));
  const words = new Set(found.flatMap((f) => f.split(/\s+/)));
  for (const g of gold) {
    const key = g.toLowerCase();
    if (key.length < 3 || key.includes('<')) continue;
    if (key.split(/\s+/).some((w) => words.has(w))) continue;
    untouched.set(key, (untouched.get(key) ?? 0) + 1);
  }
}

if (!args.includes('--open-only')) {
  console.log(`documents: ${docs.length} (postings-ds and SkillSpan train)`);
  console.log(`\nmost frequent open technical terms (document frequency): ${open.slice(0, show).map(([t, n]) => `${t} (${n})`).join(', ') || 'none'}`);
  const gaps = [...untouched].sort((a, b) => b[1] - a[1]).slice(0, show);
  console.log(`\nSkillSpan gold spans no skill touches (how postings write what the taxonomy lacks): ${gaps.map(([t, n]) => `${t} (${n})`).join(', ')}`);
} else {
  for (const [t, n] of open) console.log(`${n}\t${t}`);
}
const done = (c + r) / Math.max(1, ranked.length);
console.log(`\ntop ${ranked.length} terms: ${c} covered, ${r} rejected, ${open.length} open (${(done * 100).toFixed(1)}% covered or rejected)`);
