import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/core/errors';
import { freshDb } from '../../../../tests/support/testDb';
import { aMeetingInput } from '../../../../tests/support/meetingBuilders';
import { aPreparedMeeting, aRegistry, approveTopics, AT, notify } from '../../../../tests/support/meetingFlow';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { meetingCancellationRepo } from './meetingCancellationRepo';
import { meetingAttendanceRepo } from './meetingAttendanceRepo';
import { meetingsRepo } from './meetingsRepo';
import { meetingTopicsRepo } from './meetingTopicsRepo';

async function refusal(step: Promise<unknown>): Promise<string | null> {
  try {
    await step;
    return null;
  } catch (error) {
    if (error instanceof AppError) return String(error.params.reason ?? error.code);
    throw error;
  }
}

describe('cancelling and restoring a meeting in the repositories', () => {
  it('cancels a notified meeting with its reason, voids the notice sent, and audits both', async () => {
    const db = freshDb();
    const reg = await aRegistry();
    const { meeting } = await aPreparedMeeting();
    const slip = await approveTopics(meeting.id);
    const { plan, notice } = await notify(meeting.id, reg.deputy.id);
    expect((await meetingCancellationRepo.voidable(meeting.id)).map((d) => d.id)).toEqual([
      slip.id,
      plan.id,
      notice.id,
    ]);

    await meetingCancellationRepo.cancel(
      meeting.id,
      { reason: '与市委常委会时间冲突', voidDocumentIds: [notice.id] },
      AT('2026-11-20'),
    );
    const cancelled = (await meetingsRepo.get(meeting.id))!;
    expect(cancelled).toMatchObject({
      status: 'notified',
      cancellation: { on: '2026-11-20', reason: '与市委常委会时间冲突', voidedDocumentIds: [notice.id] },
    });
    expect(cancelled.history.at(-1)).toMatchObject({ event: 'cancel', reason: '与市委常委会时间冲突' });
    // The documents stay in the register; the notice is voided with the reason, its number still taken.
    expect(await documentsRepo.get(notice.id)).toMatchObject({
      status: 'voided',
      voidReason: '与市委常委会时间冲突',
      number: notice.number,
    });
    expect((await documentsRepo.get(plan.id))?.status).toBe('issued');
    const audit = (await db.audit.toArray()).filter((a) => a.entityId === meeting.id || a.entityId === notice.id);
    expect(audit.slice(-2).map((a) => [a.entity, a.action])).toEqual([
      ['documents', 'void'],
      ['meetings', 'cancel'],
    ]);
    expect(await meetingCancellationRepo.voidable(meeting.id)).toHaveLength(2);
  });

  it('refuses every step on a cancelled meeting', async () => {
    freshDb();
    await aRegistry();
    const { meeting } = await aPreparedMeeting();
    await meetingCancellationRepo.cancel(meeting.id, { reason: '改期', voidDocumentIds: [] }, AT('2026-11-20'));
    const cancelled = 'meetings.refusals.cancelled';
    expect(
      await refusal(
        meetingTopicsRepo.add(meeting.id, {
          kind: 'other',
          title: '新议题',
          presenterUnitId: null,
          secrecy: 'internal',
          summary: '',
          sourceDocument: '',
          reportingUnitIds: [],
          documentTitles: [],
        }),
      ),
    ).toBe(cancelled);
    expect(await refusal(meetingsRepo.update(meeting.id, aMeetingInput({ place: '二楼会议室' })))).toBe(cancelled);
    expect(await refusal(meetingAttendanceRepo.inviteFromRegistry(meeting.id))).toBe(cancelled);
    expect(await refusal(approveTopics(meeting.id))).toBe(cancelled);
    expect(await refusal(meetingsRepo.revert(meeting.id, 'preparing', '重来'))).toBe(cancelled);
    expect(await refusal(meetingCancellationRepo.cancel(meeting.id, { reason: '再次取消', voidDocumentIds: [] }))).toBe(
      'meetings.refusals.alreadyCancelled',
    );
    expect((await meetingsRepo.get(meeting.id))?.history).toHaveLength(1);
  });

  it('leaves everything as it was when a document to void is not the meeting’s', async () => {
    freshDb();
    const reg = await aRegistry();
    const { meeting } = await aPreparedMeeting();
    await approveTopics(meeting.id);
    const { notice } = await notify(meeting.id, reg.deputy.id);
    const other = await aPreparedMeeting('2026-12-20');
    const otherSlip = await approveTopics(other.meeting.id);
    expect(
      await refusal(
        meetingCancellationRepo.cancel(meeting.id, { reason: '改期', voidDocumentIds: [notice.id, otherSlip.id] }),
      ),
    ).toBe('meetings.refusals.notMeetingDocument');
    expect((await meetingsRepo.get(meeting.id))?.cancellation).toBeUndefined();
    expect((await documentsRepo.get(notice.id))?.status).toBe('issued');
  });

  it('restores a cancelled meeting before its day, to issue a new notice if the old one was voided', async () => {
    freshDb();
    const reg = await aRegistry();
    const { meeting } = await aPreparedMeeting('2026-11-26');
    await approveTopics(meeting.id);
    const { plan, notice } = await notify(meeting.id, reg.deputy.id);
    await meetingCancellationRepo.cancel(
      meeting.id,
      { reason: '与市委常委会时间冲突', voidDocumentIds: [notice.id] },
      AT('2026-11-20'),
    );
    expect(await refusal(meetingCancellationRepo.restore(meeting.id, '冲突已消除', AT('2026-11-27')))).toBe(
      'meetings.refusals.restoreDatePassed',
    );

    await meetingCancellationRepo.restore(meeting.id, '冲突已消除', AT('2026-11-21'));
    const restored = (await meetingsRepo.get(meeting.id))!;
    expect(restored.cancellation).toBeUndefined();
    expect(restored).toMatchObject({ status: 'topicsApproved', documents: { plan: plan.id } });
    expect(restored.documents.notice).toBeUndefined();
    expect(restored.history.at(-1)).toMatchObject({
      event: 'restore',
      from: 'notified',
      to: 'topicsApproved',
      reason: '冲突已消除',
    });
  });

  it('leaves a cancelled meeting out of the cadence and of its phase, and lists it as cancelled', async () => {
    freshDb();
    const first = await meetingsRepo.create(aMeetingInput({ plannedOn: '2026-11-26' }), AT('2026-11-01'));
    const second = await meetingsRepo.create(
      aMeetingInput({ plannedOn: '2026-12-18', title: '2026年第七次“党管人才”日常调度会议' }),
      AT('2026-11-01'),
    );
    expect((await meetingsRepo.cadenceInputs()).nextPlanned?.id).toBe(first.id);
    await meetingCancellationRepo.cancel(first.id, { reason: '改期', voidDocumentIds: [] }, AT('2026-11-20'));
    expect((await meetingsRepo.cadenceInputs()).nextPlanned?.id).toBe(second.id);
    expect((await meetingsRepo.listByYear(2026, 'preparing')).map((m) => m.id)).toEqual([second.id]);
    expect((await meetingsRepo.listByYear(2026, 'cancelled')).map((m) => m.id)).toEqual([first.id]);
    expect(await meetingsRepo.listByYear(2026)).toHaveLength(2);
  });
});
