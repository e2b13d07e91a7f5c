import { extname } from 'node:path';
import { ConfigError, InputError } from '../errors.js';
import { decodeTextInput, readFileBytes } from '../ingest/read-input.js';
import { normalizeText } from '../ingest/posting.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { parseSource, validateSource, type SourceDoc } from '../yaml-source.js';
import { skillsFromJsonResume } from './json-resume.js';
import { mergeSkills, resolveSkillName } from './resolve.js';
import { skillsFromResumeText } from './resume-text.js';
import { unweaveColumns } from './columns.js';
import { readers as defaultReaders, type DocumentReader } from '../ingest/documents/index.js';
import { JsonResume, ProfileFile, type Profile } from './schema.js';

const isJsonResume = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && ('basics' in v || 'work' in v || ('skills' in v && Array.isArray(v.skills) && v.skills.some((s) => typeof s === 'object' && s !== null && 'keywords' in s)));

/** A profile file (YAML/JSON) or JSON Resume, already parsed. Invalid fields are ConfigErrors (exit 2). */
export function profileFromSource(src: SourceDoc, taxonomy: CompiledTaxonomy): Profile {
  if (isJsonResume(src.value)) {
    const resume = validateSource(src, JsonResume, 'profile-invalid');
    return { source: src.file, name: resume.basics?.name ?? null, ...skillsFromJsonResume(resume, taxonomy) };
  }
  const file = validateSource(src, ProfileFile, 'profile-invalid');
  const skills = file.skills.flatMap((s) =>
    typeof s === 'string'
      ? resolveSkillName(s, taxonomy, { evidence: 'listed' })
      : resolveSkillName(s.name, taxonomy, { evidence: 'listed', level: s.level, years: s.years }),
  );
  return { source: src.file, name: file.name ?? null, skills: mergeSkills(skills) };
}

/** A resume as text or Markdown: the same extractor as postings, with resume section headings. */
export function profileFromResumeText(source: string, text: string, taxonomy: CompiledTaxonomy): Profile {
  const clean = normalizeText(text);
  if (clean.trim().length === 0) throw new InputError('empty', `${source}: is empty`);
  // (A two-column layout copied line by line across its columns is read column by column.)
  return { source, name: null, ...skillsFromResumeText(unweaveColumns(clean), taxonomy) };
}

/** A binary resume's text (see ingest/documents). */
export type ResumeReader = DocumentReader;

export interface LoadProfileOptions {
  /** Readers for binary resume formats, by extension; by default PDF and DOCX (each library loaded only when needed). */
  readers?: Readonly<Record<string, ResumeReader>>;
}

/**
 * Load `--profile` (YAML/JSON profile or JSON Resume) or `--resume` (text, Markdown, JSON Resume,
 * and whatever binary formats `readers` handle).
 */
export async function loadProfile(path: string, taxonomy: CompiledTaxonomy, options: LoadProfileOptions = {}): Promise<Profile> {
  const ext = extname(path).toLowerCase();
  const bytes = await readFileBytes(path);
  const reader = (options.readers ?? defaultReaders)[ext];
  if (reader) return profileFromResumeText(path, await reader(path, bytes), taxonomy);
  if (ext === '.pdf' || ext === '.docx' || ext === '.doc') {
    throw new InputError('unsupported', `${path}: ${ext.slice(1).toUpperCase()} resumes are not supported by this build; save it as text or Markdown`);
  }
  const text = decodeTextInput(path, bytes);
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') {
    if (text.trim().length === 0) throw new ConfigError('profile-invalid', `${path}: is empty (a profile needs a skills list)`);
    return profileFromSource(parseSource(path, text), taxonomy);
  }
  return profileFromResumeText(path, text, taxonomy);
}
