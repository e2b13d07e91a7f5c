/**
 * Page furniture of a PDF: the running headers and footers a printer puts on every page, which are
 * not the document's text. A job page saved with the browser's "Print > Save as PDF" carries a
 * header of the date, the time and the page's title ("12/6/26, 7:28 PM Senior Data Engineer -
 * Acme") and a footer of its address and page number ("https://jobs.acme.com/123 1/2"); a Word
 * document carries "Page 2 of 3" or "Acme Corp - Confidential" on each page. Read as text they
 * become a posting's title, or split a list of requirements across a page break.
 *
 * Only the lines at a page's edges are looked at (EDGE_LINES at the top and at the bottom), and only
 * by their form, in no language: a line with the page's own number over the page count ("1/2"),
 * a line that opens with a date and a time, and a line that stands at the same edge of most pages
 * (its digits aside: "Page 1 of 3", "Page 2 of 3").
 */

/** How many non-blank lines at the top and at the bottom of a page may be furniture. */
const EDGE_LINES = 2;

/** A date and a time that open a line: "12/6/26, 7:28 PM", "06.12.2026, 19:28", "2026-12-06 19:28". */
const STAMP = /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s|$)/;

/** How many non-blank lines a page needs for its edges to be furniture: a header, a footer and text between. */
const MIN_PAGE_LINES = 3;

/** The lines of each page without its furniture (pages in order, each its text with '\n' between lines). */
export function withoutPageFurniture(pages: readonly string[]): string[] {
  const lines = pages.map((p) => p.split('\n'));
  // (A page of a line or two has no furniture: "Page 7 Python" alone on each page is the text.)
  const framed = lines.map((l) => l.filter((x) => x.trim() !== '').length >= MIN_PAGE_LINES);
  const top = lines.map((l, i) => (framed[i] ? edge(l, 'top') : []));
  const bottom = lines.map((l, i) => (framed[i] ? edge(l, 'bottom') : []));
  const repeated = new Set([...running(lines, top, 'top'), ...running(lines, bottom, 'bottom')]);
  return lines.map((page, i) => {
    const drop = new Set<number>();
    const at = (ks: readonly number[], side: 'top' | 'bottom') => {
      for (const k of ks) {
        const line = page[k]!;
        // (A running header on the first page's top, with no digit in it, may be the document's
        // own title, as a template repeats it: kept there.)
        const runs = repeated.has(`${side}:${shape(line)}`) && !(i === 0 && side === 'top' && !/\d/.test(line));
        if (runs || STAMP.test(line) || numbersPage(line, i + 1, pages.length)) drop.add(k);
      }
    };
    at(top[i]!, 'top');
    at(bottom[i]!, 'bottom');
    if (drop.size === 0) return pages[i]!;
    return page.filter((_, k) => !drop.has(k)).join('\n');
  });
}

/** The indexes of the first (or last) EDGE_LINES non-blank lines of a page. */
function edge(page: readonly string[], side: 'top' | 'bottom'): number[] {
  const out: number[] = [];
  for (let n = 0; n < page.length && out.length < EDGE_LINES; n++) {
    const k = side === 'top' ? n : page.length - 1 - n;
    if (page[k]!.trim() !== '') out.push(k);
  }
  return out;
}

/** A line's form with its digits aside ("Page 2 of 3" and "Page 3 of 3" are one form). */
function shape(line: string): string {
  return line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#');
}

/**
 * The forms that stand at one edge of most pages of a document of two pages or more (a running
 * header or footer), keyed by that edge.
 */
function running(lines: readonly string[][], edges: readonly number[][], side: 'top' | 'bottom'): string[] {
  if (lines.length < 2) return [];
  const count = new Map<string, number>();
  edges.forEach((ks, i) => {
    const forms = new Set(ks.map((k) => shape(lines[i]![k]!)).filter((form) => /\p{L}{2}/u.test(form)));
    for (const form of forms) count.set(form, (count.get(form) ?? 0) + 1);
  });
  const need = Math.max(2, Math.ceil(lines.length / 2));
  return [...count].filter(([, n]) => n >= need).map(([form]) => `${side}:${form}`);
}

/**
 * Whether a line tells the page's number over the page count ("1/2", "https://acme.com/jobs/7 1/2",
 * "3 / 3"), or is the page's number alone ("2", "- 2 -").
 */
function numbersPage(line: string, page: number, pages: number): boolean {
  const t = line.trim();
  const over = /(?:^|\s)(\d{1,4})\s?\/\s?(\d{1,4})$/.exec(t);
  if (over && Number(over[1]) === page && Number(over[2]) === pages) return true;
  const alone = /^[-–—\s]*(\d{1,4})[-–—\s]*$/.exec(t);
  return alone !== null && Number(alone[1]) === page;
}
