// Bench: `skillgap scan` over a generated corpus of postings (100,000; 5,000 with --quick), through
// dist. Each run is a child process so that its peak RSS is its own: postings/s and MB/s with 2
// worker threads against 1 worker measured in the same run, peak RSS against the 300 MB budget.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { rng as prng } from './lib/corpus.js';

const CORPUS_VERSION = 2;

const SKILLS = [
  'Python', 'SQL', 'Java', 'Go', 'TypeScript', 'JavaScript', 'C++', 'Rust', 'Scala', 'R', 'PyTorch', 'TensorFlow',
  'scikit-learn', 'pandas', 'NumPy', 'Spark', 'Kafka', 'Airflow', 'dbt', 'Snowflake', 'BigQuery', 'PostgreSQL', 'MySQL',
  'MongoDB', 'Redis', 'Docker', 'Kubernetes', 'Terraform', 'AWS', 'Azure', 'GCP', 'Linux', 'Git', 'CI/CD', 'React',
  'Node.js', 'GraphQL', 'REST APIs', 'machine learning', 'deep learning', 'NLP', 'computer vision', 'statistics',
  'A/B testing', 'data visualization', 'Tableau', 'Power BI', 'Excel', 'communication skills', 'LLMs', 'MLOps',
];
const TITLES = ['Data Scientist', 'Machine Learning Engineer', 'Data Engineer', 'Backend Engineer', 'Analytics Engineer', 'Platform Engineer', 'Software Engineer', 'Data Analyst'];
const FILLER = [
  'We are a fast-growing company building tools that help teams make better decisions every day.',
  'You will join a small team that owns its roadmap from discovery to production and talks to customers often.',
  'Our platform serves millions of requests a day and we care about reliability, clarity and kindness.',
  'We offer flexible hours, a learning budget, parental leave and a remote-friendly culture across time zones.',
  'You will work closely with product managers, designers and other engineers to ship features that matter.',
  'We believe in writing things down, reviewing each other\'s work with care and leaving the code better than we found it.',
  'The role reports to the head of engineering and has room to grow into a lead position over time.',
  'We are an equal opportunity employer and welcome applicants from every background and walk of life.',
  'Day to day you will design pipelines, review pull requests, pair with colleagues and improve our tooling.',
  'Our office is close to public transport, and the team meets in person once a quarter for planning.',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'vi', 'zan', 'el', 'qu', 'as', 'pe', 'dor', 'shi', 'no', 'bra', 'tu'];

/** Filler made less repetitive: a sentence with its own made-up product, team and market words. */
function filler(rand, pick) {
  const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('');
  return pick(FILLER).replace(/\b(tools|teams|platform|product managers|features|pipelines|customers|decisions|roadmap|tooling)\b/, (m) => `${word()} ${m}`) + ` Ask us about ${word()} and ${word()}.`;
}

function posting(rand, i) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const title = pick(TITLES);
  const lines = [title, `Company: Company ${i % 9973}`, `Location: City ${i % 211}`, '', 'About us'];
  const paras = 4 + Math.floor(rand() * 6);
  for (let p = 0; p < paras; p++) lines.push(`${filler(rand, pick)} ${filler(rand, pick)} ${filler(rand, pick)}`, '');
  lines.push('Requirements');
  const req = 4 + Math.floor(rand() * 5);
  for (let k = 0; k < req; k++) {
    const years = rand() < 0.3 ? `${1 + Math.floor(rand() * 7)}+ years of experience with ` : 'Experience with ';
    lines.push(`- ${years}${pick(SKILLS)} and ${pick(SKILLS)}`);
  }
  lines.push('', 'Nice to have');
  for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) lines.push(`- ${pick(SKILLS)} is a plus`);
  lines.push('', `${pick(FILLER)} Reference ${i}.`);
  return { title, company: `Company ${i % 9973}`, text: lines.join('\n') };
}

