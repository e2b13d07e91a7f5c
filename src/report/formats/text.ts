import { diffText } from '../diff.js';
import type { Analysis } from '../../analyze.js';
import { planText } from '../plan.js';
import { mergedKeywordsText, type PostingFacts } from '../keywords-text.js';
import { scanText } from '../scan-text.js';
import { plain } from '../style.js';
import { analysisText, extractText } from '../text.js';
import type { ReportFormat } from './types.js';

/** Plain text for a terminal (coloured when the style says so). */
export const text: ReportFormat = {
  name: 'text',
  mediaType: 'text/plain; charset=utf-8',
  extension: '.txt',
  render: {
    extract: (out, o) => extractText(out, o.style ?? plain),
    analysis: (results, o) =>
      results
        .filter((r): r is Analysis => !('error' in r))
        .map((a) => analysisText(a, o.style ?? plain))
        .join(`\n${'─'.repeat(60)}\n\n`),
    plan: (r, o) => (r.postings === 0 ? '' : `${planText(r.plan, o.style ?? plain, r.title).slice(1).join('\n')}\n`),
    keywords: (r, o) => {
      const ok = r.postings.filter((p): p is PostingFacts => !('error' in p));
      return ok.length === 0 ? '' : mergedKeywordsText(ok, r.merged, o.style ?? plain);
    },
    scan: (r, o) => [scanText(r.summary, o.style ?? plain, o.top)],
    diff: (d, o) => diffText(d, o.style ?? plain, o.top),
  },
};
