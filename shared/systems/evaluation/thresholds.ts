import { z } from 'zod';
import { sumTallies, type Matrix } from './aggregate';
import type { ContentId } from './contentItems';
import type { PeriodKey } from './period';
import { scoreTenths, type Tally } from './tally';

/**
 * 突出问题 (S4-5.3): what the office counts as a prominent problem, set in Settings. A unit — or
 * one content item of a unit — is flagged in a period when it has at least `minRatings` ratings
 * and its score falls below `minScore`, or when `maxDissatisfied` or more of its ratings are
 * 不满意 or worse, however many there were.
 */
export const thresholdSettingsSchema = z.object({
  minScore: z.number().int().min(1).max(100),
  minRatings: z.number().int().min(1).max(1000),
  maxDissatisfied: z.number().int().min(1).max(1000),
  /** 限期整改: working days from the 通报提醒 to the rectification deadline. */
  rectificationWorkingDays: z.number().int().min(1).max(120),
});
export type ThresholdSettings = z.infer<typeof thresholdSettingsSchema>;

export const DEFAULT_THRESHOLDS: ThresholdSettings = {
  minScore: 70,
  minRatings: 5,
  maxDissatisfied: 3,
  rectificationWorkingDays: 15,
};

export const FLAG_REASONS = ['lowScore', 'dissatisfied'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export interface ProblemFlag {
  unitId: string;
  /** null: the unit over all content items. */
  contentId: ContentId | null;
  period: PeriodKey;
  tally: Tally;
  scoreTenths: number | null;
  reasons: FlagReason[];
}

export function flagReasons(tally: Tally, t: ThresholdSettings): FlagReason[] {
  const reasons: FlagReason[] = [];
  const score = scoreTenths(tally);
  if (tally.n >= t.minRatings && score !== null && score < t.minScore * 10) reasons.push('lowScore');
  if (tally.dissatisfied >= t.maxDissatisfied) reasons.push('dissatisfied');
  return reasons;
}

/** Every flag of a period: each unit over all its content, then each of its content items; worst score first. */
export function flagProblems(matrix: Matrix, period: PeriodKey, t: ThresholdSettings): ProblemFlag[] {
  const flags: ProblemFlag[] = [];
  const consider = (unitId: string, contentId: ContentId | null, tally: Tally) => {
    const reasons = flagReasons(tally, t);
    if (reasons.length) flags.push({ unitId, contentId, period, tally, scoreTenths: scoreTenths(tally), reasons });
  };
  for (const [unitId, byContent] of matrix) {
    consider(unitId, null, sumTallies(matrix, { unitId, period }));
    for (const [contentId, byPeriod] of byContent) {
      const tally = byPeriod.get(period);
      if (tally) consider(unitId, contentId, tally);
    }
  }
  return flags.sort(
    (a, b) => (a.scoreTenths ?? 1001) - (b.scoreTenths ?? 1001) || b.tally.dissatisfied - a.tally.dissatisfied,
  );
}
