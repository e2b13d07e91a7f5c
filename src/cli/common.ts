import { Option, type Command } from 'commander';
import { ConfigError } from '../errors.js';
import { loadProfile } from '../profile/load.js';
import { combineProfiles } from '../profile/resolve.js';
import { readers } from '../ingest/documents/index.js';
import type { Profile } from '../profile/schema.js';
import type { CompiledTaxonomy } from '../taxonomy/index.js';
import { collect, parseSize } from './io.js';

export const INPUTS_HELP = 'postings: .txt, .md, .html, .pdf or .docx files, URLs, or - for stdin; reads stdin when none is given';

/** Options shared by the commands that read postings. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--taxonomy <file>', 'add or override skills with your own taxonomy YAML (repeatable)', collect)
    .addOption(new Option('--max-size <MB>', 'largest input accepted, in megabytes').default(5 * 1024 * 1024, '5').argParser(parseSize))
    .option('-o, --output <file>', 'write the result to FILE instead of stdout: it appears complete at the end (an interrupted run leaves an existing FILE as it was); never one of the inputs')
    .addOption(new Option('--render <mode>', 'for URLs: render pages in Chromium when the HTML has no posting (auto), always, or never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--cache-dir <dir>', 'where fetched pages (for offline re-runs) and the taxonomy compiled with your overlays are kept (default: ~/.cache/skillgap)')
    .option('--offline', 'read URLs from the cache only; never touch the network')
    .addOption(new Option('--timeout <seconds>', 'per request, for URLs').default(15).argParser(parseSeconds));
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new ConfigError('usage', `--timeout: '${value}' is not a positive number of seconds`);
  return n;
}

export function addProfileOptions(cmd: Command): Command {
  return cmd
    .option('-p, --profile <file>', 'your skills: a profile YAML/JSON file or a JSON Resume (with --resume: its levels and years win)')
    .option('-r, --resume <file>', 'your resume: PDF, Word (.docx), text, Markdown or JSON Resume');
}

export interface ProfileFlags {
  profile?: string;
  resume?: string;
}

/**
 * The person's profile from --profile, --resume or both (the profile's levels and years with the
 * resume's evidence); a bad file is a ConfigError (exit 2).
 */
export async function profileFrom(flags: ProfileFlags, taxonomy: CompiledTaxonomy): Promise<Profile> {
  if (!flags.profile && !flags.resume) {
    throw new ConfigError('usage', 'tell me your skills: --profile me.yaml, --resume resume.md, or both, or a default in SKILLGAP_PROFILE or the config file (see `skillgap --help`)');
  }
  const load = async (path: string) => {
    try {
      return await loadProfile(path, taxonomy, { readers });
    } catch (err) {
      // Your own profile failing to load is a configuration problem, whatever the cause: nothing to compare with.
      if (err instanceof ConfigError) throw err;
      throw new ConfigError('profile-unreadable', err instanceof Error ? err.message : String(err));
    }
  };
  const stated = flags.profile ? await load(flags.profile) : undefined;
  const resume = flags.resume ? await load(flags.resume) : undefined;
  return stated && resume ? combineProfiles(stated, resume) : (stated ?? resume)!;
}
