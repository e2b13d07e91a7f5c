import * as z from 'zod/mini';
import '../schema-kit.js';

const text = (description: string) => z.string().check(z.minLength(1), z.describe(description));
const texts = (description: string) => z.optional(z.array(z.string().check(z.minLength(1))).check(z.describe(description)));
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable kebab-case identifier: `pytorch`, `ci-cd`, `c-sharp`. */
export const SkillId = z.string().check(z.regex(KEBAB, 'must be kebab-case: lower-case letters, digits and single hyphens'));

export const Category = z.string().check(z.regex(KEBAB, 'must be kebab-case, e.g. ml-framework'));

/**
 * Rules for a term that is also an everyday word or a letter (Go, R, C, Excel, Spark, CV...).
 * They apply to the forms listed in `forms` (all forms of the skill when omitted).
 */
export const Ambiguity = z.strictObject({
  forms: texts('Which of the label/aliases these rules cover; all when omitted.'),
  caseSensitive: z.optional(z.boolean().check(z.describe('The form must appear with exactly the casing written here (Go, not go).'))),
  needsContext: z.optional(z.boolean().check(z.describe('Accept only when a context word or another, unambiguous skill is within `window` tokens.'))),
  context: texts('Words or phrases that confirm the skill when near.'),
  contextFromSkills: z.optional(
    z.boolean().check(z.describe('Whether a nearby unambiguous technical skill counts as context (default true); false: only the `context` words do.')),
  ),
  window: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(40), z.describe('How many tokens either side count as near (default 8).'))),
  notFollowedBy: texts('Reject when the form is directly followed by one of these (to market, at); one written after a comma follows the form after one (", TX": "Spring, TX").'),
  notPrecededBy: texts('Reject when the form is directly preceded by one of these (series, plan).'),
  notAfterSkill: z.optional(
    z.boolean().check(z.describe('Reject right after another skill\'s name, with nothing but blanks or a closing bracket between: the word is that skill\'s ("Epic Clarity certification preferred" names no certification of its own).')),
  ),
});

/** Another skill a skill's names mean where certain words stand near them (see `inContext`). */
export const InContext = z.strictObject({
  means: SkillId.check(z.describe('The skill meant (data-storytelling; hadoop-yarn).')),
  context: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.describe('Words or phrases that, near the name on its line, show that skill is meant.')),
  window: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(40), z.describe('How many tokens either side count as near (default 8).'))),
  forms: texts('Which of the label/aliases it covers; all when omitted.'),
});

export const Examples = z.strictObject({
  match: texts('Sentences in which this skill must be found.'),
  noMatch: texts('Sentences in which this skill must not be found.'),
  evidence: texts('Resume lines in which an `evidence` phrase must show this skill.'),
  roleTitles: texts('Role headings of a resume ("Data Scientist, Acme Retail (2021 - present)") whose title must show this skill.'),
});

