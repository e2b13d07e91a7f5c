import type { AnyNode, Document, Element } from 'domhandler';

/**
 * One walk over a parsed page that collects everything the readers ask about: the microdata
 * JobPosting, `<meta>`s, the canonical link, `<main>`/`<article>`/`<h1>` elements, and
 * lookup tables by id, class, tag and a few attributes that `select()` answers CSS selectors from.
 * Every later question costs a lookup, not another pass over the document (DESIGN.md: a page costs at
 * most 1.5x the parse).
 */

/** Attributes whose values the index keeps (the board layouts select by them). */
export const INDEXED_ATTRS: ReadonlySet<string> = new Set([
  'data-automation-id', 'data-automation', 'data-test', 'data-testid', 'data-qa', 'data-id', 'itemprop', 'property',
  'name', 'role', 'rel', 'type',
]);

/** The lookup keys worth indexing (those some selector will ask for); others are found by a scan. */
export interface IndexKeys {
  ids: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  /** `attr=value`. */
  attrs: ReadonlySet<string>;
}

export interface PageIndex {
  root: Document;
  /** Undefined: every id, class, tag and indexed attribute value goes in the tables. */
  keys: IndexKeys | undefined;
  /** The first element with `itemscope` and an itemtype naming JobPosting. */
  microdataPosting: Element | undefined;
  /** `og:title`, `og:site_name`, `description`...: content of the first meta with that property or name. */
  meta: Map<string, string>;
  canonical: string | undefined;
  title: Element | undefined;
  body: Element | undefined;
  /** `<main>` and `role="main"` elements, `<article>`s, `<h1>`s, in document order. */
  mains: Element[];
  articles: Element[];
  h1s: Element[];
  /** Lookup tables for `select()`, built on first use (pages read from JSON-LD never need them). */
  tables: Tables | undefined;
}

export interface Tables {
  /** Every element in document order: built on first use (a selector no table answers). */
  all: Element[] | undefined;
  byTag: Map<string, Element[]>;
  byId: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  /** `attr=value` for INDEXED_ATTRS. */
  byAttr: Map<string, Element[]>;
}

function push(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

const JOB_POSTING_TYPE = /schema\.org\/JobPosting\b/i;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * One walk over the page. `withTables`: build the lookup tables in the same walk (when the page
 * will need `select()`); otherwise they are built on first use by `tablesOf`.
 */
export function indexPage(root: Document, keys?: IndexKeys, withTables = false): PageIndex {
  const index: PageIndex = {
    root,
    keys,
    microdataPosting: undefined,
    meta: new Map(),
    canonical: undefined,
    title: undefined,
    body: undefined,
    mains: [],
    articles: [],
    h1s: [],
    tables: undefined,
  };
  const t: Tables | undefined = withTables ? newTables() : undefined;
  const attrNames = t ? (keys ? attrNamesOf(keys) : [...INDEXED_ATTRS]) : [];
  // Iterative pre-order walk: deep pages do not grow the stack.
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const el = node;
    const a = el.attribs;
    if (t) addToTables(t, el, keys, attrNames);
    switch (el.name) {
      case 'script':
        continue; // nothing inside but text
      case 'style':
        continue;
      case 'meta': {
        const key = (a['property'] ?? a['name'] ?? a['itemprop'])?.toLowerCase();
        if (key && a['content'] !== undefined && !index.meta.has(key)) index.meta.set(key, a['content']);
        break;
      }
      case 'link':
        if (index.canonical === undefined && a['rel']?.toLowerCase() === 'canonical' && a['href']) index.canonical = a['href'];
        break;
      case 'title':
        index.title ??= el;
        break;
      case 'body':
        index.body ??= el;
        break;
      case 'main':
        index.mains.push(el);
        break;
      case 'article':
        index.articles.push(el);
        break;
      case 'h1':
        index.h1s.push(el);
        break;
    }
    if (a['role'] === 'main' && el.name !== 'main') index.mains.push(el);
    if (index.microdataPosting === undefined && a['itemscope'] !== undefined && a['itemtype'] && JOB_POSTING_TYPE.test(a['itemtype'])) {
      index.microdataPosting = el;
    }
    pushChildren(stack, el);
  }
  index.tables = t;
  return index;
}

