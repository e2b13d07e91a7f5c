import { load } from 'cheerio';
import { makePosting, type Posting, type PostingFacts } from '../posting.js';
import { decodeHtml } from './decode.js';
import { readJobPosting } from './job-posting.js';
import { findJobPosting } from './json-ld.js';
import { detectLayout, layoutIndexKeys, readLayout } from './layouts.js';
import { looksLikePosting, readMainContent } from './main-content.js';
import { findMicrodataPosting } from './microdata.js';
import { indexPage, type PageIndex } from './page-index.js';
import { inlineText } from './to-text.js';

export { decodeHtml } from './decode.js';
export { LAYOUTS, type Layout } from './layouts.js';

/** Where the posting's text and facts came from. */
export type HtmlVia = 'json-ld' | 'microdata' | `layout:${string}` | 'main-content';

export interface HtmlPostingResult {
  posting: Posting;
  via: HtmlVia;
  /** False when nothing posting-like was found (a shell page built by JavaScript, a non-posting page). */
  hasPosting: boolean;
}

export interface HtmlOptions {
  /** The page's URL: picks a board layout by host and is the posting's `url`. */
  url?: string;
  /** The HTTP Content-Type, for its charset when `html` is bytes. */
  contentType?: string;
}

/** A structured description shorter than this is topped up from the page's layout or main content. */
const SHORT_TEXT = 200;

function meta(index: PageIndex, key: string): string | undefined {
  const v = index.meta.get(key)?.replace(/\s+/g, ' ').trim();
  return v || undefined;
}

function pageUrl(index: PageIndex): string | undefined {
  const url = index.canonical?.trim() || meta(index, 'og:url');
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Fill the facts `into` lacks from `from`. */
function fill(into: PostingFacts, from: PostingFacts): PostingFacts {
  const out: PostingFacts = { ...into };
  for (const key of Object.keys(from) as (keyof PostingFacts)[]) {
    if ((out[key] === null || out[key] === undefined) && from[key]) out[key] = from[key];
  }
  return out;
}

/**
 * A saved page or fetched HTML to a posting: JSON-LD `JobPosting` first, then microdata, then a
 * known board layout, then the page's main content. The document is parsed once.
 */
export function postingFromHtml(source: string, html: string | Uint8Array, options: HtmlOptions = {}): HtmlPostingResult {
  const str = typeof html === 'string' ? html : decodeHtml(html, options.contentType).text;
  // A page with structured data rarely needs the selector tables; others always do (one walk then).
  const structuredHint = str.includes('ld+json') || str.includes('ld&') || str.includes('JobPosting');
  const index = indexPage(load(str)._root, layoutIndexKeys(), !structuredHint);

  let facts: PostingFacts = {};
  let text = '';
  let via: HtmlVia | undefined;

  const structured = findJobPosting(index, options.url) ?? undefined;
  const micro = structured ? undefined : findMicrodataPosting(index);
  if (structured || micro) {
    const read = readJobPosting((structured ?? micro)!);
    facts = read.facts;
    text = read.text;
    via = structured ? 'json-ld' : 'microdata';
  }

  // Structured data with a title and a description is the posting: a board layout only when it lacks them.
  const layout = !via || text.length < SHORT_TEXT || !facts.title ? detectLayout(index, options.url) : undefined;
  if (layout) {
    const read = readLayout(index, layout);
    if (!via) {
      if (read.text !== '') {
        facts = read.facts;
        text = read.text;
        via = `layout:${layout.name}`;
      }
    } else {
      facts = fill(facts, read.facts);
      if (text.length < SHORT_TEXT && read.text.length > text.length) text = read.text;
    }
  }

  let hasPosting = via !== undefined && text !== '';
  if (!via || text.length < SHORT_TEXT) {
    const main = readMainContent(index);
    if (!via) {
      text = main.text;
      via = 'main-content';
      hasPosting = looksLikePosting(text);
      facts = { title: main.title ?? null };
    } else if (main.text.length > text.length && looksLikePosting(main.text)) {
      text = main.text;
      hasPosting = true;
    }
  }

  if (!facts.title) {
    const docTitle = index.title ? inlineText(index.title).split(/\s+[|–—-]\s+/)[0] : undefined;
    facts.title = meta(index, 'og:title') ?? (docTitle || null);
  }
  if (!facts.company) facts.company = meta(index, 'og:site_name') ?? null;
  facts.url = options.url ?? facts.url ?? pageUrl(index) ?? null;
  // The title is part of the posting's own text ("Rust Engineer" asks for Rust): its first line.
  const title = facts.title?.trim();
  if (title && text.trim() !== '' && !text.trimStart().toLowerCase().startsWith(title.toLowerCase())) text = `${title}\n\n${text}`;
  return { posting: makePosting(source, text, facts), via, hasPosting };
}
