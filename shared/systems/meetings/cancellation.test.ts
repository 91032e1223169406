import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { aMeeting, approved, aRow, aTopic } from '../../../tests/support/meetingBuilders';
import { assertCanCancel, assertCanRestore, restoredMeeting } from './cancellation';
import {
  assertAttendanceRecordable,
  assertCanIssueNotice,
  assertCanIssuePlan,
  assertCanMarkHeld,
  assertCanRecordDecision,
  assertCanRequestApproval,
  assertCanRevert,
  assertDetailsEditable,
  assertInvitationsEditable,
  assertTopicsEditable,
} from './gates';
import type { MeetingCancellation } from './meeting';
import { MEETING_STATUSES } from './status';

function refusal(step: () => void): string | null {
  try {
    step();
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-allowed') return String(error.params.reason);
    throw error;
  }
}

const cancellation: MeetingCancellation = {
  on: '2026-11-20',
  at: '2026-11-20T02:00:00.000Z',
  by: '王芳',
  reason: '与市委常委会时间冲突',
  voidedDocumentIds: [],
};

describe('cancelling a meeting (取消会议)', () => {
  it('calls off a meeting in any phase before it is held, and never one held', () => {
    const allowed = MEETING_STATUSES.filter(
      (status) => refusal(() => assertCanCancel(aMeeting({ status }), '与市委常委会时间冲突')) === null,
    );
    expect(allowed).toEqual(['preparing', 'topicsApproved', 'notified']);
    expect(refusal(() => assertCanCancel(aMeeting({ status: 'held' }), '改期'))).toBe(
      'meetings.refusals.cancelAfterHeld',
    );
  });

  it('needs a reason, and a cancelled meeting cannot be cancelled again', () => {
    expect(refusal(() => assertCanCancel(aMeeting(), '  '))).toBe('meetings.refusals.cancelReasonRequired');
    expect(refusal(() => assertCanCancel(aMeeting({ cancellation }), '改期'))).toBe(
      'meetings.refusals.alreadyCancelled',
    );
  });

  it('refuses every step on a cancelled meeting, going back included', () => {
    const topics = [aTopic()];
    const steps: [string, (m: ReturnType<typeof aMeeting>) => void][] = [
      ['edit topics', (m) => assertTopicsEditable(m)],
      ['edit details', (m) => assertDetailsEditable(m)],
      ['print the slip', (m) => assertCanRequestApproval(m, topics)],
      ['record the decision', (m) => assertCanRecordDecision({ ...m, documents: { approvalSlip: 's' } }, topics)],
      ['issue the plan', (m) => assertCanIssuePlan({ ...m, status: 'topicsApproved' }, [aRow()])],
      [
        'issue the notice',
        (m) => assertCanIssueNotice({ ...m, status: 'topicsApproved', documents: { plan: 'p' } }, [aRow()]),
      ],
      ['change invitations', (m) => assertInvitationsEditable(m)],
      ['record attendance', (m) => assertAttendanceRecordable({ ...m, status: 'notified' })],
      ['mark held', (m) => assertCanMarkHeld({ ...m, status: 'notified' }, [], [], '2026-11-26', '2026-11-26')],
      ['go back', (m) => assertCanRevert({ ...m, status: 'notified' }, 'preparing', '改期')],
    ];
    for (const [name, step] of steps) {
      expect(
        refusal(() => step(aMeeting({ cancellation }))),
        name,
      ).toBe('meetings.refusals.cancelled');
    }
  });
});

describe('restoring a cancelled meeting (恢复会议)', () => {
  it('restores it with a reason while its planned day has not passed', () => {
    const meeting = aMeeting({ plannedOn: '2026-11-26', cancellation });
    expect(refusal(() => assertCanRestore(meeting, '时间冲突已消除', '2026-11-26'))).toBeNull();
    expect(refusal(() => assertCanRestore(meeting, '时间冲突已消除', '2026-11-27'))).toBe(
      'meetings.refusals.restoreDatePassed',
    );
    expect(refusal(() => assertCanRestore(meeting, '', '2026-11-20'))).toBe('meetings.refusals.restoreReasonRequired');
    expect(refusal(() => assertCanRestore(aMeeting(), '恢复', '2026-11-20'))).toBe('meetings.refusals.notCancelled');
  });

  const notified = aMeeting({
    status: 'notified',
    approval: approved('2026-11-11'),
    documents: { approvalSlip: 'slip', plan: 'plan', notice: 'notice' },
  });
  it.each([
    ['nothing voided', [], 'notified', ['approvalSlip', 'plan', 'notice']],
    ['the notice voided', ['notice'], 'topicsApproved', ['approvalSlip', 'plan']],
    ['the plan and the notice voided', ['plan', 'notice'], 'topicsApproved', ['approvalSlip']],
    ['the 呈批单 voided', ['slip'], 'preparing', []],
  ] as const)('returns it to the phase whose documents still stand: %s', (_, voided, status, kept) => {
    const restored = restoredMeeting(notified, (id) => (voided as readonly string[]).includes(id));
    expect(restored.status).toBe(status);
    expect(Object.keys(restored.documents)).toEqual(kept);
    expect(restored.approval === null).toBe(status === 'preparing');
  });
});
