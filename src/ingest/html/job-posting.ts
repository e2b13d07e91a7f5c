import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { decodeHtmlEntities } from '../entities.js';
import type { PostingFacts } from '../posting.js';
import { flattenDeep, MAX_DEPTH, nestingDepth } from './depth.js';
import { nodesToText } from './to-text.js';

/**
 * A schema.org `JobPosting` (from JSON-LD, or microdata read into the same shape) to the posting's
 * facts and text. Values come in every shape seen in the wild: strings, numbers, objects with a
 * `name` or `@value`, arrays of those; HTML (sometimes entity-escaped twice) inside `description`.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: Json | undefined): Json[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** Does `@type` (a string or an array, maybe a full IRI) name this type? */
export function hasType(obj: JsonObject, type: string): boolean {
  const lc = type.toLowerCase();
  return asArray(obj['@type'] ?? obj['type']).some(
    (t) => typeof t === 'string' && (t.toLowerCase() === lc || t.toLowerCase().endsWith('/' + lc)),
  );
}

/**
 * Descriptions are fragments: htmlparser2 reads them directly, several
 * times faster than a cheerio `load`, which builds a new API class per call.
 */
function parseFragment(html: string): AnyNode[] {
  const bounded = nestingDepth(html, MAX_DEPTH) > MAX_DEPTH ? flattenDeep(html, MAX_DEPTH) : html;
  return parseDocument(bounded, { decodeEntities: true }).children;
}

const TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(\s|\/|&gt;)/i;

/** A value that may hold HTML (or HTML escaped once more) to text with its line structure. */
export function htmlValueToText(value: string): string {
  let html = value;
  for (let i = 0; i < 2 && !TAG.test(html) && ESCAPED_TAG.test(html); i++) {
    html = decodeEntities(html); // one level of entities off: "&lt;p&gt;" -> "<p>"
  }
  if (!TAG.test(html)) {
    return plainLines(decodeEntities(html));
  }
  return nodesToText(parseFragment(html));
}

/** All entities decoded, by the one map-safe decoder (`&constructor;` stays as written). */
function decodeEntities(s: string): string {
  return decodeHtmlEntities(s);
}

function plainLines(s: string): string {
  return s
    .split(/\r\n?|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A short one-line value: strings, numbers, `{name}`, `{@value}`; arrays joined with ", ". */
export function textOf(v: Json | undefined): string | undefined {
  const parts: string[] = [];
  for (const item of asArray(v)) {
    let s: string | undefined;
    if (typeof item === 'string') s = item.includes('<') ? htmlValueToText(item) : item.includes('&') ? decodeEntities(item) : item;
    else if (typeof item === 'number') s = String(item);
    else if (isObject(item)) s = textOf(item['name'] ?? item['@value'] ?? item['value']);
    s = s?.replace(/\s+/g, ' ').trim();
    if (s && !parts.includes(s)) parts.push(s);
  }
  return parts.length ? parts.join(', ') : undefined;
}

function placeText(place: Json): string | undefined {
  if (typeof place === 'string') return textOf(place);
  if (!isObject(place)) return undefined;
  const parts: string[] = [];
  for (const address of asArray(place['address'])) {
    if (typeof address === 'string') {
      parts.push(address.trim());
      continue;
    }
    if (!isObject(address)) continue;
    for (const key of ['addressLocality', 'addressRegion', 'addressCountry']) {
      const t = textOf(address[key]);
      if (t && !parts.some((p) => p.toLowerCase() === t.toLowerCase())) parts.push(t);
    }
  }
  if (parts.length === 0) {
    const name = textOf(place['name']);
    if (name) parts.push(name);
  }
  return parts.length ? parts.join(', ') : undefined;
}

export function locationOf(posting: JsonObject): string | undefined {
  const places: string[] = [];
  for (const p of asArray(posting['jobLocation'])) {
    const t = placeText(p);
    if (t && !places.includes(t)) places.push(t);
  }
  const remote = asArray(posting['jobLocationType']).some((t) => typeof t === 'string' && /telecommute|remote/i.test(t));
  if (remote) {
    const where = asArray(posting['applicantLocationRequirements'])
      .map((r) => textOf(r))
      .filter((s): s is string => !!s);
    places.push(where.length ? `Remote (${where.join(', ')})` : 'Remote');
  }
  return places.length ? places.join('; ') : undefined;
}

/** 85000 -> "85,000", 32.5 -> "32.5" (en-US style, without Intl: it costs more than the page). */
function grouped(n: number): string {
  const [int, frac] = (Math.round(n * 100) / 100).toString().split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digits = sign ? int!.slice(1) : int!;
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out ? ',' + out : '');
  return sign + out + (frac ? '.' + frac : '');
}

function formatAmount(n: Json | undefined): string | undefined {
  if (typeof n === 'number') return Number.isFinite(n) ? grouped(n) : undefined;
  if (typeof n === 'string' && n.trim() !== '') {
    const num = Number(n.replace(/,/g, ''));
    return Number.isFinite(num) && !/e/i.test(n) ? grouped(num) : n.trim();
  }
  return undefined;
}

/** `baseSalary`/`estimatedSalary` as "USD 120,000-150,000 per year". */
export function salaryOf(posting: JsonObject): string | undefined {
  for (const key of ['baseSalary', 'estimatedSalary']) {
    for (const s of asArray(posting[key])) {
      if (typeof s === 'number' || typeof s === 'string') {
        const t = formatAmount(s);
        if (t) return t;
        continue;
      }
      if (!isObject(s)) continue;
      const currency = textOf(s['currency']) ?? textOf(s['salaryCurrency']);
      const v = s['value'];
      let amount: string | undefined;
      let unit = textOf(s['unitText']);
      if (isObject(v)) {
        const min = formatAmount(v['minValue']);
        const max = formatAmount(v['maxValue']);
        const single = formatAmount(v['value']);
        amount = min && max ? (min === max ? min : `${min}-${max}`) : (single ?? min ?? max);
        unit = textOf(v['unitText']) ?? unit;
      } else {
        const min = formatAmount(s['minValue']);
        const max = formatAmount(s['maxValue']);
        amount = formatAmount(v) ?? (min && max ? `${min}-${max}` : (min ?? max));
      }
      if (!amount) continue;
      return [currency, amount, unit ? `per ${unit.toLowerCase()}` : undefined].filter(Boolean).join(' ');
    }
  }
  return undefined;
}

/** `2026-02-01T09:00:00Z` -> `2026-02-01`; anything else as written. */
export function dateOf(v: Json | undefined): string | undefined {
  const t = textOf(v);
  if (!t) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(t);
  return iso ? iso[1] : t;
}

/** `FULL_TIME` -> `full-time`; free text as written. Arrays joined with ", ". */
export function employmentTypeOf(v: Json | undefined): string | undefined {
  const parts = asArray(v)
    .map((t) => textOf(t))
    .filter((s): s is string => !!s)
    .flatMap((s) => s.split(/\s*,\s*/))
    .map((s) => (/^[A-Z_]+$/.test(s) ? s.toLowerCase().replace(/_/g, '-') : s));
  return parts.length ? [...new Set(parts)].join(', ') : undefined;
}

/** The organisation: text, `{name}`, or an array of either. */
export function companyOf(v: Json | undefined): string | undefined {
  const first = asArray(v)[0];
  return first === undefined ? undefined : textOf(first);
}

/** Extra text fields and the heading each gets when it is not already in the description. */
const EXTRA_SECTIONS: readonly (readonly [string, string])[] = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['experienceRequirements', 'Experience'],
  ['educationRequirements', 'Education'],
];

