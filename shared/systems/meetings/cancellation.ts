import { daysBetween, type LocalDate } from '../../core/common/localDate';
import { revertedMeeting } from './gates';
import type { Meeting, MeetingDocuments } from './meeting';
import { type MeetingRefusal, refuse } from './refusals';
import { hasReached, type MeetingStatus } from './status';

/**
 * 取消会议 and 恢复会议. A meeting planned but called off before it was held is cancelled with a
 * reason: it keeps the phase it had reached, every gate refuses it (assertOpen), the cadence passes
 * it by, and its documents stay in the register — a notice already sent may be voided with it.
 * While its date has not passed it can be restored, with a reason; what was voided is issued anew.
 */

function allow(condition: boolean, code: MeetingRefusal, values?: Record<string, string | number>): void {
  if (!condition) throw refuse(code, values);
}

/** The documents a meeting issues before it is held: the ones a cancellation may void. */
export const CANCELLABLE_ROLES = [
  'approvalSlip',
  'plan',
  'notice',
] as const satisfies readonly (keyof MeetingDocuments)[];

/** Offered for voiding by default: what went out to the units (the plan and the notice), not the leader's slip. */
export const VOID_BY_DEFAULT: readonly (keyof MeetingDocuments)[] = ['plan', 'notice'];

export function assertCanCancel(meeting: Pick<Meeting, 'status' | 'cancellation'>, reason: string): void {
  allow(!meeting.cancellation, 'alreadyCancelled');
  allow(!hasReached(meeting.status, 'held'), 'cancelAfterHeld');
  allow(reason.trim().length > 0, 'cancelReasonRequired');
}

/** Restoring: only a cancelled meeting, only while its planned day has not passed, with a reason. */
export function assertCanRestore(
  meeting: Pick<Meeting, 'plannedOn' | 'cancellation'>,
  reason: string,
  today: LocalDate,
): void {
  allow(!!meeting.cancellation, 'notCancelled');
  allow(daysBetween(today, meeting.plannedOn) >= 0, 'restoreDatePassed', { date: meeting.plannedOn });
  allow(reason.trim().length > 0, 'restoreReasonRequired');
}

/**
 * The meeting as restored, given which of its documents are void in the register: a voided 呈批单
 * means the topics go to the leader again (筹备); a voided plan means plan and notice anew (议题已批);
 * a voided notice means a new notice (议题已批, the plan kept).
 */
export function restoredMeeting<M extends Pick<Meeting, 'status' | 'documents' | 'approval' | 'heldOn'>>(
  meeting: M,
  isVoided: (documentId: string) => boolean,
): { status: MeetingStatus; documents: MeetingDocuments; approval: M['approval'] } {
  const voided = (role: keyof MeetingDocuments) => !!meeting.documents[role] && isVoided(meeting.documents[role]);
  let next: M = meeting;
  if (voided('approvalSlip'))
    next = hasReached(meeting.status, 'topicsApproved') ? revertedMeeting(meeting, 'preparing') : meeting;
  else if (voided('plan') && hasReached(meeting.status, 'topicsApproved'))
    next = revertedMeeting(meeting, 'topicsApproved');
  else if (voided('notice') && meeting.status === 'notified')
    next = { ...revertedMeeting(meeting, 'topicsApproved'), documents: { ...meeting.documents } };
  const documents = { ...next.documents };
  for (const role of CANCELLABLE_ROLES) if (documents[role] && isVoided(documents[role])) delete documents[role];
  return { status: next.status, documents, approval: next.approval };
}
