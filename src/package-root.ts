import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder of skillgap's package.json, found upward from this module (src/, dist/ or a bundle chunk). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'taxonomies'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('skillgap: cannot find the package folder (package.json with taxonomies/ beside it)');
}
