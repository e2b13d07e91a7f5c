#!/usr/bin/env node
// Build: bundle the CLI and library with esbuild (one file loads faster than hundreds of modules),
// emit type declarations with tsc, validate the taxonomy and the vocabularies and write their caches. (Committed generated
// files, the JSON Schemas and docs/skills.md, are written by `npm run generate`, not here.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/run.ts', index: 'src/index.ts', html: 'src/html.ts', build: 'src/build.ts', 'output-schemas': 'src/report/json.ts', 'scan-worker': 'src/scan/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Heavy or optional packages stay outside the bundle and load only when a page or resume needs them.
  external: ['parse5', 'parse5-htmlparser2-tree-adapter', 'playwright-core', 'mammoth', '@skyra/jaro-winkler', 'csv-parse', 'tinyglobby'],
  banner: { js: "import { createRequire as __skillgapRequire } from 'node:module'; const require = __skillgapRequire(import.meta.url);" },
  legalComments: 'none',
  // Source maps ship in dist (package.json `files`): stack traces (node --enable-source-maps) name src/ lines.
  sourcemap: true,
  // Smaller bundles parse faster: start-up is part of the budget.
  minify: process.env.SKILLGAP_MINIFY !== "0",
  logLevel: 'warning',
});

// pdf.js is bundled (a devDependency: an install never pulls its optional canvas binary); its licence ships beside it.
mkdirSync(join(dist, 'licenses'), { recursive: true });
copyFileSync(join(root, 'node_modules/pdfjs-dist/LICENSE'), join(dist, 'licenses/pdfjs-dist.LICENSE'));

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

const { buildCaches } = await import(join(dist, 'build.js'));
const report = buildCaches(dist);
if (report.problems.length > 0) {
  for (const p of report.problems) console.error(p);
  console.error(`taxonomy and vocabularies: ${report.problems.length} problem(s); the build fails`);
  process.exit(2);
}
console.error(`built: ${report.skills} skills, ${report.vocabularies} vocabularies, ${report.examples} examples checked`);
