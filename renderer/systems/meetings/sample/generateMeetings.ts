import { addDays, localDate } from '../../../../shared/core/common/localDate';
import { type AttendanceRow, inviteeRows, registryInvitations } from '../../../../shared/systems/meetings/attendance';
import { bulletinDocument, bulletinDraft } from '../../../../shared/systems/meetings/documents/bulletin';
import { minutesDocument, minutesDraft } from '../../../../shared/systems/meetings/documents/minutes';
import {
  noticeDocument,
  noticeDraft,
  planDocument,
  planDraft,
} from '../../../../shared/systems/meetings/documents/planNotice';
import { type MeetingRecord, officePrefix } from '../../../../shared/systems/meetings/documents/record';
import { BULLETIN_SERIES, MINUTES_SERIES, SAMPLE_PREFIX } from '../../../../shared/systems/meetings/documents/series';
import { topicsApprovalSlip } from '../../../../shared/systems/meetings/documents/slips';
import { defaultChair, type Meeting, meetingOrdinal } from '../../../../shared/systems/meetings/meeting';
import { hasReached, MEETING_STATUSES, type MeetingStatus } from '../../../../shared/systems/meetings/status';
import { groupTasks } from '../../../../shared/systems/meetings/tasks';
import type { AgendaItem } from '../../../../shared/systems/meetings/topic';
import { type SupervisionItem, withIndexKeys } from '../../../../shared/systems/supervision';
import { SampleRegister } from './meetingDocuments';
import { sampleTopics } from './meetingTopics';
import type { RegistrySampleContext } from '../../registry';
import type { SampleTables } from '../../../core/sample';
import { createRandom, type Random } from '../../../core/sample/random';

/**
 * A year of 日常调度会议 for the demo and the bench: every two months, the older ones archived,
 * then one in each later phase, and one called ad hoc. Built through the same domain code as real
 * meetings (drafts, documents, task items), every row marked `isSample: 1`.
 */
/** `cancelled`: called off in that phase; the next meeting takes its ordinal. */
const SPECS: { days: number; status: MeetingStatus; isAdHoc?: boolean; isSecret?: boolean; cancelled?: string }[] = [
  { days: -300, status: 'archived' },
  { days: -240, status: 'archived', isSecret: true },
  { days: -180, status: 'archived' },
  { days: -150, status: 'topicsApproved', isAdHoc: true, cancelled: '主要议题已在市委常委会研究，不再另行召开' },
  { days: -120, status: 'minutesIssued' },
  { days: -40, status: 'held' },
  { days: 5, status: 'notified' },
  { days: 10, status: 'topicsApproved', isAdHoc: true },
  { days: 20, status: 'preparing' },
];
const PLACES = ['市委组织部三楼会议室', '市人才服务中心会议室', '市委党校二楼报告厅'];

function markAttendance(rng: Random, rows: AttendanceRow[], approver: string): void {
  const units = rows.filter((r) => r.group === 'member' || r.group === 'town' || r.group === 'zone');
  const [leave, substitute, absent] = rng.shuffle(units);
  for (const row of rows) row.status = 'present';
  if (leave) Object.assign(leave, { status: 'leave', leaveReason: '参加省里专题会议', leaveApprovedBy: approver });
  if (substitute)
    Object.assign(substitute, {
      status: 'substitute',
      leaveReason: '外出招商',
      leaveApprovedBy: approver,
      substituteName: '李明',
      substitutePost: '副职负责同志',
    });
  if (absent && rng.chance(0.3)) absent.status = 'absent';
}

