import { describe, expect, it } from 'vitest';
import { postingFromHtml } from '../../../src/ingest/html/index.js';
import { looksLikePosting } from '../../../src/ingest/html/main-content.js';
import { htmlFixture } from '../fixture-server.js';

describe('generic main content', () => {
  const { posting, via, hasPosting } = postingFromHtml('generic.html', htmlFixture('generic.html'));

  it('keeps the posting with its headings and list items on their own lines', () => {
    expect(via).toBe('main-content');
    expect(hasPosting).toBe(true);
    expect(posting.title).toBe('Data Engineer');
    expect(posting.company).toBe('Fjord Coffee Roasters');
    const lines = posting.text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['What you will do', 'Requirements', '- Write ELT jobs in Python and SQL, orchestrated with Dagster', '- Strong SQL and data modelling']));
  });

  it('drops navigation, cookie banner, breadcrumbs, sidebar, footer, scripts and "similar jobs" cards', () => {
    for (const junk of ['Rust', 'Kotlin', 'Haskell', 'OCaml', 'Elixir', 'Zig', 'Swift', 'cookies', 'Wholesale', 'Careers ›', 'Share this job', '©', 'dataLayer', 'Newsletter', 'Apply by email']) {
      expect(posting.text).not.toContain(junk);
    }
  });

  it('says there is no posting on a shell page built by a script', () => {
    const shell = postingFromHtml('s.html', htmlFixture('script-injected.html'));
    expect(shell.hasPosting).toBe(false);
    expect(shell.via).toBe('main-content');
    expect(shell.posting.text).not.toContain('job.title');
  });

  it('picks the largest article when a page has several', () => {
    const html = `<body><article class="card"><h2>Other job</h2><p>Rust</p></article>
      <article><h1>Main job</h1><p>${'We are looking for someone with experience and skills. '.repeat(10)}</p><h2>Requirements</h2><ul><li>Python</li></ul></article></body>`;
    const r = postingFromHtml('x', html);
    expect(r.posting.title).toBe('Main job');
    expect(r.posting.text).not.toContain('Rust');
    expect(r.hasPosting).toBe(true);
  });

  it('looksLikePosting wants length and posting words', () => {
    expect(looksLikePosting('Loading…')).toBe(false);
    expect(looksLikePosting('word '.repeat(100))).toBe(false);
    expect(looksLikePosting('Requirements: experience with Python. Responsibilities: build things. Benefits: many. '.repeat(4))).toBe(true);
  });
});

describe("a page's title, when the page names no title or employer otherwise", () => {
  const body = (lead: string) =>
    `<body><div class="links"><a href="/">Home</a> <a href="/jobs">Jobs</a></div><div class="posting">${lead}
    <div><span style="font-weight:bold">Your profile</span></div>
    <div>&bull; 2 years of experience with SQL<br>&bull; Good knowledge of Excel<br>&bull; Experience with Python is a plus</div>
    <div><span style="font-weight:bold">We offer</span></div><div>&bull; A salary between 3,200 and 3,900 per month<br>&bull; Hybrid work</div></div></body>`;
  const read = (title: string, lead: string) => postingFromHtml('x.html', `<html><head><title>${title}</title></head>${body(lead)}</html>`).posting;

  it('takes the part that stands as a line of the text, not the site section before it', () => {
    const p = read('Careers - Junior Data Analyst - Bluefin Logistics', '<div><span style="font-size:24px;font-weight:bold">Junior Data Analyst</span></div><div>Bluefin Logistics moves containers between Rotterdam and the Baltic ports.</div>');
    expect(p.title).toBe('Junior Data Analyst');
    expect(p.company).toBe('Bluefin Logistics');
  });

  it('drops an unread count and a board name; reads "Jobs at" and "Careers" around the employer', () => {
    const lead = '<p>Sonority builds hearing aids that understand speech in noisy rooms.</p>';
    expect(read('(3) Research Engineer, Speech | Sonority | LinkedIn', lead)).toMatchObject({ title: 'Research Engineer, Speech', company: 'Sonority' });
    expect(read('Analytics Engineer | Jobs at Copperleaf Bank', lead)).toMatchObject({ title: 'Analytics Engineer', company: 'Copperleaf Bank' });
    expect(read('Analytics Engineer - Copperleaf Bank Careers', lead)).toMatchObject({ title: 'Analytics Engineer', company: 'Copperleaf Bank' });
  });

  it('takes no place, terms or name the text does not tell as the employer', () => {
    const lead = '<p>Halyard AI trains foundation models for weather forecasting, from Leeds, UK and remote.</p>';
    expect(read('Platform Engineer - Remote - Leeds, UK - Halyard AI', lead)).toMatchObject({ title: 'Platform Engineer', company: 'Halyard AI' });
    expect(read('Platform Engineer | Apex Widgets', lead)).toMatchObject({ title: 'Platform Engineer', company: null });
  });
});

describe('page furniture written in plain <div>s', () => {
  const page = `<html><head><title>Junior Data Analyst - Bluefin Logistics</title></head><body><div class="page"><div class="posting">
    <div><span style="font-weight:bold">Junior Data Analyst</span></div>
    <div>Bluefin Logistics moves containers between Rotterdam and the Baltic ports. Questions about your data? Privacy | Terms of the application are on the form.</div>
    <div><span style="font-weight:bold">Your profile</span></div>
    <div>&bull; 2 years of experience with SQL<br>&bull; Good knowledge of Excel<br>&bull; Experience with Python is a plus</div>
    <div><span style="font-weight:bold">We offer</span></div><div>&bull; A salary between 3,200 and 3,900 per month<br>&bull; Hybrid work</div></div>
    <div class="side"><div class="side-title">Other vacancies</div><div><a>Senior Rust Developer</a></div><div><a>Warehouse Manager (SAP)</a></div></div>
    <div class="widget"><p><strong>Join our talent community</strong></p><p>Sign up and hear about Kotlin roles first.</p></div>
    </div><div class="bottom">&copy; 2026 Bluefin Logistics B.V. &nbsp; Privacy | Terms | Sitemap</div><div class="legal">All rights reserved.</div></body></html>`;
  const { posting } = postingFromHtml('x.html', page);

  it('drops a block captioned "Other vacancies" or "Join our talent community" without a heading element', () => {
    for (const junk of ['Other vacancies', 'Rust', 'SAP', 'talent community', 'Kotlin']) expect(posting.text).not.toContain(junk);
    expect(posting.text).toContain('• Experience with Python is a plus');
  });

  it('drops the legal lines that end the page, not a sentence of the posting', () => {
    expect(posting.text).not.toContain('©');
    expect(posting.text).not.toContain('All rights reserved');
    expect(posting.text).toContain('Privacy | Terms of the application are on the form.');
    expect(posting.text.trimEnd().endsWith('• Hybrid work')).toBe(true);
  });
});
