import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadProfile } from '../../src/profile/load.js';
import { fixture, miniTaxonomy, scratch } from '../helpers.js';

const { file } = scratch('skillgap-profile-');

describe('profile files', () => {
  it('resolves names, aliases and unknown skills', async () => {
    const p = await loadProfile(file('me.yaml', 'name: Sam\nskills:\n  - Python\n  - name: k8s\n    level: advanced\n    years: 3\n  - Go\n  - Underwater basket weaving\n'), miniTaxonomy());
    expect(p.name).toBe('Sam');
    expect(p.skills.map((s) => [s.id, s.wordings, s.evidence])).toEqual([
      ['python', ['Python'], 'listed'],
      ['kubernetes', ['k8s'], 'listed'],
      ['go', ['Go'], 'listed'],
      ['custom:underwater-basket-weaving', ['Underwater basket weaving'], 'listed'],
    ]);
    expect(p.skills[1]).toMatchObject({ level: 'advanced', years: 3 });
  });
  it('reads the same profile as JSON', async () => {
    const p = await loadProfile(file('me.json', '{"skills": ["PyTorch", {"name": "SQL", "years": 2}]}'), miniTaxonomy());
    expect(p.skills.map((s) => s.id)).toEqual(['pytorch', 'sql']);
  });
  it.each([
    ['wrong-type.yaml', 'skills:\n  - Python\n  - name: SQL\n    years: three\n', /wrong-type\.yaml:4: skills\[1\]\.years: Invalid input/],
    ['unknown-field.yaml', 'skills:\n  - Python\nskils: []\n', /unknown-field\.yaml:\d+: .*Unrecognized key.*skils/],
    ['bad-level.yaml', 'skills:\n  - name: SQL\n    level: guru\n', /bad-level\.yaml:3: skills\[0\]\.level: Invalid option/],
    ['no-skills.yaml', 'name: Sam\n', /no-skills\.yaml:1: skills: Invalid input/],
    ['syntax.yaml', 'skills: [Python\n', /syntax\.yaml:\d+:/],
    ['empty.yaml', '', /empty\.yaml: is empty/],
  ])('%s is a ConfigError naming file, line and field', async (name, text, message) => {
    const err = await loadProfile(file(name, text), miniTaxonomy()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('resumes', () => {
  it('records whether a skill is listed or only shown in prose (Markdown)', async () => {
    const p = await loadProfile(fixture('profiles/junior-ml-resume.md'), miniTaxonomy());
    const ev = Object.fromEntries(p.skills.map((s) => [s.id, s.evidence]));
    expect(ev).toMatchObject({ python: 'listed', tensorflow: 'listed', docker: 'listed', kubernetes: 'experience', 'ci-cd': 'experience', 'bachelors-degree': 'education' });
  });
  it('reads a JSON Resume: skills and keywords listed, work highlights as experience', async () => {
    const p = await loadProfile(fixture('profiles/junior-ml-resume.json'), miniTaxonomy());
    const ev = Object.fromEntries(p.skills.map((s) => [s.id, s.evidence]));
    expect(p.name).toBe('Sam Rivera');
    expect(ev).toMatchObject({ 'machine-learning': 'listed', tensorflow: 'listed', python: 'listed', kubernetes: 'experience', 'ci-cd': 'experience' });
    expect(p.skills.some((s) => s.label === 'Languages')).toBe(false);
  });
});
