import type { AnyNode, Element } from 'domhandler';
import { allElements, compareOrder, INDEXED_ATTRS, tablesOf, type IndexKeys, type PageIndex } from './page-index.js';

/**
 * The CSS subset the board layouts are written in, answered from a `PageIndex` instead of a walk
 * over the document: `tag`, `#id`, `.class`, `[attr]`, `[attr="v"]`, `[attr*="v"]`, `[attr^="v"]`,
 * `:first-child`, `:last-child`, `:nth-child(n)`, `:not(<compound>)`, descendant and `>` combinators,
 * selector lists. Parsed selectors are cached.
 */

interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
}

interface Compound {
  tag: string | undefined;
  ids: string[];
  classes: string[];
  attrs: AttrTest[];
  nth: number[]; // 1-based positions; -1 = last child
  not: Compound[];
}

interface Complex {
  /** Rightmost first. */
  parts: Compound[];
  /** combinators[i] joins parts[i] to parts[i + 1] (leftwards): ' ' or '>'. */
  combinators: string[];
}

const cache = new Map<string, Complex[]>();

class Parser {
  i = 0;
  constructor(readonly s: string) {}
  peek(): string {
    return this.s[this.i] ?? '';
  }
  ws(): boolean {
    const start = this.i;
    while (/\s/.test(this.peek())) this.i++;
    return this.i > start;
  }
  ident(): string {
    const m = /^[\w-]+/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`bad selector at ${this.i}: ${this.s}`);
    this.i += m[0].length;
    return m[0];
  }
  compound(): Compound {
    const c: Compound = { tag: undefined, ids: [], classes: [], attrs: [], nth: [], not: [] };
    if (this.peek() === '*') this.i++;
    else if (/[\w-]/.test(this.peek())) c.tag = this.ident().toLowerCase();
    for (;;) {
      const ch = this.peek();
      if (ch === '#') {
        this.i++;
        c.ids.push(this.ident());
      } else if (ch === '.') {
        this.i++;
        c.classes.push(this.ident());
      } else if (ch === '[') {
        this.i++;
        this.ws();
        const name = this.ident().toLowerCase();
        this.ws();
        let op: AttrTest['op'] = '';
        let value = '';
        const m = /^([*^$~]?=)/.exec(this.s.slice(this.i));
        if (m) {
          op = m[1] as AttrTest['op'];
          this.i += m[1]!.length;
          this.ws();
          const q = this.peek();
          if (q === '"' || q === "'") {
            const end = this.s.indexOf(q, this.i + 1);
            value = this.s.slice(this.i + 1, end);
            this.i = end + 1;
          } else {
            value = this.ident();
          }
          this.ws();
        }
        if (this.peek() !== ']') throw new Error(`bad selector: ${this.s}`);
        this.i++;
        c.attrs.push({ name, op, value });
      } else if (ch === ':') {
        this.i++;
        const pseudo = this.ident();
        if (pseudo === 'first-child') c.nth.push(1);
        else if (pseudo === 'last-child') c.nth.push(-1);
        else if (pseudo === 'nth-child' || pseudo === 'not') {
          if (this.peek() !== '(') throw new Error(`bad selector: ${this.s}`);
          this.i++;
          this.ws();
          if (pseudo === 'nth-child') c.nth.push(Number(this.ident()));
          else c.not.push(this.compound());
          this.ws();
          if (this.peek() !== ')') throw new Error(`bad selector: ${this.s}`);
          this.i++;
        } else throw new Error(`unsupported :${pseudo} in ${this.s}`);
      } else {
        return c;
      }
    }
  }
  list(): Complex[] {
    const out: Complex[] = [];
    for (;;) {
      this.ws();
      const parts: Compound[] = [this.compound()];
      const combinators: string[] = [];
      for (;;) {
        const hadWs = this.ws();
        const ch = this.peek();
        if (ch === '' || ch === ',') break;
        if (ch === '>') {
          this.i++;
          this.ws();
          combinators.push('>');
        } else if (hadWs) combinators.push(' ');
        else throw new Error(`bad selector at ${this.i}: ${this.s}`);
        parts.push(this.compound());
      }
      out.push({ parts: parts.reverse(), combinators: combinators.reverse() });
      if (this.peek() === ',') this.i++;
      else return out;
    }
  }
}

export function parseSelector(selector: string): Complex[] {
  let parsed = cache.get(selector);
  if (!parsed) {
    parsed = new Parser(selector).list();
    cache.set(selector, parsed);
  }
  return parsed;
}

function attrMatches(el: Element, t: AttrTest): boolean {
  const v = el.attribs[t.name];
  if (v === undefined) return false;
  switch (t.op) {
    case '':
      return true;
    case '=':
      return v === t.value;
    case '*=':
      return v.includes(t.value);
    case '^=':
      return v.startsWith(t.value);
    case '$=':
      return v.endsWith(t.value);
    case '~=':
      return v.split(/\s+/).includes(t.value);
  }
}

function hasClass(el: Element, c: string): boolean {
  const cls = el.attribs['class'];
  if (cls === undefined || !cls.includes(c)) return false;
  return cls.split(/\s+/).includes(c);
}

