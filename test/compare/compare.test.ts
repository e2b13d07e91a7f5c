import { describe, expect, it } from 'vitest';
import { compareSkills } from '../../src/compare/compare.js';
import { score, yearsFactor } from '../../src/compare/score.js';
import { extractSkills, extractText } from '../../src/extract/extract.js';
import { suggestKeywords } from '../../src/suggest/keywords.js';
import type { Profile, ProfileSkill } from '../../src/profile/schema.js';
import { profileFromResumeText } from '../../src/profile/load.js';
import { bundledTaxonomy, miniTaxonomy } from '../helpers.js';

const skill = (id: string, label: string, wordings: string[], extra: Partial<ProfileSkill> = {}): ProfileSkill => ({
  id, label, wordings, level: null, years: null, evidence: 'listed', custom: false, ...extra,
});
const profile: Profile = {
  source: 'me.yaml',
  name: null,
  skills: [
    skill('python', 'Python', ['Python'], { years: 2 }),
    skill('kubernetes', 'Kubernetes', ['k8s']),
    skill('tensorflow', 'TensorFlow', ['TensorFlow']),
    skill('scikit-learn', 'scikit-learn', ['sklearn']),
  ],
};

const posting = `Senior Engineer
Requirements
- 4+ years of Python
- Kubernetes
- PyTorch
- machine learning
- SQL
Nice to have
- Rust`;

describe('compareSkills', () => {
  const gap = compareSkills(extractSkills(posting, miniTaxonomy()), profile, miniTaxonomy());
  const by = (id: string) => gap.items.find((i) => i.id === id)!;

  it('classifies each skill', () => {
    expect(gap.items.map((i) => [i.id, i.status])).toEqual([
      ['python', 'matched'],
      ['kubernetes', 'reworded'],
      ['pytorch', 'transferable'],
      ['machine-learning', 'transferable'],
      ['sql', 'missing'],
      ['rust', 'missing'],
    ]);
  });
  it('explains transfers', () => {
    expect(by('pytorch').why).toBe('you know TensorFlow, related to PyTorch');
    expect(by('machine-learning').why).toBe('scikit-learn is a kind of machine learning');
  });
  it('notes a years shortfall and scales the credit', () => {
    expect(by('python')).toMatchObject({ yearsAsked: 4, yearsShort: 2, credit: 0.5 });
  });
  it('scores deterministically with its components', () => {
    // required: python 0.5 + kubernetes 1 + pytorch 0.5 + ml 0.75 + sql 0 = 2.75 of 5, x3 = 8.25 of 15; preferred rust 0 of 1
    expect(gap.score.components.find((c) => c.importance === 'required')).toMatchObject({ skills: 5, earned: 8.25, possible: 15 });
    expect(gap.score.value).toBe(Math.round((100 * 8.25) / 16));
    expect(compareSkills(extractSkills(posting, miniTaxonomy()), profile, miniTaxonomy())).toEqual(gap);
  });
});

describe('score', () => {
  it('is 0 with nothing to score and 100 with everything matched', () => {
    expect(score([]).value).toBe(0);
    expect(score([{ importance: 'required', credit: 1, weight: 3, group: null }]).value).toBe(100);
  });
  it('never takes more than half for years', () => {
    expect(yearsFactor(10, 1)).toBe(0.5);
    expect(yearsFactor(4, 3)).toBe(0.75);
    expect(yearsFactor(null, 3)).toBe(1);
    expect(yearsFactor(4, null)).toBe(1);
  });
});

describe('alternatives', () => {
  const text = 'Requirements\n- PyTorch or TensorFlow\n- Rust or C++\n- Python';
  const extraction = extractText(text, miniTaxonomy());
  const gap = compareSkills(extraction.skills, profile, miniTaxonomy(), extraction.groups);
  const by = (id: string) => gap.items.find((i) => i.id === id)!;

  it('count once, met by any member', () => {
    expect(extraction.groups.map((g) => g.skills)).toEqual([['pytorch', 'tensorflow'], ['rust', 'cpp']]);
    // TensorFlow meets "PyTorch or TensorFlow": it carries the weight, PyTorch weighs nothing and points to it.
    expect(by('tensorflow')).toMatchObject({ status: 'matched', weight: 3, alternatives: ['PyTorch'] });
    expect(by('pytorch')).toMatchObject({ weight: 0, credit: 0, metBy: 'tensorflow' });
    // Neither Rust nor C++: one missing requirement, not two.
    expect([by('rust').weight, by('cpp').weight].sort()).toEqual([0, 3]);
    const required = gap.score.components.find((c) => c.importance === 'required')!;
    expect(required).toMatchObject({ skills: 3, possible: 9, earned: 6 });
    // The explanation says so, where the posting offers a choice, and only there.
    expect(gap.score.explanation).toContain('a group of alternatives');
    expect(compareSkills(extractText('Requirements\n- Python\n- Rust', miniTaxonomy()).skills, profile, miniTaxonomy()).score.explanation).not.toContain('alternatives');
  });
  it('are one thing to learn, and only the member you have is a keyword', () => {
    const s = suggestKeywords(gap.items);
    expect(s.keywords).toContain('TensorFlow');
    expect(s.keywords).not.toContain('PyTorch');
    expect(s.toLearn.map((t) => t.label)).toContain('Rust or C++');
    expect(s.toLearn.map((t) => t.label)).not.toContain('PyTorch');
  });
  it('takes a wording of yours that holds the posting\'s word for word as matched, and as the keyword', () => {
    const taxonomy = bundledTaxonomy();
    const me: Profile = { source: 'me.md', name: null, skills: [skill('aws-lambda', 'AWS Lambda', ['AWS Lambda'], { evidence: 'experience' }), skill('kafka', 'Apache Kafka', ['Kafka'])] };
    const gap = compareSkills(extractSkills('Requirements\n- Apache Kafka\nNice to have\n- AWS (S3, Glue, Lambda)', taxonomy), me, taxonomy);
    const lambda = gap.items.find((i) => i.id === 'aws-lambda')!;
    expect([lambda.wording, lambda.status]).toEqual(['AWS Lambda', 'matched']);
    // (Not the other way round: "Kafka" does not hold "Apache Kafka".)
    expect(gap.items.find((i) => i.id === 'kafka')!.status).toBe('reworded');
  });
  it('writes a soft skill by its name, not the deed the posting words it as', () => {
    const taxonomy = bundledTaxonomy();
    const me: Profile = { source: 'me.md', name: null, skills: [skill('mentoring', 'mentoring', ['Mentored'], { evidence: 'experience' })] };
    const gap = compareSkills(extractSkills('Requirements\n- Mentor junior engineers\n- Python', taxonomy), me, taxonomy);
    const mentoring = gap.items.find((i) => i.id === 'mentoring')!;
    expect([mentoring.wording, mentoring.status]).toEqual(['mentoring', 'reworded']);
    expect(gap.items.find((i) => i.id === 'python')!.wording).toBe('Python');
  });
});

