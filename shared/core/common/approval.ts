import { z } from 'zod';
import { isLocalDate, type LocalDate } from './localDate';

/**
 * 领导签批: leaders do not click. The office prints a 呈批单 (approval slip), the leader signs it on
 * paper, and staff record the decision here afterwards — who decided, when, and the remark as
 * written. Every "leader approves" step of the seed (S1 topics, S2 checks, S3 awards) uses this.
 */
export const DECISIONS = ['approved', 'rejected', 'returned'] as const;
// approved 同意 · rejected 不同意 · returned 退回修改
export type Decision = (typeof DECISIONS)[number];

export const leaderDecisionInputSchema = z
  .object({
    decision: z.enum(DECISIONS),
    /** The leader's name as signed on the slip. */
    by: z.string().trim().min(1).max(40),
    /** Date on the slip, YYYY-MM-DD. */
    on: z.string().refine(isLocalDate, { message: 'invalid_format' }),
    /** 批示 as written; required when the leader did not simply agree. */
    remark: z.string().trim().max(1000),
  })
  .refine((d) => d.decision === 'approved' || d.remark.length > 0, { path: ['remark'], message: 'remark-required' });
export type LeaderDecisionInput = z.input<typeof leaderDecisionInputSchema>;

/** A recorded decision: what the slip says plus who typed it in, and when. */
export interface LeaderDecision extends z.output<typeof leaderDecisionInputSchema> {
  recordedBy: string;
  /** ISO timestamp */
  recordedAt: string;
  /** The issued 呈批单 in the document register, when one was printed. */
  slipDocumentId?: string;
}

/** Only an approval lets the work go on; a rejection or a return sends it back with the remark. */
export function isApproved(decision: LeaderDecision | undefined | null): boolean {
  return decision?.decision === 'approved';
}

/**
 * When a recorded decision, 阅示 or consent may be dated: it answers a document the office issued,
 * so never before that document's date, and never after today. A call-back (no document) only
 * needs to be no later than today. Returns the rule the date breaks, or null.
 */
export function decisionDateRule(
  on: LocalDate,
  today: LocalDate,
  documentOn?: LocalDate | null,
): 'date-in-future' | 'before-document' | null {
  if (on > today) return 'date-in-future';
  if (documentOn && on < documentOn) return 'before-document';
  return null;
}
