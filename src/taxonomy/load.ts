import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, errorMessage } from '../errors.js';
import { parseSource, validateSource } from '../yaml-source.js';
import { OverlayFile, TaxonomyFile, type Skill, type SkillEntry } from './schema.js';

/** The folder of taxonomy YAML files shipped with the package. */
export const bundledTaxonomyDir = fileURLToPath(new URL('../../taxonomies/', import.meta.url));

export function listTaxonomyFiles(dir: string = bundledTaxonomyDir): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError('taxonomy-unreadable', `${file}: cannot read taxonomy: ${errorMessage(err)}`);
  }
}

function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel || basename(file);
}

/** Read and validate taxonomy files (schema only; cross-entry checks are in validate.ts). */
export function readTaxonomyFiles(files: readonly string[]): SkillEntry[] {
  const entries: SkillEntry[] = [];
  for (const file of files) {
    const name = displayName(file);
    const src = parseSource(name, readText(file));
    const data = validateSource(src, TaxonomyFile, 'taxonomy-invalid');
    data.skills.forEach((skill, i) => entries.push({ ...skill, source: { file: name, line: src.lineOf(['skills', i]) } }));
  }
  return entries;
}

/**
 * Apply a user's overlay: a skill with a new id is added (it must then be complete),
 * a skill with a known id has the given fields replaced.
 */
export function applyOverlay(entries: readonly SkillEntry[], file: string): SkillEntry[] {
  const name = displayName(file);
  const src = parseSource(name, readText(file));
  const data = validateSource(src, OverlayFile, 'taxonomy-invalid');
  const byId = new Map(entries.map((e) => [e.id, e] as const));
  const out = [...entries];
  data.skills.forEach((patch, i) => {
    const source = { file: name, line: src.lineOf(['skills', i]) };
    const base = byId.get(patch.id);
    if (base) {
      const merged: SkillEntry = { ...base, ...stripUndefined(patch), source };
      out[out.indexOf(base)] = merged;
      byId.set(patch.id, merged);
      return;
    }
    const missing = (['label', 'category'] as const).filter((k) => patch[k] === undefined);
    if (missing.length > 0) {
      throw new ConfigError(
        'taxonomy-invalid',
        `${name}:${source.line}: skills[${i}] (${patch.id}): a new skill needs ${missing.join(' and ')} (no bundled skill has this id)`,
      );
    }
    const skill = { ...stripUndefined(patch), source } as SkillEntry;
    out.push(skill);
    byId.set(skill.id, skill);
  });
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<Skill> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<Skill>;
}

/** A fingerprint of the taxonomy files' names and contents, to know whether a compiled cache is current. */
export function taxonomyFingerprint(files: readonly string[]): string {
  const hash = createHash('sha1');
  for (const f of files) hash.update(basename(f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}