function newTables(): Tables {
  return { all: undefined, byTag: new Map(), byId: new Map(), byClass: new Map(), byAttr: new Map() };
}

/** Element children onto a depth-first stack, last first, so they pop in document order. */
function pushChildren(stack: AnyNode[], el: Element): void {
  const kids = el.children;
  for (let i = kids.length - 1; i >= 0; i--) {
    const k = kids[i]!;
    if (k.type === 'tag' || k.type === 'script' || k.type === 'style') stack.push(k);
  }
}

function addToTables(t: Tables, el: Element, keys: IndexKeys | undefined, attrNames: readonly string[]): void {
  const name = el.name;
  if (!keys || keys.tags.has(name)) push(t.byTag, name, el);
  const a = el.attribs;
  const cls = a['class'];
  if (cls !== undefined) {
    let start = 0;
    for (let i = 0; i <= cls.length; i++) {
      const ch = i < cls.length ? cls.charCodeAt(i) : 32;
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 12) {
        if (i > start) {
          const c = cls.slice(start, i);
          if (!keys || keys.classes.has(c)) push(t.byClass, c, el);
        }
        start = i + 1;
      }
    }
  }
  const id = a['id'];
  if (id !== undefined && (!keys || keys.ids.has(id))) push(t.byId, id, el);
  for (const attr of attrNames) {
    const v = a[attr];
    if (v === undefined) continue;
    const kv = `${attr}=${v}`;
    if (!keys || keys.attrs.has(kv)) push(t.byAttr, kv, el);
  }
}

/** Every element of the page in document order. */
export function allElements(index: PageIndex): Element[] {
  const t = tablesOf(index);
  if (!t.all) {
    const all: Element[] = [];
    const stack: AnyNode[] = [];
    for (let i = index.root.children.length - 1; i >= 0; i--) stack.push(index.root.children[i]!);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!isElement(node)) continue;
      all.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    t.all = all;
  }
  return t.all;
}

/** The lookup tables `select()` answers from (one more walk, the first time they are asked for). */
export function tablesOf(index: PageIndex): Tables {
  if (index.tables) return index.tables;
  const keys = index.keys;
  const t = newTables();
  const attrNames = keys ? attrNamesOf(keys) : [...INDEXED_ATTRS];
  const stack: AnyNode[] = [];
  for (let i = index.root.children.length - 1; i >= 0; i--) stack.push(index.root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    addToTables(t, node, keys, attrNames);
    pushChildren(stack, node);
  }
  index.tables = t;
  return t;
}

const attrNameCache = new WeakMap<IndexKeys, string[]>();
function attrNamesOf(keys: IndexKeys): string[] {
  let names = attrNameCache.get(keys);
  if (!names) {
    names = [...new Set([...keys.attrs].map((kv) => kv.slice(0, kv.indexOf('='))))];
    attrNameCache.set(keys, names);
  }
  return names;
}

function path(node: AnyNode): AnyNode[] {
  const p: AnyNode[] = [];
  for (let n: AnyNode | null = node; n; n = n.parent) p.push(n);
  return p.reverse();
}

/** Negative when `a` comes before `b` in the document (a few ancestor steps, no global table). */
export function compareOrder(a: AnyNode, b: AnyNode): number {
  if (a === b) return 0;
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return -1; // a is an ancestor of b
  if (i === pb.length) return 1;
  const siblings = (pa[i - 1] as { children?: AnyNode[] } | undefined)?.children ?? [];
  return siblings.indexOf(pa[i]!) - siblings.indexOf(pb[i]!);
}

/** Is `el` inside `ancestor` (or the same element)? */
export function contains(ancestor: Element, el: Element): boolean {
  for (let p: AnyNode | null = el; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
