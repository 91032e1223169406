import type { OfficialDocument } from '../../../documents/model';
import { buildApprovalSlip, buildSignInSheet } from '../../../documents/templates';
import { highestSecrecy } from '../../common/secrecy';
import { sortAttendance } from '../attendance';
import { meetingTimeText } from '../meeting';
import { agendaLines, joinNames, type MeetingRecord } from './record';

/**
 * 议题呈批单 (S1-3.1 报市人才工作领导小组组长同意): every topic goes to the leader, so the slip
 * takes the highest 密级 of them all.
 */
export function topicsApprovalSlip(record: Pick<MeetingRecord, 'meeting' | 'topics' | 'office'>, number: string, date: string, handler: string): OfficialDocument {
  const { meeting, office } = record;
  const topics = [...record.topics].sort((a, b) => a.order - b.order);
  const documents = topics.flatMap((t) => t.documents.map((d) => `《${d.title}》`));
  const proposal = [
    `市人才办拟于${meetingTimeText(meeting.plannedOn, meeting.plannedTime)}在${meeting.place}召开${meeting.title}，由${meeting.chair}主持。拟提请会议研究以下议题：`,
    ...agendaLines(topics),
    documents.length ? `其中提交会议审议文件${documents.length}件：${joinNames(documents)}，会前征求各镇（街道）、各开发区和市人才工作领导小组成员单位意见。` : '',
    '妥否，请批示。',
  ].filter(Boolean);
  return buildApprovalSlip({
    office,
    date,
    secrecy: highestSecrecy([meeting.secrecy, ...topics.map((t) => t.secrecy)]),
    number,
    subject: `关于召开${meeting.title}议题的请示`,
    proposal: proposal.join('\n'),
    handler: handler || office.contactLine,
  });
}

/** 签到表: the invited units and people in the seed's order, each with room to sign (S1-4.3 按时参会). */
export function signInSheet(record: Pick<MeetingRecord, 'meeting' | 'attendance' | 'office'>): OfficialDocument {
  const { meeting } = record;
  return buildSignInSheet({
    office: record.office,
    secrecy: meeting.secrecy,
    title: `${meeting.title}签到表`,
    time: meetingTimeText(meeting.plannedOn, meeting.plannedTime),
    place: meeting.place,
    attendees: sortAttendance(record.attendance).map((a) => (a.group === 'invitee' || a.group === 'adHoc' ? `${a.label}${a.name}` : a.name)),
  });
}
