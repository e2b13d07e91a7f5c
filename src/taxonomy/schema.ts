import { z } from 'zod';

/** Stable kebab-case identifier: `pytorch`, `ci-cd`, `c-sharp`. */
export const SkillId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

export const Category = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. ml-framework');

/**
 * Rules for a term that is also an everyday word or a letter (Go, R, C, Excel, Spark, CV...).
 * They apply to the forms listed in `forms` (all forms of the skill when omitted).
 */
export const Ambiguity = z
  .object({
    forms: z.array(z.string().min(1)).optional().describe('Which of the label/aliases these rules cover; all when omitted.'),
    caseSensitive: z.boolean().optional().describe('The form must appear with exactly the casing written here (Go, not go).'),
    needsContext: z
      .boolean()
      .optional()
      .describe('Accept only when a context word or another, unambiguous skill is within `window` tokens.'),
    context: z.array(z.string().min(1)).optional().describe('Words or phrases that confirm the skill when near.'),
    contextFromSkills: z
      .boolean()
      .optional()
      .describe('Whether a nearby unambiguous technical skill counts as context (default true); false: only the `context` words do.'),
    window: z.number().int().min(1).max(40).optional().describe('How many tokens either side count as near (default 8).'),
    notFollowedBy: z.array(z.string().min(1)).optional().describe('Reject when the form is directly followed by one of these (to market, at).'),
    notPrecededBy: z.array(z.string().min(1)).optional().describe('Reject when the form is directly preceded by one of these (series, plan).'),
  })
  .strict();

export const Examples = z
  .object({
    match: z.array(z.string().min(1)).optional().describe('Sentences in which this skill must be found.'),
    noMatch: z.array(z.string().min(1)).optional().describe('Sentences in which this skill must not be found.'),
  })
  .strict();

export const Skill = z
  .object({
    id: SkillId,
    label: z.string().min(1).describe('As the world writes it: PyTorch, scikit-learn.'),
    category: Category,
    aliases: z.array(z.string().min(1)).optional().describe('Abbreviations, spellings, plurals: k8s, sklearn, golang.'),
    parents: z.array(SkillId).optional().describe('is-a: pytorch -> deep-learning-frameworks.'),
    abstract: z.boolean().optional().describe('A grouping node of the tree (field of study): never matched in text.'),
    related: z.array(SkillId).optional().describe('Transferable skills: pytorch ~ tensorflow.'),
    ambiguity: z
      .union([Ambiguity, z.array(Ambiguity).min(1)])
      .optional()
      .describe('Rules for ambiguous forms: one block, or a list of blocks each naming its `forms`.'),
    examples: Examples.optional(),
  })
  .strict();

export const TaxonomyFile = z
  .object({
    $schema: z.string().optional(),
    domain: Category.describe('The domain this file covers, e.g. ml-ai.'),
    description: z.string().optional(),
    skills: z.array(Skill),
  })
  .strict();

/** A user's overlay: new skills in full, or fields of existing skills by id. */
export const OverlaySkill = Skill.partial().required({ id: true }).strict();
export const OverlayFile = z
  .object({
    $schema: z.string().optional(),
    domain: Category.optional(),
    description: z.string().optional(),
    skills: z.array(OverlaySkill),
  })
  .strict();

export type Ambiguity = z.infer<typeof Ambiguity>;
export type Skill = z.infer<typeof Skill>;
export type TaxonomyFile = z.infer<typeof TaxonomyFile>;
export type OverlaySkill = z.infer<typeof OverlaySkill>;

/** A skill after loading, with the file it came from (for error messages and `taxonomy show`). */
export interface SkillEntry extends Skill {
  source: { file: string; line: number };
}
