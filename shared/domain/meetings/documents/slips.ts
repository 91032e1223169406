import type { OfficialDocument } from '../../../documents/model';
import { buildApprovalSlip, buildSignInSheet } from '../../../documents/templates';
import { highestSecrecy } from '../../common/secrecy';
import { sortAttendance } from '../attendance';
import { meetingTimeText } from '../meeting';
import type { MeetingRecord } from './record';

/**
 * 议题呈批单 (S1-3.1 报市人才工作领导小组组长同意): every topic goes to the leader, so the slip
 * takes the highest 密级 of them all.
 */
export function topicsApprovalSlip(record: Pick<MeetingRecord, 'meeting' | 'topics' | 'office'>, number: string, date: string, handler: string): OfficialDocument {
  const { meeting, office } = record;
  const topics = [...record.topics].sort((a, b) => a.order - b.order);
  const circled = '①②③④⑤⑥⑦⑧⑨⑩';
  const [, m, d] = meeting.plannedOn.split('-').map(Number);
  // One paragraph, topics numbered inline: the slip must stay one page with 60 mm left for the 批示.
  const items = topics.map((t, i) => {
    const docs = t.documents.map((x) => `《${x.title}》`).join('、');
    return `${circled[i] ?? `${i + 1}.`}${t.title}${docs ? `（审议${docs}）` : ''}`;
  });
  const hasDocuments = topics.some((t) => t.documents.length > 0);
  const proposal = `拟于${m}月${d}日${Number(meeting.plannedTime.slice(0, 2))}:${meeting.plannedTime.slice(3)}在${meeting.place}召开会议，由${meeting.chair}主持，提请研究议题${topics.length}项：${items.join('；')}。${hasDocuments ? '审议文件会前征求各镇（街道）、各开发区和成员单位意见。' : ''}妥否，请批示。`;
  return buildApprovalSlip({
    office,
    date,
    secrecy: highestSecrecy([meeting.secrecy, ...topics.map((t) => t.secrecy)]),
    number,
    subject: `关于召开${meeting.title}议题的请示`,
    proposal,
    handler: handler || office.contactLine,
  });
}

/** 签到表: the invited units and people in the seed's order, each with room to sign (S1-4.3 按时参会). */
export function signInSheet(record: Pick<MeetingRecord, 'meeting' | 'attendance' | 'office'>): OfficialDocument {
  const { meeting } = record;
  return buildSignInSheet({
    office: record.office,
    secrecy: meeting.secrecy,
    meetingTitle: meeting.title,
    time: meetingTimeText(meeting.plannedOn, meeting.plannedTime),
    place: meeting.place,
    attendees: sortAttendance(record.attendance).map((a) => (a.group === 'invitee' || a.group === 'adHoc' ? `${a.label}${a.name}` : a.name)),
  });
}
