import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import type { ZodMiniType, infer as Infer } from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { ConfigError } from './errors.js';

/** A parsed YAML or JSON file that can say on which line a value stands. */
export interface SourceDoc {
  file: string;
  value: unknown;
  lineOf(path: readonly PropertyKey[]): number;
}

export function parseSource(file: string, text: string): SourceDoc {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    throw new ConfigError('parse', `${file}:${line}: ${first.message.split('\n')[0]}`);
  }
  return {
    file,
    value: doc.toJS({ maxAliasCount: 100 }),
    lineOf: (path) => lineOf(doc, lineCounter, path),
  };
}

function lineOf(doc: Document, lc: LineCounter, path: readonly PropertyKey[]): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let line = node?.range ? lc.linePos(node.range[0]).line : 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = lc.linePos(keyNode.range[0]).line;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | undefined;
      if (!node) break;
    } else break;
    if (node?.range) line = lc.linePos(node.range[0]).line;
  }
  return line;
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
