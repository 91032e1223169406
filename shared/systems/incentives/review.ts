import { z } from 'zod';
import { claimedLevel, countKeyOf, type EvidenceRef, ineligibility, type Level, LEVELS, type LineFacts } from './lines';
import { type BonusCounts, ZERO_COUNTS } from './rules';

/**
 * 资格审核 (S3-3.2): the office decides each line — accept, reduce (accept at a lower level: an
 * article claimed as 鞍山市级以上 that ran in a 海城市级 paper) or reject — with a reason whenever it
 * does not simply accept, and writes its 初步意见 on the claim.
 */
export const REVIEW_DECISIONS = ['accepted', 'reduced', 'rejected'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const REVIEW_REASON_MAX_CHARS = 200;
export const OPINION_MAX_CHARS = 300;

export const lineReviewInputSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS),
    reason: z.string().trim().max(REVIEW_REASON_MAX_CHARS).default(''),
    /** reduced: the level the line counts at. */
    acceptedLevel: z.enum(LEVELS).optional(),
    /**
     * A possible duplicate the reviewer settled as two different people or articles (the reason
     * says how). Without it a flagged line cannot count beside its twin.
     */
    isDistinct: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    if (r.decision !== 'accepted' && !r.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason-required' });
    if (r.decision === 'reduced' && !r.acceptedLevel)
      ctx.addIssue({ code: 'custom', path: ['acceptedLevel'], message: 'level-required' });
    if (r.isDistinct && !r.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason-required' });
  });
export type LineReviewInput = z.input<typeof lineReviewInputSchema>;
export type ValidLineReview = z.output<typeof lineReviewInputSchema>;

export interface LineReview extends ValidLineReview {
  by: string;
  /** ISO timestamp */
  at: string;
}

export const opinionSchema = z.object({
  opinion: z.string().trim().min(1).max(OPINION_MAX_CHARS),
  /** 拟予表扬: put the unit in the 表扬通报. */
  isCommended: z.boolean(),
});
export type OpinionInput = z.input<typeof opinionSchema>;

/** A line of a claim as kept: its facts, evidence and the reviewer's decision. */
export type ClaimLine = LineFacts & {
  id: string;
  evidence: EvidenceRef[];
  review?: LineReview;
  /** Earlier reviews replaced by a correction the leader approved, oldest first. */
  reviewHistory?: LineReview[];
};

/** What the review reads of a claim. */
interface Reviewed {
  lines: readonly ClaimLine[];
  opinion: string;
}

const LEVEL_RANK: Record<Level, number> = { haicheng: 0, anshanOrHigher: 1 };

/** Whether a line counts toward points: accepted or reduced. */
export function isCounting(line: Pick<ClaimLine, 'review'>): boolean {
  return line.review?.decision === 'accepted' || line.review?.decision === 'reduced';
}

/**
 * Why this decision cannot be taken on this line, or null. `twinCounts`: a possible duplicate of
 * the line (same person or article, this year, any unit) already counts.
 */
export function lineReviewRule(facts: LineFacts, review: ValidLineReview, twinCounts: boolean): string | null {
  if (review.decision === 'rejected') return null;
  if (ineligibility(facts)) return 'line-not-eligible';
  if (review.decision === 'reduced') {
    const claimed = claimedLevel(facts);
    // Only a rule that pays by level has a lower value to accept a line at.
    if (!claimed || !review.acceptedLevel) return 'reduce-not-applicable';
    if (LEVEL_RANK[review.acceptedLevel] >= LEVEL_RANK[claimed]) return 'reduce-not-lower';
  }
  // Never counted twice in silence: the reviewer says the two are not the same, or rejects one.
  if (twinCounts && !review.isDistinct) return 'duplicate-unsettled';
  return null;
}

/** What the line counts as once accepted (reduced: at the lower level), or null when it does not count. */
export function countedKey(line: ClaimLine): ReturnType<typeof countKeyOf> | null {
  if (!isCounting(line)) return null;
  return countKeyOf(line, line.review?.decision === 'reduced' ? line.review.acceptedLevel : undefined);
}

export function acceptedCounts(lines: readonly ClaimLine[]): BonusCounts {
  const out = { ...ZERO_COUNTS };
  for (const line of lines) {
    const key = countedKey(line);
    if (key) out[key] += 1;
  }
  return out;
}

/** Everything the unit claimed, at the levels it claimed, eligible or not. */
export function claimedCounts(lines: readonly LineFacts[]): BonusCounts {
  const out = { ...ZERO_COUNTS };
  for (const line of lines) out[countKeyOf(line)] += 1;
  return out;
}

/** Every line decided and the 初步意见 written: the claim can go on the list. */
export function isReviewComplete(claim: Reviewed): boolean {
  return claim.lines.every((l) => !!l.review) && claim.opinion.trim().length > 0;
}

/** The claim's status after a review step, while its round is open. */
export function reviewStatus(claim: Reviewed): 'received' | 'reviewed' {
  return isReviewComplete(claim) ? 'reviewed' : 'received';
}
