import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { aMeetingInput, aTopicInput } from '../../../../tests/support/meetingBuilders';
import {
  aHeldMeeting,
  aPreparedMeeting,
  aRegistry,
  approveTopics,
  AT,
  notify,
} from '../../../../tests/support/meetingFlow';
import { minutesDraft } from '../../../../shared/systems/meetings/documents/minutes';
import { bulletinDraft } from '../../../../shared/systems/meetings/documents/bulletin';
import { noticeDraft, planDraft } from '../../../../shared/systems/meetings/documents/planNotice';
import { meetingApprovalRepo } from './meetingApprovalRepo';
import { meetingAttendanceRepo } from './meetingAttendanceRepo';
import { meetingDocumentsRepo } from './meetingDocumentsRepo';
import { meetingProceedingsRepo } from './meetingProceedingsRepo';
import { meetingsRepo } from './meetingsRepo';
import { meetingTopicsRepo } from './meetingTopicsRepo';

const proceedings = {
  reported: '市人才办通报了前三季度工作。',
  problems: '',
  resolvers: '',
  decisions: '各单位抓好落实。',
  reports: [],
  inviteeOpinions: [],
};

describe('meeting cycle in the repositories', () => {
  it('walks a meeting from topics to archive, numbering documents and deploying tasks as items', async () => {
    const db = freshDb();
    const reg = await aRegistry();
    const { meeting, topics } = await aPreparedMeeting();
    const slip = await approveTopics(meeting.id);
    expect(slip.number).toBe('海人才办呈〔2026〕1号');
    expect((await meetingsRepo.get(meeting.id))?.status).toBe('topicsApproved');

    const { plan, notice } = await notify(meeting.id, reg.deputy.id);
    expect([plan.number, notice.number]).toEqual(['海人才办发〔2026〕1号', '海人才办发〔2026〕2号']);
    expect((await meetingsRepo.get(meeting.id))?.status).toBe('notified');

    const rows = await meetingAttendanceRepo.listByMeeting(meeting.id);
    expect(rows.map((r) => r.name)).toEqual([
      '海城市教育局',
      '海城市财政局',
      '牛庄镇',
      '海城经济开发区',
      '张华',
      '王芳',
    ]);
    const finance = rows.find((r) => r.name === '海城市财政局')!;
    await meetingAttendanceRepo.mark(finance.id, {
      status: 'substitute',
      attendeeName: '',
      leaveReason: '赴省财政厅开会',
      leaveApprovedBy: '王芳',
      substituteName: '李明',
      substitutePost: '副局长',
    });
    await meetingAttendanceRepo.mark(rows.find((r) => r.name === '牛庄镇')!.id, {
      status: 'leave',
      attendeeName: '',
      leaveReason: '防汛值班',
      leaveApprovedBy: '王芳',
      substituteName: '',
      substitutePost: '',
    });
    expect(await meetingAttendanceRepo.markRestPresent(meeting.id)).toBe(4);

    const [doc] = topics[1].documents;
    await meetingTopicsRepo.recordConsent(topics[1].id, doc.id, {
      decision: 'approved',
      by: '张建国',
      on: '2026-11-20',
      remark: '',
    });
    await meetingTopicsRepo.askOpinions(topics[1].id, doc.id, [reg.education.id, reg.niuzhuang.id], '2026-11-13');
    await meetingsRepo.markHeld(meeting.id, '2026-11-26', AT('2026-11-26', '15:00'));

    for (const t of topics) await meetingProceedingsRepo.save(t.id, proceedings);
    const { items } = await meetingProceedingsRepo.save(topics[1].id, proceedings, [
      {
        category: 'majorEvents',
        matter: '建成镇级人才驿站',
        requirement: '配齐服务人员',
        unitIds: [reg.niuzhuang.id, reg.zone.id],
        dueOn: '2026-12-31',
        replyBy: '',
      },
      {
        category: 'memberUnitWork',
        matter: '落实人才公寓房源',
        requirement: '',
        unitIds: [reg.finance.id],
        dueOn: '2027-01-31',
        replyBy: '2027-01-25',
      },
    ]);
    expect(items.map((i) => [i.unitId, i.meetingId, i.topicId, i.source, i.replyBy])).toEqual([
      [reg.niuzhuang.id, meeting.id, topics[1].id, 'meeting', '2026-12-31'],
      [reg.zone.id, meeting.id, topics[1].id, 'meeting', '2026-12-31'],
      [reg.finance.id, meeting.id, topics[1].id, 'meeting', '2027-01-25'],
    ]);
    expect(new Set(items.map((i) => i.taskId)).size).toBe(2);
    expect(await meetingProceedingsRepo.itemsOf(meeting.id)).toHaveLength(3);

    const record = await meetingDocumentsRepo.record(meeting.id);
    const minutes = await meetingDocumentsRepo.issueMinutes(meeting.id, minutesDraft(record), AT('2026-11-28'));
    expect(minutes.number).toBe('调度会议纪要〔2026〕第1期');
    expect(minutes.document.minutes).toMatchObject({
      issueLabel: '第1期',
      onLeave: ['海城市财政局（委托李明同志参会）', '牛庄镇'],
      attending: ['市人大代表张华', '市人才办全体工作人员'],
    });
    // The minutes carried the secret topic: one more goes out without it, for wider distribution.
    const open = await meetingDocumentsRepo.issueMinutes(
      meeting.id,
      minutesDraft(await meetingDocumentsRepo.record(meeting.id), true),
      AT('2026-11-28', '10:30'),
    );
    expect(open.number).toBe('调度会议纪要〔2026〕第2期');
    expect(open.document.body.map((b) => ('text' in b ? b.text : '')).join()).not.toContain(
      '研究高层次人才引进涉密事项',
    );
    expect(await meetingsRepo.get(meeting.id)).toMatchObject({
      status: 'minutesIssued',
      documents: { minutesWithoutClassified: open.id },
      leftOut: { minutesWithoutClassified: ['研究高层次人才引进涉密事项'] },
    });
    await expect(meetingDocumentsRepo.issueMinutes(meeting.id, minutesDraft(record, true))).rejects.toMatchObject({
      params: { reason: 'meetings.refusals.minutesIssued' },
    });
    const bulletin = await meetingDocumentsRepo.issueBulletin(
      meeting.id,
      bulletinDraft(record),
      AT('2026-11-28', '11:00'),
    );
    expect(bulletin.number).toBe('人才工作简报〔2026〕第1期');
    await meetingsRepo.recordCirculation(meeting.id, {
      on: '2026-11-30',
      unitIds: [reg.education.id, reg.finance.id],
      means: '印发会议纪要',
    });
    const archived = await meetingsRepo.archive(meeting.id, AT('2026-12-01'));
    expect(archived.history.map((h) => h.to)).toEqual([
      'topicsApproved',
      'notified',
      'held',
      'minutesIssued',
      'archived',
    ]);
    expect((await meetingDocumentsRepo.issuedFor(meeting.id)).map((d) => d.kind)).toEqual([
      'approvalSlip',
      'plan',
      'notice',
      'minutes',
      'minutes',
      'bulletin',
    ]);
    expect(await db.audit.where('entity').equals('meetings').count()).toBeGreaterThan(0);
  });

  it('gives each document the highest 密级 of its topics, and records which topics a version left out', async () => {
    freshDb();
    await aRegistry();
    const { meeting } = await aPreparedMeeting();
    await approveTopics(meeting.id);
    await meetingAttendanceRepo.inviteFromRegistry(meeting.id);
    const plan = await meetingDocumentsRepo.issuePlan(
      meeting.id,
      planDraft(await meetingDocumentsRepo.record(meeting.id)),
      AT('2026-11-12'),
    );
    expect(plan.secrecy).toBe('secret');
    const notice = await meetingDocumentsRepo.issueNotice(
      meeting.id,
      noticeDraft(await meetingDocumentsRepo.record(meeting.id), true),
      AT('2026-11-12', '11:00'),
    );
    expect(notice.secrecy).toBe('internal');
    expect((await meetingsRepo.get(meeting.id))?.leftOut).toEqual({ plan: [], notice: ['研究高层次人才引进涉密事项'] });
  });

  it('keeps a rejected topic list in 筹备 with the remark, and asks for a new slip to decide again', async () => {
    freshDb();
    const { meeting } = await aPreparedMeeting();
    await meetingApprovalRepo.issueSlip(meeting.id, AT('2026-11-10'));
    const back = await meetingApprovalRepo.recordDecision(
      meeting.id,
      { decision: 'returned', by: '张建国', on: '2026-11-11', remark: '第三项议题暂缓' },
      AT('2026-11-11'),
    );
    expect(back).toMatchObject({
      status: 'preparing',
      approval: { decision: 'returned', remark: '第三项议题暂缓' },
      documents: {},
    });
    await expect(
      meetingApprovalRepo.recordDecision(meeting.id, {
        decision: 'approved',
        by: '张建国',
        on: '2026-11-12',
        remark: '',
      }),
    ).rejects.toMatchObject({ code: 'not-allowed', params: { reason: 'meetings.refusals.needSlip' } });
  });

  it('refuses a decision dated before its 呈批单 was issued or after today, and keeps the meeting waiting', async () => {
    freshDb();
    const { meeting } = await aPreparedMeeting();
    await meetingApprovalRepo.issueSlip(meeting.id, AT('2026-11-10'));
    const decide = (on: string) =>
      meetingApprovalRepo.recordDecision(
        meeting.id,
        { decision: 'approved', by: '张建国', on, remark: '' },
        AT('2026-11-12'),
      );
    await expect(decide('2026-11-01')).rejects.toMatchObject({ params: { field: 'on', rule: 'before-document' } });
    await expect(decide('2026-11-13')).rejects.toMatchObject({ params: { field: 'on', rule: 'date-in-future' } });
    expect(await meetingsRepo.get(meeting.id)).toMatchObject({ status: 'preparing', approvals: [] });
    expect((await decide('2026-11-10')).status).toBe('topicsApproved');
  });

  it('refuses to issue a plan whose chair names nobody, naming the setting, and numbers nothing', async () => {
    const db = freshDb();
    await aRegistry();
    const meeting = await meetingsRepo.create(
      aMeetingInput({ chair: '市委组织部副部长、市人才办主任' }),
      AT('2026-11-01'),
    );
    await meetingTopicsRepo.add(
      meeting.id,
      aTopicInput({ kind: 'convey', title: '传达学习会议精神', sourceDocument: '会议' }),
    );
    await approveTopics(meeting.id);
    await meetingAttendanceRepo.inviteFromRegistry(meeting.id);
    const draft = planDraft(await meetingDocumentsRepo.record(meeting.id));
    await expect(meetingDocumentsRepo.issuePlan(meeting.id, draft, AT('2026-11-12'))).rejects.toMatchObject({
      code: 'not-allowed',
      params: { reason: 'meetings.refusals.chairUnnamed', chair: '市委组织部副部长、市人才办主任' },
    });
    expect(await db.documents.where('kind').notEqual('approvalSlip').count()).toBe(0);
  });

  it('refuses to mark the meeting held while a document lacks consent, naming it, and changes nothing', async () => {
    freshDb();
    const reg = await aRegistry();
    const { meeting } = await aPreparedMeeting();
    await approveTopics(meeting.id);
    await notify(meeting.id, reg.deputy.id);
    await meetingAttendanceRepo.markRestPresent(meeting.id);
    const before = await meetingsRepo.get(meeting.id);
    await expect(meetingsRepo.markHeld(meeting.id, '2026-11-26', AT('2026-11-26'))).rejects.toMatchObject({
      code: 'not-allowed',
      params: { reason: 'meetings.refusals.consentMissing', names: '《海城市人才驿站建设实施方案》' },
    });
    expect(await meetingsRepo.get(meeting.id)).toEqual(before);
  });

  it('goes back a phase only with a reason, audited, and the notice must then be issued again', async () => {
    const db = freshDb();
    const reg = await aRegistry();
    const { meeting } = await aPreparedMeeting();
    await approveTopics(meeting.id);
    await notify(meeting.id, reg.deputy.id);
    await expect(meetingsRepo.revert(meeting.id, 'topicsApproved', '')).rejects.toMatchObject({
      params: { reason: 'meetings.refusals.reasonRequired' },
    });
    const back = await meetingsRepo.revert(meeting.id, 'topicsApproved', '会议改期，重新发通知', AT('2026-11-14'));
    expect(back).toMatchObject({ status: 'topicsApproved', documents: { approvalSlip: expect.any(String) } });
    expect(back.documents.notice).toBeUndefined();
    expect(back.history.at(-1)).toMatchObject({
      from: 'notified',
      to: 'topicsApproved',
      reason: '会议改期，重新发通知',
    });
    expect((await db.audit.filter((a) => a.action === 'revert').toArray()).map((a) => a.after)).toEqual([
      { status: 'topicsApproved', reason: '会议改期，重新发通知' },
    ]);
  });

  it('takes no topic changes once approved, and no detail changes once notified', async () => {
    freshDb();
    const reg = await aRegistry();
    const { meeting, topics } = await aPreparedMeeting();
    await approveTopics(meeting.id);
    await expect(meetingTopicsRepo.remove(topics[0].id)).rejects.toMatchObject({
      params: { reason: 'meetings.refusals.topicsLocked' },
    });
    await notify(meeting.id, reg.deputy.id);
    await expect(meetingsRepo.update(meeting.id, aMeetingInput({ place: '市政府第二会议室' }))).rejects.toMatchObject({
      params: { reason: 'meetings.refusals.detailsLocked' },
    });
  });

  it('refuses a task to an unknown unit and then keeps neither the proceedings nor any item', async () => {
    const db = freshDb();
    const { reg, meeting, topics } = await aHeldMeeting();
    const task = { category: 'other' as const, matter: '落实', requirement: '', dueOn: '2026-12-31', replyBy: '' };
    await expect(
      meetingProceedingsRepo.save(topics[0].id, proceedings, [
        { ...task, unitIds: [reg.education.id] },
        { ...task, unitIds: ['no-such-unit'] },
      ]),
    ).rejects.toMatchObject({ code: 'validation' });
    expect((await meetingTopicsRepo.listByMeeting(meeting.id))[0].proceedings).toBeNull();
    expect(await db.supervisionItems.count()).toBe(0);
  });
});
