import { z } from 'zod';
import { addDays, type LocalDate } from '../../core/common/localDate';
import { localDateField } from './lines';
import type { BonusRuleSet } from './rules';
import type { ClaimStatus } from './status';

/**
 * 事后跟踪问效 (S3-4.2): after an award the office checks that what was claimed holds. A finding
 * of 虚报、瞒报 leads to a revocation (change.ts), which the leader decides on a 呈批单.
 */
export const FOLLOW_UP_FINDINGS = ['confirmed', 'concerns', 'falseClaim'] as const;
// confirmed 属实 · concerns 存在问题，继续跟踪 · falseClaim 发现虚报瞒报
export type FollowUpFinding = (typeof FOLLOW_UP_FINDINGS)[number];

export const FOLLOW_UP_METHODS = ['visit', 'documents', 'phone', 'other'] as const;
// visit 实地核查 · documents 查阅资料 · phone 电话核实 · other 其他
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

export const followUpInputSchema = z
  .object({
    on: localDateField,
    method: z.enum(FOLLOW_UP_METHODS),
    finding: z.enum(FOLLOW_UP_FINDINGS),
    note: z.string().trim().max(300).default(''),
  })
  .refine((f) => f.finding === 'confirmed' || f.note.length > 0, { path: ['note'], message: 'reason-required' });
export type FollowUpInput = z.input<typeof followUpInputSchema>;

export interface FollowUp extends z.output<typeof followUpInputSchema> {
  id: string;
  recordedAt: string;
  recordedBy: string;
}

/** The day by which an award should have had its first follow-up. */
export function followUpDueOn(claim: { awardedOn?: LocalDate }, set: BonusRuleSet): LocalDate | null {
  return claim.awardedOn ? addDays(claim.awardedOn, set.followUpWithinDays) : null;
}

/**
 * A follow-up is due for an award that has none yet, from `soonDays` before its date on. The same
 * rule bounds the Dashboard's count and the list it opens.
 */
export function isFollowUpDue(
  claim: { status: ClaimStatus; awardedOn?: LocalDate; followUps: readonly FollowUp[] },
  set: BonusRuleSet,
  today: LocalDate,
  soonDays: number,
): boolean {
  const due = followUpDueOn(claim, set);
  return claim.status === 'awarded' && claim.followUps.length === 0 && !!due && due <= addDays(today, soonDays);
}

/** Why this follow-up cannot be recorded, or null. */
export function followUpRule(claim: { status: ClaimStatus; awardedOn?: LocalDate }, on: LocalDate, today: LocalDate) {
  if (claim.status !== 'awarded' && claim.status !== 'revoked') return 'claim-not-awarded';
  if (on > today) return 'date-in-future';
  if (claim.awardedOn && on < claim.awardedOn) return 'before-award';
  return null;
}
