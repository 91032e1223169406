import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { aMeeting, aRow, aTopic, approved } from '../../../tests/support/meetingBuilders';
import {
  assertCanArchive,
  assertCanIssueMinutes,
  assertCanIssueNotice,
  assertCanIssuePlan,
  assertCanMarkHeld,
  assertCanRecordDecision,
  assertCanRevert,
  assertTopicsEditable,
  revertedMeeting,
} from './gates';
import type { DeliberationDocument } from './topic';

/** The refusal a step gets: its reason key and the values the message names. */
function refusal(step: () => void): Record<string, string | number> | null {
  try {
    step();
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-allowed') return error.params;
    throw error;
  }
}

const doc = (title: string, overrides: Partial<DeliberationDocument> = {}): DeliberationDocument => ({
  id: title,
  title,
  consent: approved('2026-11-20'),
  opinions: [
    { unitId: 'u1', unitName: '海城市教育局', askedOn: '2026-11-15', answeredOn: '2026-11-18', opinion: '无意见' },
  ],
  ...overrides,
});

describe('meeting gates', () => {
  it('takes no topic changes once the leader approved them', () => {
    expect(refusal(() => assertTopicsEditable(aMeeting({ status: 'preparing' })))).toBeNull();
    expect(refusal(() => assertTopicsEditable(aMeeting({ status: 'topicsApproved' })))?.reason).toBe(
      'meetings.refusals.topicsLocked',
    );
  });

  it('records the leader’s decision only after the approval slip was printed, and only with topics', () => {
    expect(refusal(() => assertCanRecordDecision(aMeeting(), []))?.reason).toBe('meetings.refusals.needTopics');
    expect(refusal(() => assertCanRecordDecision(aMeeting(), [aTopic()]))?.reason).toBe('meetings.refusals.needSlip');
    expect(
      refusal(() => assertCanRecordDecision(aMeeting({ documents: { approvalSlip: 'd1' } }), [aTopic()])),
    ).toBeNull();
  });

  it('makes the plan only after approval and the notice only after the plan', () => {
    const rows = [aRow()];
    expect(refusal(() => assertCanIssuePlan(aMeeting({ status: 'preparing' }), rows))?.reason).toBe(
      'meetings.refusals.needApproval',
    );
    expect(refusal(() => assertCanIssuePlan(aMeeting({ status: 'topicsApproved' }), []))?.reason).toBe(
      'meetings.refusals.needInvitations',
    );
    expect(refusal(() => assertCanIssueNotice(aMeeting({ status: 'topicsApproved' }), rows))?.reason).toBe(
      'meetings.refusals.needPlan',
    );
    expect(
      refusal(() => assertCanIssueNotice(aMeeting({ status: 'topicsApproved', documents: { plan: 'p' } }), rows)),
    ).toBeNull();
    expect(
      refusal(() => assertCanIssueNotice(aMeeting({ status: 'notified', documents: { plan: 'p', notice: 'n' } }), rows))
        ?.reason,
    ).toBe('meetings.refusals.noticeIssued');
  });

  it('refuses to mark the meeting held while a document under deliberation lacks consent, naming it', () => {
    const topics = [
      aTopic({
        documents: [doc('海城市高层次人才服务保障办法'), doc('关于加强人才驿站建设的意见', { consent: null })],
      }),
      aTopic({
        id: 't2',
        documents: [doc('人才公寓管理细则', { consent: { ...approved(), decision: 'returned', remark: '再修改' } })],
      }),
    ];
    const params = refusal(() =>
      assertCanMarkHeld(
        aMeeting({ status: 'notified' }),
        topics,
        [aRow({ status: 'present' })],
        '2026-11-26',
        '2026-11-26',
      ),
    );
    expect(params).toEqual({
      reason: 'meetings.refusals.consentMissing',
      names: '《关于加强人才驿站建设的意见》、《人才公寓管理细则》',
    });
  });

  it('refuses a consent dated after the meeting, and a document no unit was asked about', () => {
    const late = [aTopic({ documents: [doc('人才新政十条', { consent: approved('2026-11-27') })] })];
    expect(
      refusal(() => assertCanMarkHeld(aMeeting({ status: 'notified' }), late, [], '2026-11-26', '2026-11-30')),
    ).toMatchObject({ reason: 'meetings.refusals.consentAfterMeeting', names: '《人才新政十条》' });
    const unasked = [aTopic({ documents: [doc('人才新政十条', { opinions: [] })] })];
    expect(
      refusal(() => assertCanMarkHeld(aMeeting({ status: 'notified' }), unasked, [], '2026-11-26', '2026-11-30')),
    ).toMatchObject({ reason: 'meetings.refusals.opinionsNotSought', names: '《人才新政十条》' });
  });

  it('marks a meeting held only after the notice, with all attendance recorded, on a day not ahead', () => {
    const topics = [aTopic({ documents: [doc('人才新政十条')] })];
    const rows = [
      aRow({ status: 'present' }),
      aRow({ id: 'a2', status: 'invited' }),
      aRow({ id: 'a3', status: 'invited' }),
    ];
    expect(
      refusal(() => assertCanMarkHeld(aMeeting({ status: 'topicsApproved' }), topics, rows, '2026-11-26', '2026-11-26'))
        ?.reason,
    ).toBe('meetings.refusals.needNotice');
    expect(
      refusal(() => assertCanMarkHeld(aMeeting({ status: 'notified' }), topics, rows, '2026-11-26', '2026-11-26')),
    ).toEqual({ reason: 'meetings.refusals.attendanceUnrecorded', n: 2 });
    const recorded = rows.map((r) => ({ ...r, status: 'present' as const }));
    expect(
      refusal(() => assertCanMarkHeld(aMeeting({ status: 'notified' }), topics, recorded, '2026-11-27', '2026-11-26'))
        ?.reason,
    ).toBe('meetings.refusals.heldInFuture');
    expect(
      refusal(() => assertCanMarkHeld(aMeeting({ status: 'notified' }), topics, recorded, '2026-11-26', '2026-11-26')),
    ).toBeNull();
  });

  it('issues the minutes only when every topic’s proceedings are recorded, naming the others', () => {
    const topics = [
      aTopic({
        proceedings: {
          reported: '已通报',
          problems: '',
          resolvers: '',
          decisions: '同意',
          recordedAt: '',
          recordedBy: '',
        },
      }),
      aTopic({ id: 't2', title: '听取各镇工作汇报' }),
    ];
    expect(refusal(() => assertCanIssueMinutes(aMeeting({ status: 'notified' }), topics))?.reason).toBe(
      'meetings.refusals.needHeld',
    );
    expect(refusal(() => assertCanIssueMinutes(aMeeting({ status: 'held' }), topics))).toEqual({
      reason: 'meetings.refusals.proceedingsMissing',
      names: '听取各镇工作汇报',
    });
  });

  it('issues one more minutes without the classified topics when the first carried them, and no other', () => {
    const recorded = {
      reported: '已研究',
      problems: '',
      resolvers: '',
      decisions: '同意',
      recordedAt: '',
      recordedBy: '',
    };
    const topics = [aTopic({ proceedings: recorded }), aTopic({ id: 't2', secrecy: 'secret', proceedings: recorded })];
    const issued = aMeeting({ status: 'minutesIssued', documents: { minutes: 'n1' }, leftOut: { minutes: [] } });
    expect(refusal(() => assertCanIssueMinutes(issued, topics, true))).toBeNull();
    expect(refusal(() => assertCanIssueMinutes(issued, topics, false))?.reason).toBe('meetings.refusals.minutesIssued');
    expect(
      refusal(() =>
        assertCanIssueMinutes(
          { ...issued, documents: { minutes: 'n1', minutesWithoutClassified: 'n2' } },
          topics,
          true,
        ),
      )?.reason,
    ).toBe('meetings.refusals.minutesIssued');
    expect(refusal(() => assertCanIssueMinutes(issued, [topics[0]], true))?.reason).toBe(
      'meetings.refusals.minutesIssued',
    );
  });

  it('archives only after minutes, bulletin and the post-meeting circulation', () => {
    const circulated = [
      {
        id: 'c',
        on: '2026-11-30',
        unitIds: ['u1'],
        unitNames: ['海城市教育局'],
        means: '印发会议纪要',
        recordedBy: '王芳',
      },
    ];
    expect(refusal(() => assertCanArchive(aMeeting({ status: 'held' })))?.reason).toBe('meetings.refusals.needMinutes');
    expect(refusal(() => assertCanArchive(aMeeting({ status: 'minutesIssued' })))?.reason).toBe(
      'meetings.refusals.needBulletin',
    );
    expect(
      refusal(() => assertCanArchive(aMeeting({ status: 'minutesIssued', documents: { bulletin: 'b' } })))?.reason,
    ).toBe('meetings.refusals.needCirculation');
    expect(
      refusal(() =>
        assertCanArchive(aMeeting({ status: 'minutesIssued', documents: { bulletin: 'b' }, circulations: circulated })),
      ),
    ).toBeNull();
  });

  it('goes back only to an earlier phase and only with a reason', () => {
    expect(refusal(() => assertCanRevert(aMeeting({ status: 'notified' }), 'held', '改期')))?.toMatchObject({
      reason: 'meetings.refusals.notEarlier',
    });
    expect(refusal(() => assertCanRevert(aMeeting({ status: 'notified' }), 'topicsApproved', '  '))?.reason).toBe(
      'meetings.refusals.reasonRequired',
    );
    expect(
      refusal(() => assertCanRevert(aMeeting({ status: 'notified' }), 'topicsApproved', '会议改期，须重新通知')),
    ).toBeNull();
  });

  it('sending a meeting back undoes the later phases, so their steps must be taken again', () => {
    const held = aMeeting({
      status: 'held',
      heldOn: '2026-11-26',
      approval: approved(),
      documents: { approvalSlip: 's', plan: 'p', notice: 'n', bulletin: 'b' },
    });
    expect(revertedMeeting(held, 'topicsApproved')).toMatchObject({
      status: 'topicsApproved',
      documents: { approvalSlip: 's' },
      heldOn: undefined,
      approval: approved(),
    });
    expect(revertedMeeting(held, 'preparing')).toMatchObject({ status: 'preparing', documents: {}, approval: null });
  });
});
