/**
 * received: entered, under review · reviewed: every line decided and the 初步意见 written ·
 * awarded: on the list the leader approved, points applied · notAwarded: the leader did not
 * approve, or nothing of it was accepted · revoked: 虚报、瞒报 found, award and eligibility for
 * the round withdrawn (S3-4.2).
 */
export const CLAIM_STATUSES = ['received', 'reviewed', 'awarded', 'notAwarded', 'revoked'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
