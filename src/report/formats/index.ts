import { ConfigError } from '../../errors.js';
import { csv } from './csv.js';
import { html } from './html.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { markdown } from './markdown.js';
import { text } from './text.js';
import type { ReportFormat, ReportKind, Renderers } from './types.js';

export type { KeywordsReport, PlanReport, RenderOptions, ReportFormat, ReportKind, Renderers, ScanReport } from './types.js';

/** Every output format, by name, in the order help lists them. */
const REGISTRY: readonly ReportFormat[] = [text, json, jsonl, csv, markdown, html];

/** The names of the formats that render a kind of report. */
export function formatNames(kind: ReportKind): string[] {
  return REGISTRY.filter((f) => f.render[kind] !== undefined).map((f) => f.name);
}

/** A format by name that renders `kind`; a ConfigError (usage, exit 2) naming the choices otherwise. */
export function formatFor<K extends ReportKind>(kind: K, name: string, flag = '--format'): ReportFormat & { render: Pick<Renderers, K> } {
  const f = REGISTRY.find((x) => x.name === name);
  if (!f || f.render[kind] === undefined) throw new ConfigError('usage', `${flag}: '${name}' is not one of ${formatNames(kind).join(', ')}`);
  return f as ReportFormat & { render: Pick<Renderers, K> };
}
