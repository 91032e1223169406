import { z } from 'zod';
import type { LeaderDecision } from '../../core/common/approval';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../core/common/secrecy';
import { UNIT_KINDS, type UnitKind } from '../registry';
import { CONTENT_CATEGORIES, type ContentCategory } from './item';
import { localDateField } from './itemInput';
import type { DrawRecord } from './randomDraw';

/**
 * 督查抽查 check: what is checked (the seed's nine categories), whom (registry units: member
 * units S2-1.1, towns and zones S2-1.2, villages and communities S2-1.3), when and how.
 */
export const CHECK_METHODS = ['unannounced', 'research', 'random', 'thirdParty'] as const;
// unannounced 暗访督查 · research 调研督查 · random 随机抽查 · thirdParty 委托第三方抽查
export type CheckMethod = (typeof CHECK_METHODS)[number];

/**
 * draft: being defined, editable · submitted: 呈批单 printed, waiting for the leader ·
 * approved: signed, may run · rejected: the leader said no (kept, read-only) ·
 * underway: started (on site) · completed: findings recorded, closed.
 * A leader's "return for changes" puts a submitted check back to draft.
 */
export const CHECK_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'underway', 'completed'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Which units a random draw picks from: kinds, optionally within one town's villages. */
export const candidateFilterSchema = z.object({
  kinds: z.array(z.enum(UNIT_KINDS)).min(1),
  townId: z.string().nullable().default(null),
});
export type CandidateFilter = z.output<typeof candidateFilterSchema>;

/** How many to draw: a number, or a percentage of the eligible candidates (rounded up). */
export const drawPlanSchema = z.object({
  filter: candidateFilterSchema,
  mode: z.enum(['count', 'percent']),
  value: z.number().int().min(1).max(10000),
});
export type DrawPlan = z.output<typeof drawPlanSchema>;

export const checkInputSchema = z
  .object({
    /** 督查事项名称, e.g. 2026年第二季度村（社区）招工招才工作随机抽查 */
    title: z.string().trim().min(1).max(120),
    category: z.enum(CONTENT_CATEGORIES),
    /** 督查内容 and its focus, as put to the leader */
    content: z.string().trim().min(1).max(2000),
    method: z.enum(CHECK_METHODS),
    /** 第三方机构 for delegated checks */
    thirdPartyName: z.string().trim().max(100).default(''),
    /** Chosen targets; for a random check they come from the draw. */
    targetUnitIds: z.array(z.string().min(1)).max(2000).default([]),
    drawPlan: drawPlanSchema.nullable().default(null),
    startOn: localDateField,
    endOn: localDateField,
    secrecy: z.enum(SECRECY_LEVELS),
  })
  .superRefine((c, ctx) => {
    if (c.method === 'thirdParty' && !c.thirdPartyName)
      ctx.addIssue({ code: 'custom', path: ['thirdPartyName'], message: 'third-party-needs-name' });
    if (c.method === 'random' && !c.drawPlan)
      ctx.addIssue({ code: 'custom', path: ['drawPlan'], message: 'random-needs-plan' });
    if (c.method === 'random' && c.drawPlan?.mode === 'percent' && c.drawPlan.value > 100)
      ctx.addIssue({ code: 'custom', path: ['drawPlan', 'value'], message: 'percent-over-100' });
    if (c.method !== 'random' && c.targetUnitIds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['targetUnitIds'], message: 'targets-required' });
    if (c.endOn < c.startOn) ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'end-before-start' });
  });
export type CheckInput = z.input<typeof checkInputSchema>;
export type ValidCheckInput = z.output<typeof checkInputSchema>;

export interface Check extends ValidCheckInput {
  id: string;
  year: number;
  status: CheckStatus;
  /** The 呈批单 put to the leader, and the decision as recorded from it. */
  approvalSlipDocumentId?: string;
  approvalSlipNumber?: string;
  decision?: LeaderDecision;
  /** The random draw, kept whole so anyone can re-run it. */
  draw?: DrawRecord;
  /** 专项通知 in the register (never for an unannounced check). */
  noticeDocumentId?: string;
  noticeNumber?: string;
  startedAt?: string;
  completedAt?: string;
  /** What the office concluded when it closed the check. */
  summary?: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  isSample: 0 | 1;
}

/** The unit kinds a check may target (all four: the seed's three target groups). */
export const TARGET_KINDS: readonly UnitKind[] = UNIT_KINDS;

/** Seed, System 2 step 2: 对需要暗访督查的事项不预先通知. */
export function mayHaveNotice(check: Pick<Check, 'method'>): boolean {
  return check.method !== 'unannounced';
}

/** A check runs only once the leader signed it (S2-5.1); a random check also needs its draw. */
export function startBlocker(
  check: Pick<Check, 'status' | 'method' | 'draw' | 'targetUnitIds'>,
): 'not-approved' | 'not-drawn' | 'no-targets' | null {
  if (check.status !== 'approved') return 'not-approved';
  if (check.method === 'random' && !check.draw) return 'not-drawn';
  if (check.targetUnitIds.length === 0) return 'no-targets';
  return null;
}

export type { ContentCategory, SecrecyLevel };
