#!/usr/bin/env node
// `skillgap --version` answers from package.json without loading the CLI: start-up is part of the budget.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // The CLI as a classic script compiled with V8's code cache, which Node 20 offers for scripts and
  // not for ES modules (see scripts/build.js); without a cache V8 accepts, it compiles as usual.
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const { dirname } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const { Script } = await import('node:vm');
  const file = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // No cache: compile from source.
  }
  // CommonJS's own wrapper, on the script's first line so that its line numbers stay the file's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  // The build writes the cache after a run (scripts/build.js), when the run's code is compiled.
  const out = process.env.SKILLGAP_CODE_CACHE_OUT;
  if (out) process.once('exit', () => writeFileSync(out, script.createCachedData()));
  await module.exports.main();
}
