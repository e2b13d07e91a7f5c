import { analyze, type Analysis } from '../../src/analyze.js';
import { extractPosting } from '../../src/extract/extract.js';
import { makePosting } from '../../src/ingest/posting.js';
import type { Profile } from '../../src/profile/schema.js';
import type { ScanSummary } from '../../src/scan/schema.js';
import { miniTaxonomy } from '../helpers.js';

const skill = (id: string, label: string, wordings: string[], evidence: 'listed' | 'experience' = 'listed') => ({ id, label, wordings, level: null, years: null, evidence, custom: false });

export const profile: Profile = {
  source: 'resume <b>.md',
  name: 'Sam "<img src=x onerror=alert(2)>"',
  skills: [skill('kubernetes', 'Kubernetes', ['k8s']), skill('python', 'Python', ['Python']), skill('tensorflow', 'TensorFlow', ['TensorFlow'])],
};

/** A hostile posting: markup and script in its text, title and company. Each status appears once at least. */
export const hostileText = [
  'ML Engineer <script>window.__xss = 1; alert(1)</script>',
  'Requirements',
  '- Python & PyTorch <img src=x onerror="window.__xss = 2">',
  '- Kubernetes and SQL',
  "- <a href=\"javascript:window.__xss=3\">click</a> ' \" &amp;",
  'Nice to have',
  '- Rust',
].join('\n');

export function hostileAnalysis(): Analysis {
  const posting = makePosting('posting<script>.txt', hostileText, { title: 'ML <script>window.__xss=4</script>', company: 'Acme" onmouseover="window.__xss=5' });
  return analyze(extractPosting(posting, miniTaxonomy()), profile, miniTaxonomy());
}

export const hostileScan: ScanSummary = {
  schemaVersion: 2,
  taxonomy: { version: 'test' },
  options: { top: 20, fields: {}, by: null },
  counts: { inputs: 4, postings: 3, failed: 1, duplicates: { exact: 0, near: 0 }, bytes: 1234 },
  profile: { source: 'me.yaml', skills: 3, hash: 'abc' },
  fewMissing: 2,
  skills: [
    { id: 'python', label: 'Python', category: 'programming-language', postings: 3, share: 1, required: 3, preferred: 0, mentioned: 0, years: null, you: 'matched' },
    { id: 'kubernetes', label: 'Kubernetes', category: 'container', postings: 2, share: 0.667, required: 1, preferred: 1, mentioned: 0, years: { postings: 1, min: 3, median: 3, max: 3 }, you: 'reworded' },
    { id: 'pytorch', label: 'PyTorch', category: 'ml-framework', postings: 2, share: 0.667, required: 2, preferred: 0, mentioned: 0, years: null, you: 'transferable' },
    { id: 'custom', label: '<script>window.__xss=6</script>', category: 'x', postings: 1, share: 0.333, required: 1, preferred: 0, mentioned: 0, years: null, you: 'missing' },
  ],
  gaps: [{ id: 'custom', label: '<script>window.__xss=6</script>', unlocks: 1, only: 1, missingIn: 1, share: 0.333 }],
  pairs: [{ a: 'python', b: 'kubernetes', labels: ['Python', 'Kubernetes'], postings: 2, lift: 1.5 }],
  ranking: [{ rank: 1, index: 0, source: 'a<script>.txt', title: '<img src=x onerror="window.__xss=7">', company: null, url: 'javascript:alert(1)', score: 80, missingRequired: ['custom'] }],
  failures: [{ source: 'bad.txt', code: 'empty', message: 'bad.txt: <b>is empty</b>' }],
  areas: [{ id: 'software-engineering', label: 'Software <i>engineering</i>', postings: 3, share: 1, required: 3, skills: 2 }],
  periods: null,
};
