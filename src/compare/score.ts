import { IMPORTANCE, type Importance } from '../extract/importance.js';
import type { Status } from './schema.js';
import type { GapItem, Score } from './schema.js';
import type { Level } from '../profile/schema.js';

/** Points a skill is worth by importance, and the share of them each status earns. */
export const WEIGHTS: Record<Importance, number> = { required: 3, preferred: 1, mentioned: 0.5 };
export const CREDIT: Record<Status, number> = { matched: 1, reworded: 1, transferable: 0.5, missing: 0 };
/** A child skill (scikit-learn for "machine learning"), or a service of the asked platform (SageMaker for AWS), shows more of the asked skill than a related one. */
export const CHILD_CREDIT = 0.75;

/** The share of credit a skill known a little earns ("familiar with Docker"); other levels earn it all. */
export const LEVEL_CREDIT = { beginner: 0.5 } as const;
export function levelFactor(level: Level | null): number {
  return level === 'beginner' ? LEVEL_CREDIT.beginner : level === 'learning' ? 0 : 1;
}

/** Credit after a years shortfall: having 2 of 4 years asked keeps half, never below half. */
export function yearsFactor(asked: number | null, have: number | null): number {
  if (asked === null || have === null || have >= asked) return 1;
  return Math.max(0.5, have / asked);
}

export function score(items: readonly Pick<GapItem, 'importance' | 'credit' | 'weight' | 'group'>[]): Score {
  const components = IMPORTANCE.map((importance) => {
    // A member of a group of alternatives other than the one that counts weighs 0: the group counts once.
    const group = items.filter((i) => i.importance === importance && i.weight > 0);
    const earned = group.reduce((n, i) => n + i.credit * i.weight, 0);
    return { importance, skills: group.length, weightEach: WEIGHTS[importance], earned: round2(earned), possible: group.length * WEIGHTS[importance] };
  });
  const earned = components.reduce((n, c) => n + c.earned, 0);
  const possible = components.reduce((n, c) => n + c.possible, 0);
  const value = possible === 0 ? 0 : Math.round((100 * earned) / possible);
  const explanation =
    possible === 0
      ? 'the posting names no known skills, so there is nothing to score'
      : `${round2(earned)} of ${possible} points: each required skill is worth ${WEIGHTS.required}, preferred ${WEIGHTS.preferred}, mentioned ${WEIGHTS.mentioned}; ` +
        `a matched or reworded skill earns all of it (one you know a little ${LEVEL_CREDIT.beginner * 100}%, one you are learning nothing), one you have that meets it (a Master's for a Bachelor's) all of it, a child skill or a service of the asked platform (SageMaker for AWS) ${CHILD_CREDIT * 100}%, a related one ${CREDIT.transferable * 100}%, a missing one nothing; a years shortfall scales it down (never below half)` +
        (items.some((i) => i.group !== null) ? '; a group of alternatives ("PyTorch or JAX") counts as one skill, by the member that earns you most' : '');
  return { value, components, explanation };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
