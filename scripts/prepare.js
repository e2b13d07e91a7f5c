#!/usr/bin/env node
// `npm install` / `npm ci` in a clone builds dist. With `--omit=dev` the build tools (esbuild,
// TypeScript) are not installed: then say so and succeed, instead of failing the install; a packed
// package already carries its dist.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The clone's own node_modules: a tool found further up (NODE_PATH, a parent folder) is not this install's.
const haveTools = ['esbuild', 'typescript', 'pdfjs-dist'].every((p) => existsSync(join(root, 'node_modules', p, 'package.json')));
if (haveTools) {
  await import('./build.js');
} else if (existsSync(join(root, 'dist/cli.js'))) {
  console.error('skillgap: build tools not installed (--omit=dev); using the dist already there');
} else {
  console.error('skillgap: build tools not installed (--omit=dev), so dist was not built; run `npm install` (with dev dependencies) and `npm run build` to use this clone');
}
