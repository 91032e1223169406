import { gradeOf, type Scale } from './scale';

/**
 * What a count of ratings keeps: how many, their points, how many were satisfied and dissatisfied,
 * and the distribution over each scale's grades (`scaleId:grade` → count). Whole numbers only, so
 * adding and taking away ratings in any order gives exactly what a recount gives.
 */
export interface Tally {
  n: number;
  points: number;
  satisfied: number;
  dissatisfied: number;
  grades: Record<string, number>;
}

export function emptyTally(): Tally {
  return { n: 0, points: 0, satisfied: 0, dissatisfied: 0, grades: {} };
}

/** Adds (sign 1) or takes away (sign −1) one rating of `grade` on `scale`. */
export function addRating(tally: Tally, scale: Scale, grade: number, sign: 1 | -1 = 1): void {
  const g = gradeOf(scale, grade);
  tally.n += sign;
  tally.points += sign * g.points;
  if (g.verdict === 'satisfied') tally.satisfied += sign;
  if (g.verdict === 'dissatisfied') tally.dissatisfied += sign;
  const key = `${scale.id}:${grade}`;
  const next = (tally.grades[key] ?? 0) + sign;
  if (next === 0) delete tally.grades[key];
  else tally.grades[key] = next;
}

export function mergeTally(into: Tally, from: Tally): Tally {
  into.n += from.n;
  into.points += from.points;
  into.satisfied += from.satisfied;
  into.dissatisfied += from.dissatisfied;
  for (const [key, n] of Object.entries(from.grades)) into.grades[key] = (into.grades[key] ?? 0) + n;
  return into;
}

export function isEmptyTally(tally: Tally): boolean {
  return tally.n === 0 && tally.points === 0 && Object.keys(tally.grades).length === 0;
}

/**
 * 综合得分, in tenths of a point: Σ(ratings of a grade × its points) ÷ ratings, rounded half up to
 * one decimal. Null when nothing was rated. The Results page prints this formula with the counts.
 */
export function scoreTenths(tally: Pick<Tally, 'n' | 'points'>): number | null {
  if (tally.n <= 0) return null;
  return Math.floor((tally.points * 20 + tally.n) / (2 * tally.n));
}

/** 满意率, in tenths of a percent: satisfied ratings ÷ ratings. */
export function satisfiedRateTenths(tally: Pick<Tally, 'n' | 'satisfied'>): number | null {
  if (tally.n <= 0) return null;
  return Math.floor((tally.satisfied * 2000 + tally.n) / (2 * tally.n));
}

/** A value in tenths as the office reads it: 86.7 (and 90 as 90.0). */
export function tenthsText(tenths: number | null): string {
  if (tenths === null) return '—';
  return `${Math.trunc(tenths / 10)}.${Math.abs(tenths % 10)}`;
}

/** The distribution of one scale's grades in a tally, best first. */
export function distribution(tally: Tally, scale: Scale): number[] {
  return scale.grades.map((_, i) => tally.grades[`${scale.id}:${i}`] ?? 0);
}
