/**
 * What the build checks and writes (scripts/build.js runs it from dist): the taxonomy and the
 * vocabularies validated, every example of both run, and their caches written for start-up; and the
 * generated files that are committed (`npm run generate`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJSONSchema } from 'zod/v4/core';
import { ExtractOutputSchema } from './extract/schema.js';
import { ProfileFile } from './profile/schema.js';
import { VocabFile } from './read/schema.js';
import { listVocabFiles, readVocabFiles, vocabCacheFor } from './read/vocab.js';
import { compileTaxonomy } from './taxonomy/compile.js';
import { bundledCategories, categoriesPath, CategoriesFile } from './taxonomy/categories.js';
import { AreasFile, checkAreas, readAreas } from './taxonomy/areas.js';
import { skillsMarkdown } from './taxonomy/docs.js';
import { checkTaxonomy } from './taxonomy/examples.js';
import { cacheFilesFor } from './taxonomy/index.js';
import { listTaxonomyFiles, readTaxonomyFiles, taxonomyDigest, taxonomyStamp } from './taxonomy/load.js';
import { OverlayFile, TaxonomyFile, type SkillEntry } from './taxonomy/schema.js';
import { checkVocabularies } from './extract/vocab-examples.js';
import { checkResumeExamples } from './profile/resume-examples.js';

export interface BuildReport {
  skills: number;
  examples: number;
  vocabularies: number;
  problems: string[];
}

/**
 * Validate the bundled taxonomy and vocabularies (schema, cross-entry checks, every example) and
 * write the caches the CLI loads at start-up into `outDir`. Any problem fails the build, naming file and entry.
 */
export function buildCaches(outDir: string): BuildReport {
  const files = listTaxonomyFiles();
  const entries = readTaxonomyFiles(files);
  const check = checkTaxonomy(entries);
  const problems = [...check.problems, ...check.failures];
  const vocabFiles = listVocabFiles();
  const vocabs = readVocabFiles(vocabFiles);
  let examples = check.examples;
  if (problems.length === 0) {
    const taxonomy = compileTaxonomy(entries);
    const v = checkVocabularies(vocabs, vocabFiles, taxonomy);
    const r = checkResumeExamples(vocabs, vocabFiles, taxonomy);
    problems.push(...v.problems, ...r.problems);
    problems.push(...checkAreas(readAreas(), taxonomy));
    examples += v.examples + r.examples;
  }
  if (problems.length === 0) {
    mkdirSync(outDir, { recursive: true });
    const keyed = [...files, categoriesPath];
    const out = cacheFilesFor(entries, { stamp: taxonomyStamp(keyed), digest: taxonomyDigest(keyed) });
    writeFileSync(join(outDir, 'taxonomy.bin'), out.compiled);
    writeFileSync(join(outDir, 'taxonomy-details.json'), out.details);
    writeFileSync(join(outDir, 'vocab.bin'), vocabCacheFor(vocabFiles, vocabs));
  }
  return { skills: entries.length, examples, vocabularies: vocabs.length, problems };
}

/** The JSON Schemas generated from the zod schemas, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  const io = { io: 'input' } as const;
  return {
    'taxonomy.schema.json': withCategoryNames(toJSONSchema(TaxonomyFile, io)),
    'taxonomy-overlay.schema.json': withCategoryNames(toJSONSchema(OverlayFile, io)),
    'categories.schema.json': toJSONSchema(CategoriesFile, io),
    'areas.schema.json': toJSONSchema(AreasFile, io),
    'profile.schema.json': toJSONSchema(ProfileFile, io),
    'vocab.schema.json': toJSONSchema(VocabFile, io),
    'extract.schema.json': toJSONSchema(ExtractOutputSchema),
  };
}

/** The taxonomy's schema with the category names of taxonomies/meta/categories.yaml, for editors to complete. */
function withCategoryNames<T>(schema: T): T {
  const category = (schema as { properties?: { skills?: { items?: { properties?: { category?: Record<string, unknown> } } } } }).properties?.skills?.items?.properties?.category;
  if (category) category.enum = [...bundledCategories().keys()].sort();
  return schema;
}

/**
 * Files generated from the sources and committed (`npm run generate`); tests check they are current.
 * `entries`: the bundled taxonomy's entries when the caller has read them already (the tests share one reading).
 */
export function generatedFiles(entries: readonly SkillEntry[] = readTaxonomyFiles(listTaxonomyFiles())): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(jsonSchemas())) files[`schema/${name}`] = `${JSON.stringify(schema, null, 2)}\n`;
  files['docs/skills.md'] = skillsMarkdown(compileTaxonomy(entries));
  files['docs/vocab-keys.md'] = vocabKeysMarkdown(toJSONSchema(VocabFile, { io: 'input' }) as SchemaNode);
  return files;
}

/** A node of a JSON Schema, as far as the vocabulary's reference reads it. */
interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
}

/**
 * Every key of a vocabulary file with what its schema says of it (docs/vocab-keys.md): the reference
 * beside docs/vocab-format.md's guide, so that no key goes undocumented.
 */
function vocabKeysMarkdown(schema: SchemaNode): string {
  const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  const rows: string[] = [];
  const visit = (node: SchemaNode, path: string, depth: number) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key === '$schema') continue;
      const name = path ? `${path}.${key}` : key;
      rows.push(`| \`${name}\` | ${cell(child.description ?? (child.properties ? 'a group of the keys below' : ''))} |`);
      if (depth < 2) visit(child, name, depth + 1);
    }
  };
  visit(schema, '', 1);
  return [
    '# Vocabulary keys',
    '',
    'Generated from `src/read/schema.ts` by `npm run generate`: do not edit. Every key of a',
    '`vocab/<language>.yaml` file, with what it holds and how the reading uses it; docs/vocab-format.md',
    'is the guide to the main ones, with examples.',
    '',
    '| key | what it holds |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n');
}
