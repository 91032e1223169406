import { z } from 'zod';
import type { LeaderDecision } from '../../core/common/approval';
import type { LocalDate } from '../../core/common/localDate';
import { localDateField } from './lines';
import { lineReviewInputSchema, type ValidLineReview } from './review';
import type { ClaimStatus } from './status';

/**
 * After the award, the points change only by the leader's hand, like the award itself: a
 * correction (a line's review was wrong) or a revocation (S3-4.2: 对发现虚报、瞒报获评奖项的，将取消
 * 激励奖励资格，并追究相关责任) is drafted with its reason, put on a 呈批单, and applied as a ledger
 * entry only when the signed decision is recorded. The claim keeps every change it had.
 */
export const CHANGE_KINDS = ['correction', 'revocation'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The reason prints on the 呈批单 with the award and the leader's 60 mm: it must leave one page. */
export const CHANGE_REASON_MAX_CHARS = 150;

const base = {
  /** 核查发现: what the office found (虚报、瞒报, or the error a correction puts right). */
  reason: z.string().trim().min(1).max(CHANGE_REASON_MAX_CHARS),
  /** The day it was found (事后跟踪问效, a report, a complaint). */
  foundOn: localDateField,
};

export const revocationInputSchema = z.object(base);
export type RevocationInput = z.input<typeof revocationInputSchema>;

export const correctionInputSchema = z.object({
  ...base,
  lines: z
    .array(z.object({ lineId: z.string().min(1), review: lineReviewInputSchema }))
    .min(1)
    .max(200),
});
export type CorrectionInput = z.input<typeof correctionInputSchema>;

export interface ClaimChange {
  id: string;
  kind: ChangeKind;
  reason: string;
  foundOn: LocalDate;
  /** A correction's new reviews, applied to the lines when the leader approves. */
  lineReviews?: { lineId: string; review: ValidLineReview }[];
  /** The 呈批单 put to the leader, with the change in points it printed. */
  slip?: { documentId: string; number: string; printedOn: LocalDate; deltaTenths: number };
  decision?: LeaderDecision;
  /** The ledger entry the approval made. */
  entryId?: string;
  recordedAt: string;
  recordedBy: string;
}

/** The change waiting for its slip or the leader (at most one at a time). */
export function pendingChange(claim: { changes: readonly ClaimChange[] }): ClaimChange | undefined {
  return claim.changes.find((c) => !c.decision);
}

/** Why a change cannot be drafted on this claim, or null. */
export function changeRule(
  claim: { status: ClaimStatus; changes: readonly ClaimChange[]; lines: readonly { id: string }[] },
  kind: ChangeKind,
  foundOn: LocalDate,
  today: LocalDate,
  lineIds: readonly string[] = [],
): string | null {
  if (claim.status === 'revoked') return 'claim-revoked';
  if (claim.status !== 'awarded') return 'claim-not-awarded';
  if (pendingChange(claim)) return 'change-pending';
  if (foundOn > today) return 'date-in-future';
  if (kind === 'correction') {
    const known = new Set(claim.lines.map((l) => l.id));
    if (!lineIds.every((id) => known.has(id))) return 'unknown-line';
    if (new Set(lineIds).size !== lineIds.length) return 'line-twice';
  }
  return null;
}

/** Approved changes, oldest first: what every report lists under the claim. */
export function decidedChanges(claim: { changes: readonly ClaimChange[] }): ClaimChange[] {
  return claim.changes.filter((c) => c.decision?.decision === 'approved');
}

/** The approved revocation, if the claim has one. */
export function revocationOf(claim: { changes: readonly ClaimChange[] }): ClaimChange | undefined {
  return decidedChanges(claim).find((c) => c.kind === 'revocation');
}
