/**
 * The phases of a 日常调度会议 in the seed's order (System 1, section 3: 会前 → 会中 → 会后). A
 * meeting moves forward one phase at a time, each move gated by what the phase needs; going back
 * needs a reason and is audited.
 */
export const MEETING_STATUSES = [
  'preparing',
  'topicsApproved',
  'notified',
  'held',
  'minutesIssued',
  'archived',
] as const;
// preparing 筹备（提出议题）· topicsApproved 议题已批 · notified 已通知（方案、通知已印发）·
// held 已召开 · minutesIssued 已出纪要 · archived 已归档
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export function statusRank(status: MeetingStatus): number {
  return MEETING_STATUSES.indexOf(status);
}

/** True when the meeting has reached `phase` (or gone past it). */
export function hasReached(status: MeetingStatus, phase: MeetingStatus): boolean {
  return statusRank(status) >= statusRank(phase);
}

export function nextStatus(status: MeetingStatus): MeetingStatus | null {
  return MEETING_STATUSES[statusRank(status) + 1] ?? null;
}

/** The phases a meeting may be sent back to: any earlier one. */
export function earlierStatuses(status: MeetingStatus): MeetingStatus[] {
  return MEETING_STATUSES.slice(0, statusRank(status));
}

/** What the office does next in each phase (the screen names it and offers the action). */
export const NEXT_STEPS = {
  preparing: 'approveTopics', // 提出议题，打印呈批单，登记组长批示
  topicsApproved: 'issueNotice', // 制定会议方案，下发会议通知
  notified: 'holdMeeting', // 登记到会情况，标记会议已召开
  held: 'issueMinutes', // 记录会议情况、部署任务，印发纪要
  minutesIssued: 'archive', // 编发简报，会后通报，归档
  archived: 'none',
} as const satisfies Record<MeetingStatus, string>;
export type NextStep = (typeof NEXT_STEPS)[MeetingStatus];

/** One change of phase, kept on the meeting (the audit log has it too). */
export interface StatusChange {
  from: MeetingStatus;
  to: MeetingStatus;
  /** ISO timestamp */
  at: string;
  by: string;
  /** Required when going back, cancelling or restoring. */
  reason: string;
  /** 取消会议 / 恢复会议: kept in the same history (from and to are the phase it stays in or returns to). */
  event?: 'cancel' | 'restore';
}
