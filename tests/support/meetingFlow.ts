import { meetingAttendanceRepo } from '../../renderer/systems/meetings/data/meetingAttendanceRepo';
import { meetingApprovalRepo } from '../../renderer/systems/meetings/data/meetingApprovalRepo';
import { meetingDocumentsRepo } from '../../renderer/systems/meetings/data/meetingDocumentsRepo';
import { meetingsRepo } from '../../renderer/systems/meetings/data/meetingsRepo';
import { meetingTopicsRepo } from '../../renderer/systems/meetings/data/meetingTopicsRepo';
import { peopleRepo } from '../../renderer/systems/registry/data/peopleRepo';
import { unitsRepo } from '../../renderer/systems/registry/data/unitsRepo';
import { noticeDraft, planDraft } from '../../shared/systems/meetings/documents/planNotice';
import { aMeetingInput, aTopicInput } from './meetingBuilders';
import { aUnit } from './builders';

/** Steps of the meeting cycle through the repositories, for data-layer tests. */

export const AT = (day: string, time = '10:00') => new Date(`${day}T${time}:00`);

export async function aRegistry() {
  const education = await unitsRepo.create(aUnit({ name: '海城市教育局', displayOrder: 1 }));
  const finance = await unitsRepo.create(aUnit({ name: '海城市财政局', shortName: '财政局', displayOrder: 2 }));
  const niuzhuang = await unitsRepo.create(
    aUnit({ kind: 'town', name: '牛庄镇', shortName: '牛庄', partyOrgName: '中共海城市牛庄镇委员会', displayOrder: 1 }),
  );
  const zone = await unitsRepo.create(
    aUnit({
      kind: 'zone',
      name: '海城经济开发区',
      shortName: '经开区',
      partyOrgName: '中共海城经济开发区工作委员会',
      displayOrder: 1,
    }),
  );
  const village = await unitsRepo.create(
    aUnit({ kind: 'village', name: '东关村', parentId: niuzhuang.id, shortName: '', partyOrgName: '' }),
  );
  const deputy = await peopleRepo.create({ role: 'invitee', name: '张华', inviteeKind: 'deputy' });
  const staff = await peopleRepo.create({ role: 'staff', name: '王芳', post: '人才工作科科长' });
  return { education, finance, niuzhuang, zone, village, deputy, staff };
}

/** A meeting in 筹备 with three topics, one carrying a document for deliberation. */
export async function aPreparedMeeting(plannedOn = '2026-11-26') {
  const meeting = await meetingsRepo.create(aMeetingInput({ plannedOn }), AT('2026-11-01'));
  const topics = [
    await meetingTopicsRepo.add(
      meeting.id,
      aTopicInput({ kind: 'convey', title: '传达学习省委人才工作会议精神', sourceDocument: '省委人才工作会议' }),
    ),
    await meetingTopicsRepo.add(
      meeting.id,
      aTopicInput({
        kind: 'reportDeploy',
        title: '部署第四季度重点任务',
        documentTitles: ['海城市人才驿站建设实施方案'],
      }),
    ),
    await meetingTopicsRepo.add(
      meeting.id,
      aTopicInput({ kind: 'other', title: '研究高层次人才引进涉密事项', secrecy: 'secret' }),
    ),
  ];
  return { meeting, topics };
}

/** Slip printed, leader agreed. */
export async function approveTopics(meetingId: string) {
  const slip = await meetingApprovalRepo.issueSlip(meetingId, AT('2026-11-10'));
  await meetingApprovalRepo.recordDecision(
    meetingId,
    { decision: 'approved', by: '张建国', on: '2026-11-11', remark: '' },
    AT('2026-11-11'),
  );
  return slip;
}

/** Invitations, plan and notice: the meeting is 已通知. */
export async function notify(meetingId: string, deputyId: string) {
  await meetingAttendanceRepo.inviteFromRegistry(meetingId);
  await meetingAttendanceRepo.inviteInvitees(meetingId, [deputyId]);
  const record = await meetingDocumentsRepo.record(meetingId);
  const plan = await meetingDocumentsRepo.issuePlan(meetingId, planDraft(record), AT('2026-11-12'));
  const notice = await meetingDocumentsRepo.issueNotice(
    meetingId,
    noticeDraft(await meetingDocumentsRepo.record(meetingId)),
    AT('2026-11-12', '11:00'),
  );
  return { plan, notice };
}

/** A prepared meeting taken through approval, notice, attendance and consent, ready to be marked 已召开. */
export async function aMeetingReadyToHold() {
  const reg = await aRegistry();
  const { meeting, topics } = await aPreparedMeeting();
  await approveTopics(meeting.id);
  await notify(meeting.id, reg.deputy.id);
  await meetingAttendanceRepo.markRestPresent(meeting.id);
  const [doc] = topics[1].documents;
  await meetingTopicsRepo.recordConsent(topics[1].id, doc.id, {
    decision: 'approved',
    by: '张建国',
    on: '2026-11-20',
    remark: '',
  });
  await meetingTopicsRepo.askOpinions(topics[1].id, doc.id, [reg.education.id], '2026-11-13');
  return { reg, meeting, topics };
}

/** A prepared meeting taken through approval, notice, attendance and consent to 已召开. */
export async function aHeldMeeting() {
  const ready = await aMeetingReadyToHold();
  await meetingsRepo.markHeld(ready.meeting.id, '2026-11-26', AT('2026-11-27'));
  return ready;
}