function longTextOf(v: Json): string | undefined {
  if (typeof v === 'string') return htmlValueToText(v);
  if (typeof v === 'number') return String(v);
  if (!isObject(v)) return undefined;
  const months = v['monthsOfExperience'];
  if (typeof months === 'number' || (typeof months === 'string' && months.trim() !== '')) {
    const n = Number(months);
    const desc = textOf(v['description']);
    const span = Number.isFinite(n) ? (n % 12 === 0 ? `${n / 12} years` : `${n} months`) : String(months);
    return desc ? `${desc} (${span} of experience)` : `${span} of experience`;
  }
  const t = v['description'] ?? v['name'] ?? v['credentialCategory'] ?? v['@value'];
  return t === undefined ? undefined : textOf(t);
}

function extraSections(posting: JsonObject, description: string): string {
  if (!EXTRA_SECTIONS.some(([key]) => posting[key] !== undefined)) return '';
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const have = squash(description);
  const blocks: string[] = [];
  for (const [key, heading] of EXTRA_SECTIONS) {
    if (posting[key] === undefined) continue;
    const items = asArray(posting[key])
      .map(longTextOf)
      .filter((s): s is string => !!s && s.trim() !== '');
    const fresh = items.filter((s) => !have.includes(squash(s)));
    if (fresh.length === 0) continue;
    const body = fresh
      .map((s) => {
        if (s.includes('\n')) return s; // already has its own lines (an HTML list, paragraphs)
        const parts = s.split(/\s*[;,]\s*/).filter((p) => p !== '');
        return (key === 'skills' && parts.length >= 3 ? parts : [s]).map((l) => (l.startsWith('- ') ? l : `- ${l}`)).join('\n');
      })
      .join('\n');
    blocks.push(`${heading}\n${body}`);
  }
  return blocks.join('\n\n');
}

export interface JobPostingRead {
  facts: PostingFacts;
  text: string;
}

/** Facts and text of a JobPosting object. */
export function readJobPosting(posting: JsonObject): JobPostingRead {
  const description = descriptionOf(posting['description']);
  const extra = extraSections(posting, description);
  const text = [description, extra].filter((s) => s !== '').join('\n\n');
  const url = textOf(posting['url']);
  return {
    facts: {
      title: textOf(posting['title']) ?? textOf(posting['name']) ?? null,
      company: companyOf(posting['hiringOrganization']) ?? null,
      location: locationOf(posting) ?? null,
      datePosted: dateOf(posting['datePosted']) ?? null,
      employmentType: employmentTypeOf(posting['employmentType']) ?? null,
      salary: salaryOf(posting) ?? null,
      url: url && /^https?:\/\//i.test(url) ? url : null,
    },
    text,
  };
}

function descriptionOf(v: Json | undefined): string {
  return asArray(v)
    .map((d) => (typeof d === 'string' ? htmlValueToText(d) : isObject(d) ? (textOf(d['@value'] ?? d['text']) ?? '') : ''))
    .filter((s) => s !== '')
    .join('\n\n');
}
