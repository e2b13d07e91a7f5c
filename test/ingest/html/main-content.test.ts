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
