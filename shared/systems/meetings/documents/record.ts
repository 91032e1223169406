import type { OfficeSettings } from '../../../core/office/office';
import { highestSecrecy, type SecrecyLevel } from '../../../core/common/secrecy';
import type { AttendanceRow } from '../attendance';
import { sortAttendance } from '../attendance';
import type { Meeting } from '../meeting';
import type { DeployedTask } from '../tasks';
import { type AgendaItem, isClassified, type TopicKind, topicPresenter } from '../topic';

/**
 * What the meeting's documents are drafted from. Documents are official Chinese text (GB/T 9704)
 * whatever the interface language, so the drafting here writes Chinese.
 */
export interface MeetingRecord {
  meeting: Meeting;
  topics: AgendaItem[];
  attendance: AttendanceRow[];
  /** Deployed tasks with the responsible units' names. */
  tasks: (DeployedTask & { unitNames: string[] })[];
  office: OfficeSettings;
}

/** 议题 kinds as documents name them (S1-1.1 … S1-1.6). */
export const TOPIC_KIND_TEXT: Record<TopicKind, string> = {
  convey: '传达学习',
  studyExperience: '学习先进经验',
  reportDeploy: '通报情况、部署任务',
  progressReports: '听取工作汇报',
  hearInvitees: '征求代表委员意见',
  other: '其他事项',
};

/** The topics a document carries, and those it leaves out when classified topics are left out. */
export function selectTopics(
  topics: readonly AgendaItem[],
  leaveClassifiedOut: boolean,
): { included: AgendaItem[]; leftOut: AgendaItem[] } {
  const ordered = [...topics].sort((a, b) => a.order - b.order);
  if (!leaveClassifiedOut) return { included: ordered, leftOut: [] };
  return {
    included: ordered.filter((t) => !isClassified(t.secrecy)),
    leftOut: ordered.filter((t) => isClassified(t.secrecy)),
  };
}

/** A document takes the highest 密级 of what it contains: the meeting's own level and its topics'. */
export function documentSecrecy(
  meeting: Pick<Meeting, 'secrecy'>,
  included: readonly Pick<AgendaItem, 'secrecy'>[],
): SecrecyLevel {
  return highestSecrecy([meeting.secrecy, ...included.map((t) => t.secrecy)]);
}

/** Ends a sentence with 。 unless it already ends with a stop. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /[。！？；：.!?]$/.test(trimmed) ? trimmed : `${trimmed}。`;
}

/** The user's text as paragraphs, one per line (never read as headings). */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map(sentence);
}

export function joinNames(names: readonly string[]): string {
  return names.join('、');
}

/** Who attends, in the seed's groups (S1-2), as the plan and the notice list them. */
export function attendeeLines(rows: readonly AttendanceRow[]): string[] {
  const sorted = sortAttendance(rows);
  const names = (group: AttendanceRow['group']) => sorted.filter((r) => r.group === group);
  const lines: string[] = [];
  const members = names('member').map((r) => r.name);
  if (members.length) lines.push(`市人才工作领导小组成员单位有关负责同志：${joinNames(members)}。`);
  const towns = names('town').map((r) => r.name);
  if (towns.length) lines.push(`各镇（街道）有关负责同志：${joinNames(towns)}。`);
  const zones = names('zone').map((r) => r.name);
  if (zones.length) lines.push(`各开发区党工委有关负责同志：${joinNames(zones)}。`);
  const invitees = names('invitee').map((r) => `${r.label}${r.name}`);
  if (invitees.length) lines.push(`特邀列席：${joinNames(invitees)}。`);
  if (names('staff').length) lines.push('市人才办（人才服务工作站）全体工作人员。');
  const others = names('adHoc').map((r) => (r.label ? `${r.label}${r.name}` : r.name));
  if (others.length) lines.push(`其他参会人员：${joinNames(others)}。`);
  return lines;
}

/** The agenda as numbered lines (1. 2. …, read as level-3 headings): title and who presents. */
export function agendaLines(topics: readonly AgendaItem[]): string[] {
  return topics.map((t, i) => {
    const presenter = topicPresenter(t);
    return `${i + 1}. ${t.title}${presenter ? `（${presenter}）` : ''}`;
  });
}

/** The prefix a meeting document takes by default: the office's own (…办发) if there is one. */
export function officePrefix(office: OfficeSettings): string {
  return office.documentPrefixes.find((p) => p.includes('办')) ?? office.documentPrefixes[0];
}
