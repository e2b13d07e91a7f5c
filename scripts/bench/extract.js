// Extract throughput (MB/s of plain text, one core) with the full taxonomy and with a 10x synthetic
// taxonomy, beside a bare regex tokenization pass over the same texts. Budget (DESIGN.md): >= 30 MB/s
// and >= 1/3 of the regex pass; flat in taxonomy size.
import { generatePostings, readCorpus, rng } from './lib/corpus.js';

const WORD = /[\p{L}\p{N}]+/gu;

function regexPass(texts) {
  let n = 0;
  for (const t of texts) {
    WORD.lastIndex = 0;
    while (WORD.exec(t) !== null) n++;
  }
  return n;
}

/**
 * Best of `runs` timings of each function, in seconds. The runs take turns (a, b, c, a, b, c...),
 * so a slow spell of a shared machine falls on all of them alike rather than on one.
 */
function timeEach(fns, runs) {
  const best = fns.map(() => Infinity);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t0 = process.hrtime.bigint();
      fn();
      best[k] = Math.min(best[k], Number(process.hrtime.bigint() - t0) / 1e9);
    });
  }
  return best;
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

export default async function benchExtract(ctx) {
  const lib = await import(ctx.dist);
  const taxonomy = lib.loadTaxonomy();
  const labels = [...taxonomy.skills.values()].map((s) => s.label);
  const texts = ctx.corpus ? readCorpus(ctx.corpus) : generatePostings(ctx.quick ? 1500 : 6000, labels);
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const runs = ctx.quick ? 2 : 5;
  const postings = texts.map((t, i) => lib.makePosting(`p${i}`, t));
  // The 10x taxonomy is built from full entries (aliases and ambiguity rules too), as the YAML gives them.
  const big = lib.compileTaxonomy(tenfold([...lib.loadTaxonomy({ details: true }).skills.values()]));

  const full = () => postings.forEach((p) => lib.extractPosting(p, taxonomy));
  // The full taxonomy against the regex first, as a run of the tool has it: one taxonomy in the
  // process. Then the 10x taxonomy against the full one, both now warm, for flatness.
  const [regexS, fullS] = timeEach([() => regexPass(texts), full], runs);
  const [fullAgainS, bigS] = timeEach([full, () => postings.forEach((p) => lib.extractPosting(p, big))], runs);
  const regex = mb / regexS;
  const fullMb = mb / fullS;
  const fullAgain = mb / fullAgainS;
  const tenx = mb / bigS;
  const source = ctx.corpus ? `--corpus (${texts.length} texts, ${mb.toFixed(1)} MB)` : `generated (${texts.length} postings, ${mb.toFixed(1)} MB)`;
  return [
    {
      section: 'extract',
      label: `throughput, ${taxonomy.skills.size} skills, ${source}`,
      value: fullMb,
      unit: 'MB/s',
      baseline: { label: 'bare regex tokenization', value: regex },
      ratio: fullMb / regex,
      budget: '>= 30 MB/s and >= 0.33 of regex',
      ok: fullMb >= 30 && fullMb / regex >= 1 / 3,
    },
    {
      section: 'extract',
      label: `throughput, 10x synthetic taxonomy (${big.skills.size} skills)`,
      value: tenx,
      unit: 'MB/s',
      baseline: { label: `full taxonomy (${taxonomy.skills.size} skills), same turns`, value: fullAgain },
      ratio: tenx / fullAgain,
      budget: 'flat: >= 0.8 of the full taxonomy',
      ok: tenx / fullAgain >= 0.8,
    },
  ];
}
