import { isApproved } from '../../core/common/approval';
import { daysBetween, type LocalDate } from '../../core/common/localDate';
import type { AttendanceRow } from './attendance';
import type { Meeting } from './meeting';
import { type MeetingRefusal, nameList, refuse } from './refusals';
import { hasReached, type MeetingStatus } from './status';
import { type AgendaItem, isClassified } from './topic';

/**
 * The gates between phases (seed S1-3, S1-4.2, S1-4.3). Each returns nothing when the step may
 * go ahead and throws AppError('not-allowed') naming why otherwise. The repositories call them
 * inside the write transaction, so no screen can skip them.
 */

function allow(condition: boolean, code: MeetingRefusal, values?: Record<string, string | number>): void {
  if (!condition) throw refuse(code, values);
}

/** Nothing changes on an archived meeting, nor on a cancelled one until it is restored. */
export function assertOpen(meeting: Pick<Meeting, 'status' | 'cancellation'>): void {
  allow(meeting.status !== 'archived', 'archived');
  allow(!meeting.cancellation, 'cancelled');
}

/** 议题 are proposed while preparing; once the leader approved them they are what he approved. */
export function assertTopicsEditable(meeting: Pick<Meeting, 'status' | 'cancellation'>): void {
  assertOpen(meeting);
  allow(meeting.status === 'preparing', 'topicsLocked');
}

/** Time, place and chair are what the notice says: fixed once it is out. */
export function assertDetailsEditable(meeting: Pick<Meeting, 'status' | 'cancellation'>): void {
  assertOpen(meeting);
  allow(!hasReached(meeting.status, 'notified'), 'detailsLocked');
}

/** Consent, opinions and materials belong before the meeting. */
export function assertBeforeMeeting(meeting: Pick<Meeting, 'status' | 'cancellation'>): void {
  assertOpen(meeting);
  allow(!hasReached(meeting.status, 'held'), 'preMeetingClosed');
}

/** The 呈批单 goes to the leader with at least one topic, while preparing. */
export function assertCanRequestApproval(
  meeting: Pick<Meeting, 'status' | 'cancellation'>,
  topics: readonly AgendaItem[],
): void {
  assertOpen(meeting);
  allow(meeting.status === 'preparing', 'alreadyApproved');
  allow(topics.length > 0, 'needTopics');
}

/** The decision is typed in from the signed slip: a slip must have been printed. */
export function assertCanRecordDecision(
  meeting: Pick<Meeting, 'status' | 'cancellation' | 'documents'>,
  topics: readonly AgendaItem[],
): void {
  assertCanRequestApproval(meeting, topics);
  allow(!!meeting.documents.approvalSlip, 'needSlip');
}

/** 制定会议方案: after the leader agreed to the topics (S1-3.1), once. */
export function assertCanIssuePlan(
  meeting: Pick<Meeting, 'status' | 'cancellation' | 'documents'>,
  attendance: readonly AttendanceRow[],
): void {
  assertOpen(meeting);
  allow(hasReached(meeting.status, 'topicsApproved'), 'needApproval');
  allow(meeting.status === 'topicsApproved' && !meeting.documents.plan, 'planIssued');
  allow(attendance.length > 0, 'needInvitations');
}

/** 下发会议通知: after the plan; issuing it moves the meeting to 已通知. */
export function assertCanIssueNotice(
  meeting: Pick<Meeting, 'status' | 'cancellation' | 'documents'>,
  attendance: readonly AttendanceRow[],
): void {
  assertOpen(meeting);
  allow(hasReached(meeting.status, 'topicsApproved'), 'needApproval');
  allow(meeting.status === 'topicsApproved', 'noticeIssued');
  allow(!!meeting.documents.plan, 'needPlan');
  allow(attendance.length > 0, 'needInvitations');
}

/** The invitation list is settled before the meeting; who came is recorded until the minutes. */
export function assertInvitationsEditable(meeting: Pick<Meeting, 'status' | 'cancellation'>): void {
  assertOpen(meeting);
  allow(!hasReached(meeting.status, 'held'), 'invitationsClosed');
}

/** Leave is asked for once the notice is out; attendance is final when the minutes print it. */
export function assertAttendanceRecordable(meeting: Pick<Meeting, 'status' | 'cancellation'>): void {
  assertOpen(meeting);
  allow(hasReached(meeting.status, 'notified'), 'attendanceNotYet');
  allow(!hasReached(meeting.status, 'minutesIssued'), 'attendanceClosed');
}

/**
 * 已召开: the notice went out; every document put to the meeting has the group leader's consent
 * dated on or before the meeting day and was sent to the units for their opinions (S1-4.2);
 * everyone invited has an attendance record; the day is not in the future.
 */
