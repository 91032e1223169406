import { chineseDate, chineseNumeral } from '../../../core/documents/format';
import type { OfficialDocument } from '../../../core/documents/model';
import { names } from '../../../core/documents/parseBody';
import { buildMinutes } from '../../../core/documents/templates';
import { isApproved } from '../../../core/common/approval';
import { attendanceLists } from '../attendance';
import type { AgendaItem } from '../topic';
import { draftScope, issuedDraftBase, type MinutesDraft } from './drafts';
import { joinNames, type MeetingRecord, sentence, textLines } from './record';

/** What the meeting did with each kind of topic, for the opening sentence (S1-3.2). */
const KIND_VERBS: Record<AgendaItem['kind'], string> = {
  convey: '传达学习了上级有关会议和文件精神',
  studyExperience: '学习了各地人才工作先进经验和特色做法',
  reportDeploy: '通报了全市人才工作情况，部署了阶段性重点任务',
  progressReports: '听取了有关单位工作进展情况和下步计划汇报',
  hearInvitees: '征求了列席人大代表、政协委员和专家人才代表的意见建议',
  other: '研究了其他有关事项',
};

export function meetingActions(topics: readonly AgendaItem[]): string {
  const kinds = [...new Set(topics.map((t) => t.kind))];
  const verbs = kinds.map((k) => KIND_VERBS[k]);
  if (topics.some((t) => t.documents.length > 0)) verbs.push('审议了有关文件');
  return verbs.join('，');
}

function kindLead(topic: AgendaItem): string[] {
  switch (topic.kind) {
    case 'convey':
      return [`会议传达学习了${topic.sourceDocument}，研究了贯彻落实措施。`];
    case 'progressReports':
      return [`会议听取了${joinNames(topic.reportingUnits.map((u) => u.unitName))}工作进展情况和下步计划汇报。`];
    case 'hearInvitees':
      return ['会议听取了列席人大代表、政协委员和专家人才代表的意见建议。'];
    default:
      return [];
  }
}

/** One topic's part of the minutes: what was reported, heard, reviewed, decided and deployed. */
export function topicMinutes(topic: AgendaItem, record: MeetingRecord): string[] {
  const out = [...kindLead(topic)];
  const p = topic.proceedings;
  if (p) out.push(...textLines(p.reported));
  for (const r of topic.reports) {
    const parts = [
      r.progress && `工作进展：${sentence(r.progress)}`,
      r.plan && `下步计划：${sentence(r.plan)}`,
      r.problems && `存在问题：${sentence(r.problems)}`,
      r.problems && r.resolver && `由${r.resolver}协调解决。`,
    ].filter(Boolean);
    if (parts.length) out.push(`${r.unitName}汇报。${parts.join('')}`);
  }
  for (const o of topic.inviteeOpinions) {
    if (o.opinion)
      out.push(`${o.name}提出：${sentence(o.opinion)}${o.followUp ? `会议研究：${sentence(o.followUp)}` : ''}`);
  }
  for (const d of topic.documents) {
    const answered = d.opinions.filter((o) => o.answeredOn).length;
    const consent = isApproved(d.consent) ? '会前已报市人才工作领导小组组长同意，' : '';
    out.push(
      `会议审议了《${d.title}》。该文件${consent}并征求了${d.opinions.length}个单位意见（${answered}个单位已反馈）。`,
    );
  }
  if (p?.problems) out.push(`存在问题：${sentence(p.problems)}${p.resolvers ? `由${p.resolvers}负责协调解决。` : ''}`);
  if (p?.decisions) out.push(`会议议定：${sentence(p.decisions)}`);
  const tasks = record.tasks.filter((t) => t.topicId === topic.id);
  tasks.forEach((task, i) => {
    out.push(
      `重点任务${tasks.length > 1 ? i + 1 : ''}：${sentence(task.matter)}` +
        `${task.requirement ? sentence(task.requirement) : ''}责任单位：${joinNames(task.unitNames)}；完成时限：` +
        `${chineseDate(task.dueOn)}。`,
    );
  });
  return out;
}

/** 会议原定于…召开，因…改于…召开。: said when the meeting was held on another day than planned. */
export function rescheduled(
  meeting: Pick<MeetingRecord['meeting'], 'plannedOn' | 'heldOn' | 'heldDateReason'>,
): string {
  if (!meeting.heldOn || meeting.heldOn === meeting.plannedOn) return '';
  const reason = meeting.heldDateReason?.trim().replace(/[。；，.;,]+$/, '');
  const moved = `${meeting.heldOn < meeting.plannedOn ? '提前' : '推迟'}至${chineseDate(meeting.heldOn)}召开。`;
  const why = reason ? `因${reason.replace(/^因/, '')}，` : '';
  return `会议原定于${chineseDate(meeting.plannedOn)}召开，${why}${moved}`;
}

/** 会议纪要 (S1-3.3 印发会议纪要): drafted from the proceedings and attendance. */
export function minutesDraft(record: MeetingRecord, leaveClassifiedOut = false): MinutesDraft {
  const { meeting } = record;
  const scope = draftScope(record, leaveClassifiedOut);
  const heldOn = meeting.heldOn ?? meeting.plannedOn;
  const opening = `${chineseDate(heldOn)}，${meeting.chair}在${meeting.place}主持召开${meeting.title}。`;
  const body = [`${opening}${rescheduled(meeting)}会议${meetingActions(scope.included)}。现将会议议定事项纪要如下：`];
  scope.included.forEach((topic, i) =>
    body.push(`${chineseNumeral(i + 1)}、${topic.title}`, ...topicMinutes(topic, record)),
  );
  if (record.tasks.some((t) => scope.included.some((topic) => topic.id === t.topicId)))
    body.push('会议部署的重点任务列入督查事项，由市人才办跟进督促落实。');
  const lists = attendanceLists(record.attendance);
  return {
    title: `${meeting.title}纪要`,
    body: body.join('\n'),
    secrecyTerm: '',
    leaveClassifiedOut,
    present: joinNames(lists.present),
    onLeave: joinNames(lists.onLeave),
    attending: joinNames(lists.attending),
    cc: '',
  };
}

export function minutesDocument(
  record: MeetingRecord,
  draft: MinutesDraft,
  issueLabel: string,
  date: string,
): OfficialDocument {
  return buildMinutes({
    ...issuedDraftBase(record, draft, issueLabel, date),
    present: listNames(draft.present),
    onLeave: listNames(draft.onLeave),
    attending: listNames(draft.attending),
    cc: names(draft.cc),
  });
}

/** Attendance lines split on 、 and line breaks, but never inside （委托…） brackets. */
export function listNames(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth += 1;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === '、' || ch === '\n' || ch === '，' || ch === ',')) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
