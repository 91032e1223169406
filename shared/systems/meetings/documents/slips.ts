import { secrecyMark } from '../../../core/documents/format';
import type { FormAttachment, OfficialDocument } from '../../../core/documents/model';
import { formFitsOnePage } from '../../../core/documents/render/formGeometry';
import { buildApprovalSlip, buildSignInSheet } from '../../../core/documents/templates';
import { highestSecrecy } from '../../../core/common/secrecy';
import { sortAttendance } from '../attendance';
import { meetingTimeText } from '../meeting';
import type { AgendaItem } from '../topic';
import { type MeetingRecord, TOPIC_KIND_TEXT } from './record';

/**
 * 议题呈批单 (S1-3.1 报市人才工作领导小组组长同意): every topic goes to the leader, so the slip
 * takes the highest 密级 of them all. A 呈批单 is one page with 60 mm left for the leader's hand,
 * and its 拟办意见 holds some five lines: the topics are listed there while they fit (the place and
 * the chair, which the plan and the notice carry, give way first); otherwise it says
 * 议题6项（见附件） and a 议题清单 follows on a page of its own (topics with kind, presenter, 密级).
 */
export function topicsApprovalSlip(
  record: Pick<MeetingRecord, 'meeting' | 'topics' | 'office'>,
  number: string,
  date: string,
  handler: string,
): OfficialDocument {
  const { meeting, office } = record;
  const topics = [...record.topics].sort((a, b) => a.order - b.order);
  const circled = '①②③④⑤⑥⑦⑧⑨⑩';
  const [, m, d] = meeting.plannedOn.split('-').map(Number);
  const items = topics.map((t, i) => `${circled[i] ?? `${i + 1}.`}${t.title}${deliberated(t)}`).join('；');
  const hasDocuments = topics.some((t) => t.documents.length > 0);
  const when = `拟于${m}月${d}日${Number(meeting.plannedTime.slice(0, 2))}:${meeting.plannedTime.slice(3)}`;
  const opening = (full: boolean) =>
    `${when}${full ? `在${meeting.place}` : ''}召开会议${full ? `，由${meeting.chair}主持` : ''}，提请研究议题${topics.length}项`;
  // S1-4.2: documents put to the meeting go to the units for their opinions first.
  const consult = (full: boolean) =>
    hasDocuments ? `审议文件会前征求${full ? '各镇（街道）、各开发区和成员单位' : '各单位'}意见。` : '';
  const slip = (proposal: string, attachment?: FormAttachment): OfficialDocument => {
    const doc = buildApprovalSlip({
      office,
      date,
      secrecy: highestSecrecy([meeting.secrecy, ...topics.map((t) => t.secrecy)]),
      number,
      subject: `关于召开${meeting.title}议题的请示`,
      proposal,
      handler: handler || office.contactLine,
    });
    return attachment ? { ...doc, form: { ...doc.form!, attachment } } : doc;
  };
  const fits = (doc: OfficialDocument) => formFitsOnePage(doc.form!, doc.title);
  const inline = [true, false].map((full) => slip(`${opening(full)}：${items}。${consult(full)}妥否，请批示。`));
  const listed = [true, false].map((full) =>
    slip(`${opening(full)}（见附件）。${consult(full)}妥否，请批示。`, topicList(topics)),
  );
  return inline.find(fits) ?? listed.find(fits) ?? listed[listed.length - 1];
}

/** What the 议题清单 shows of a topic. */
type ListedTopic = Pick<AgendaItem, 'title' | 'kind' | 'presenterName' | 'secrecy'> & {
  documents: readonly { title: string }[];
};

/** （审议《甲》、《乙》）: the documents a topic puts to the meeting. */
function deliberated(topic: ListedTopic): string {
  const docs = topic.documents.map((x) => `《${x.title}》`).join('、');
  return docs ? `（审议${docs}）` : '';
}

/** 议题清单: the slip's attachment, one row per topic in agenda order. */
export function topicList(topics: readonly ListedTopic[]): FormAttachment {
  const columns = [
    { title: '序号', widthMm: 14 },
    { title: '议题', widthMm: 72, align: 'left' as const },
    { title: '类别', widthMm: 30 },
    { title: '汇报单位', widthMm: 26 },
    { title: '密级', widthMm: 14 },
  ];
  const rows = topics.map((t, i) => [
    String(i + 1),
    `${t.title}${deliberated(t)}`,
    TOPIC_KIND_TEXT[t.kind],
    t.presenterName,
    secrecyMark(t.secrecy) || '公开',
  ]);
  // 4号 on 7 mm lines: six long topics at 3号 on body lines would take two pages.
  return { title: '议题清单', body: [{ type: 'table', columns, rows, isDense: true }] };
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
    attendees: sortAttendance(record.attendance).map((a) =>
      a.group === 'invitee' || a.group === 'adHoc' ? `${a.label}${a.name}` : a.name,
    ),
  });
}
