import { makePosting, type Posting, type PostingFacts } from '../posting.js';
import { decodeHtml } from './decode.js';
import { readJobPosting } from './job-posting.js';
import { findJobPosting, scanJsonLdBlocks } from './json-ld.js';
import { detectLayout, layoutIndexKeys, mayHaveLayout, readLayout } from './layouts.js';
import { looksLikePosting, readMainContent } from './main-content.js';
import { findMicrodataPosting } from './microdata.js';
import { indexPage, type PageIndex } from './page-index.js';
import { parseDocument } from 'htmlparser2';
import { parsePage } from './parse.js';
import { inlineText } from './to-text.js';
import { companyOf, docTitleParts, titleOf } from '../doc-title.js';

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
  const decoded = typeof html === 'string' ? undefined : decodeHtml(html, options.contentType);
  const str = decoded ? decoded.text : (html as string);
  const warnings = decoded?.warning ? [`${source}: ${decoded.warning}`] : [];
  const structuredHint = str.includes('ld+json') || str.includes('ld&') || str.includes('JobPosting');

  // A JobPosting in the JSON-LD with a title and a description is the posting: the page's body is
  // never read, and only its head is parsed when a fact (company, URL) must come from its <meta>s.
  const scanned = structuredHint ? findJobPosting(scanJsonLdBlocks(str), options.url) : undefined;
  if (scanned) {
    const read = readJobPosting(scanned);
    if (read.facts.title && read.text.length >= SHORT_TEXT) {
      let head: PageIndex | undefined;
      return complete(source, read.text, read.facts, 'json-ld', true, () => (head ??= indexPage(parseDocument(headOf(str)))), options, warnings);
    }
  }

  // Selector tables serve the board layouts only: built in the parse's walk for a page that may have
  // one and no structured data, on first use for one with structured data, never for the rest.
  const layoutPossible = mayHaveLayout(str, options.url);
  const index = indexPage(parsePage(str), layoutIndexKeys(), !structuredHint && layoutPossible);

  let facts: PostingFacts = {};
  let text = '';
  let via: HtmlVia | undefined;

  const structured = scanned;
  const micro = structured ? undefined : findMicrodataPosting(index);
  if (structured || micro) {
    const read = readJobPosting((structured ?? micro)!);
    facts = read.facts;
    text = read.text;
    via = structured ? 'json-ld' : 'microdata';
  }

  // Structured data with a title and a description is the posting: a board layout only when it lacks them.
  const layout = layoutPossible && (!via || text.length < SHORT_TEXT || !facts.title) ? detectLayout(index, options.url) : undefined;
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
    } else if (main.text.length > text.length && (text.trim() === '' || looksLikePosting(main.text))) {
      // Structured data naming a posting without its description: the page's main content is its
      // text (the structured title and company stay).
      text = main.text;
      hasPosting = true;
    }
  }
  return complete(source, text, facts, via, hasPosting, () => index, options, warnings);
}

/** The markup up to the end of the head (the whole page when it has no `</head>`). */
function headOf(html: string): string {
  const end = html.search(/<\/head\s*>/i);
  return end < 0 ? html : html.slice(0, end);
}

/** The facts the posting's own data lacks, from the page (read only when asked); its title made its text's first line. */
function complete(
  source: string,
  text: string,
  facts: PostingFacts,
  via: HtmlVia,
  hasPosting: boolean,
  page: () => PageIndex,
  options: HtmlOptions,
  warnings: readonly string[],
): HtmlPostingResult {
  facts = { ...facts };
  if (!facts.title || !facts.company) {
    const index = page();
    const parts = index.title ? docTitleParts(inlineText(index.title)) : [];
    if (!facts.title) facts.title = meta(index, 'og:title') ?? titleOf(parts, text) ?? null;
    if (!facts.company) facts.company = meta(index, 'og:site_name') ?? companyOf(parts, facts.title, text) ?? null;
  }
  facts.url = options.url ?? facts.url ?? pageUrl(page()) ?? null;
  // The title is part of the posting's own text ("Rust Engineer" asks for Rust): its first line.
  const title = facts.title?.trim();
  if (title && text.trim() !== '' && !text.trimStart().toLowerCase().startsWith(title.toLowerCase())) text = `${title}\n\n${text}`;
  return { posting: makePosting(source, text, facts, warnings), via, hasPosting };
}