/** Write the corpus once: JSONL, ~2-4 KB a posting, with ~2% exact and ~1% near duplicates. */
async function corpusFile(count) {
  const dir = join(tmpdir(), 'skillgap-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `scan-corpus-v${CORPUS_VERSION}-${count}.jsonl`);
  if (existsSync(file)) return file;
  const rand = prng(20260201);
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  let previous = null;
  for (let i = 0; i < count; i++) {
    let p = posting(rand, i);
    const r = rand();
    if (previous && r < 0.02) p = { ...previous, text: previous.text.replace(/\n/g, '\n\n') };
    else if (previous && r < 0.03) p = { ...previous, text: `Found on OtherBoard\nPosted 2 days ago\n${previous.text}\nApply now` };
    previous = p;
    if (!out.write(`${JSON.stringify(p)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(tmp, file);
  return file;
}

// The child: scan the corpus through dist with N workers, print its figures as one JSON line.
const CHILD = `
const { BENCH_DIST: dist, BENCH_CORPUS: corpus, BENCH_JOBS: jobs, BENCH_PROFILE: profilePath, BENCH_TAXONOMY: taxonomyDir } = process.env;
const lib = await import(dist);
const taxonomy = taxonomyDir ? { dir: taxonomyDir } : {};
const compiled = lib.loadTaxonomy(taxonomy);
const profile = await lib.loadProfile(profilePath, compiled);
const t0 = performance.now();
let postings = 0, bytes = 0, summary;
for await (const ev of lib.scan([corpus], { taxonomy, compiled, profile, jobs: Number(jobs) })) {
  if (ev.type === 'posting') postings++;
  else summary = ev.summary;
}
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ postings, bytes: summary.counts.bytes, distinct: summary.counts.postings, duplicates: summary.counts.duplicates, seconds, maxRssKb: process.resourceUsage().maxRSS }) + '\\n');
`;

export default async function scanBench(ctx) {
  const count = ctx.quick ? 5_000 : 100_000;
  const corpus = await corpusFile(count);
  const dir = join(tmpdir(), 'skillgap-bench');
  const profile = join(dir, 'scan-profile.yaml');
  writeFileSync(profile, 'skills:\n  - Python\n  - SQL\n  - Docker\n  - scikit-learn\n  - pandas\n  - Git\n  - statistics\n');

  // The bundled taxonomy, unless it does not load (mid-edit): then the small test taxonomy, said so in the labels.
  let taxonomyDir = '';
  let note = '';
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', `const l = await import(${JSON.stringify(ctx.dist)}); l.loadTaxonomy();`], { stdio: 'ignore' });
  } catch {
    taxonomyDir = join(ctx.root, 'test/fixtures/taxonomy/');
    note = ' [test taxonomy: the bundled one did not load]';
  }

  const runWith = (jobs) => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD], {
      env: { ...process.env, BENCH_DIST: ctx.dist, BENCH_CORPUS: corpus, BENCH_JOBS: String(jobs), BENCH_PROFILE: profile, BENCH_TAXONOMY: taxonomyDir },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(out.trim().split('\n').pop());
  };
  const one = runWith(1);
  const two = runWith(2);
  const mb = (r) => r.bytes / 1024 / 1024 / r.seconds;
  const rate = (r) => r.postings / r.seconds;
  const rssMb = (r) => Math.round(r.maxRssKb / 1024);
  const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
  const label = `${count.toLocaleString('en-US')} postings${note}`;

  return [
    { section: 'scan', label: `postings/s, 2 workers, ${label}`, value: Math.round(rate(two)), unit: 'postings/s', baseline: { label: '1 worker', value: Math.round(rate(one)) }, ratio: round(rate(two) / rate(one), 2) },
    { section: 'scan', label: `MB/s of posting text, 2 workers, ${label}`, value: round(mb(two)), unit: 'MB/s', baseline: { label: '1 worker', value: round(mb(one)) }, ratio: round(mb(two) / mb(one), 2) },
    { section: 'scan', label: `peak RSS, 1 worker, ${label}`, value: rssMb(one), unit: 'MB', budget: '< 300 MB', ok: rssMb(one) < 300 },
    { section: 'scan', label: `peak RSS, 2 workers, ${label}`, value: rssMb(two), unit: 'MB', budget: '< 300 MB', ok: rssMb(two) < 300 },
    { section: 'scan', label: `speed-up of 2 workers over 1, ${label}`, value: round(one.seconds / two.seconds, 2), unit: 'x', baseline: { label: '1 worker', value: 1 }, ratio: round(one.seconds / two.seconds, 2) },
    { section: 'scan', label: `duplicates folded, ${label}`, value: two.duplicates.exact + two.duplicates.near, unit: 'postings', ok: two.distinct + two.duplicates.exact + two.duplicates.near === two.postings },
  ];
}
