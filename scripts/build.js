#!/usr/bin/env node
// Build: bundle the CLI and library with esbuild (one file loads faster than hundreds of modules),
// emit type declarations with tsc, validate the taxonomy and the vocabularies and write their caches. (Committed generated
// files, the JSON Schemas and docs/skills.md, are written by `npm run generate`, not here.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

// Heavy or optional packages stay outside the bundle and load only when a page or resume needs them.
const external = ['parse5', 'parse5-htmlparser2-tree-adapter', 'playwright-core', 'mammoth', '@skyra/jaro-winkler', 'csv-parse', 'tinyglobby'];
// Smaller bundles parse faster: start-up is part of the budget.
const minify = process.env.SKILLGAP_MINIFY !== '0';

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/run.ts', index: 'src/index.ts', html: 'src/html.ts', build: 'src/build.ts', 'output-schemas': 'src/report/json-schemas.ts', 'scan-worker': 'src/scan/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  external,
  banner: { js: "import { createRequire as __skillgapRequire } from 'node:module'; const require = __skillgapRequire(import.meta.url);" },
  legalComments: 'none',
  // Source maps ship in dist (package.json `files`): stack traces (node --enable-source-maps) name src/ lines.
  sourcemap: true,
  minify,
  logLevel: 'warning',
});

// The classic scripts below read import.meta.url as the script's own URL.
const scriptUrl = {
  define: { 'import.meta.url': '__skillgapScriptUrl' },
  banner: { js: "const __skillgapScriptUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// The command line again, as one classic script (dist/cli.cjs), for bin/skillgap.js: Node 20 caches
// no compiled code for ES modules, but a script compiled through vm.Script can start from V8's code
// cache (dist/cli.cjs.cache, written below), which skips parsing and compiling what a run uses.
// Dynamic imports become requires (a vm.Script has no module loader; every external has a CommonJS
// build). pdf.js (1.7 MB, used only for PDF resumes) is kept out of it, since every run reads and
// checks the whole script: it is its own script in dist/vendor/, required when a PDF is read.
const pdfjsApart = {
  name: 'pdfjs-apart',
  setup(b) {
    b.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/ }, (a) => ({ path: `./vendor/${a.path.split('/').pop().replace(/\.mjs$/, '.cjs')}`, external: true }));
  },
};
// Node's own modules that most runs never use, loaded on first use in the CLI script: its modules all
// run at start, and loading these cost ~4 ms of each (crypto for cache keys of fetched pages and
// scan fingerprints, fs/promises for files and folders, child_process, which commander requires for
// executable subcommands, os for the home folder, zlib for checksums). Each becomes an object of the
// module's own export names whose getters require it: what imports it binds the getters, and the
// first read of one loads the module.
const LAZY_BUILTINS = ['crypto', 'fs/promises', 'child_process', 'os', 'zlib', 'http', 'https', 'dns', 'readline', 'worker_threads'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.map((m) => m.replace('/', '\\/')).join('|')})$`);
    // The lazy module's own require is of the real module.
    b.onResolve({ filter }, (a) => (a.namespace === 'lazy-builtin' ? { path: a.path, external: true } : { path: a.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (a) => {
      const names = Object.keys(await import(`node:${a.path}`)).filter((k) => k !== 'default');
      const getters = names.map((k) => `${JSON.stringify(k)}: { get: () => load()[${JSON.stringify(k)}], enumerable: true }`).join(',\n');
      return {
        contents: `let real;\nconst load = () => (real ??= require(${JSON.stringify(`node:${a.path}`)}));\nmodule.exports = Object.defineProperties({}, {\n${getters}\n});\n`,
        loader: 'js',
      };
    });
  },
};
/** What the classic scripts (the CLI's and pdf.js's) are built with. */
const classicScript = {
  absWorkingDir: root,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  ...scriptUrl,
  legalComments: 'none',
  minify,
  logLevel: 'warning',
};
await build({ ...classicScript, entryPoints: { cli: 'src/cli/run.ts' }, external, plugins: [pdfjsApart, lazyBuiltins], sourcemap: true });
await build({
  ...classicScript,
  entryPoints: { 'vendor/pdf': 'node_modules/pdfjs-dist/legacy/build/pdf.mjs', 'vendor/pdf.worker': 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs' },
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

// The code cache of dist/cli.cjs: written by the bin after a run of `analyze` on two fixture
// postings with a profile, so it holds the code that run compiled (V8 caches functions compiled
// lazily too). V8 uses it only under the Node version and flags that wrote it; under others the bin
// compiles as it would without it.
const codeCache = join(dist, 'cli.cjs.cache');
execFileSync(
  process.execPath,
  [join(root, 'bin/skillgap.js'), 'analyze', 'fixtures/postings/backend-engineer.txt', 'fixtures/postings/data-scientist.txt', '--profile', 'fixtures/profiles/junior-ml.yaml'],
  // No config file nor SKILLGAP_PROFILE of the builder's: the run is the same on every machine.
  { cwd: root, stdio: 'ignore', env: { ...process.env, SKILLGAP_PROFILE: '', XDG_CONFIG_HOME: join(dist, 'no-config'), SKILLGAP_CODE_CACHE_OUT: codeCache } },
);
if (!existsSync(codeCache)) {
  console.error('build: the code cache (dist/cli.cjs.cache) was not written');
  process.exit(2);
}
console.error(`built: ${report.skills} skills, ${report.vocabularies} vocabularies, ${report.examples} examples checked`);
