import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod/mini';
import '../schema-kit.js';
import { ConfigError, errorMessage } from '../errors.js';
import { formatNames, type ReportKind } from '../report/formats/index.js';
import { parseSource, validateSource } from '../yaml-source.js';

/**
 * The config file (`--config FILE`, else `$XDG_CONFIG_HOME/skillgap/config.yaml`, else
 * `~/.config/skillgap/config.yaml`): defaults for the flags. Paths are relative to the file.
 */
export const ConfigFile = z.strictObject({
  /** Your profile file, used when neither --profile nor --resume (nor SKILLGAP_PROFILE) is given. */
  profile: z.optional(z.string().check(z.minLength(1))),
  /** Your resume, used like --resume under the same condition (with `profile`, both are combined). */
  resume: z.optional(z.string().check(z.minLength(1))),
  /** Taxonomy overlays, applied before those given with --taxonomy. */
  taxonomy: z.optional(z.union([z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1)))])),
  /** The default --format, for the commands that have it. */
  format: z.optional(z.string()),
  /** The default --cache-dir. */
  cacheDir: z.optional(z.string().check(z.minLength(1))),
});

export interface Config {
  file: string;
  profile?: string;
  resume?: string;
  taxonomy: string[];
  format?: string;
  cacheDir?: string;
}

const KINDS: readonly ReportKind[] = ['extract', 'analysis', 'plan', 'keywords', 'scan'];

/** Where the config file is looked for when --config is not given. */
export function defaultConfigPath(env: NodeJS.ProcessEnv): string | undefined {
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'skillgap', 'config.yaml');
  const home = env.HOME ?? env.USERPROFILE;
  return home ? join(home, '.config', 'skillgap', 'config.yaml') : undefined;
}

/**
 * The config file, validated: an unknown key, a wrong type or a format no command has is a
 * ConfigError naming the file, line, key and cause (exit 2). None (undefined) when there is no file at
 * the default place; --config naming a missing file is an error.
 */
export function loadConfig(env: NodeJS.ProcessEnv, explicit?: string): Config | undefined {
  const file = explicit ?? defaultConfigPath(env);
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (!explicit && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError('config-unreadable', `${explicit ? '--config ' : ''}${file}: cannot read: ${errorMessage(err)}`);
  }
  const src = parseSource(file, text);
  if (src.value === null || src.value === undefined) return { file, taxonomy: [] };
  const c = validateSource(src, ConfigFile, 'config-invalid');
  const all = [...new Set(KINDS.flatMap((k) => formatNames(k)))];
  if (c.format !== undefined && !all.includes(c.format)) {
    throw new ConfigError('config-invalid', `${file}:${src.lineOf(['format'])}: format: '${c.format}' is not one of ${all.join(', ')}`);
  }
  const at = (p: string) => resolve(dirname(resolve(file)), p);
  return {
    file,
    ...(c.profile ? { profile: at(c.profile) } : {}),
    ...(c.resume ? { resume: at(c.resume) } : {}),
    taxonomy: (typeof c.taxonomy === 'string' ? [c.taxonomy] : (c.taxonomy ?? [])).map(at),
    ...(c.format ? { format: c.format } : {}),
    ...(c.cacheDir ? { cacheDir: at(c.cacheDir) } : {}),
  };
}
