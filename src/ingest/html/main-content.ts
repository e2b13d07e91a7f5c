import type { AnyNode, Element } from 'domhandler';
import { compareOrder, contains, type PageIndex } from './page-index.js';
import { inlineText, nodesToText } from './to-text.js';

/**
 * The main content of a page that no structured data or known layout describes: the `<main>` (or
 * the largest `<article>`, or the body), without navigation, headers, footers, sidebars, cookie
 * banners, forms, and "similar jobs" / "recommended jobs" blocks (found by their class or id words,
 * their ARIA role, or a heading that names them). Nothing is removed from the document; the text
 * walk skips those elements.
 */

const JUNK_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'dialog', 'menu']);
const JUNK_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);
/** Words of class names and ids (split at -, _, spaces and camelCase) that mark page furniture. */
const JUNK_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'footer', 'breadcrumb', 'breadcrumbs', 'sidebar', 'cookie', 'cookies',
  'consent', 'gdpr', 'onetrust', 'cc', 'newsletter', 'subscribe', 'modal', 'popup', 'share', 'sharing', 'social',
  'similar', 'recommended', 'recommendations', 'recommendation', 'related', 'promo', 'advert', 'advertisement',
  'ad', 'ads', 'banner', 'toast', 'skip', 'button', 'btn',
]);
const JUNK_HEADING =
  /^(similar|related|recommended|other|more|suggested|latest|featured) (jobs?|roles?|positions?|openings?|postings?|vacancies|listings?)\b|^jobs? (you|similar)|^people (also|who) (viewed|searched)|^you (might|may) also (like|be interested)|^more (from|at) |^join our talent (community|network|pool)\b|^(get |sign up for )?job alerts?\b/i;

/** The page's own containers: never furniture themselves. */
const CONTAINERS = new Set(['html', 'body', 'main']);
/** Blocks that a "Similar jobs" heading can open. */
const BLOCKS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'article']);

/** A cheap test before splitting class names into words: does any junk word occur at all? */
const JUNK_SUBSTRING = /nav|menu|footer|breadcrumb|sidebar|cookie|consent|gdpr|onetrust|cc|newsletter|subscribe|modal|popup|shar|social|similar|recommend|related|promo|advert|ad|banner|toast|skip|button|btn/i;

