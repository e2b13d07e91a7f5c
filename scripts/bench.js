#!/usr/bin/env node
// npm run bench [-- --quick] [--corpus FILE|DIR] [--only NAME,...]
// Runs every section in scripts/bench/*.js; each speed figure stands beside a baseline measured in
// the same run, and is compared with the budget of DESIGN.md.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (flag('--help')) {
  console.log('usage: npm run bench -- [--quick] [--corpus FILE|DIR] [--only extract,startup,...]');
  process.exit(0);
}
const dist = join(root, 'dist/index.js');
if (!existsSync(dist)) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const corpus = value('--corpus') ? resolve(value('--corpus')) : undefined;
const only = value('--only')?.split(',');
const ctx = { root, dist, quick: flag('--quick'), corpus };

const sections = readdirSync(join(root, 'scripts/bench'))
  .filter((f) => f.endsWith('.js'))
  .sort()
  .filter((f) => !only || only.includes(f.replace(/\.js$/, '')));

const fmt = (n) => (typeof n === 'number' ? (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2)) : String(n));
let failed = 0;
for (const file of sections) {
  const { default: section } = await import(pathToFileURL(join(root, 'scripts/bench', file)).href);
  const rows = await section(ctx);
  for (const r of rows) {
    const base = r.baseline ? `   baseline ${r.baseline.label}: ${fmt(r.baseline.value)} ${r.baseline.unit ?? r.unit}` : '';
    const ratio = r.ratio !== undefined ? `   ratio ${fmt(r.ratio)}` : '';
    const budget = r.budget ? `   budget ${r.budget}: ${r.ok ? 'ok' : 'OVER'}` : '';
    if (r.budget && !r.ok) failed++;
    console.log(`${r.section.padEnd(8)} ${r.label.padEnd(46)} ${fmt(r.value).padStart(9)} ${r.unit}${base}${ratio}${budget}`);
  }
}
if (failed) console.log(`\n${failed} figure(s) over budget`);