const skillFields = {
  id: SkillId,
  label: text('As the world writes it: PyTorch, scikit-learn.'),
  category: Category,
  aliases: texts('Abbreviations, spellings, plurals: k8s, sklearn, golang.'),
  parents: z.optional(z.array(SkillId).check(z.describe('is-a: pytorch -> deep-learning-frameworks.'))),
  abstract: z.optional(z.boolean().check(z.describe('A grouping node of the tree (field of study): never matched in text.'))),
  umbrella: z.optional(
    z.boolean().check(z.describe('Names a kind of skills ("programming languages", "communication"): in a sentence that names its own members ("such as Java, Go", "written and verbal communication") the members are asked, not it.')),
  ),
  membersAsk: z.optional(
    z.boolean().check(
      z.describe('An umbrella whose members, asked anywhere in the posting, are what is asked: "a degree in a field like Statistics" beside "BS required, MS preferred" asks the bachelor\'s and the master\'s, not a degree besides.'),
    ),
  ),
  descriptor: z.optional(
    z.boolean().check(
      z.describe('A word that says what kind of tools a noun names ("open source"): before that noun where named examples follow it ("open source frameworks like Spark", "open-source libraries (statsmodels)"), only the examples are asked, not it.'),
    ),
  ),
  askedOnly: z.optional(
    z.boolean().check(
      z.describe('A word for a whole field that postings use in passing, of the team, the work or the company ("our analytics solutions"): a skill of a posting only where it is asked (requirements, nice-to-haves, a cue), not where it is only mentioned.'),
    ),
  ),
  field: z.optional(
    z.boolean().check(z.describe('A posting\'s details field is named after it ("Travel: Up to 25%"): the label of such a line, with a value after it, asks it (required), where a heading\'s own words ask nothing.')),
  ),
  related: z.optional(z.array(SkillId).check(z.describe('Transferable skills, where someone who knows one could do a job asking for the other with little ramp-up: pytorch ~ tensorflow.'))),
  usedFor: z.optional(z.array(SkillId).check(z.describe('What the skill is used for or part of, not a kind of it (git -> software-engineering): shown, never credit.'))),
  partOf: z.optional(
    z.array(SkillId).check(
      z.describe('The platform this skill is a service or product of (sagemaker -> aws, bigquery -> gcp): using it is using the platform, so a person with it has the platform in part (as with a child skill); the platform never shows the part.'),
    ),
  ),
  requires: z.optional(z.array(SkillId).check(z.describe('Prerequisites to learn first (pytorch -> python): orders a learning plan; no cycles.'))),
  meets: z.optional(
    z.array(SkillId).check(z.describe('Requirements this skill meets in full (masters-degree -> bachelors-degree; statistics -> quantitative-field as a field of study).')),
  ),
  inDegree: z.optional(
    z.array(SkillId).check(z.describe('For a field of study: skills that, named as the field of a degree ("a Master\'s in Business Analytics, Data Analytics or Data Science"), are this field, not the skill (data-science -> data-science-degree).')),
  ),
  years: z.optional(
    z.boolean().check(z.describe('Whether years of experience may be tied to it, whatever its category says: people management is a soft skill, and "5+ years of people management" is asked.')),
  ),
  learnable: z.optional(
    z.boolean().check(z.describe('false: a condition of the job that no learning gives (a citizenship, a work permit, a security clearance an employer sponsors). It is never a step of a learning plan nor a skill "to learn": reports list it apart. Default true.')),
  ),
  evidence: texts('Phrases of a resume that show the skill was done ("presented results to", "led a team of"): read in resumes only.'),
  roleTitles: texts('Job titles whose holder practises the skill ("Data Scientist", "Data Engineer"): a dated role of a resume under such a title shows it, with the role\'s years. Read in the headings of resume roles only.'),
  inContext: z.optional(
    z.array(InContext).check(
      z.minLength(1),
      z.describe('Other skills its names mean where certain words stand near them on their line: "storytelling" told of data or insights is data storytelling; "Yarn" among Hadoop\'s tools is Hadoop YARN. The first block whose words are near wins; elsewhere the name is this skill (its own `ambiguity` rules still apply).'),
    ),
  ),
  ambiguity: z.optional(
    z.union([Ambiguity, z.array(Ambiguity).check(z.minLength(1))]).check(z.describe('Rules for ambiguous forms: one block, or a list of blocks each naming its `forms`.')),
  ),
  examples: z.optional(Examples),
};

export const Skill = z.strictObject(skillFields);

export const TaxonomyFile = z.strictObject({
  $schema: z.optional(z.string()),
  domain: Category.check(z.describe('The domain this file covers, e.g. ml-ai.')),
  description: z.optional(z.string()),
  skills: z.array(Skill),
});

/** A user's overlay: new skills in full, or fields of existing skills by id. */
export const OverlaySkill = z.strictObject({ ...z.partial(Skill).shape, id: SkillId });
export const OverlayFile = z.strictObject({
  $schema: z.optional(z.string()),
  domain: z.optional(Category),
  description: z.optional(z.string()),
  skills: z.array(OverlaySkill),
});

export type Ambiguity = z.infer<typeof Ambiguity>;
export type Skill = z.infer<typeof Skill>;
export type TaxonomyFile = z.infer<typeof TaxonomyFile>;
export type OverlaySkill = z.infer<typeof OverlaySkill>;

/** A skill after loading, with the file it came from (for error messages and `taxonomy show`). */
export interface SkillEntry extends Skill {
  source: { file: string; line: number };
}
