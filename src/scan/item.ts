import { STATUSES, type Gap, type GapItem } from '../compare/schema.js';
import { compareSkills } from '../compare/compare.js';
import { InputError, errorMessage } from '../errors.js';
import { extractPosting } from '../extract/extract.js';
import type { ExtractedPosting } from '../extract/schema.js';
import { descriptionToText } from '../ingest/description.js';
import { loadPosting, toInputError, type IngestOptions } from '../ingest/index.js';
import { makePosting, normalizeText, type Posting } from '../ingest/posting.js';
import { decodeTextInput } from '../ingest/read-input.js';
import { postingFromText } from '../ingest/text.js';
import type { Profile } from '../profile/schema.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { fingerprint, type Fingerprint } from './dedupe.js';
import { encodeMinhash } from './identity.js';
import type { ResultPacker } from './packed.js';
import { ALTERNATIVE, type PostingResult } from './schema.js';
import { flattenRow, resolveFields, sectionColumns, textColumns, type FieldMap, type FieldName, type SourceItem } from './sources.js';

/** What turning an item into a result needs; built once per worker. */
export interface ItemContext {
  taxonomy: CompiledTaxonomy;
  profile: Profile | null;
  fields: FieldMap;
  maxBytes?: number;
  /** For URLs: rendering, cache, offline mode, timeouts. */
  web?: IngestOptions['web'];
}

const IMPORTANCE_CODE = { required: 0, preferred: 1, mentioned: 2 } as const;

/** `file.jsonl#12` -> `file.jsonl:12`, the way an error names a row. */
const rowName = (source: string) => source.replace(/#(\d+)$/, ':$1');

function cell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(cell).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return cell(o.name ?? o.text ?? o.value ?? o.addressLocality ?? o.city ?? null);
  }
  return null;
}

/** A value of one line, as a title is: no line break and not longer than this. */
const ONE_LINE = 150;
const oneLine = (v: string) => v.length <= ONE_LINE && !v.includes('\n');
const HEADING_KEYS = ['text', 'title', 'heading', 'name'] as const;
const BODY_KEYS = ['content', 'body', 'description', 'items'] as const;

/**
 * A list of sections as an API gives them, each a heading and its body (Lever's `lists`: `[{text:
 * "Requirements", content: "<li>..."}]`): [heading, body] pairs, or null when the value is no such list.
 */
function sectionList(value: unknown): [string, string][] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 50) return null;
  const out: [string, string][] = [];
  for (const v of value) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
    const o = v as Record<string, unknown>;
    const heading = HEADING_KEYS.map((k) => o[k]).find((x) => typeof x === 'string');
    const body = cell(BODY_KEYS.map((k) => o[k]).find((x) => x !== undefined && x !== null) ?? null);
    if (typeof heading !== 'string' || body === null) return null;
    out.push([heading.trim(), body]);
  }
  return out;
}

/**
 * A row of an export (a JSONL object or a CSV record) to a posting, through the field mapping.
 * Unmapped, the text is the first text-like field, unless that holds one line and a later one more
 * (Lever's `text` is the job's title, its `description` the posting): the line is then the title
 * when no field gives one. The posting's other parts follow it under their own headings: columns
 * such as `requirements` or `additional` (see SECTION_COLUMNS) and lists of sections (Lever's
 * `lists`). A nested object's fields are found too (see flattenRow).
 */
export function postingFromRow(source: string, jsonRow: Record<string, unknown>, map: FieldMap): Posting {
  const row = flattenRow(jsonRow);
  const columns = Object.keys(row);
  const cols = resolveFields(columns, map);
  const get = (f: FieldName) => (cols[f] === undefined ? null : cell(row[cols[f]!]));
  let raw = get('text');
  let title = get('title');
  let textColumn = cols.text;
  if (map.text === undefined) {
    const candidates = textColumns(columns).filter((c) => c !== cols.title && cell(row[c]) !== null);
    const first = candidates[0];
    raw = first === undefined ? null : cell(row[first]);
    textColumn = first;
    if (raw !== null && oneLine(raw)) {
      let longest = raw;
      for (const c of candidates.slice(1)) {
        const v = cell(row[c])!;
        if (v.length > longest.length) [longest, textColumn] = [v, c];
      }
      if (longest !== raw) {
        title ??= raw;
        raw = longest;
      }
    }
  }
  if (raw === null) {
    const list = Object.entries(jsonRow).find(([, v]) => Array.isArray(v) && v.length > 1 && v.every((x) => typeof x === 'object' && x !== null));
    const why = cols.text
      ? `'${cols.text}' is empty`
      : map.text
        ? `no field '${map.text}'`
        : list
          ? `no text field, but ${(list[1] as unknown[]).length} objects under '${list[0]}': a JSON document of postings on one line? Save it as .json and scan that`
          : 'no text field (looked for text, description, body, content; name it with --text-field)';
    throw new InputError('no-text', `${rowName(source)}: no posting text: ${why}`);
  }
  let text = descriptionToText(raw);
  const used = [...Object.values(cols), ...(textColumn ? [textColumn] : [])];
  const parts: string[] = [];
  const sections = new Map(sectionColumns(columns, used));
  for (const c of Object.keys(jsonRow)) {
    if (used.includes(c)) continue;
    const heading = sections.get(c);
    const v = heading === undefined ? null : cell(row[c]);
    if (v !== null && !raw.includes(v)) parts.push(`${heading}\n${descriptionToText(v)}`);
    else if (heading === undefined) for (const [h, body] of sectionList(jsonRow[c]) ?? []) parts.push(`${h}\n${descriptionToText(body)}`);
  }
  if (parts.length > 0) text = [text, ...parts].join('\n\n');
  return makePosting(source, normalizeText(text), { title, company: get('company'), location: get('location'), url: get('url'), datePosted: get('date') });
}