function position(el: Element, fromEnd: boolean): number {
  const sibs = (el.parent as { children?: AnyNode[] } | null)?.children ?? [el];
  let n = 0;
  if (fromEnd) {
    for (let i = sibs.length - 1; i >= 0; i--) {
      if (sibs[i]!.type === 'tag') n++;
      if (sibs[i] === el) return n;
    }
  } else {
    for (const s of sibs) {
      if (s.type === 'tag') n++;
      if (s === el) return n;
    }
  }
  return 0;
}

function compoundMatches(el: Element, c: Compound): boolean {
  if (c.tag !== undefined && el.name !== c.tag) return false;
  for (const id of c.ids) if (el.attribs['id'] !== id) return false;
  for (const cl of c.classes) if (!hasClass(el, cl)) return false;
  for (const a of c.attrs) if (!attrMatches(el, a)) return false;
  for (const n of c.nth) if (n === -1 ? position(el, true) !== 1 : position(el, false) !== n) return false;
  for (const not of c.not) if (compoundMatches(el, not)) return false;
  return true;
}

function parentElement(el: Element): Element | undefined {
  const p = el.parent;
  return p && (p.type === 'tag' || p.type === 'script' || p.type === 'style') ? (p as Element) : undefined;
}

/** Does `el` match parts[i..] (parts[i] already checked against el when i > 0 is reached through combinators)? */
function matchesFrom(el: Element, sel: Complex, i: number): boolean {
  if (!compoundMatches(el, sel.parts[i]!)) return false;
  if (i === sel.parts.length - 1) return true;
  const comb = sel.combinators[i];
  if (comb === '>') {
    const p = parentElement(el);
    return p !== undefined && matchesFrom(p, sel, i + 1);
  }
  for (let p = parentElement(el); p; p = parentElement(p)) if (matchesFrom(p, sel, i + 1)) return true;
  return false;
}

/** The smallest index list that holds every element matching this compound. */
type Lookup = { table: 'byId' | 'byAttr' | 'byClass' | 'byTag'; key: string } | undefined;

/** Which index table answers this compound best. */
function lookupOf(c: Compound): Lookup {
  if (c.ids.length > 0) return { table: 'byId', key: c.ids[0]! };
  const eq = c.attrs.find((a) => a.op === '=' && INDEXED_ATTRS.has(a.name));
  if (eq) return { table: 'byAttr', key: `${eq.name}=${eq.value}` };
  if (c.classes.length > 0) return { table: 'byClass', key: c.classes[0]! };
  if (c.tag !== undefined) return { table: 'byTag', key: c.tag };
  return undefined;
}

const EMPTY: Element[] = [];
const TABLE_KEYS = { byId: 'ids', byAttr: 'attrs', byClass: 'classes', byTag: 'tags' } as const;

/** The smallest list that holds every element matching this compound. */
function candidates(index: PageIndex, c: Compound): readonly Element[] {
  const lookup = lookupOf(c);
  const t = tablesOf(index);
  if (!lookup) return allElements(index);
  const list = t[lookup.table].get(lookup.key);
  if (list) return list;
  // Not in the table: either no such element, or a key the index was told to skip.
  if (index.keys && !index.keys[TABLE_KEYS[lookup.table]].has(lookup.key)) return allElements(index);
  return EMPTY;
}

/** The index keys these selectors look elements up by: give them to `indexPage` and nothing else is indexed. */
export function indexKeysFor(selectors: readonly string[]): IndexKeys {
  const keys = { ids: new Set<string>(), classes: new Set<string>(), tags: new Set<string>(), attrs: new Set<string>() };
  for (const s of selectors) {
    for (const complex of parseSelector(s)) {
      for (const part of complex.parts) {
        const lookup = lookupOf(part);
        if (lookup) keys[TABLE_KEYS[lookup.table]].add(lookup.key);
      }
    }
  }
  return keys;
}

/**
 * For each selector of a list, the words a page's markup must contain for it to match: the ids,
 * class names and `=` attribute values it asks for. An empty list: it may match any page.
 */
export function markersOf(selector: string): string[][] {
  return parseSelector(selector).map((complex) =>
    complex.parts.flatMap((part) => [...part.ids, ...part.classes, ...part.attrs.filter((a) => a.op === '=' && a.value !== '').map((a) => a.value)]),
  );
}

/** Elements matching a selector list, in document order. */
export function select(index: PageIndex, selector: string): Element[] {
  const complexes = parseSelector(selector);
  let out: Element[] | undefined;
  let lists = 0;
  for (const sel of complexes) {
    const cands = candidates(index, sel.parts[0]!);
    if (cands.length === 0) continue;
    let added = false;
    for (const el of cands) {
      if (!matchesFrom(el, sel, 0)) continue;
      if (!out) out = [];
      else if (lists > 0 && out.includes(el)) continue;
      out.push(el);
      added = true;
    }
    if (added) lists++;
  }
  if (!out) return EMPTY_RESULT;
  // Matches of one selector of the list are already in document order.
  return lists > 1 ? out.sort(compareOrder) : out;
}

const EMPTY_RESULT: Element[] = [];

/** The first element (in document order) matching a selector list. */
export function selectFirst(index: PageIndex, selector: string): Element | undefined {
  return select(index, selector)[0];
}

/** Does this element match the selector list? */
export function matches(el: Element, selector: string): boolean {
  return parseSelector(selector).some((sel) => matchesFrom(el, sel, 0));
}
