// Extraction speed on real postings (../shared/data/postings-ds by default; --corpus FILE|DIR for
// others), in the same process, runs interleaved, medians, each line beside its baseline and goal
// (DESIGN.md): >= 0.5 of a bare ASCII regex tokenization pass (/[A-Za-z0-9+#.]+/g) over the same
// texts, >= 3.5x a 3,000-term alternation regex, faster than a peer-style extractor (one regex per
// skill name, as small keyword matchers work), and flat in taxonomy size (10x taxonomy >= 0.8).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePostings, readCorpus, rng } from './lib/corpus.js';

const ASCII_WORD = /[A-Za-z0-9+#.]+/g;

function regexPass(texts) {
  let n = 0;
  for (const t of texts) {
    ASCII_WORD.lastIndex = 0;
    while (ASCII_WORD.exec(t) !== null) n++;
  }
  return n;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex of `n` skill names as alternatives, longest first, case-insensitive, on word edges. */
function alternation(names) {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![A-Za-z0-9])(?:${sorted.map(escape).join('|')})(?![A-Za-z0-9])`, 'gi');
}

function alternationPass(re, texts) {
  let n = 0;
  for (const t of texts) {
    re.lastIndex = 0;
    while (re.exec(t) !== null) n++;
  }
  return n;
}

/** A peer-style extractor: one case-insensitive regex per skill name, tested on each text. */
function peerPass(regexes, texts) {
  let n = 0;
  for (const t of texts) for (const re of regexes) if (re.test(t)) n++;
  return n;
}

/** Median of `runs` timings of each function, in seconds; the runs take turns (a, b, c, a, b, c...). */
function timeEach(fns, runs) {
  const times = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t0 = process.hrtime.bigint();
      fn();
      times[k].push(Number(process.hrtime.bigint() - t0) / 1e9);
    });
  }
  return times.map((ts) => [...ts].sort((a, b) => a - b)[Math.floor(ts.length / 2)]);
}

/** Ten times the skills: each real skill gets nine synthetic siblings whose forms share its first words. */
function tenfold(entries) {
  const r = rng(7);
  const word = () => Math.floor(r() * 36 ** 5).toString(36).padStart(5, 'q');
  const out = [...entries];
  for (const e of entries) {
    for (let k = 0; k < 9; k++) {
      out.push({ id: `${e.id}-synthetic-${k}`, label: `${e.label} ${word()}`, category: e.category, aliases: [`${word()} ${e.label}`, word()], source: e.source });
    }
  }
  return out;
}

/** The real postings: the JSONL's texts. */
function realPostings(root, quick) {
  const file = join(root, '../shared/data/postings-ds/postings.jsonl');
  if (!existsSync(file)) return undefined;
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l).text)
    .filter((t) => typeof t === 'string' && t.trim() !== '');
  return quick ? texts.slice(0, 400) : texts;
}

export default async function benchExtract(ctx) {
  const lib = await import(ctx.dist);
  const taxonomy = lib.loadTaxonomy();
  const details = lib.loadTaxonomy({ details: true });
  const labels = [...taxonomy.skills.values()].map((s) => s.label);
  const real = ctx.corpus ? undefined : realPostings(ctx.root, ctx.quick);
  const texts = ctx.corpus ? readCorpus(ctx.corpus) : (real ?? generatePostings(ctx.quick ? 1500 : 6000, labels));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const runs = ctx.quick ? 5 : 9;
  const postings = texts.map((t, i) => lib.makePosting(`p${i}`, t));
  // Names for the regex baselines: labels, then aliases, as a keyword list holds them.
  const names = [...new Set([...details.skills.values()].flatMap((s) => [s.label, ...(s.aliases ?? [])]).filter((n) => n.length > 1))];
  const alt = alternation(names.slice(0, 3000));
  const peer = names.slice(0, 500).map((n) => new RegExp(`(?<![A-Za-z0-9])${escape(n)}(?![A-Za-z0-9])`, 'i'));
  const big = lib.compileTaxonomy(tenfold([...details.skills.values()]));

  const full = () => postings.forEach((p) => lib.extractPosting(p, taxonomy));
  full(); // warm the code and the taxonomy's lazily opened parts
  // The full taxonomy against the baselines first, as a run of the tool has it: one taxonomy in the
  // process. Then the 10x taxonomy against the full one, both now warm, for flatness.
  const [regexS, fullS, altS, peerS] = timeEach([() => regexPass(texts), full, () => alternationPass(alt, texts), () => peerPass(peer, texts)], runs);
  const [fullAgainS, bigS] = timeEach([full, () => postings.forEach((p) => lib.extractPosting(p, big))], runs);
  const speed = mb / fullS;
  const source = ctx.corpus ? `--corpus, ${texts.length} texts, ${mb.toFixed(1)} MB` : real ? `${texts.length} real postings, ${mb.toFixed(1)} MB` : `GENERATED (no ../shared data), ${mb.toFixed(1)} MB`;
  const row = (label, baselineLabel, baseS, goal, min) => ({
    section: 'extract',
    label,
    value: speed,
    unit: 'MB/s',
    baseline: { label: baselineLabel, value: mb / baseS },
    ratio: baseS / fullS,
    budget: goal,
    ok: baseS / fullS >= min,
  });
  return [
    row(`extract, ${source}`, 'ASCII regex pass /[A-Za-z0-9+#.]+/g', regexS, '>= 0.5 of the regex pass', 0.5),
    row('extract vs a 3,000-term alternation regex', 'alternation regex, 3,000 names', altS, '>= 3.5x', 3.5),
    row('extract vs a peer-style extractor', 'one regex per name, 500 names', peerS, '>= 1x', 1),
    {
      section: 'extract',
      label: `10x synthetic taxonomy (${big.skills.size} skills)`,
      value: mb / bigS,
      unit: 'MB/s',
      baseline: { label: `full taxonomy (${taxonomy.skills.size} skills), same turns`, value: mb / fullAgainS },
      ratio: fullAgainS / bigS,
      budget: 'flat: >= 0.8 of the full taxonomy',
      ok: fullAgainS / bigS >= 0.8,
    },
  ];
}
