import { z } from 'zod';
import type { LocalDate } from '../../core/common/localDate';
import type { ClaimChange } from './change';
import type { FollowUp } from './followUp';
import { lineFactsSchema, localDateField } from './lines';
import type { ClaimLine } from './review';
import type { ClaimStatus } from './status';

/**
 * 激励奖励申请 a unit's application to a round (S3-3.1: 对照激励奖励事项向市人才办提出申请，并提交
 * 相应证明材料), entered by the office from the paper or imported from the app's template.
 */

/** The seed's five kinds of achievement (激励奖励对象及事项, S3-1.1 … S3-1.5). */
export const ACHIEVEMENT_KINDS = ['talentResults', 'innovation', 'majorProjects', 'mediaCoverage', 'other'] as const;
// talentResults 人才引育用留成效显著 · innovation 重大创新成果、书记抓人才项目、入围创新项目（案例） ·
// majorProjects 重大人才项目或改革试点、鞍山级以上表彰推广或经验交流、承接重大活动 ·
// mediaCoverage 鞍山级以上媒体报道推广 · other 其他
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number];

export const SUMMARY_MAX_CHARS = 300;
export const MAX_LINES = 200;

/** S3-4.2: 各单位需对申报材料的真实性、准确性负责 — who signed the unit's declaration, and when. */
export const declarationSchema = z.object({
  signedBy: z.string().trim().min(1).max(40),
  signedOn: localDateField,
});
export type Declaration = z.output<typeof declarationSchema>;

export const claimInputSchema = z.object({
  roundId: z.string().min(1),
  unitId: z.string().min(1),
  /** The day the office received the application. */
  receivedOn: localDateField,
  kinds: z.array(z.enum(ACHIEVEMENT_KINDS)).min(1).max(ACHIEVEMENT_KINDS.length),
  /** 主要业绩: what the unit achieved, in its words; the 表扬通报 draws on it. */
  summary: z.string().trim().min(1).max(SUMMARY_MAX_CHARS),
  declaration: declarationSchema,
  lines: z.array(lineFactsSchema).max(MAX_LINES),
});
export type ClaimInput = z.input<typeof claimInputSchema>;
export type ValidClaimInput = z.output<typeof claimInputSchema>;

export { CLAIM_STATUSES, type ClaimStatus } from './status';
export type { ClaimLine } from './review';

/** 激励奖励申请 (SPEC: BonusClaim). */
export interface BonusClaim {
  id: string;
  roundId: string;
  year: number;
  unitId: string;
  receivedOn: LocalDate;
  kinds: AchievementKind[];
  summary: string;
  declaration: Declaration;
  lines: ClaimLine[];
  /** 审核评定初步意见 (S3-3.2). */
  opinion: string;
  /** The office proposes the unit for the 表扬通报 (宣传表彰), points or not. */
  isCommended: boolean;
  status: ClaimStatus;
  /** The leader's decision date of the approved list, for the follow-up's due date. */
  awardedOn?: LocalDate;
  /** Corrections and the revocation, each through its own 呈批单. */
  changes: ClaimChange[];
  /** 事后跟踪问效 (S3-4.2). */
  followUps: FollowUp[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  isSample: 0 | 1;
}

/** Lines may change, and be reviewed, only while the claim's round is open and it was not decided. */
export function isClaimEditable(claim: Pick<BonusClaim, 'status'>): boolean {
  return claim.status === 'received' || claim.status === 'reviewed';
}
