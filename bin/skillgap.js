#!/usr/bin/env node
// A CommonJS script (bin/package.json): Node starts one faster than an ES module, and start-up is
// part of the budget.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Answered from package.json without loading the CLI.
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')).version}\n`);
} else {
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
  // CommonJS's own wrapper, on the script's first line so that its line numbers stay the file's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  const cli = { exports: {} };
  script.runInThisContext()(cli.exports, createRequire(file), cli, file, join(__dirname, '../dist'));
  // The build writes the cache after a run (scripts/build.js), when the run's code is compiled.
  const out = process.env.SKILLGAP_CODE_CACHE_OUT;
  if (out) process.once('exit', () => writeFileSync(out, script.createCachedData()));
  void cli.exports.main();
}
