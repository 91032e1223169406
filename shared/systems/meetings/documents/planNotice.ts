import { names, lines, parseBody } from '../../../core/documents/parseBody';
import { buildNotice, buildPlan } from '../../../core/documents/templates';
import type { OfficialDocument } from '../../../core/documents/model';
import { meetingTimeText } from '../meeting';
import { type DraftScope, draftScope, type GeneralDraft } from './drafts';
import { agendaLines, attendeeLines, type MeetingRecord, officePrefix, textLines } from './record';

/** 会前准备 when the record names nothing: what the seed asks of attendees (S1-3.1, S1-4.3). */
const DEFAULT_PREPARATION = '各汇报单位提前准备书面汇报材料，会前报送市人才办。';
const ATTENDANCE_RULE =
  '参会人员应按时参加会议，因故无法参会的需向市人才办请假报告，并安排其他负责同志参会。凡涉及保密内容的，应遵照保密规定执行。';

function preparation(record: MeetingRecord): string[] {
  const own = textLines(record.meeting.toPrepare);
  return own.length ? own : [DEFAULT_PREPARATION];
}

/** 会议方案 (S1-3.1 制定会议方案): time, place, chair, who attends, agenda, preparation, rules. */
export function planDraft(record: MeetingRecord, leaveClassifiedOut = false): GeneralDraft {
  const { meeting } = record;
  const scope = draftScope(record, leaveClassifiedOut);
  const when = meetingTimeText(meeting.plannedOn, meeting.plannedTime);
  const body = [
    `为及时了解掌握全市人才工作情况，充分听取各单位意见建议，做好阶段性工作部署安排，经市人才工作领导小组组长同意，定于${when}召开${meeting.title}。现制定方案如下。`,
    '一、会议时间',
    `${when}。`,
    '二、会议地点',
    `${meeting.place}。`,
    '三、会议主持',
    `${meeting.chair}。`,
    '四、参会人员',
    ...attendeeLines(record.attendance),
    '五、会议议程',
    ...agendaLines(scope.included),
    '六、会前准备',
    ...preparation(record),
    '七、有关要求',
    ATTENDANCE_RULE,
  ];
  return {
    title: `${meeting.title}方案`,
    body: body.join('\n'),
    secrecyTerm: '',
    leaveClassifiedOut,
    prefix: officePrefix(record.office),
    issuer: 'office',
    mainRecipients: '',
    attachments: '',
    contact: record.office.contactLine,
    cc: '',
  };
}

/** 会议通知 (S1-3.1 下发会议通知), to the units invited. */
export function noticeDraft(record: MeetingRecord, leaveClassifiedOut = false): GeneralDraft {
  const { meeting } = record;
  const scope = draftScope(record, leaveClassifiedOut);
  const when = meetingTimeText(meeting.plannedOn, meeting.plannedTime);
  const body = [
    `经市人才工作领导小组组长同意，定于${when}在${meeting.place}召开${meeting.title}。现将有关事项通知如下：`,
    '一、会议时间和地点',
    `时间：${when}。`,
    `地点：${meeting.place}。`,
    '二、会议主持',
    `${meeting.chair}。`,
    '三、会议议程',
    ...agendaLines(scope.included),
    '四、参会人员',
    ...attendeeLines(record.attendance),
    '五、有关要求',
    ...preparation(record),
    ATTENDANCE_RULE,
  ];
  return {
    title: `关于召开${meeting.title}的通知`,
    body: body.join('\n'),
    secrecyTerm: '',
    leaveClassifiedOut,
    prefix: officePrefix(record.office),
    issuer: 'office',
    mainRecipients: '各镇（街道）、各开发区党（工）委，市人才工作领导小组各成员单位：',
    attachments: '',
    contact: record.office.contactLine,
    cc: '',
  };
}

function generalInput(record: MeetingRecord, draft: GeneralDraft, scope: DraftScope, number: string, date: string) {
  return {
    office: record.office,
    date,
    secrecy: scope.secrecy,
    secrecyTerm: draft.secrecyTerm.trim() || undefined,
    issuer: draft.issuer,
    number,
    title: draft.title.trim(),
    body: parseBody(draft.body),
    attachments: lines(draft.attachments),
    contact: draft.contact.trim() || undefined,
    cc: names(draft.cc),
  };
}

export function planDocument(
  record: MeetingRecord,
  draft: GeneralDraft,
  number: string,
  date: string,
): OfficialDocument {
  return buildPlan(generalInput(record, draft, draftScope(record, draft.leaveClassifiedOut), number, date));
}

export function noticeDocument(
  record: MeetingRecord,
  draft: GeneralDraft,
  number: string,
  date: string,
): OfficialDocument {
  return buildNotice({
    ...generalInput(record, draft, draftScope(record, draft.leaveClassifiedOut), number, date),
    mainRecipients: draft.mainRecipients.trim(),
  });
}
