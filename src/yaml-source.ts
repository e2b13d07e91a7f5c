import { constructFromEvents, getScalarValue, parseEvents, YAMLException, EVENT_ID, SCALAR_STYLE, type Event } from 'js-yaml';
import type { ZodMiniType, infer as Infer } from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { ConfigError } from './errors.js';

/** A parsed YAML or JSON file that can say on which line a value stands. */
export interface SourceDoc {
  file: string;
  value: unknown;
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Aliases a file may hold, and how far they may expand: an alias is the node it names, shared, so a
 * few nested ones stand for an exponential tree that validating would walk in full ("billion
 * laughs"). A file whose value, aliases expanded, has more nodes than this is refused.
 */
const MAX_ALIASES = 100;
const MAX_EXPANDED_NODES = 1_000_000;

/**
 * Parse one YAML (or JSON) document with js-yaml's event parser: it reads the bundled taxonomy's
 * 2.5 MB four to ten times faster than `yaml` built its syntax tree, and its events keep the offsets
 * that tell a value's line. A file of several documents is refused; an empty one is null; one without
 * aliases is not walked for them.
 */
export function parseSource(file: string, text: string): SourceDoc {
  let events: Event[];
  let docs: unknown[];
  try {
    events = parseEvents(text, { filename: file });
    docs = constructFromEvents(events, { source: text, filename: file, maxAliases: MAX_ALIASES });
  } catch (err) {
    const line = err instanceof YAMLException && err.mark ? err.mark.line + 1 : 1;
    const reason = err instanceof YAMLException ? err.reason : err instanceof Error ? err.message : String(err);
    throw new ConfigError('parse', `${file}:${line}: ${reason}`);
  }
  const positions = new Positions(events, text);
  if (docs.length > 1) throw new ConfigError('parse', `${file}:${positions.lineOfDocument(1)}: a second document ('---'): the file holds one`);
  const value = docs.length === 0 ? null : docs[0];
  if (events.some((e) => e.type === EVENT_ID.ALIAS) && expandsPast(value, MAX_EXPANDED_NODES)) throw new ConfigError('parse', `${file}:1: its aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values`);
  return { file, value, lineOf: (path) => positions.lineOf(path) };
}

/** Whether a value, its aliases (shared objects) expanded, counts more than `max` nodes. */
function expandsPast(value: unknown, max: number): boolean {
  const sizes = new Map<object, number>();
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    let n = 1;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      n += size(child);
      if (n > max) break;
    }
    sizes.set(v, n);
    return n;
  };
  return size(value) > max;
}

/**
 * Lines of the values of one document, from the parser's events (in document order: a collection's
 * event, its children's, then a closing one). A collection's children are listed the first time a
 * path goes through it.
 */
class Positions {
  private lineStarts: number[] | undefined;
  private readonly children = new Map<number, number[]>();

  constructor(
    private readonly events: readonly Event[],
    private readonly text: string,
  ) {}

  /** The line of `path`'s value, or of as much of the path as the document holds (1 for none). */
  lineOf(path: readonly PropertyKey[]): number {
    let at = this.documentAt(0);
    if (at === undefined) return 1;
    let line = this.lineAt(this.startOf(at));
    for (const key of path) {
      const ev = this.events[at]!;
      let next: number | undefined;
      if (ev.type === EVENT_ID.MAPPING) {
        const kids = this.childrenOf(at);
        for (let k = 0; k + 1 < kids.length; k += 2) {
          const keyEvent = this.events[kids[k]!]!;
          if (keyEvent.type === EVENT_ID.SCALAR && getScalarValue(this.text, keyEvent) === String(key)) {
            line = this.lineAt(this.startOf(kids[k]!));
            next = kids[k + 1];
            break;
          }
        }
      } else if (ev.type === EVENT_ID.SEQUENCE && typeof key === 'number') {
        next = this.childrenOf(at)[key];
      }
      if (next === undefined) break;
      at = next;
      line = this.lineAt(this.startOf(at));
    }
    return line;
  }

  /** The line on which the `n`th document (from 0) starts. */
  lineOfDocument(n: number): number {
    const at = this.documentAt(n);
    return at === undefined ? 1 : this.lineAt(this.startOf(at));
  }

  /** The event of the `n`th document's root value. */
  private documentAt(n: number): number | undefined {
    let i = 0;
    for (let d = 0; i < this.events.length; d++) {
      if (this.events[i]!.type !== EVENT_ID.DOCUMENT) return undefined;
      if (d === n) return i + 1 < this.events.length && this.events[i + 1]!.type !== EVENT_ID.POP ? i + 1 : undefined;
      i = this.after(i);
    }
    return undefined;
  }

  /** The events of a collection's children (for a mapping: key, value, key, value, ...). */
  private childrenOf(at: number): number[] {
    let kids = this.children.get(at);
    if (!kids) {
      kids = [];
      for (let i = at + 1; this.events[i] && this.events[i]!.type !== EVENT_ID.POP; i = this.after(i)) kids.push(i);
      this.children.set(at, kids);
    }
    return kids;
  }

  /** The event after the node (or document) that starts at event `at` and all it holds. */
  private after(at: number): number {
    const type = this.events[at]!.type;
    if (type !== EVENT_ID.MAPPING && type !== EVENT_ID.SEQUENCE && type !== EVENT_ID.DOCUMENT) return at + 1;
    let depth = 0;
    for (let i = at; i < this.events.length; i++) {
      const t = this.events[i]!.type;
      if (t === EVENT_ID.MAPPING || t === EVENT_ID.SEQUENCE || t === EVENT_ID.DOCUMENT) depth++;
      else if (t === EVENT_ID.POP && --depth === 0) return i + 1;
    }
    return this.events.length;
  }

  /** Where a node starts: a collection at its bracket or first entry, a block scalar at its '|' or '>'. */
  private startOf(at: number): number {
    const ev = this.events[at]!;
    if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) return ev.start;
    if (ev.type === EVENT_ID.SCALAR) {
      if (ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK) {
        return Math.max(this.text.lastIndexOf('|', ev.valueStart), this.text.lastIndexOf('>', ev.valueStart), 0);
      }
      return ev.valueStart;
    }
    if (ev.type === EVENT_ID.ALIAS) return ev.anchorStart;
    return 0;
  }

  /** The line (from 1) of an offset. */
  private lineAt(offset: number): number {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Validate with a zod schema; the first problem becomes a one-line error naming file, line and field. */
export function validateSource<S extends ZodMiniType>(src: SourceDoc, schema: S, code: string): Infer<S> {
  const result = schema.safeParse(src.value);
  if (result.success) return result.data;
  const issue = mostSpecific(result.error.issues[0]!);
  const field = formatPath(issue.path);
  const line = src.lineOf(issue.path);
  throw new ConfigError(code, `${src.file}:${line}: ${field ? `${field}: ` : ''}${issue.message}`);
}

type Issue = $ZodIssue;

/** For a union that failed, the issue of the branch that got furthest: "years: expected number" beats "Invalid input". */
function mostSpecific(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const candidates = issue.errors.flat().map((i) => mostSpecific({ ...i, path: [...issue.path, ...i.path] } as Issue));
  candidates.sort((a, b) => b.path.length - a.path.length);
  return candidates[0] ?? issue;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}
