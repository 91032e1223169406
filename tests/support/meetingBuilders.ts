import type { LeaderDecision } from '../../shared/core/common/approval';
import type { AttendanceRow } from '../../shared/systems/meetings/attendance';
import type { Meeting, MeetingInput } from '../../shared/systems/meetings/meeting';
import type { AgendaItem, TopicInput } from '../../shared/systems/meetings/topic';
import type { MeetingRecord } from '../../shared/systems/meetings/documents/record';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/core/office/office';

/** Records of System 1 as the repositories store them, for domain tests. */

export function aMeetingInput(overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    title: '2026年第六次“党管人才”日常调度会议',
    plannedOn: '2026-11-26',
    plannedTime: '09:00',
    place: '市委组织部三楼会议室',
    chair: '市委组织部副部长、市人才办主任 刘志刚',
    secrecy: 'internal',
    isAdHoc: false,
    toPrepare: '',
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  const { title, plannedOn, plannedTime, place, chair, secrecy, isAdHoc, toPrepare } = aMeetingInput();
  return {
    id: 'm1',
    year: 2026,
    title,
    plannedOn,
    plannedTime,
    place,
    chair,
    secrecy,
    isAdHoc,
    toPrepare,
    status: 'preparing',
    history: [],
    approval: null,
    approvals: [],
    documents: {},
    circulations: [],
    createdAt: '2026-11-01T01:00:00.000Z',
    updatedAt: '2026-11-01T01:00:00.000Z',
    createdBy: '王芳',
    isSample: 0,
    ...overrides,
  };
}

export function aTopicInput(overrides: Partial<TopicInput> = {}): TopicInput {
  return {
    kind: 'reportDeploy',
    title: '通报全市人才工作情况，部署第四季度重点任务',
    presenterUnitId: null,
    secrecy: 'internal',
    summary: '',
    sourceDocument: '',
    reportingUnitIds: [],
    documentTitles: [],
    ...overrides,
  };
}

export function aTopic(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: 't1',
    meetingId: 'm1',
    order: 1,
    kind: 'reportDeploy',
    title: '通报全市人才工作情况，部署第四季度重点任务',
    presenterUnitId: null,
    presenterName: '市人才办',
    secrecy: 'internal',
    summary: '',
    sourceDocument: '',
    reportingUnits: [],
    documents: [],
    proceedings: null,
    reports: [],
    inviteeOpinions: [],
    createdAt: '2026-11-01T01:00:00.000Z',
    updatedAt: '2026-11-01T01:00:00.000Z',
    isSample: 0,
    ...overrides,
  };
}

export function approved(on = '2026-11-20', by = '张建国'): LeaderDecision {
  return { decision: 'approved', by, on, remark: '', recordedBy: '王芳', recordedAt: `${on}T02:00:00.000Z` };
}

export function aRow(overrides: Partial<AttendanceRow> = {}): AttendanceRow {
  return {
    id: 'a1',
    meetingId: 'm1',
    group: 'member',
    unitId: 'u1',
    personId: null,
    name: '海城市教育局',
    label: '',
    role: 'attend',
    order: 1,
    status: 'invited',
    attendeeName: '',
    leaveReason: '',
    leaveApprovedBy: '',
    substituteName: '',
    substitutePost: '',
    isSample: 0,
    ...overrides,
  };
}

export function aRecord(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    meeting: aMeeting(),
    topics: [aTopic()],
    attendance: [aRow()],
    tasks: [],
    office: DEFAULT_OFFICE_SETTINGS,
    ...overrides,
  };
}
