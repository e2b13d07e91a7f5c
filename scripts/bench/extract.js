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
  const big = lib.compileTaxonomy(tenfold([...taxonomy.skills.values()]));

  const [regexS, fullS, bigS] = timeEach(
    [() => regexPass(texts), () => postings.forEach((p) => lib.extractPosting(p, taxonomy)), () => postings.forEach((p) => lib.extractPosting(p, big))],
    runs,
  );
  const regex = mb / regexS;
  const full = mb / fullS;
  const tenx = mb / bigS;
  const source = ctx.corpus ? `--corpus (${texts.length} texts, ${mb.toFixed(1)} MB)` : `generated (${texts.length} postings, ${mb.toFixed(1)} MB)`;
  return [
    {
      section: 'extract',
      label: `throughput, ${taxonomy.skills.size} skills, ${source}`,
      value: full,
      unit: 'MB/s',
      baseline: { label: 'bare regex tokenization', value: regex },
      ratio: full / regex,
      budget: '>= 30 MB/s and >= 0.33 of regex',
      ok: full >= 30 && full / regex >= 1 / 3,
    },
    {
      section: 'extract',
      label: `throughput, 10x synthetic taxonomy (${big.skills.size} skills)`,
      value: tenx,
      unit: 'MB/s',
      baseline: { label: `full taxonomy (${taxonomy.skills.size} skills)`, value: full },
      ratio: tenx / full,
      budget: 'flat: >= 0.8 of the full taxonomy',
      ok: tenx / full >= 0.8,
    },
  ];
}
