#!/usr/bin/env node
// A CommonJS script (bin/package.json): Node starts one faster than an ES module, and start-up is
// part of the budget.
'use strict';
const { closeSync, fstatSync, openSync, read, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Answered from package.json without loading the CLI.
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')).version}\n`);
} else if (process.sourceMapsEnabled) {
  // node --enable-source-maps: the ES module build, whose stack traces Node maps to src/ (it maps
  // modules, not a script compiled through vm as below).
  import('../dist/cli.js').then((cli) => cli.main());
} else {
  // Started first, so that libuv's threads read while this thread compiles the CLI.
  const readAhead = ['analyze', 'extract', 'keywords', 'plan'].includes(args[0]) ? readFilesAhead(join(__dirname, '..')) : undefined;
  // The CLI as a classic script compiled with V8's code cache, which Node 20 offers for scripts and
  // not for ES modules (see scripts/build.js); without a cache V8 accepts, it compiles as usual.
  const { createRequire } = require('node:module');
  const { Script } = require('node:vm');
  const file = join(__dirname, '../dist/cli.cjs');
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // No cache: compile from source.
  }
  // CommonJS's own wrapper, on the script's first line so that its line numbers stay the file's. The
  // name is fixed: a script compiled from a code cache keeps the name the cache was made under, and
  // stack traces must not show the build machine's paths.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: 'skillgap/dist/cli.cjs', cachedData });
  const cli = { exports: {} };
  script.runInThisContext()(cli.exports, createRequire(file), cli, file, join(__dirname, '../dist'));
  // The build writes the cache after a run (scripts/build.js), when the run's code is compiled.
  const out = process.env.SKILLGAP_CODE_CACHE_OUT;
  if (out) process.once('exit', () => writeFileSync(out, script.createCachedData()));
  void cli.exports.main({ readAhead });
}

/**
 * Start reading the files every extraction reads: the taxonomy's and the vocabularies' caches, and
 * their YAML sources, whose content decides whether a cache is current (the library's lists of them
 * decide what is read: a file missed here is read then; one read here for nothing costs only its
 * memory). Each file is one read on libuv's threads (fs.readFile would come back to this thread
 * between chunks).
 */
function readFilesAhead(root) {
  const files = ['dist/taxonomy.bin', 'dist/vocab.bin'].map((f) => join(root, f));
  for (const dir of ['taxonomies', 'taxonomies/meta', 'vocab']) {
    try {
      for (const f of readdirSync(join(root, dir))) if (/\.ya?ml$/.test(f)) files.push(join(root, dir, f));
    } catch {
      // Not there: the library says so when it reads.
    }
  }
  return Promise.all(
    files.map(
      (file) =>
        new Promise((done) => {
          let fd;
          try {
            fd = openSync(file, 'r');
            // (The build caches in shared memory, which a scan's worker threads then use as they are.)
            const size = fstatSync(fd).size;
            const bytes = file.endsWith('.bin') ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size);
            read(fd, bytes, 0, bytes.length, 0, (err, n) => {
              closeSync(fd);
              done(!err && n === bytes.length ? [file, bytes] : undefined);
            });
          } catch {
            if (fd !== undefined) closeSync(fd);
            done(undefined);
          }
        }),
    ),
  );
}
