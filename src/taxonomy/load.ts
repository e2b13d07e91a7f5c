import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { contentDigest } from '../content-digest.js';
import { packageRoot } from '../package-root.js';
import { ConfigError, errorMessage } from '../errors.js';
import { parseSource, validateSource } from '../yaml-source.js';
import { OverlayFile, TaxonomyFile, type Skill, type SkillEntry } from './schema.js';

/** The folder of taxonomy YAML files shipped with the package. */
export const bundledTaxonomyDir = join(packageRoot(), 'taxonomies');

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

/**
 * The taxonomy files' names, sizes and modification times: a cheap first test of whether the
 * build's cache is current, without reading them (true in a working tree the build just ran in).
 */
export function taxonomyStamp(files: readonly string[]): string {
  return files
    .map((f) => {
      const st = statSync(f);
      return `${basename(f)}:${st.size}:${Math.trunc(st.mtimeMs)}`;
    })
    .join('|');
}

/**
 * The files' names, sizes and contents (see contentDigest): the test that decides. An installed
 * package has the same files with other modification times (npm sets its own when it unpacks), and
 * must still use the cache it shipped with, so it computes this on every run.
 */
export function taxonomyDigest(files: readonly string[]): string {
  return contentDigest(files);
}
