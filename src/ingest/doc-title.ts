/**
 * A document's or a page's own title in its parts ("Careers - Junior Data Analyst - Bluefin
 * Logistics"): the job's title and its employer among them. Saved pages read their <title> so, and
 * PDFs printed from a page their title (the page's).
 */

/** A page's `<title>` in its parts ("Data Analyst | Careers at Acme"), without an unread count ("(3) "). */
export function docTitleParts(title: string): string[] {
  return title
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(/\s+[|–—•·-]\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Parts of a page's title that name no job: the site's sections and the boards' names. */
const GENERIC_PART =
  /^(careers?|jobs?|job (details|description|posting|opening|offer)|vacanc(y|ies)|openings?|(open|current) (positions|roles|openings|vacancies)|career opportunities|home|apply|join us|work (with|for) us|linkedin|indeed(\.com)?|glassdoor|monster|ziprecruiter|stepstone)$/i;
/** A part that names the employer around it: "Careers at Acme", "Jobs at Acme", "Acme Careers". */
const EMPLOYER_PART = /^(?:(?:careers?|jobs?|work(?:ing)?) at|join)\s+(.+)$|^(.+?)\s+(?:careers?|jobs)$/i;
/** A part that says where or how, not who: "Omaha, NE 68102", "Remote", "Full-time". */
const WHERE_PART = /,|\d|^(remote|hybrid|on-?site|in office|full[- ]time|part[- ]time|contract|permanent|internship)\b/i;

/**
 * The job's title among a page's title parts: the part that stands as a line of its own in the
 * posting's text, else the first part that names no section, board or employer ("Careers - Junior
 * Data Analyst - Bluefin Logistics" is the Junior Data Analyst's page).
 */
export function titleOf(parts: readonly string[], text: string): string | undefined {
  const candidates = parts.filter((p) => !GENERIC_PART.test(p) && !EMPLOYER_PART.test(p));
  if (candidates.length > 1) {
    const lines = new Set(text.slice(0, 20000).split('\n').map((l) => l.trim().toLowerCase()));
    const own = candidates.find((p) => lines.has(p.toLowerCase()));
    if (own) return own;
  }
  return candidates[0];
}

/**
 * The employer among a page's title parts, beside the job's title: a part that names it ("Careers at
 * Acme"), else the first part after the title that the posting's text names too and that says no
 * place or terms ("Platform Engineer | Halyard AI", the text telling "Halyard AI trains ...").
 */
export function companyOf(parts: readonly string[], title: string | null | undefined, text: string): string | undefined {
  for (const p of parts) {
    const m = EMPLOYER_PART.exec(p);
    if (m && !GENERIC_PART.test(p)) return (m[1] ?? m[2])!.trim();
  }
  const at = title ? parts.findIndex((p) => p.toLowerCase() === title.toLowerCase()) : -1;
  if (at < 0) return undefined;
  const head = text.slice(0, 20000).toLowerCase();
  for (const p of parts.slice(at + 1)) {
    if (GENERIC_PART.test(p) || WHERE_PART.test(p)) continue;
    // (A place the text names as one is no employer: "Data Engineer - Manchester - Halden Rail", the
    // text telling "Jobs near Manchester", "Data Engineer jobs in Manchester".)
    if (head.includes(p.toLowerCase()) && !namedAsPlace(p.toLowerCase(), head)) return p;
  }
  return undefined;
}

/** Whether a text (lower case) names a part as a place: after "in" or "near". */
function namedAsPlace(part: string, head: string): boolean {
  for (let at = head.indexOf(part); at !== -1; at = head.indexOf(part, at + part.length)) {
    if (/(?:^|\s)(?:in|near)\s+$/.test(head.slice(Math.max(0, at - 6), at))) return true;
  }
  return false;
}

/** How many of a document's first non-blank lines its title may stand as. */
const TITLE_LINES = 8;

/**
 * The job's title and employer from a document's own title of two parts or more (a PDF printed
 * from a job's page keeps the page's <title>: "Data Analyst (Marketing) | Brightwater Insurance
 * Careers"), only when the job's title (its first part that names no site section, board or
 * employer) stands as one of the text's first TITLE_LINES lines: a document's title is as often its
 * file's name, its template's or its employer's alone ("Microsoft Word - JD_v3.docx", "Job
 * Description", "Acme Corp").
 */
export function documentTitleFacts(title: string, text: string): { title?: string; company?: string } {
  const parts = docTitleParts(title);
  if (parts.length < 2) return {};
  // (The first part that names no section, board or employer: the part that stands as a line of the
  // text may be the employer's letterhead, "Platform Engineer | Acme Corp" over a text opening "Acme Corp".)
  const job = parts.find((p) => !GENERIC_PART.test(p) && !EMPLOYER_PART.test(p));
  const first: string[] = [];
  for (const line of text.slice(0, 5000).split('\n')) {
    if (line.trim() !== '') first.push(line.trim().toLowerCase());
    if (first.length === TITLE_LINES) break;
  }
  if (!job || !first.includes(job.toLowerCase())) return {};
  const company = companyOf(parts, job, text);
  return company ? { title: job, company } : { title: job };
}
