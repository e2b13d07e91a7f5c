import { diffJson } from '../diff.js';
import { analysisJson, extractJson, planJson } from '../json.js';
import { mergedKeywordsJson } from '../keywords-json.js';
import { scanJsonChunks } from '../scan-json.js';
import type { ReportFormat } from './types.js';

/** The machine-readable contract: versioned JSON (JSON Schemas in schema/). */
export const json: ReportFormat = {
  name: 'json',
  mediaType: 'application/json; charset=utf-8',
  extension: '.json',
  render: {
    extract: (out) => extractJson(out),
    analysis: (results) => analysisJson(results),
    plan: (r) => planJson(r.plan, r.failed),
    keywords: (r) => mergedKeywordsJson(r.postings, r.merged),
    scan: (r) => scanJsonChunks(r.summary, r.rows ?? []),
    diff: (d) => diffJson(d),
  },
  scanRows: 'all',
};
