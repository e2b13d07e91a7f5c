/**
 * The categories of the taxonomy, as data (taxonomies/meta/categories.yaml): what the code needs to
 * know of each (technical or not, whether years apply, how a mention is read). A skill whose category
 * is not listed fails the build, and the JSON Schema lets editors complete the names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import '../schema-kit.js';
import { packageRoot } from '../package-root.js';
import { parseSource, validateSource } from '../yaml-source.js';

export const CATEGORY_READINGS = ['skill', 'soft-skill', 'industry', 'practice', 'language'] as const;
export type CategoryReading = (typeof CATEGORY_READINGS)[number];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CategoryEntry = z.strictObject({
  id: z.string().check(z.regex(KEBAB, 'must be kebab-case, e.g. ml-framework')),
  description: z.string().check(z.minLength(3)),
  technical: z.optional(z.boolean().check(z.describe('A skill of this category vouches, as context, for an ambiguous skill near it (default true).'))),
  years: z.optional(z.boolean().check(z.describe('Years of experience may be tied to it (default true).'))),
  tool: z.optional(z.boolean().check(z.describe('Products one installs or uses (a library, a database, a cloud service), as opposed to fields, methods and concepts (default false).'))),
  orExperience: z.optional(z.boolean().check(z.describe('A posting may accept experience instead of it ("or equivalent experience"; default false).'))),
  kindMeets: z.optional(
    z.boolean().check(z.describe('A more specific skill of this kind meets a requirement for the general one in full (a physics degree meets "a degree in a quantitative field"); default false: it transfers.')),
  ),
  discipline: z.optional(
    z.boolean().check(
      z.describe(
        'Its skills name disciplines of study as well as work: in a list of what years qualify beside a field of study ("4+ years in statistics, mathematics or computer science") one of them is a field too, and takes no years (default false).',
      ),
    ),
  ),
  reading: z.optional(
    z.enum(CATEGORY_READINGS).check(
      z.describe(
        'How a posting mention is read: skill (default), soft-skill (asked of the candidate, not the culture), industry (outside requirements only with experience words), practice (never a role: "Agile team"), language (a spoken language; not where words of data or a model follow it: "Spanish sentiment analysis").',
      ),
    ),
  ),
});
export const CategoriesFile = z.strictObject({
  $schema: z.optional(z.string()),
  categories: z.array(CategoryEntry).check(z.minLength(1)),
});
export type CategoryEntry = z.infer<typeof CategoryEntry>;

export interface CategoryInfo {
  id: string;
  technical: boolean;
  years: boolean;
  kindMeets: boolean;
  discipline: boolean;
  orExperience: boolean;
  tool: boolean;
  reading: CategoryReading;
}

export const categoriesPath = join(packageRoot(), 'taxonomies', 'meta', 'categories.yaml');

/** Read and validate a categories file; a name listed twice is an error. */
export function readCategories(file: string = categoriesPath): Map<string, CategoryInfo> {
  const src = parseSource(file, readFileSync(file, 'utf8'));
  const data = validateSource(src, CategoriesFile, 'taxonomy-invalid');
  return categoriesFrom(data.categories);
}

export function categoriesFrom(entries: readonly CategoryEntry[]): Map<string, CategoryInfo> {
  const out = new Map<string, CategoryInfo>();
  for (const c of entries) {
    if (out.has(c.id)) throw new Error(`category '${c.id}' is listed twice`);
    out.set(c.id, { id: c.id, technical: c.technical ?? true, years: c.years ?? true, kindMeets: c.kindMeets ?? false, discipline: c.discipline ?? false, orExperience: c.orExperience ?? false, tool: c.tool ?? false, reading: c.reading ?? 'skill' });
  }
  return out;
}

let bundled: Map<string, CategoryInfo> | undefined;

/** The bundled categories (read once). */
export function bundledCategories(): ReadonlyMap<string, CategoryInfo> {
  return (bundled ??= readCategories());
}
