import * as z from 'zod/mini';
import '../schema-kit.js';
import { IMPORTANCE } from '../extract/importance.js';
import { EVIDENCE, Level } from '../profile/schema.js';
import { STATUSES } from './status.js';

export { STATUSES, type Status } from './status.js';

export const GapItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  category: z.string(),
  /** A soft skill (its category is read as one: communication, leadership), reported apart from hard skills. */
  soft: z.boolean(),
  /** false: a condition of the job that no learning gives (a citizenship, a clearance): never "to learn" nor a step of a plan. */
  learnable: z.boolean(),
  importance: z.enum(IMPORTANCE),
  /** How the posting writes it most often. */
  wording: z.string(),
  /** How many times the posting mentions it. */
  asks: z.number().check(z.int()),
  yearsAsked: z.nullable(z.number()),
  status: z.enum(STATUSES),
  /** The person's skill behind the status (the same skill, or the related one for transferable). */
  yours: z.nullable(
    z.object({
      id: z.string(),
      label: z.string(),
      wordings: z.array(z.string()),
      evidence: z.enum(EVIDENCE),
      level: z.nullable(Level),
      years: z.nullable(z.number()),
      /** The resume line that shows it (work done is quoted before a list). */
      shownBy: z.nullable(z.string()),
      /** How many dated roles the years come from. */
      roles: z.nullable(z.number().check(z.int())),
      /** How many times the resume names it (null for a profile file). */
      mentions: z.nullable(z.number().check(z.int())),
    }),
  ),
  /** Why the status: how it transfers ("you know TensorFlow, related to PyTorch"), or what the resume says ("you are learning Rust", "you know Docker a little"). */
  why: z.nullable(z.string()),
  /**
   * How it transfers: `meets`, the person has a skill that meets it in full (a Master's for a Bachelor's,
   * a physics degree for a quantitative field); `child`, a more specific skill (scikit-learn for machine
   * learning, which implies it); `related`, a neighbouring one (TensorFlow for PyTorch, which does not);
   * `part`, a service of the asked platform (SageMaker for AWS: using it is using AWS, in part);
   * `experience`, years of work the posting accepts instead ("or equivalent experience").
   */
  transfer: z.nullable(z.enum(['meets', 'child', 'part', 'related', 'experience'])),
  /** Years asked minus years the person has, when both are known and short. */
  yearsShort: z.nullable(z.number()),
  /** This skill's share of the score: credit (0..1) times weight. */
  credit: z.number(),
  weight: z.number(),
  /**
   * Alternatives ("PyTorch or TensorFlow"): the index of the group in the posting's `groups`, or null.
   * A group counts once: its best-met member carries the weight, the others weigh 0.
   */
  group: z.nullable(z.number().check(z.int())),
  /** For the best-met member of a group: the labels of the other members (the posting accepts any). */
  alternatives: z.nullable(z.array(z.string())),
  /** For another member of a met group: the id of the member that meets it. */
  metBy: z.nullable(z.string()),
});
export type GapItem = z.infer<typeof GapItemSchema>;

export const ScoreComponentSchema = z.object({
  importance: z.enum(IMPORTANCE),
  skills: z.number().check(z.int()),
  weightEach: z.number(),
  earned: z.number(),
  possible: z.number(),
});

export const ScoreSchema = z.object({
  /** 0-100: earned points over possible points. */
  value: z.number().check(z.int()),
  components: z.array(ScoreComponentSchema),
  explanation: z.string(),
});
export type Score = z.infer<typeof ScoreSchema>;

export const GapSchema = z.object({ items: z.array(GapItemSchema), score: ScoreSchema });
export type Gap = z.infer<typeof GapSchema>;
