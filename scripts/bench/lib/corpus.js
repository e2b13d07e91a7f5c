// The texts the benches run on: a deterministic generated corpus, or the user's --corpus.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** A small deterministic PRNG (mulberry32), so every run measures the same text. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  'You will work closely with product managers and designers to ship features our customers love.',
  'We value ownership, clear writing and kindness in code review.',
  'The team runs weekly demos and plans work in two-week cycles.',
  'You will mentor junior engineers and help shape our technical roadmap.',
  'Our customers range from small shops to some of the largest retailers in Europe.',
  'We care about reliability, observability and fast feedback loops.',
  'You enjoy untangling messy problems and explaining the results to colleagues outside engineering.',
  'This role reports to the head of engineering and works across three product teams.',
  'Our offices are in a renovated warehouse next to the river, and most of the team works there two days a week.',
  'We were founded six years ago by two former teachers who wanted better tools for their schools.',
  'Each quarter the whole company meets for two days to plan, share what we learned and celebrate.',
  'You will talk to customers every week and turn what you hear into clear proposals.',
  'We publish our salary bands and review them every year against the market.',
  'Decisions are written down, discussed openly and revisited when the facts change.',
];
const HEADINGS = ['About the role', 'What you will do', 'Requirements', 'Nice to have', 'Benefits', 'About us'];
const CUES = ['Experience with', 'Strong knowledge of', '3+ years of', 'Familiarity with', 'Hands-on work with', 'Solid understanding of'];

/**
 * Synthetic postings of roughly `size` bytes each, drawing skill names from `labels`, about as
 * dense in skills as real postings (some ten mentions per kilobyte, most lines plain prose).
 */
export function generatePostings(count, labels, { seed = 42, size = 3500 } = {}) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const out = [];
  for (let i = 0; i < count; i++) {
    const lines = [`${pick(['Senior', 'Staff', 'Junior', 'Lead', ''])} ${pick(['Data Scientist', 'ML Engineer', 'Backend Engineer', 'Data Engineer', 'Analyst'])}`.trim()];
    let bytes = lines[0].length;
    const add = (line) => {
      lines.push(line);
      bytes += line.length + 1;
    };
    for (const h of HEADINGS) {
      add('');
      add(h);
      const n = 3 + Math.floor(r() * 4);
      for (let k = 0; k < n; k++) {
        const roll = r();
        if (roll < 0.3) add(`- ${pick(CUES)} ${pick(labels)}${r() < 0.4 ? ` and ${pick(labels)}` : ''}`);
        else if (roll < 0.4) add(`${pick(FILLER)} We use ${pick(labels)} every day.`);
        else add(`${pick(FILLER)} ${pick(FILLER)}`);
      }
      if (bytes > size) break;
    }
    while (bytes < size) add(`${pick(FILLER)} ${pick(FILLER)}`);
    out.push(lines.join('\n'));
  }
  return out;
}

/** Texts of a --corpus: a JSONL file (field `text`), a folder of .txt/.md files, or one text file. */
export function readCorpus(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path, { recursive: true })
      .map(String)
      .filter((f) => ['.txt', '.md'].includes(extname(f)))
      .sort()
      .map((f) => readFileSync(join(path, f), 'utf8'));
  }
  const text = readFileSync(path, 'utf8');
  if (/\.(jsonl|ndjson)$/.test(path)) {
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text)
      .filter((t) => typeof t === 'string');
  }
  return [text];
}
