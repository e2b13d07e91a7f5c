#!/usr/bin/env node
// npm run eval:postings [-- --split dev|test|check|all] [--show N] [--ids a0001,b0002] [--taxonomy DIR] [--flatten] [--wrap N] [--pasted]
//
// Scores extraction against the recruiter-view dev set in eval/postings/*.yaml (labels and posting
// ids only; the texts stay in ../shared/data/postings-ds). Rules: ../shared/docs/ANNOTATION.md.
//   recall     = non-optional gold skills found / non-optional gold skills
//   precision  = extracted skills that are gold (optional ones included) / extracted skills
//   importance = matched skills with the gold importance / matched skills
//   years      = matched skills whose years agree / matched skills with years in the gold or the output
//   traps      = trap skills (and skills said not to be needed) that were output
// A gold skill is identified by its taxonomy id; one annotated without an id (the taxonomy lacked
// it) counts as found only if its label now names a skill, which is then the one looked for.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const split = value('--split', 'dev');
const show = Number(value('--show', '12'));
const onlyIds = value('--ids')?.split(',');
/** With --explain, each error is printed with the line of the posting it stands in (for a developer's eyes; never committed). */
const explain = args.includes('--explain');
/** With --flatten, every posting is read without its line breaks, as many JSONL/CSV exports and pastes give it. */
const flatten = args.includes('--flatten');
/** With --wrap N, every line longer than N characters is hard-wrapped at N, as many saved and exported postings are. */
const wrapAt = args.includes('--wrap') ? Number(value('--wrap')) : 0;
if (args.includes('--wrap') && !(Number.isInteger(wrapAt) && wrapAt >= 20)) {
  console.error(`eval:postings: --wrap takes a line width of 20 characters or more, not ${JSON.stringify(value('--wrap'))}`);
  process.exit(2);
}
/** A line broken before the word that would pass `width` characters (a word longer than that stays whole). */
const hardWrap = (line, width) => {
  const out = [];
  let rest = line;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) cut = rest.indexOf(' ', width);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out.join('\n');
};
/** With --pasted, every posting is read without the export's title and company fields, as a pasted text gives it. */
const pasted = args.includes('--pasted');
const lineAt = (text, offset) => text.slice(text.lastIndexOf('\n', offset - 1) + 1, (text.indexOf('\n', offset) + 1 || text.length + 1) - 1).trim().slice(0, 160);
const corpusFile = join(root, '../shared/data/postings-ds/postings.jsonl');
const dist = join(root, 'dist/index.js');
if (!existsSync(dist)) {
  console.error('eval:postings: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
if (!existsSync(corpusFile)) {
  console.error(`eval:postings: ${corpusFile} is missing (the postings stay in ../shared)`);
  process.exit(2);
}
const { loadTaxonomy, makePosting, extractPosting, matchText } = await import(pathToFileURL(dist).href);
// --taxonomy DIR: another folder of taxonomy files (a snapshot, to measure a reading change alone).
const taxonomy = loadTaxonomy(value('--taxonomy') ? { dir: value('--taxonomy') } : {});

const texts = new Map();
for (const line of readFileSync(corpusFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  texts.set(r.id, r);
}

/**
 * The skill a label names, when it names exactly one (a gold skill annotated before the taxonomy
 * had it): "TS/SCI security clearance" names the security clearance.
 */
function resolve(label) {
  const ids = new Set(matchText(label, taxonomy, { assumeContext: true }).map((m) => m.skill.id));
  return ids.size === 1 ? [...ids][0] : null;
}

const dir = join(root, 'eval/postings');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const totals = { unknown: 0, gold: 0, found: 0, out: 0, right: 0, matched: 0, importance: 0, yearsAsked: 0, yearsRight: 0, groups: 0, groupsRight: 0, outGroups: 0, outGroupsRight: 0, traps: 0, trapsOut: 0, postings: 0 };
const misses = new Map();
const extras = new Map();
const wrongImportance = new Map();
const wrongYears = [];
const wrongGroups = [];
const trapHits = [];
const perPosting = [];
for (const f of files) {
  const gold = load(readFileSync(join(dir, f), 'utf8'));
  if (split !== 'all' && gold.split !== split) continue;
  if (onlyIds && !onlyIds.includes(gold.id)) continue;
  const row = texts.get(gold.id);
  if (!row) throw new Error(`${f}: no posting ${gold.id} in ${corpusFile}`);
  const text = flatten ? row.text.replace(/\s*\n\s*/g, ' ') : wrapAt ? row.text.split('\n').map((l) => hardWrap(l, wrapAt)).join('\n') : row.text;
  const posting = extractPosting(makePosting(`postings.jsonl#${gold.id}`, text, pasted ? {} : { title: row.title, company: row.company }), taxonomy);
  const got = new Map(posting.skills.map((s) => [s.id, s]));
  const goldIds = new Map();
  for (const g of gold.skills) {
    const id = g.id ?? resolve(g.label);
    g.key = id ?? `?${g.label}`;
    // (A label the annotator gave no id that names a skill the gold also tags by its id, "Certificate of
    // Qualification in Hematology" beside hematology, is another item: the entry tagged by id judges
    // the output's importance, years and group.)
    const held = goldIds.get(g.key);
    if (!held || held.id === null || held.id === undefined || (g.id !== null && g.id !== undefined)) goldIds.set(g.key, g);
  }
  let found = 0;
  let goldN = 0;
  let rawMatches;
  for (const g of gold.skills) {
    if (g.optional) continue;
    goldN++;
    const s = got.get(g.key);
    if (!s) {
      misses.set(g.label, (misses.get(g.label) ?? 0) + 1);
      if (g.key.startsWith('?')) totals.unknown++;
      if (explain && !g.key.startsWith('?')) {
        // Found by the matcher but dropped by the reading, or never matched (a phrasing the taxonomy lacks)?
        const raw = (rawMatches ??= matchText(row.text, taxonomy)).filter((m) => m.skill.id === g.key);
        const why = raw.length ? `dropped: ${raw.slice(0, 2).map((m) => lineAt(row.text, m.start)).join(' ‖ ')}` : 'not matched';
        console.log(`miss ${gold.id} ${g.label} (${g.key}, ${g.importance}) ${why}`);
      }
      continue;
    }
    found++;
  }
  let right = 0;
  for (const s of posting.skills) {
    const g = goldIds.get(s.id);
    if (!g) {
      if (explain) console.log(`extra ${gold.id} ${s.label} [${s.importance}]: ${s.mentions.slice(0, 2).map((m) => `[${m.section}] ${lineAt(row.text, m.start)}`).join(' ‖ ')}`);
      extras.set(`${s.label} [${s.importance}]`, [...(extras.get(`${s.label} [${s.importance}]`) ?? []), gold.id]);
      continue;
    }
    right++;
    totals.matched++;
    if (g.importance === s.importance) totals.importance++;
    else {
      const k = `${g.importance}->${s.importance}`;
      wrongImportance.set(k, [...(wrongImportance.get(k) ?? []), `${gold.id}:${s.label}`]);
      if (explain) console.log(`importance ${k} ${gold.id} ${s.label}: ${s.mentions.map((m) => `[${m.section}] ${lineAt(row.text, m.start)}`).join(' ‖ ')}`);
    }
    const gy = g.years ?? null;
    if (gy !== null || s.years !== null) {
      totals.yearsAsked++;
      if (gy === s.years) totals.yearsRight++;
      else {
        wrongYears.push(`${gold.id}:${s.label} gold ${gy ?? '-'} got ${s.years ?? '-'}`);
        if (explain) console.log(`years ${gold.id} ${s.label} gold ${gy ?? '-'} got ${s.years ?? '-'}: ${s.mentions.map((m) => lineAt(row.text, m.start)).join(' ‖ ')}`);
      }
    }
  }
  // Alternatives: a gold group with two or more of its skills found is right when the output puts
  // those skills in one group.
  const goldGroups = new Map();
  for (const g of gold.skills) if (g.group !== undefined && g.group !== null && got.has(g.key)) goldGroups.set(g.group, [...(goldGroups.get(g.group) ?? []), g.key]);
  for (const members of goldGroups.values()) {
    if (new Set(members).size < 2) continue;
    totals.groups++;
    const theirs = new Set(members.map((id) => got.get(id).group));
    if (theirs.size === 1 && !theirs.has(null)) totals.groupsRight++;
    else {
      wrongGroups.push(`${gold.id}:[${members.join(' ')}]`);
      if (explain) console.log(`group ${gold.id} [${members.join(', ')}] got ${members.map((id) => got.get(id).group ?? '-').join(',')}: ${[...new Set(members.map((id) => lineAt(row.text, got.get(id).mentions[0].start)))].slice(0, 2).join(' ‖ ')}`);
    }
  }
  // ... and an output group with two or more gold skills is right when the gold puts them in one group.
  const outGroups = new Map();
  for (const s of posting.skills) if (s.group !== null && goldIds.has(s.id)) outGroups.set(s.group, [...(outGroups.get(s.group) ?? []), s.id]);
  for (const members of outGroups.values()) {
    if (members.length < 2) continue;
    totals.outGroups++;
    const theirs = new Set(members.map((id) => goldIds.get(id).group ?? null));
    if (theirs.size === 1 && !theirs.has(null)) totals.outGroupsRight++;
    else if (explain) console.log(`false group ${gold.id} [${members.join(', ')}]: ${lineAt(row.text, got.get(members[0]).mentions[0].start)}`);
  }
  const traps = [...(gold.traps ?? []).map((t) => t.id), ...(gold.notAsked ?? []).map((t) => t.id ?? resolve(t.label))].filter(Boolean);
  for (const id of traps) {
    totals.traps++;
    if (got.has(id)) {
      totals.trapsOut++;
      trapHits.push(`${gold.id}:${id}`);
      if (explain) console.log(`trap ${gold.id} ${id}: ${got.get(id).mentions.slice(0, 2).map((m) => `[${m.section}] ${lineAt(row.text, m.start)}`).join(' ‖ ')}`);
    }
  }
  totals.gold += goldN;
  totals.found += found;
  totals.out += posting.skills.length;
  totals.right += right;
  totals.postings++;
  perPosting.push(`${gold.id} recall ${(found / goldN).toFixed(2)} precision ${(right / Math.max(1, posting.skills.length)).toFixed(2)} (${posting.skills.length} out, ${goldN} gold)`);
}
const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const top = (m, n = show) => [...m].sort((a, b) => (Array.isArray(b[1]) ? b[1].length : b[1]) - (Array.isArray(a[1]) ? a[1].length : a[1])).slice(0, n);
if (show > 0) {
  console.log(`postings ${totals.postings} (${split}), gold skills ${totals.gold}, output skills ${totals.out}; missed ${totals.gold - totals.found}, of which ${totals.unknown} the taxonomy has no skill for`);
  console.log(`most frequent misses: ${top(misses).map(([k, v]) => `${k} (${v})`).join(', ')}`);
  console.log(`most frequent extras: ${top(extras).map(([k, v]) => `${k} (${v.length}: ${v.slice(0, 3).join(' ')})`).join(', ')}`);
  console.log(`importance errors: ${top(wrongImportance).map(([k, v]) => `${k} ${v.length} (${v.slice(0, 4).join(', ')})`).join('; ')}`);
  console.log(`years errors: ${wrongYears.slice(0, show).join('; ')}`);
  console.log(`group errors: ${wrongGroups.slice(0, show).join('; ') || 'none'}`);
  console.log(`traps output: ${trapHits.join(', ') || 'none'}`);
  if (args.includes('--per-posting')) for (const p of perPosting) console.log(`  ${p}`);
}
console.log(
  `recall=${ratio(totals.found, totals.gold)} precision=${ratio(totals.right, totals.out)} importance=${ratio(totals.importance, totals.matched)} years=${ratio(totals.yearsRight, totals.yearsAsked)} groups=${ratio(totals.groupsRight, totals.groups)}/${ratio(totals.outGroupsRight, totals.outGroups)} traps=${totals.trapsOut}/${totals.traps}`,
);