async function postingOf(item: SourceItem, ctx: ItemContext): Promise<Posting> {
  switch (item.kind) {
    case 'spec':
      return loadPosting(item.source, { ...(ctx.maxBytes ? { maxBytes: ctx.maxBytes } : {}), ...(ctx.web ? { web: ctx.web } : {}) });
    case 'json':
    case 'json-bytes': {
      let value: unknown;
      try {
        value = JSON.parse(item.kind === 'json' ? item.line : Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength).toString('utf8'));
      } catch (err) {
        throw new InputError('bad-row', `${rowName(item.source)}: not valid JSON: ${errorMessage(err)}`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError('bad-row', `${rowName(item.source)}: not a JSON object`);
      return postingFromRow(item.source, value as Record<string, unknown>, ctx.fields);
    }
    case 'record':
      return postingFromRow(item.source, item.record, ctx.fields);
    case 'text': {
      const warnings: string[] = [];
      return postingFromText(item.source, decodeTextInput('stdin', item.bytes, warnings), warnings);
    }
    case 'error':
      throw new InputError(item.error.code, item.error.message);
  }
}

const failed = (source: string, error: { code: string; message: string }): PostingResult => ({
  source,
  title: null,
  company: null,
  location: null,
  url: null,
  datePosted: null,
  bytes: 0,
  error,
  exact: '',
  minhash: null,
  minhash64: null,
  skills: [],
  score: null,
});

/**
 * A skill's status code for the aggregate: see PostingResult. A member of a group of alternatives
 * that another member stands for keeps the person's own status, so that the market's "you" column
 * never says they have a skill because another one met the posting ("Computer Science or
 * Statistics"); one they lack is ALTERNATIVE, the group's one requirement counted by that member.
 */
function statusCode(g: GapItem): number {
  if (g.group !== null && g.weight === 0 && g.status === 'missing') return ALTERNATIVE;
  return STATUSES.indexOf(g.status);
}

/** An item read, extracted, compared and fingerprinted: what its result is made of. */
export interface ItemParts {
  posting: Posting;
  extracted: ExtractedPosting;
  gap: Gap | null;
  fingerprint: Fingerprint;
}

/** Read, extract, compare and fingerprint one item; a failure becomes a result with `error`, never a throw. */
export async function examineItem(item: SourceItem, ctx: ItemContext): Promise<ItemParts | PostingResult> {
  let posting: Posting;
  try {
    posting = await postingOf(item, ctx);
  } catch (err) {
    const e = toInputError(item.source, err);
    return failed(item.source, { code: e.code, message: e.message });
  }
  const extracted = extractPosting(posting, ctx.taxonomy);
  const gap = ctx.profile ? compareSkills(extracted.skills, ctx.profile, ctx.taxonomy, extracted.groups) : null;
  return { posting, extracted, gap, fingerprint: fingerprint(posting.text) };
}

/**
 * Each skill of an examined item, in order: its id, importance code, years and status code. A
 * member of a group of alternatives that another member meets, or that another member stands for
 * when none is met, has the group's standing: the group is one requirement.
 */
function eachSkill({ extracted, gap }: ItemParts, each: (id: string, importance: 0 | 1 | 2, years: number | null, status: number) => void): void {
  const skills = extracted.skills;
  for (let i = 0; i < skills.length; i++) {
    const s = skills[i]!;
    each(s.id, IMPORTANCE_CODE[s.importance], s.years, gap ? statusCode(gap.items[i]!) : -1);
  }
}

/** An examined item as a result. */
export function resultOf(parts: ItemParts): PostingResult {
  const { posting, extracted, gap } = parts;
  const { exact, minhash } = parts.fingerprint;
  const skills: PostingResult['skills'] = [];
  eachSkill(parts, (id, importance, years, status) => skills.push([id, importance, years, status]));
  return {
    source: posting.source,
    // The extracted posting: a text's title line and "Company:" field are read with it.
    title: extracted.title,
    company: extracted.company,
    location: extracted.location,
    url: posting.url,
    datePosted: extracted.datePosted,
    bytes: Buffer.byteLength(posting.text),
    error: null,
    exact,
    minhash,
    minhash64: minhash ? encodeMinhash(minhash) : null,
    skills,
    score: gap ? gap.score.value : null,
  };
}

/**
 * An examined item straight into a worker's packer, the same fields as `resultOf` without the
 * result: no object per result nor array per skill is made, only to be read once and dropped.
 */
export function packParts(parts: ItemParts, packer: ResultPacker): void {
  const { posting, extracted, gap } = parts;
  const { exact, minhash } = parts.fingerprint;
  packer.open(posting.source, extracted.title, extracted.company, extracted.location, posting.url, extracted.datePosted, Buffer.byteLength(posting.text), exact, minhash, minhash ? encodeMinhash(minhash) : null, gap ? gap.score.value : null);
  eachSkill(parts, packer.skill);
}

/** Read, extract, compare and fingerprint one item; a failure becomes a result with `error`, never a throw. */
export async function processItem(item: SourceItem, ctx: ItemContext): Promise<PostingResult> {
  const parts = await examineItem(item, ctx);
  return 'posting' in parts ? resultOf(parts) : parts;
}
