import { diffMarkdown } from '../diff.js';
import type { PostingFacts } from '../keywords-text.js';
import { mergedKeywordsMarkdown } from '../keywords-markdown.js';
import { analysisMarkdown, extractMarkdown, failedMarkdown } from '../markdown.js';
import { planMarkdown } from '../plan.js';
import { scanMarkdown } from '../scan-markdown.js';
import type { ReportFormat } from './types.js';

/** Markdown: for notes, issues and pull requests. */
export const markdown: ReportFormat = {
  name: 'markdown',
  mediaType: 'text/markdown; charset=utf-8',
  extension: '.md',
  render: {
    extract: (out) => extractMarkdown(out),
    analysis: (results) => results.map((r) => ('error' in r ? failedMarkdown(r) : analysisMarkdown(r))).join('\n'),
    plan: (r) => `${planMarkdown(r.plan, r.title).replace(/^\n### /, '# ')}${r.failed.map(failedMarkdown).join('\n')}`,
    keywords: (r) => {
      const ok = r.postings.filter((p): p is PostingFacts => !('error' in p));
      return ok.length === 0 ? '' : mergedKeywordsMarkdown(ok, r.merged);
    },
    scan: (r, o) => [scanMarkdown(r.summary, o.top)],
    diff: (d, o) => diffMarkdown(d, o.top),
  },
};
