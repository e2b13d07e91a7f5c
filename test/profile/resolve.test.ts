import { describe, expect, it } from 'vitest';
import { combineProfiles } from '../../src/profile/resolve.js';
import type { Profile } from '../../src/profile/schema.js';

const skill = (id: string, more: Partial<Profile['skills'][number]> = {}): Profile['skills'][number] => ({
  id,
  label: id,
  wordings: [id],
  level: null,
  years: null,
  evidence: 'listed',
  custom: false,
  ...more,
});

describe('a profile file and a resume together', () => {
  const stated: Profile = { source: 'me.yaml', name: 'Alex', skills: [skill('python', { level: 'expert', years: 8 }), skill('kubernetes', { level: 'intermediate' })] };
  const resume: Profile = {
    source: 'cv.md',
    name: null,
    skills: [skill('python', { evidence: 'experience', years: 4, roles: 2, shownBy: 'Built models in Python' }), skill('sql', { evidence: 'experience' })],
    lacks: [{ id: 'kubernetes', label: 'Kubernetes', line: 'no production experience with Kubernetes yet' }, { id: 'rust', label: 'Rust', line: 'never used Rust' }],
  };
  const both = combineProfiles(stated, resume);
  const by = Object.fromEntries(both.skills.map((s) => [s.id, s]));

  it("takes the profile's level and years, and the resume's evidence", () => {
    expect(by.python).toMatchObject({ level: 'expert', years: 8, roles: null, evidence: 'experience', shownBy: 'Built models in Python' });
  });
  it('keeps every skill of both', () => expect(Object.keys(by).sort()).toEqual(['kubernetes', 'python', 'sql']));
  it('lets the profile overrule a lack the resume states, and keeps the others', () => {
    expect(by.kubernetes?.level).toBe('intermediate');
    expect(both.lacks?.map((l) => l.id)).toEqual(['rust']);
  });
  it('names both sources', () => expect(both.source).toBe('me.yaml + cv.md'));
});
