#!/usr/bin/env node
// Write the committed generated files: schema/*.json and docs/vocab-keys.md (from the zod schemas) and docs/skills.md (from
// the taxonomy). Run after changing a schema or the taxonomy; the tests fail while they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { generatedFiles } = await import(join(root, 'dist/build.js'));
// The JSON Schemas of the outputs (analyze, keywords, plan, scan, scan JSONL lines), from src/report/json.ts.
const { outputSchemaFiles } = await import(join(root, 'dist/output-schemas.js'));
for (const [name, text] of Object.entries({ ...generatedFiles(), ...outputSchemaFiles() })) {
  mkdirSync(dirname(join(root, name)), { recursive: true });
  writeFileSync(join(root, name), text);
  console.error(`wrote ${name}`);
}
