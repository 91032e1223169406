import type { OfficialDocument } from '../../../core/documents/model';
import { names } from '../../../core/documents/parseBody';
import { buildBulletin } from '../../../core/documents/templates';
import { type BulletinDraft, draftScope, issuedDraftBase } from './drafts';
import { meetingActions } from './minutes';
import { joinNames, type MeetingRecord, sentence } from './record';

function monthDay(on: string): string {
  const [, m, d] = on.split('-').map(Number);
  return `${m}月${d}日`;
}

/** 会议简报 (S1-3.3 编发会议简报): what the meeting did and decided, for wide distribution. */
export function bulletinDraft(record: MeetingRecord, leaveClassifiedOut = true): BulletinDraft {
  const { meeting, office } = record;
  const scope = draftScope(record, leaveClassifiedOut);
  const groups = [
    record.attendance.some((a) => a.group === 'member') && '市人才工作领导小组成员单位',
    record.attendance.some((a) => a.group === 'town') && '各镇（街道）',
    record.attendance.some((a) => a.group === 'zone') && '各开发区',
  ].filter(Boolean) as string[];
  const invitees = record.attendance.some((a) => a.group === 'invitee' && a.status === 'present');
  const body = [
    `${monthDay(meeting.heldOn ?? meeting.plannedOn)}，${meeting.title}召开。${meeting.chair}主持会议，` +
      `${groups.length ? `${joinNames(groups)}有关负责同志` : '有关单位负责同志'}参加会议` +
      `${invitees ? '，特邀市人大代表、政协委员和专家人才代表列席会议' : ''}。`,
    `会议${meetingActions(scope.included)}。`,
  ];
  for (const topic of scope.included) {
    const decided = topic.proceedings?.decisions;
    body.push(`关于${topic.title}，${decided ? `会议议定：${sentence(decided)}` : '会议进行了研究。'}`);
  }
  const taskCount = record.tasks.filter((t) => scope.included.some((topic) => topic.id === t.topicId)).length;
  if (taskCount) body.push(`会议部署重点任务${taskCount}项，已列入督查事项，由市人才办跟进督促落实。`);
  return {
    title: `${office.leadingGroupName}召开${meeting.title}`,
    body: body.join('\n'),
    secrecyTerm: '',
    leaveClassifiedOut,
    reportTo: '市人才工作领导小组领导',
    sendTo: '市人才工作领导小组各成员单位',
    distributeTo: '各镇（街道）、各开发区党（工）委',
    copies: Math.max(20, record.attendance.length + 10),
  };
}

export function bulletinDocument(
  record: MeetingRecord,
  draft: BulletinDraft,
  issueLabel: string,
  date: string,
): OfficialDocument {
  return buildBulletin({
    ...issuedDraftBase(record, draft, issueLabel, date),
    reportTo: names(draft.reportTo),
    sendTo: names(draft.sendTo),
    distributeTo: names(draft.distributeTo),
    copies: draft.copies,
  });
}