describe('a service of a platform', () => {
  // "Built pipelines on AWS EMR", "Trained models in SageMaker": the person used AWS; S3 is no kind of
  // AWS (no parent), but a part of it (the taxonomy's `partOf`), and earns the platform as a child does.
  const taxonomy = bundledTaxonomy();
  const gapFor = (postingText: string, cv: string) => {
    const extraction = extractText(postingText, taxonomy);
    return compareSkills(extraction.skills, profileFromResumeText('cv.md', cv, taxonomy), taxonomy, extraction.groups);
  };
  const cv = (line: string, skills = 'Python') => `Alex Example\n\n## Experience\n### Engineer, Acme (2021 - present)\n- ${line}\n\n## Skills\n${skills}\n`;
  const asks = 'Requirements\n- Python\n- Hands-on experience with AWS\n- Experience with Microsoft Azure\n- GCP\nNice to have\n- SageMaker';

  it('shows the platform used, in part, and names it as a keyword', () => {
    for (const [line, platform, service] of [
      ['Built pipelines on AWS EMR', 'aws', 'emr'],
      ['Trained models in SageMaker', 'aws', 'sagemaker'],
      ['Deployed to Azure Functions', 'azure', 'azure-functions'],
      ['Analytics in BigQuery', 'gcp', 'bigquery'],
    ] as const) {
      const gap = gapFor(asks, cv(line));
      const item = gap.items.find((i) => i.id === platform)!;
      expect(item, line).toMatchObject({ status: 'transferable', transfer: 'part', credit: 0.75 });
      expect(item.yours?.id, line).toBe(service);
      expect(suggestKeywords(gap.items).keywords, line).toContain(item.wording);
    }
  });
  it('never the other way: AWS shows no SageMaker', () => {
    const gap = gapFor(asks, cv('Ran services on AWS'));
    expect(gap.items.find((i) => i.id === 'aws')!.status).toBe('matched');
    expect(gap.items.find((i) => i.id === 'sagemaker')!.status).toBe('missing');
    expect(suggestKeywords(gap.items).keywords).not.toContain('SageMaker');
  });
  it('not from a service being learned, nor over a lack the resume states', () => {
    const learning = gapFor(asks, cv('Built churn models in Python', 'Python\nCurrently learning SageMaker'));
    expect(learning.items.find((i) => i.id === 'aws')!.status).toBe('missing');
    const lack = gapFor(asks, cv('Trained models in SageMaker\n- No AWS experience'));
    expect(lack.items.find((i) => i.id === 'aws')!.status).toBe('missing');
  });
  it('not from a product only named after the platform: Azure DevOps boards are no Azure cloud', () => {
    const gap = gapFor(asks, cv('Tracked work in Azure DevOps boards'));
    expect(gap.items.find((i) => i.id === 'azure')!.status).toBe('missing');
  });
});

describe('a tool used for a field', () => {
  // pandas and SQL are tools used for data analysis (`usedFor`), not kinds or parts of it: a skills
  // list of them shows no analysis done (pandas in an ETL job, SQL in a backend). Work that says so does.
  const taxonomy = bundledTaxonomy();
  const statusFor = (cv: string) => {
    const extraction = extractText('Requirements\n- Strong SQL\n- Experience with data analysis', taxonomy);
    return compareSkills(extraction.skills, profileFromResumeText('cv.md', cv, taxonomy), taxonomy).items.find((i) => i.id === 'data-analysis')!.status;
  };
  it('earns nothing from the tools alone, and credit from the work', () => {
    expect(statusFor('Alex Example\n\n## Skills\nPython, pandas, SQL\n')).toBe('missing');
    expect(statusFor('Alex Example\n\n## Experience\n### Developer, Acme (2022 - present)\n- Analyzed sales data with pandas and SQL\n\n## Skills\nPython, pandas, SQL\n')).not.toBe('missing');
  });
});
