import { describe, expect, it } from 'vitest';
import { postingFromHtml } from '../../../src/ingest/html/index.js';
import { detectLayout, LAYOUTS, mayHaveLayout } from '../../../src/ingest/html/layouts.js';
import { load } from 'cheerio';
import { indexPage } from '../../../src/ingest/html/page-index.js';
import { htmlFixture } from '../fixture-server.js';

interface Case {
  file: string;
  via: string;
  title: string;
  company: string;
  location: string;
  employmentType?: string;
  salary?: string;
  has: string[];
}

/** Words only the "similar jobs" cards, navigation and footers of the fixtures use. */
const NOT_THE_POSTING = ['Rust', 'Kotlin', 'Haskell', 'Elixir', 'Scala', 'Sign in', 'Apply', 'Show more', 'Similar', 'Recommended', '©'];

const cases: Case[] = [
  { file: 'linkedin.html', via: 'layout:linkedin', title: 'Computer Vision Engineer', company: 'Tidewater Labs', location: 'Lisbon, Lisbon, Portugal', employmentType: 'Full-time', has: ['- Train detection and tracking models with PyTorch and OpenCV', "What we're looking for"] },
  { file: 'indeed.html', via: 'layout:indeed', title: 'Junior Data Engineer', company: 'Copperleaf Energy', location: 'Leeds LS1', employmentType: 'Full-time', salary: '£34,000 - £40,000 a year', has: ['- Maintain Airflow DAGs that load installer data', 'Requirements'] },
  { file: 'greenhouse.html', via: 'layout:greenhouse', title: 'Site Reliability Engineer', company: 'Marlow Robotics', location: 'Pittsburgh, PA', has: ['- Run our fleet telemetry platform on Kubernetes and Prometheus', "What you'll bring"] },
  { file: 'lever.html', via: 'layout:lever', title: 'Gameplay Programmer', company: 'Pinecrest Games', location: 'Montreal, QC', employmentType: 'Full-time', has: ['- Strong C# or C++', 'Nice to have', 'Pinecrest makes cosy co-op games for consoles and PC.'] },
  { file: 'workday.html', via: 'layout:workday', title: 'Quantitative Analyst', company: 'Granite Mutual', location: 'Charlotte, NC', employmentType: 'Full time', has: ['- Develop generalized linear models in R and SAS', 'Required qualifications'] },
  { file: 'ashby.html', via: 'layout:ashby', title: 'Applied Scientist, Search', company: 'Lumen Atlas', location: 'Amsterdam', employmentType: 'Full time', salary: '€90K – €120K', has: ['- Run offline evaluation with Elasticsearch and Python', 'You have'] },
  { file: 'smartrecruiters.html', via: 'layout:smartrecruiters', title: 'Backend Developer (Java)', company: 'Orbital Freight', location: 'Warsaw, Masovian Voivodeship, Poland', employmentType: 'Full-time', has: ['- Build booking services in Java 21 and Spring Boot', 'Qualifications'] },
  { file: 'seek.html', via: 'layout:seek', title: 'Cloud Security Engineer', company: 'Southern Cross Credit Union', location: 'Melbourne VIC (Hybrid)', employmentType: 'Full time', salary: '$150,000 – $170,000 per year + super', has: ['- Own SIEM detections in Microsoft Sentinel', 'About you'] },
  { file: 'builtin.html', via: 'layout:builtin', title: 'Analytics Engineer', company: 'Fernway Bikes', location: 'Chicago, IL, USA', employmentType: 'Full-Time', salary: '110K-140K Annually', has: ['- Own our dbt project and the BigQuery warehouse', "What You'll Bring"] },
  { file: 'wellfound.html', via: 'layout:wellfound', title: 'Founding Frontend Engineer', company: 'Kestrel Notes', location: 'San Francisco', employmentType: 'Full Time', has: ['- Build the editor in TypeScript and React', 'You have'] },
];

describe('board layouts', () => {
  it.each(cases)('$file: facts and the posting text only', (c) => {
    const { posting, via, hasPosting } = postingFromHtml(c.file, htmlFixture(c.file));
    expect(via).toBe(c.via);
    expect(hasPosting).toBe(true);
    expect(posting.title).toBe(c.title);
    expect(posting.company).toBe(c.company);
    expect(posting.location).toBe(c.location);
    if (c.employmentType) expect(posting.employmentType).toBe(c.employmentType);
    if (c.salary) expect(posting.salary).toBe(c.salary);
    const lines = posting.text.split('\n');
    for (const line of c.has) expect(lines).toContain(line);
    for (const word of NOT_THE_POSTING) expect(posting.text).not.toContain(word);
    expect(posting.text).not.toMatch(/ {2,}|\n{3,}|^\s|\s$/);
  });

  it('detects a board by markup and by host', () => {
    const index = indexPage(load(htmlFixture('lever.html').toString()).root()[0]!);
    expect(detectLayout(index)?.name).toBe('lever');
    expect(detectLayout(index, 'https://jobs.lever.co/pinecrest/123')?.name).toBe('lever');
    // A Greenhouse-hosted page is read as Greenhouse whatever else its markup has.
    const gh = indexPage(load(htmlFixture('greenhouse.html').toString()).root()[0]!);
    expect(detectLayout(gh, 'https://boards.greenhouse.io/marlow/jobs/1')?.name).toBe('greenhouse');
  });

  it('relative dates ("2 weeks ago") are not reported as dates', () => {
    const { posting } = postingFromHtml('x', htmlFixture('linkedin.html'));
    expect(posting.datePosted).toBeNull();
  });

  it('has one entry per board with a unique name', () => {
    const names = LAYOUTS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['linkedin', 'indeed', 'greenhouse', 'lever', 'workday', 'ashby', 'smartrecruiters', 'seek', 'builtin', 'wellfound']));
  });
});

describe('mayHaveLayout: told from the markup before parsing', () => {
  it('says yes for every board fixture, whose layout is then detected', () => {
    for (const layout of LAYOUTS) {
      const html = htmlFixture(`${layout.name}.html`).toString();
      expect(mayHaveLayout(html), layout.name).toBe(true);
      expect(detectLayout(indexPage(load(html).root()[0]!))?.name).toBe(layout.name);
    }
  });
  it('says no for a page with none of the layouts\' markers, unless its URL is a board\'s', () => {
    const html = htmlFixture('generic.html').toString();
    expect(mayHaveLayout(html)).toBe(false);
    expect(detectLayout(indexPage(load(html).root()[0]!))).toBeUndefined();
    expect(mayHaveLayout(html, 'https://www.linkedin.com/jobs/view/1')).toBe(true);
    // Every word of one selector must be there: "header" alone is not Greenhouse's "#app_body #header .app-title".
    expect(mayHaveLayout('<header id="header" class="app-title">x</header>')).toBe(false);
    expect(mayHaveLayout('<div id="app_body"><div id="header"><h1 class="app-title">x</h1></div></div>')).toBe(true);
  });
});
