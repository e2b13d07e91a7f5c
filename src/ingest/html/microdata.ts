import type { AnyNode, Element } from 'domhandler';
import type { Json, JsonObject } from './job-posting.js';
import type { PageIndex } from './page-index.js';
import { inlineText, nodesToText } from './to-text.js';

/**
 * schema.org microdata (`itemscope itemtype=".../JobPosting"`, `itemprop=...`) read into the same
 * object shape JSON-LD has, so one reader serves both. Text values keep their line structure
 * (a `description` holding lists stays a list).
 */

const JOB_POSTING = /schema\.org\/JobPosting\b/i;
/** Properties whose text keeps its lines; the rest are read on one line. */
const LONG = new Set(['description', 'qualifications', 'responsibilities', 'skills', 'experienceRequirements', 'educationRequirements']);

function propValue(el: Element, name: string): Json {
  const a = el.attribs;
  if (a['content'] !== undefined) return a['content'];
  switch (el.name) {
    case 'a':
    case 'link':
    case 'area':
      if (a['href'] !== undefined) return a['href'];
      break;
    case 'time':
      if (a['datetime'] !== undefined) return a['datetime'];
      break;
    case 'data':
    case 'meter':
      if (a['value'] !== undefined) return a['value'];
      break;
    case 'img':
    case 'source':
      if (a['src'] !== undefined) return a['src'];
      break;
  }
  return LONG.has(name) ? nodesToText(el) : inlineText(el);
}

function add(item: JsonObject, name: string, value: Json): void {
  const prev = item[name];
  if (prev === undefined) item[name] = value;
  else if (Array.isArray(prev)) prev.push(value);
  else item[name] = [prev, value];
}

/** An itemscope element as an object of its properties. */
export function readItem(scope: Element, depth = 0): JsonObject {
  const item: JsonObject = {};
  const type = scope.attribs['itemtype'];
  if (type) item['@type'] = type.trim().split(/\s+/)[0]!.replace(/^https?:\/\/schema\.org\//i, '');
  // Iterative, in document order: deep nesting does not grow the call stack.
  const stack: AnyNode[] = [];
  for (let i = scope.children.length - 1; i >= 0; i--) stack.push(scope.children[i]!);
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (child.type !== 'tag') continue;
    const el = child as Element;
    const prop = el.attribs['itemprop'];
    const isScope = el.attribs['itemscope'] !== undefined;
    if (prop) {
      for (const name of prop.trim().split(/\s+/)) {
        add(item, name, isScope ? (depth < 6 ? readItem(el, depth + 1) : {}) : propValue(el, name));
      }
    }
    if (!isScope) for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return item;
}

/** The first microdata JobPosting of the page, as a JSON-LD-shaped object. */
export function findMicrodataPosting(index: PageIndex): JsonObject | undefined {
  const scope = index.microdataPosting;
  return scope && JOB_POSTING.test(scope.attribs['itemtype'] ?? '') ? readItem(scope) : undefined;
}