export const generateMeetings = ({ seed, now, units, people, office }: RegistrySampleContext): SampleTables => {
  const rng = createRandom(seed).fork('meetings');
  const today = localDate(now);
  const register = new SampleRegister(() => rng.uuid());
  const staff = people.find((p) => p.role === 'staff' && p.isActive === 1);
  const approver = staff?.name ?? '示例';
  const meetings: Meeting[] = [];
  const agendaItems: AgendaItem[] = [];
  const attendance: AttendanceRow[] = [];
  const supervisionItems: SupervisionItem[] = [];
  const countInYear = new Map<number, number>();

  for (const spec of SPECS) {
    const plannedOn = addDays(today, spec.days);
    const year = Number(plannedOn.slice(0, 4));
    const n = (countInYear.get(year) ?? 0) + 1;
    if (!spec.cancelled) countInYear.set(year, n);
    const id = rng.uuid();
    const sourceId = `meetings:${id}`;
    const isHeld = hasReached(spec.status, 'held');
    const createdAt = `${addDays(plannedOn, -21)}T01:00:00.000Z`;
    const meeting: Meeting = {
      id,
      year,
      title: `${year}年第${meetingOrdinal(n)}次“党管人才”日常调度会议`,
      plannedOn,
      plannedTime: '09:00',
      place: rng.pick(PLACES),
      chair: defaultChair(office),
      secrecy: 'internal',
      isAdHoc: !!spec.isAdHoc,
      toPrepare: '',
      status: spec.status,
      history: [],
      approval: null,
      approvals: [],
      documents: {},
      circulations: [],
      heldOn: isHeld ? plannedOn : undefined,
      createdAt,
      updatedAt: createdAt,
      createdBy: '示例',
      isSample: 1,
    };
    const invited = [
      ...registryInvitations(units, people, plannedOn),
      ...inviteeRows(rng.shuffle(people.filter((p) => p.role === 'invitee')).slice(0, 3)),
    ];
    const rows: AttendanceRow[] = hasReached(spec.status, 'topicsApproved')
      ? invited.map((r, i) => ({ ...r, id: rng.uuid(), meetingId: id, order: i + 1, isSample: 1 }))
      : [];
    if (isHeld) markAttendance(rng, rows, approver);
    const topics: AgendaItem[] = sampleTopics(rng, units, rows, plannedOn, today, isHeld, !!spec.isSecret).map(
      (t, i) => ({ ...t, id: rng.uuid(), meetingId: id, order: i + 1, createdAt, updatedAt: createdAt }),
    );
    const deploy = topics.find((t) => t.kind === 'reportDeploy');
    if (isHeld && deploy) {
      const targets = rng.shuffle(units.filter((u) => u.kind !== 'village'));
      for (const [k, matter] of ['建成镇级人才驿站并配齐服务人员', '完成年度高层次人才引进任务'].entries()) {
        const taskId = rng.uuid();
        deploy.taskIds = [...(deploy.taskIds ?? []), taskId];
        const dueOn = addDays(plannedOn, 60 + 30 * k);
        const isDone = dueOn < today && spec.status === 'archived';
        for (const unit of targets.slice(k * 3, k * 3 + 1 + k * 2)) {
          supervisionItems.push(
            withIndexKeys({
              id: rng.uuid(),
              taskId,
              source: 'meeting',
              meetingId: id,
              topicId: deploy.id,
              category: k === 0 ? 'majorEvents' : 'annualTasks',
              matter,
              requirement: '按期完成并报送办理情况。',
              unitId: unit.id,
              dueOn,
              replyBy: dueOn,
              status: isDone ? 'closed' : 'open',
              secrecy: deploy.secrecy,
              year,
              createdAt: `${plannedOn}T09:00:00.000Z`,
              createdBy: '示例',
              ...(isDone ? { closedOn: addDays(dueOn, -3), verifiedBy: approver } : {}),
              isSample: 1,
            }),
          );
        }
      }
    }
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    const record: MeetingRecord = {
      meeting,
      topics,
      attendance: rows,
      office,
      tasks: groupTasks(supervisionItems.filter((i) => i.meetingId === id)).map((t) => ({
        ...t,
        unitNames: t.unitIds.map((u) => unitNames.get(u) ?? u),
      })),
    };
    const step = (to: MeetingStatus, on: string) =>
      meeting.history.push({
        from: MEETING_STATUSES[MEETING_STATUSES.indexOf(to) - 1],
        to,
        at: `${on}T03:00:00.000Z`,
        by: '示例',
        reason: '',
      });
    if (hasReached(spec.status, 'topicsApproved')) {
      const slipOn = addDays(plannedOn, -14);
      meeting.documents.approvalSlip = register.issue(
        'approvalSlip',
        `${SAMPLE_PREFIX}${office.approvalSlipPrefix}`,
        'docNumber',
        slipOn,
        sourceId,
        (label) => topicsApprovalSlip(record, label, slipOn, approver),
      ).id;
      meeting.approval = {
        decision: 'approved',
        by: office.groupLeaderName || '组长',
        on: addDays(slipOn, 1),
        remark: '同意',
        recordedBy: '示例',
        recordedAt: `${addDays(slipOn, 1)}T06:00:00.000Z`,
        slipDocumentId: meeting.documents.approvalSlip,
      };
      meeting.approvals = [meeting.approval];
      step('topicsApproved', addDays(slipOn, 1));
    }
    if (hasReached(spec.status, 'notified')) {
      const on = addDays(plannedOn, -7);
      const prefix = `${SAMPLE_PREFIX}${officePrefix(office)}`;
      meeting.documents.plan = register.issue('plan', prefix, 'docNumber', on, sourceId, (label) =>
        planDocument(record, { ...planDraft(record), prefix }, label, on),
      ).id;
      meeting.documents.notice = register.issue('notice', prefix, 'docNumber', on, sourceId, (label) =>
        noticeDocument(record, { ...noticeDraft(record), prefix }, label, on),
      ).id;
      meeting.leftOut = { plan: [], notice: [] };
      step('notified', on);
    }
    if (isHeld) step('held', plannedOn);
    if (hasReached(spec.status, 'minutesIssued')) {
      const on = addDays(plannedOn, 3);
      meeting.documents.minutes = register.issue(
        'minutes',
        `${SAMPLE_PREFIX}${MINUTES_SERIES}`,
        'issue',
        on,
        sourceId,
        (label) => minutesDocument(record, minutesDraft(record), label, on),
      ).id;
      meeting.leftOut = { ...meeting.leftOut, minutes: [] };
      step('minutesIssued', on);
    }
    if (spec.status === 'archived') {
      const on = addDays(plannedOn, 4);
      const draft = bulletinDraft(record);
      meeting.documents.bulletin = register.issue(
        'bulletin',
        `${SAMPLE_PREFIX}${BULLETIN_SERIES}`,
        'issue',
        on,
        sourceId,
        (label) => bulletinDocument(record, draft, label, on),
      ).id;
      meeting.leftOut = {
        ...meeting.leftOut,
        bulletin: topics.filter((t) => t.secrecy === 'secret').map((t) => t.title),
      };
      const members = units.filter((u) => u.kind === 'member' && u.isActive === 1);
      meeting.circulations = [
        {
          id: rng.uuid(),
          on: addDays(plannedOn, 5),
          unitIds: members.map((u) => u.id),
          unitNames: members.map((u) => u.name),
          means: '印发会议纪要',
          recordedBy: '示例',
        },
      ];
      step('archived', addDays(plannedOn, 6));
    }
    if (spec.cancelled)
      meeting.cancellation = {
        on: addDays(plannedOn, -5),
        at: `${addDays(plannedOn, -5)}T02:00:00.000Z`,
        by: approver,
        reason: spec.cancelled,
        voidedDocumentIds: [],
      };
    meetings.push(meeting);
    agendaItems.push(...topics);
    attendance.push(...rows);
  }
  return {
    meetings,
    agendaItems,
    attendance,
    supervisionItems,
    documents: register.rows,
    docSequences: register.sequences(),
  };
};