function classWords(el: Element): string[] {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (!(cls !== undefined && JUNK_SUBSTRING.test(cls)) && !(id !== undefined && JUNK_SUBSTRING.test(id))) return NO_WORDS;
  const raw = `${cls ?? ''} ${id ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
}

const NO_WORDS: string[] = [];

function isHeading(el: Element): boolean {
  const n = el.name;
  return n.length === 2 && n.charCodeAt(0) === 104 /* h */ && n.charCodeAt(1) >= 49 && n.charCodeAt(1) <= 54;
}

/** Headings already read: a block's first heading is asked about twice (the block's test, then the walk's). */
const junkHeadings = new WeakMap<Element, boolean>();

function isJunkHeading(el: Element): boolean {
  if (!isHeading(el)) return false;
  let junk = junkHeadings.get(el);
  if (junk === undefined) junkHeadings.set(el, (junk = JUNK_HEADING.test(inlineText(el))));
  return junk;
}

/** A block's caption written without a heading element: a short text alone in its element ("<div class="side-title">Other vacancies</div>"). */
function isJunkCaption(el: Element): boolean {
  if (isHeading(el)) return isJunkHeading(el);
  const only = el.children.length === 1 ? el.children[0]! : undefined;
  // The text itself, or the text of one inline element (<span style="font-weight:bold">, <strong>, <b>).
  const node = only?.type === 'tag' && (only as Element).children.length === 1 ? (only as Element).children[0]! : only;
  if (node?.type !== 'text') return false;
  const text = (node as { data: string }).data.trim();
  return text.length > 0 && text.length <= 60 && JUNK_HEADING.test(text);
}

function firstElementChild(el: Element): Element | undefined {
  for (const c of el.children) if (c.type === 'tag') return c as Element;
  return undefined;
}

/** Page furniture that is never the posting's own text. */
export function isJunk(el: Element): boolean {
  if (CONTAINERS.has(el.name)) return false;
  if (JUNK_TAGS.has(el.name)) return true;
  const role = el.attribs['role'];
  if (role !== undefined && JUNK_ROLES.has(role.toLowerCase())) return true;
  for (const w of classWords(el)) if (JUNK_WORDS.has(w)) return true;
  // A block that opens with a "Similar jobs" heading (directly or one level down).
  const first = BLOCKS.has(el.name) ? firstElementChild(el) : undefined;
  if (first) {
    if (isJunkCaption(first)) return true;
    const inner = isHeading(first) ? undefined : firstElementChild(first);
    if (inner && isJunkHeading(inner) && first.children.length <= 3) return true;
  }
  return false;
}

export interface MainContent {
  root: Element | undefined;
  text: string;
  title: string | undefined;
}

function textLength(el: Element): number {
  let n = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (c.type === 'text') n += (c as { data: string }).data.trim().length;
    else if (c.type === 'tag') for (const k of (c as Element).children) stack.push(k);
  }
  return n;
}

function insideJunk(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) if (isJunk(p as Element)) return true;
  return false;
}

/** The element holding the page's main text. */
export function mainRoot(index: PageIndex): Element | undefined {
  const mains = index.mains.filter((el) => !insideJunk(el));
  if (mains.length > 0) return mains.length === 1 ? mains[0] : mains.sort(compareOrder)[0];
  const articles = index.articles.filter((el) => !isJunk(el) && !insideJunk(el));
  if (articles.length > 0) {
    let best = articles[0]!;
    let bestLen = -1;
    for (const a of articles) {
      const len = textLength(a);
      if (len > bestLen) {
        best = a;
        bestLen = len;
      }
    }
    return best;
  }
  return index.body ?? (index.root.children.find((c) => c.type === 'tag') as Element | undefined);
}

/** A page's legal line: "© 2026 Acme B.V. Privacy | Terms", "All rights reserved", "Privacy Policy · Cookies". */
const LEGAL_LINE = /©|\(c\) \d{4}|\bcopyright \d{4}|\ball rights reserved\b|\bprivacy( policy| notice)?\s*[|·•]\s*(terms|cookies?|legal|imprint|sitemap)\b/i;

/**
 * The text without the legal lines that end it (a footer written in plain <div>s, which no tag,
 * role or class word tells): only lines at the very end, so that a posting's own sentence about
 * privacy stays.
 */
function withoutLegalFooter(text: string): string {
  let end = text.length;
  for (let k = 0; k < 5 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && (line.length > 200 || !LEGAL_LINE.test(line))) break;
    end = start > 0 ? start - 1 : 0;
  }
  return end === text.length ? text : text.slice(0, end).trimEnd();
}

export function readMainContent(index: PageIndex): MainContent {
  const root = mainRoot(index);
  if (!root) return { root: undefined, text: '', title: undefined };
  const text = withoutLegalFooter(nodesToText(root.children, { skip: isJunk, skipRest: isJunkHeading }));
  const h1s = index.h1s.filter((el) => contains(root, el));
  const h1 = h1s.find((el) => !insideJunk(el)) ?? h1s[0];
  const title = h1 ? inlineText(h1) : undefined;
  return { root, text, title: title || undefined };
}

const POSTING_WORDS =
  /\b(responsibilit|requirement|qualification|experience|skills|you will|you'll|we are looking|we're looking|apply|the role|your role|salary|benefits|full[- ]time|part[- ]time|remote|hybrid|about (the|this) (role|job|position)|what you|missions|profil|salaire|candidat|aufgaben|anforderungen|bewerb|erfahrung)/gi;

/** Does this text read like a job posting (long enough, with the words postings use)? */
export function looksLikePosting(text: string): boolean {
  if (text.length < 250) return false;
  const seen = new Set<string>();
  for (const m of text.slice(0, 20000).matchAll(POSTING_WORDS)) seen.add(m[1]!.toLowerCase());
  return seen.size >= 3;
}
