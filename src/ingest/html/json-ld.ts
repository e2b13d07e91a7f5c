import { hasType, isObject, type Json, type JsonObject } from './job-posting.js';

/**
 * schema.org `JobPosting` objects in a page's JSON-LD blocks: a bare object, an array, an `@graph`,
 * a posting nested as `mainEntity`, or (as a last resort) the items of an `ItemList`. The script
 * `type` may be written with entities (`application/ld&#x2B;json`, even escaped twice) and the JSON
 * may carry HTML comments, CDATA wrappers or raw line breaks inside strings.
 */

export function isJsonLdType(type: string | undefined): boolean {
  if (!type) return false;
  const t = type
    .replace(/&(amp;)?(#x0*2b|#0*43|plus);?/gi, '+')
    .trim()
    .toLowerCase();
  return t.startsWith('application/ld+json');
}

/** Control characters inside JSON strings made valid; the rest untouched. */
function escapeControlCharsInStrings(s: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (escaped) {
      escaped = false;
    } else if (c === 0x5c /* \ */) {
      escaped = inString;
    } else if (c === 0x22 /* " */) {
      inString = !inString;
    } else if (inString && c < 0x20) {
      out += s.slice(last, i) + (c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : ' ');
      last = i + 1;
    }
  }
  return out + s.slice(last);
}

/** JSON text as pages write it, parsed; undefined when it cannot be read. */
export function parseLenientJson(raw: string): Json | undefined {
  const s = raw.trim();
  // A thrown parse error costs more than the parse: try the strict parse only on what looks like JSON.
  const first = s.charCodeAt(0);
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
    try {
      return JSON.parse(s) as Json;
    } catch {
      // fall through to the lenient reading
    }
  }
  const cleaned = s
    .replace(/^\s*(<!--|\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim()
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(escapeControlCharsInStrings(cleaned)) as Json;
  } catch {
    return undefined;
  }
}

interface Found {
  posting: JsonObject;
  /** Inside an ItemList (a list of other postings on the page): used only when nothing else is. */
  listed: boolean;
}

function collect(v: Json, listed: boolean, depth: number, found: Found[]): void {
  if (depth > 8) return;
  if (Array.isArray(v)) {
    for (const item of v) collect(item, listed, depth + 1, found);
    return;
  }
  if (!isObject(v)) return;
  if (hasType(v, 'JobPosting')) {
    found.push({ posting: v, listed });
    return;
  }
  const inList = listed || hasType(v, 'ItemList');
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item', 'about']) {
    const child = v[key];
    if (child !== undefined && child !== null && typeof child === 'object') collect(child, inList, depth + 1, found);
  }
}

/**
 * Script elements as the parser would see them: comments and raw-text elements (where "<script"
 * is only text) are stepped over, and a script's text runs to its first `</script`.
 */
const SCRIPT_OR_SKIPPED =
  /<!--[\s\S]*?(?:-->|$)|<(noscript|template|textarea|title|style|xmp|noembed|noframes|iframe)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<script\b([^>]*)>([\s\S]*?)(?:<\/script[\s/>]|$)/gi;
const TYPE_ATTR = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/**
 * The JSON-LD blocks of a page read straight from its markup, without building the document: the
 * same blocks `jsonLdBlocks` finds (the type attribute's entities are read by isJsonLdType, and a
 * script's text is raw in HTML either way), for pages whose posting needs nothing else.
 */
export function scanJsonLdBlocks(html: string): Json[] {
  const blocks: Json[] = [];
  SCRIPT_OR_SKIPPED.lastIndex = 0;
  for (let m = SCRIPT_OR_SKIPPED.exec(html); m !== null; m = SCRIPT_OR_SKIPPED.exec(html)) {
    if (m[2] === undefined) continue;
    const type = TYPE_ATTR.exec(m[2]);
    if (!isJsonLdType(type?.[1] ?? type?.[2] ?? type?.[3])) continue;
    const raw = m[3] ?? '';
    const json = raw.trim() === '' ? undefined : parseLenientJson(raw);
    if (json !== undefined) blocks.push(json);
  }
  return blocks;
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^https?:\/\/(www\.)?/i, '').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The page's own JobPosting: the one whose `url` is the page's URL, else the first one that is not
 * part of an ItemList, else the first listed one.
 */
export function findJobPosting(blocks: readonly Json[], pageUrl?: string): JsonObject | undefined {
  const found: Found[] = [];
  for (const block of blocks) collect(block, false, 0, found);
  if (found.length === 0) return undefined;
  if (pageUrl) {
    const match = found.find((f) => typeof f.posting['url'] === 'string' && sameUrl(f.posting['url'], pageUrl));
    if (match) return match.posting;
  }
  return (found.find((f) => !f.listed) ?? found[0])!.posting;
}
