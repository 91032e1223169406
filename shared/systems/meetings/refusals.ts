import { AppError } from '../../core/errors';

/**
 * Why a meeting step is refused. Each code is the last part of an i18n key
 * (meetings.refusals.<code>); the repository throws AppError('not-allowed') with the key as
 * `reason` and the values the text names (document titles, counts).
 */
export const MEETING_REFUSALS = [
  'archived',
  'topicsLocked',
  'detailsLocked',
  'needTopics',
  'alreadyApproved',
  'needSlip',
  'needApproval',
  'needPlan',
  'planIssued',
  'noticeIssued',
  'needInvitations',
  'invitationsClosed',
  'attendanceNotYet',
  'attendanceClosed',
  'needNotice',
  'consentMissing',
  'consentAfterMeeting',
  'opinionsNotSought',
  'attendanceUnrecorded',
  'heldInFuture',
  'preMeetingClosed',
  'needHeld',
  'proceedingsMissing',
  'minutesIssued',
  'bulletinIssued',
  'needMinutes',
  'needBulletin',
  'needCirculation',
  'notEarlier',
  'reasonRequired',
  'materialTooLarge',
  'materialEmpty',
  'tasksNotYet',
  'cancelled',
  'alreadyCancelled',
  'cancelAfterHeld',
  'cancelReasonRequired',
  'notCancelled',
  'restoreDatePassed',
  'restoreReasonRequired',
  'notMeetingDocument',
  'taskDuplicate',
  'chairUnnamed',
] as const;
export type MeetingRefusal = (typeof MEETING_REFUSALS)[number];

export function refusalKey(code: MeetingRefusal): `meetings.refusals.${MeetingRefusal}` {
  return `meetings.refusals.${code}`;
}

export function refuse(code: MeetingRefusal, values: Record<string, string | number> = {}): AppError {
  return new AppError('not-allowed', { reason: refusalKey(code), ...values });
}

/** Names in a refusal: 《甲》、《乙》 for documents, plain for topics and units. */
export function nameList(names: readonly string[], quote: 'book' | 'plain' = 'plain'): string {
  return names.map((n) => (quote === 'book' ? `《${n}》` : n)).join('、');
}
