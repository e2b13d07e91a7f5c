import type { Element } from 'domhandler';
import type { PostingFacts } from '../posting.js';
import { compareOrder, type IndexKeys, type PageIndex } from './page-index.js';
import { indexKeysFor, markersOf, select } from './select.js';
import { inlineText, nodesToText } from './to-text.js';

/**
 * Known job-board page layouts, one table. A layout is detected by the page's host or, for a saved
 * page without its URL, by a selector only that board's markup has. Each field is a selector list
 * (the first element with text wins; `<meta>` gives its `content`) or a label to find ("Location"
 * followed by its value). The description is every element matching `description`, in page order,
 * minus `drop`.
 */

export type Field = string | { label: RegExp; in: string };

export interface Layout {
  name: string;
  hosts: RegExp;
  detect: string;
  title: Field;
  company?: Field;
  location?: Field;
  datePosted?: Field;
  employmentType?: Field;
  salary?: Field;
  description: string;
  /** Inside the description: apply buttons, "show more" toggles, forms. */
  drop?: string;
}

export const LAYOUTS: readonly Layout[] = [
  {
    name: 'linkedin',
    hosts: /(^|\.)linkedin\.com$/,
    detect: '.top-card-layout__title, .show-more-less-html__markup',
    title: 'h1.top-card-layout__title, h2.top-card-layout__title, .topcard__title',
    company: 'a.topcard__org-name-link, .topcard__flavor a, .topcard__org-name',
    location: '.topcard__flavor-row > .topcard__flavor--bullet',
    datePosted: '.posted-time-ago__text',
    employmentType: {
      label: /^employment type$/i,
      in: '.description__job-criteria-item',
    },
    salary: '.salary.compensation__salary, .compensation__salary',
    description: '.show-more-less-html__markup, .description__text--rich',
    drop: '.show-more-less-html__button, .description__job-criteria-list',
  },
  {
    name: 'indeed',
    hosts: /(^|\.)indeed\.[a-z.]+$/,
    detect: '#jobDescriptionText, .jobsearch-JobInfoHeader-title',
    title: 'h1.jobsearch-JobInfoHeader-title, [data-testid="jobsearch-JobInfoHeader-title"], h1',
    company: '[data-testid="inlineHeader-companyName"], [data-company-name="true"], .jobsearch-CompanyInfoWithoutHeaderImage a',
    location: '[data-testid="inlineHeader-companyLocation"], [data-testid="job-location"], [data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    salary: '#salaryInfoAndJobType .css-salary, [data-testid="jobsearch-OtherJobDetailsContainer"] [data-testid*="salary"], #salaryInfoAndJobType > span:first-child',
    employmentType: '[data-testid="jobsearch-JobInfoHeader-jobType"], #salaryInfoAndJobType > span:last-child',
    datePosted: '[data-testid="myJobsStateDate"], .jobsearch-JobMetadataFooter > div:first-child',
    description: '#jobDescriptionText',
  },
  {
    name: 'greenhouse',
    hosts: /(^|\.)greenhouse\.io$/,
    detect: '#app_body #header .app-title, .job__description, #grnhse_app',
    title: '.job__title h1, #header h1.app-title, h1.app-title, h1.section-header',
    company: '#header .company-name, .company-name, meta[property="og:site_name"]',
    location: '.job__location, #header .location, .location',
    description: '.job__description, #content',
    drop: '#application, .application--container, form',
  },
  {
    name: 'lever',
    hosts: /(^|\.)lever\.co$/,
    detect: '.posting-headline, .posting-page',
    title: '.posting-headline h2, .posting-header h2',
    company: '.main-header-logo img[alt], meta[property="og:site_name"]',
    location: '.posting-categories .location, .posting-category.location, .sort-by-time.posting-category',
    employmentType: '.posting-categories .commitment, .posting-category.commitment',
    salary: '.posting-categories .compensation, [data-qa="salary-range"]',
    description: '.posting-page [data-qa="job-description"], .posting-page .section.page-centered:not(.last-section-apply):not(.posting-header)',
    drop: '.postings-btn-wrapper, .last-section-apply, .posting-btn-submit',
  },
  {
    name: 'workday',
    hosts: /(^|\.)(myworkdayjobs|myworkdaysite|workday)\.com$/,
    detect: '[data-automation-id="jobPostingDescription"], [data-automation-id="jobPostingHeader"]',
    title: '[data-automation-id="jobPostingHeader"]',
    company: 'meta[property="og:site_name"], [data-automation-id="company"]',
    location: '[data-automation-id="locations"] dd, [data-automation-id="locations"]',
    datePosted: '[data-automation-id="postedOn"] dd, [data-automation-id="postedOn"]',
    employmentType: '[data-automation-id="time"] dd, [data-automation-id="time"]',
    description: '[data-automation-id="jobPostingDescription"]',
  },
  {
    name: 'ashby',
    hosts: /(^|\.)ashbyhq\.com$/,
    detect: '.ashby-job-posting-heading, .ashby-job-posting-left-pane',
    title: '.ashby-job-posting-heading, h1',
    company: 'meta[property="og:site_name"], .ashby-job-board-logo img[alt]',
    location: { label: /^location$/i, in: '.ashby-job-posting-left-pane' },
    employmentType: { label: /^employment type$/i, in: '.ashby-job-posting-left-pane' },
    salary: { label: /^compensation$/i, in: '.ashby-job-posting-left-pane' },
    description: '.ashby-job-posting-right-pane [class*="descriptionText"], .ashby-job-posting-right-pane',
    drop: '.ashby-application-form-container, [class*="_tabs_"], form',
  },
  {
    name: 'smartrecruiters',
    hosts: /(^|\.)smartrecruiters\.com$/,
    detect: '.job-sections, #st-jobDescription',
    title: 'h1.job-title, .job-title',
    company: '.header-logo img[alt], meta[property="og:site_name"], [itemprop="hiringOrganization"] [itemprop="name"]',
    location: 'spl-job-location[formattedaddress], .job-detail [itemprop="jobLocation"], .job-details .job-location, li.job-detail',
    employmentType: '[itemprop="employmentType"], .job-details li:nth-child(2)',
    datePosted: '[itemprop="datePosted"]',
    description: '#st-jobDescription, #st-qualifications, #st-additionalInformation',
    drop: '.job-sections-apply, button',
  },
  {
    name: 'seek',
    hosts: /(^|\.)seek\.(com\.au|co\.nz)$/,
    detect: '[data-automation="jobAdDetails"], [data-automation="job-detail-title"]',
    title: '[data-automation="job-detail-title"]',
    company: '[data-automation="advertiser-name"]',
    location: '[data-automation="job-detail-location"]',
    employmentType: '[data-automation="job-detail-work-type"]',
    salary: '[data-automation="job-detail-salary"]',
    datePosted: '[data-automation="job-detail-date"]',
    description: '[data-automation="jobAdDetails"]',
  },
  {
    name: 'builtin',
    hosts: /(^|\.)builtin[a-z]*\.com$/,
    detect: '.job-post-header, [data-id="job-post-body"], #job-post-body',
    title: '.job-post-header h1, h1[data-id="job-title"], h1',
    company: '.job-post-header [data-id="company-title"], .job-post-header a[href*="/company/"]',
    location: '.job-post-header [data-id="job-location"], .job-post-header .job-location',
    salary: '.job-post-header [data-id="job-salary"]',
    employmentType: '.job-post-header [data-id="job-type"]',
    datePosted: '.job-post-header [data-id="job-posted"]',
    description: '#job-post-body, [data-id="job-post-body"]',
  },
  {
    name: 'wellfound',
    hosts: /(^|\.)(wellfound|angel)\.(com|co)$/,
    detect: '[data-test="JobDetail"], [data-test="JobDescription"]',
    title: '[data-test="JobDetail"] h1, h1',
    company: '[data-test="StartupName"], [data-test="JobDetail"] a[href*="/company/"]',
    location: { label: /^location$/i, in: '[data-test="JobDetail"]' },
    employmentType: { label: /^job type$/i, in: '[data-test="JobDetail"]' },
    salary: '[data-test="Compensation"]',
    description: '[data-test="JobDescription"]',
  },
];