export function assertCanMarkHeld(
  meeting: Pick<Meeting, 'status' | 'cancellation'>,
  topics: readonly AgendaItem[],
  attendance: readonly AttendanceRow[],
  heldOn: LocalDate,
  today: LocalDate,
): void {
  assertOpen(meeting);
  allow(meeting.status === 'notified', hasReached(meeting.status, 'held') ? 'preMeetingClosed' : 'needNotice');
  const documents = topics.flatMap((t) => t.documents);
  const lacking = documents.filter((d) => !isApproved(d.consent)).map((d) => d.title);
  allow(lacking.length === 0, 'consentMissing', { names: nameList(lacking, 'book') });
  const late = documents.filter((d) => d.consent && daysBetween(d.consent.on, heldOn) < 0).map((d) => d.title);
  allow(late.length === 0, 'consentAfterMeeting', { names: nameList(late, 'book') });
  const unasked = documents.filter((d) => d.opinions.length === 0).map((d) => d.title);
  allow(unasked.length === 0, 'opinionsNotSought', { names: nameList(unasked, 'book') });
  const unrecorded = attendance.filter((a) => a.status === 'invited').length;
  allow(unrecorded === 0, 'attendanceUnrecorded', { n: unrecorded });
  allow(daysBetween(heldOn, today) >= 0, 'heldInFuture');
}

/** 会议情况 and tasks are recorded once the meeting was held, until it is archived. */
export function assertAfterMeeting(meeting: Pick<Meeting, 'status' | 'cancellation'>): void {
  assertOpen(meeting);
  allow(hasReached(meeting.status, 'held'), 'tasksNotYet');
}

/**
 * 印发纪要: held, and every topic's proceedings recorded (the minutes are drafted from them). Once
 * issued with classified topics, one more 纪要 may follow without them, for wider distribution.
 */
export function assertCanIssueMinutes(
  meeting: Pick<Meeting, 'status' | 'cancellation' | 'documents' | 'leftOut'>,
  topics: readonly AgendaItem[],
  leaveClassifiedOut = false,
): void {
  assertOpen(meeting);
  allow(hasReached(meeting.status, 'held'), 'needHeld');
  if (meeting.status === 'minutesIssued') {
    const firstCarriedClassified =
      topics.some((t) => isClassified(t.secrecy)) && (meeting.leftOut?.minutes ?? []).length === 0;
    allow(leaveClassifiedOut && firstCarriedClassified && !meeting.documents.minutesWithoutClassified, 'minutesIssued');
    return;
  }
  const missing = topics.filter((t) => !t.proceedings).map((t) => t.title);
  allow(missing.length === 0, 'proceedingsMissing', { names: nameList(missing) });
}

/** 编发简报: after the meeting, once. */
export function assertCanIssueBulletin(meeting: Pick<Meeting, 'status' | 'cancellation' | 'documents'>): void {
  assertOpen(meeting);
  allow(hasReached(meeting.status, 'held'), 'needHeld');
  allow(!meeting.documents.bulletin, 'bulletinIssued');
}

/** 归档: the cycle is complete — minutes, bulletin and the post-meeting circulation (S1-3.3, S1-4.2). */
export function assertCanArchive(
  meeting: Pick<Meeting, 'status' | 'cancellation' | 'documents' | 'circulations'>,
): void {
  assertOpen(meeting);
  allow(meeting.status === 'minutesIssued', 'needMinutes');
  allow(!!meeting.documents.bulletin, 'needBulletin');
  allow(meeting.circulations.length > 0, 'needCirculation');
}

/** Going back: to an earlier phase only, with a reason; a cancelled meeting is restored first. */
export function assertCanRevert(
  meeting: Pick<Meeting, 'status' | 'cancellation'>,
  to: MeetingStatus,
  reason: string,
): void {
  allow(!meeting.cancellation, 'cancelled');
  allow(hasReached(meeting.status, to) && meeting.status !== to, 'notEarlier');
  allow(reason.trim().length > 0, 'reasonRequired');
}

/**
 * What a step back undoes: the documents and marks of the phases left. The issued documents stay
 * in the register (void them there if they must not stand); a new forward step issues anew.
 */
export function revertedMeeting<
  M extends Pick<Meeting, 'status' | 'documents' | 'approval' | 'heldOn' | 'heldDateReason'>,
>(meeting: M, to: MeetingStatus): M {
  const documents = { ...meeting.documents };
  if (!hasReached(to, 'topicsApproved')) delete documents.approvalSlip;
  if (!hasReached(to, 'notified')) {
    delete documents.plan;
    delete documents.notice;
  }
  if (!hasReached(to, 'held')) delete documents.bulletin;
  if (!hasReached(to, 'minutesIssued')) {
    delete documents.minutes;
    delete documents.minutesWithoutClassified;
  }
  return {
    ...meeting,
    status: to,
    documents,
    approval: hasReached(to, 'topicsApproved') ? meeting.approval : null,
    heldOn: hasReached(to, 'held') ? meeting.heldOn : undefined,
    heldDateReason: hasReached(to, 'held') ? meeting.heldDateReason : undefined,
  };
}
