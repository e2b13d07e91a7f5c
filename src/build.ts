import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toJSONSchema } from 'zod/v4/core';
import { ExtractOutputSchema } from '../extract/schema.js';
import { ProfileFile } from '../profile/schema.js';
import { compileTaxonomy } from './compile.js';
import { skillsMarkdown } from './docs.js';
import { checkTaxonomy } from './examples.js';
import { listTaxonomyFiles, readTaxonomyFiles, taxonomyDigest, taxonomyStamp } from './load.js';
import { OverlayFile, TaxonomyFile } from './schema.js';
import { cacheFilesFor } from './index.js';

export interface BuildReport {
  skills: number;
  examples: number;
  problems: string[];
}

/**
 * Validate the bundled taxonomy (schema, cross-entry checks, every example) and write the cache the
 * CLI loads at start-up. Any problem fails the build, naming file and entry.
 */
export function buildTaxonomyCache(outFile: string): BuildReport {
  const files = listTaxonomyFiles();
  const entries = readTaxonomyFiles(files);
  const check = checkTaxonomy(entries);
  const problems = [...check.problems, ...check.failures];
  if (problems.length === 0) {
    mkdirSync(dirname(outFile), { recursive: true });
    const out = cacheFilesFor(entries, { stamp: taxonomyStamp(files), digest: taxonomyDigest(files) });
    writeFileSync(outFile, out.compiled);
    writeFileSync(join(dirname(outFile), 'taxonomy-details.json'), out.details);
  }
  return { skills: entries.length, examples: check.examples, problems };
}

/** The JSON Schemas generated from the zod schemas, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  const io = { io: 'input' } as const;
  return {
    'taxonomy.schema.json': toJSONSchema(TaxonomyFile, io),
    'taxonomy-overlay.schema.json': toJSONSchema(OverlayFile, io),
    'profile.schema.json': toJSONSchema(ProfileFile, io),
    'extract.schema.json': toJSONSchema(ExtractOutputSchema),
  };
}

/** Files generated from the sources and committed (`npm run generate`); tests check they are current. */
export function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(jsonSchemas())) files[`schema/${name}`] = `${JSON.stringify(schema, null, 2)}\n`;
  files['docs/skills.md'] = skillsMarkdown(compileTaxonomy(readTaxonomyFiles(listTaxonomyFiles())));
  return files;
}