let keys: IndexKeys | undefined;
/** What a page index needs to answer the layout table's selectors. */
export function layoutIndexKeys(): IndexKeys {
  keys ??= indexKeysFor(
    LAYOUTS.flatMap((l) => [l.detect, l.description, l.drop, ...[l.title, l.company, l.location, l.datePosted, l.employmentType, l.salary].map((f) => (typeof f === 'string' ? f : f?.in))]).filter(
      (s): s is string => typeof s === 'string',
    ),
  );
  return keys;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The layout of this page: by its host, else by markup (the board whose marker comes first in the page). */
/** For each layout, the marker words of its `detect` selectors (see markersOf). */
let detectMarkers: string[][][] | undefined;

/**
 * Whether any layout may be found in this markup, told from its text before it is parsed: by the
 * URL's host, or by the ids, class names and attribute values of some layout's `detect` selector.
 * A page that has none of them never needs the selector tables.
 */
export function mayHaveLayout(html: string, url?: string): boolean {
  const host = hostOf(url);
  if (host && LAYOUTS.some((l) => l.hosts.test(host))) return true;
  detectMarkers ??= LAYOUTS.map((l) => markersOf(l.detect));
  return detectMarkers.some((selectors) => selectors.some((words) => words.every((w) => html.includes(w))));
}

export function detectLayout(index: PageIndex, url?: string): Layout | undefined {
  const host = hostOf(url);
  if (host) {
    const byHost = LAYOUTS.find((l) => l.hosts.test(host));
    if (byHost && select(index, byHost.description).length > 0) return byHost;
  }
  let best: Layout | undefined;
  let bestAt: Element | undefined;
  for (const layout of LAYOUTS) {
    const first = select(index, layout.detect)[0];
    if (first && (!bestAt || compareOrder(first, bestAt) < 0)) {
      best = layout;
      bestAt = first;
    }
  }
  return best;
}

function valueOf(el: Element): string {
  if (el.name === 'meta') return (el.attribs['content'] ?? '').trim();
  if (el.name === 'img') return (el.attribs['alt'] ?? '').trim();
  return el.attribs['formattedaddress'] ?? inlineText(el);
}

function nextElement(el: Element): Element | undefined {
  for (let n = el.next; n; n = n.next) if (n.type === 'tag') return n as Element;
  return undefined;
}

function hasElementChild(el: Element): boolean {
  return el.children.some((c) => c.type === 'tag');
}

const lists = new Map<string, string[]>();
function splitList(selectors: string): string[] {
  let parts = lists.get(selectors);
  if (!parts) {
    parts = selectors.split(/,(?![^[(]*[\])])/).map((s) => s.trim());
    lists.set(selectors, parts);
  }
  return parts;
}

function fieldValue(index: PageIndex, field: Field | undefined): string | undefined {
  if (field === undefined) return undefined;
  if (typeof field === 'string') {
    // Selectors in the order written (a selector list would match in document order).
    for (const selector of splitList(field)) {
      for (const el of select(index, selector)) {
        const v = valueOf(el);
        if (v) return v;
      }
    }
    return undefined;
  }
  // "Location" then its value: the next element sibling of the label (or of the label's parent).
  for (const scope of select(index, field.in)) {
    const stack: Element[] = [scope];
    while (stack.length > 0) {
      const el = stack.pop()!;
      for (let i = el.children.length - 1; i >= 0; i--) {
        const c = el.children[i]!;
        if (c.type === 'tag') stack.push(c as Element);
      }
      if (el === scope || hasElementChild(el) || !field.label.test(inlineText(el).replace(/:$/, ''))) continue;
      let holder: Element | undefined = el;
      for (let i = 0; i < 2 && holder; i++) {
        const next = nextElement(holder);
        if (next) {
          const v = inlineText(next);
          if (v) return v;
        }
        holder = holder.parent?.type === 'tag' ? (holder.parent as Element) : undefined;
      }
    }
  }
  return undefined;
}

const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/i;

/** A date as `YYYY-MM-DD` when the page writes one; relative dates ("3 days ago") say nothing without the day the page was saved. */
export function absoluteDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(s);
  if (iso) return iso[1];
  const m = MONTHS.exec(s);
  if (!m) return undefined;
  const t = Date.parse(m[0].replace(',', '') + ' UTC');
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** Strip what boards wrap around a value: "at Acme", "Acme logo", "- job post", "- Full-time". */
function tidy(s: string | undefined, kind: 'title' | 'company' | 'other'): string | undefined {
  if (!s) return undefined;
  let v = s.replace(/^[\s\-–—·|•,:]+|[\s\-–—·|•,:]+$/g, '');
  if (kind === 'title') v = v.replace(/\s*[-–—]\s*job post$/i, '');
  if (kind === 'company') v = v.replace(/^at\s+/i, '').replace(/\s+logo$/i, '');
  return v.trim() || undefined;
}

export interface LayoutRead {
  facts: PostingFacts;
  text: string;
}

export function readLayout(index: PageIndex, layout: Layout): LayoutRead {
  const descriptions = new Set(select(index, layout.description));
  // Keep the outermost matches only: a selector list may match a container and its child.
  const chosen = [...descriptions].filter((el) => {
    for (let p = el.parent; p; p = p.parent) if (descriptions.has(p as Element)) return false;
    return true;
  });
  const drop = layout.drop ? new Set(select(index, layout.drop)) : undefined;
  const text = chosen
    .map((el) => nodesToText(el.children, drop ? { skip: (e) => drop.has(e) } : {}))
    .filter((t) => t !== '')
    .join('\n\n');
  return {
    facts: {
      title: tidy(fieldValue(index, layout.title), 'title') ?? null,
      company: tidy(fieldValue(index, layout.company), 'company') ?? null,
      location: tidy(fieldValue(index, layout.location), 'other') ?? null,
      datePosted: absoluteDate(fieldValue(index, layout.datePosted)) ?? null,
      employmentType: tidy(fieldValue(index, layout.employmentType), 'other') ?? null,
      salary: tidy(fieldValue(index, layout.salary), 'other') ?? null,
    },
    text,
  };
}
