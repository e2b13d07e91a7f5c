import * as z from 'zod/mini';
import '../schema-kit.js';
import { IMPORTANCE } from '../extract/importance.js';

/** A posting that asks for a step's skill, and what learning it would move there. */
export const PlanReasonSchema = z.object({
  source: z.string(),
  title: z.nullable(z.string()),
  importance: z.enum(IMPORTANCE),
  /** Score points (of 100) this posting's match would gain once the skill is had. */
  points: z.number(),
  /** The posting would then have no required skill missing. */
  unlocks: z.boolean(),
});

export const PlanStepSchema = z.object({
  id: z.string(),
  /** "PyTorch or TensorFlow" for a group of alternatives: any one will do. */
  label: z.string(),
  /** Members of a group of alternatives, when the step is one. */
  anyOf: z.nullable(z.array(z.string())),
  stage: z.number().check(z.int(), z.minimum(1)),
  /** Why it is in the plan: missing, being learned, known a little, or only related experience. */
  status: z.enum(['missing', 'learning', 'weak', 'related', 'prerequisite']),
  /** Score points gained, summed over the postings that ask for it. */
  points: z.number(),
  postings: z.array(PlanReasonSchema),
  /** Skills it builds on that the person has already. */
  buildsOn: z.array(z.string()),
  /** Skills it builds on that come earlier in the plan. */
  after: z.array(z.string()),
  /** Later steps that build on it. */
  leadsTo: z.array(z.string()),
  /** Groups of alternatives other postings ask that this skill meets ("Apache Hive or Apache Spark"): folded into this step. */
  alsoMeets: z.array(z.string()),
  why: z.string(),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const PlanSchema = z.object({
  /** How many postings the plan was made for. */
  postings: z.number().check(z.int()),
  steps: z.array(PlanStepSchema),
  /** What the postings ask that the person lacks and no learning gives (a citizenship, a clearance): not steps, told apart. */
  conditions: z.array(z.object({ id: z.string(), label: z.string(), postings: z.number().check(z.int()) })),
  explanation: z.string(),
});
export type Plan = z.infer<typeof PlanSchema>;
