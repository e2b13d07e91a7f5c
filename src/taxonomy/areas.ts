/**
 * Specializations as data (taxonomies/meta/areas.yaml): the top-level areas a scan's demand and a
 * diff's trends roll up to. The file names the skills and categories each area claims; the code only
 * walks a skill's ancestors and takes the first area that claims one of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import '../schema-kit.js';
import { packageRoot } from '../package-root.js';
import { parseSource, validateSource } from '../yaml-source.js';
import type { CompiledTaxonomy } from './compile.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const AreaEntry = z.strictObject({
  id: z.string().check(z.regex(KEBAB, 'must be kebab-case, e.g. computer-vision')),
  label: z.string().check(z.minLength(1), z.describe('How reports name the area.')),
  skills: z.optional(z.array(z.string()).check(z.describe('Skill ids whose descendants (and themselves) belong to the area.'))),
  categories: z.optional(z.array(z.string()).check(z.describe('Categories whose skills belong to the area, when no earlier area claims them by ancestry.'))),
});
export const AreasFile = z.strictObject({
  $schema: z.optional(z.string()),
  areas: z.array(AreaEntry).check(z.minLength(1)),
});
export type AreaEntry = z.infer<typeof AreaEntry>;

export interface AreaInfo {
  id: string;
  label: string;
}

export const areasPath = join(packageRoot(), 'taxonomies', 'meta', 'areas.yaml');

/** Read and validate an areas file (the schema; `checkAreas` checks the names against a taxonomy). */
export function readAreas(file: string = areasPath): AreaEntry[] {
  const src = parseSource(file, readFileSync(file, 'utf8'));
  return validateSource(src, AreasFile, 'taxonomy-invalid').areas;
}

let bundled: AreaEntry[] | undefined;
export const bundledAreas = (): AreaEntry[] => (bundled ??= readAreas());

/** Problems of an areas list against a taxonomy: an id listed twice, a skill or category that does not exist. */
export function checkAreas(areas: readonly AreaEntry[], taxonomy: Pick<CompiledTaxonomy, 'skills' | 'categories'>, file = 'taxonomies/meta/areas.yaml'): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const a of areas) {
    if (seen.has(a.id)) problems.push(`${file}: area '${a.id}' is listed twice`);
    seen.add(a.id);
    for (const id of a.skills ?? []) if (!taxonomy.skills.has(id)) problems.push(`${file}: area '${a.id}': no skill '${id}' in the taxonomy`);
    for (const c of a.categories ?? []) if (!taxonomy.categories.has(c)) problems.push(`${file}: area '${a.id}': no category '${c}' in taxonomies/meta/categories.yaml`);
  }
  return problems;
}

/**
 * The area of each skill (or null): the first area, in file order, that claims the skill or one of
 * its ancestors by id, else the first that claims its category. Memoized per taxonomy.
 */
export function areaResolver(taxonomy: Pick<CompiledTaxonomy, 'skills' | 'ancestorsOf'>, areas: readonly AreaEntry[] = bundledAreas()): (id: string) => AreaInfo | null {
  const bySkill = areas.map((a) => new Set(a.skills ?? []));
  const byCategory = areas.map((a) => new Set(a.categories ?? []));
  const infos = areas.map((a) => ({ id: a.id, label: a.label }));
  const memo = new Map<string, AreaInfo | null>();
  return (id) => {
    let out = memo.get(id);
    if (out !== undefined) return out;
    const skill = taxonomy.skills.get(id);
    out = null;
    if (skill) {
      const chain = [id, ...taxonomy.ancestorsOf(id)];
      let i = areas.findIndex((_, k) => chain.some((c) => bySkill[k]!.has(c)));
      if (i < 0) i = areas.findIndex((_, k) => byCategory[k]!.has(skill.category));
      if (i >= 0) out = infos[i]!;
    }
    memo.set(id, out);
    return out;
  };
}
