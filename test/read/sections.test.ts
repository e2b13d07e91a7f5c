import { describe, expect, it } from 'vitest';
import { notAskedLine, splitSections } from '../../src/extract/sections.js';

const kinds = (text: string, kind: 'posting' | 'resume' = 'posting') =>
  splitSections(text, kind).map((s) => [s.kind, text.slice(s.start, s.end).trim().split('\n')[0]]);

describe('splitSections', () => {
  it('reads heading shapes: colon, markdown, bold, all caps, bare heading words', () => {
    const text = 'Data Engineer\nIntro line here.\nRequirements:\n- SQL\n## Nice to have\n- Go\n**Benefits**\n- PTO\nWHAT YOU WILL DO\n- Build\nAbout us\nWe are nice.';
    expect(kinds(text).map((k) => k[0])).toEqual(['title', 'summary', 'requirements', 'preferred', 'benefits', 'responsibilities', 'about']);
  });
  it('classifies common posting headings', () => {
    const table: [string, string][] = [
      ['Qualifications', 'requirements'],
      ['Minimum qualifications', 'requirements'],
      ['Preferred qualifications', 'preferred'],
      ["What you'll need", 'requirements'],
      ['About you', 'requirements'],
      ['Bonus points', 'preferred'],
      ['Responsibilities', 'responsibilities'],
      ["What you'll do", 'responsibilities'],
      ['About the role', 'responsibilities'],
      ['What we offer', 'benefits'],
      ['Equal opportunity', 'equal-opportunity'],
      ['About Acme', 'about'],
    ];
    for (const [heading, kind] of table) expect(kinds(`Title\n${heading}:\n- text`)[1]![0], heading).toBe(kind);
  });
  it('starts a section at an inline label', () => {
    expect(kinds('Title\nRequirements: Python, SQL\nmore')[1]).toEqual(['requirements', 'Requirements: Python, SQL']);
  });
  it('does not take sentences or list items for headings', () => {
    expect(kinds('Title\nWe need experience with Python.\n- Requirements matter\n').map((k) => k[0])).toEqual(['title', 'summary']);
  });
  it('tells equal-opportunity and benefit lines', () => {
    expect(notAskedLine('Acme is an equal opportunity employer and hires without regard to race.')).toBe('equal-opportunity');
    expect(notAskedLine('We offer health insurance and a 401(k).')).toBe('benefits');
    expect(notAskedLine('You know Python and SQL.')).toBeUndefined();
  });
  it('uses the resume vocabulary for resumes', () => {
    const text = 'Sam\n## Skills\nPython\n## Experience\nDid things\n## Projects\nA thing\n## Education\nBSc';
    expect(kinds(text, 'resume').map((k) => k[0])).toEqual(['title', 'skills', 'experience', 'projects', 'education']);
  });
  it('covers the whole text with contiguous sections', () => {
    const text = 'T\nRequirements\n- a\nBenefits\n- b';
    const s = splitSections(text);
    expect(s[0]!.start).toBe(0);
    expect(s.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < s.length; i++) expect(s[i]!.start).toBeGreaterThanOrEqual(s[i - 1]!.end);
  });
});
