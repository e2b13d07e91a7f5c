import { describe, expect, it } from 'vitest';
import { postingFromHtml } from '../../../src/ingest/html/index.js';
import { htmlFixture } from '../fixture-server.js';

describe('microdata JobPosting', () => {
  it('reads nested items (organisation, place, salary) and keeps the description\'s lines', () => {
    const { posting, via } = postingFromHtml('m.html', htmlFixture('microdata.html'));
    expect(via).toBe('microdata');
    expect(posting).toMatchObject({
      title: 'Clinical Data Scientist',
      company: 'Harbor Health',
      location: 'Boston, MA, US',
      datePosted: '2026-02-10',
      employmentType: 'Full-time',
      salary: 'USD 130,000-160,000 per year',
    });
    expect(posting.text.split('\n')).toEqual(expect.arrayContaining(['Requirements', '- Strong R or Python', 'Qualifications', '- MS or PhD in biostatistics or a related field']));
    expect(posting.text).not.toMatch(/Swift|Kotlin|Related jobs|Careers/);
  });

  it('does not take the properties of a nested item for the posting\'s own', () => {
    const html = `<div itemscope itemtype="http://schema.org/JobPosting"><span itemprop="title">Job</span>
      <div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Org</span><span itemprop="description">About org</span></div>
      <div itemprop="description"><p>Own text</p></div></div>`;
    const { posting } = postingFromHtml('x', html);
    expect(posting.company).toBe('Org');
    expect(posting.text).toBe('Job\n\nOwn text');
  });
});
