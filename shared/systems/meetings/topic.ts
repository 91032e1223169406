import { z } from 'zod';
import type { LeaderDecision } from '../../core/common/approval';
import type { LocalDate } from '../../core/common/localDate';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../core/common/secrecy';

/** 议题 kinds: the seed's six kinds of meeting content (S1-1.1 … S1-1.6), in its order. */
export const TOPIC_KINDS = [
  'convey', // 传达学习上级会议、文件精神，研究贯彻落实措施
  'studyExperience', // 学习全国各地人才工作先进经验和特色做法
  'reportDeploy', // 通报全市人才工作情况，部署阶段性重点任务
  'progressReports', // 听取镇街、开发区、成员单位工作进展和下步计划，征求意见，解决困难
  'hearInvitees', // 征求列席人大代表、政协委员、专家人才代表意见，协调解决困难
  'other', // 其他需要会议研究解决的事项
] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** 征求意见: one unit asked for its opinion on a document under deliberation. */
export interface UnitOpinion {
  unitId: string;
  unitName: string;
  askedOn: LocalDate;
  answeredOn: LocalDate | null;
  /** 无意见 is an answer too: answered with an empty text means no objection. */
  opinion: string;
}

/** 提交会议审议的文件: needs the group leader's consent before the meeting and the units' opinions (S1-4.2). */
export interface DeliberationDocument {
  id: string;
  title: string;
  consent: LeaderDecision | null;
  opinions: UnitOpinion[];
}

/** 听取汇报: what one reporting unit said (S1-1.4). */
export interface UnitReport {
  unitId: string;
  unitName: string;
  progress: string;
  plan: string;
  problems: string;
  /** Who resolves the problems raised. */
  resolver: string;
}

/** 征求列席代表委员意见: one invitee's opinion and its follow-up (S1-1.5). */
export interface InviteeOpinion {
  attendanceId: string;
  name: string;
  opinion: string;
  followUp: string;
}

/** 会议情况 what happened on a topic at the meeting (S1-3.2). */
export interface Proceedings {
  /** What was conveyed, studied or reported. */
  reported: string;
  problems: string;
  /** Who resolves the problems (units or people). */
  resolvers: string;
  /** 会议议定事项 */
  decisions: string;
  recordedAt: string;
  recordedBy: string;
}

/** 议题 one topic of a meeting (table agendaItems). */
export interface AgendaItem {
  id: string;
  meetingId: string;
  /** Position on the agenda, from 1. */
  order: number;
  kind: TopicKind;
  title: string;
  /**
   * 主讲单位 of a topic other than 听取工作汇报; null = the office itself (市人才办). A
   * 听取工作汇报 topic is presented by its reporting units (topicPresenter) and keeps null here.
   */
  presenterUnitId: string | null;
  presenterName: string;
  secrecy: SecrecyLevel;
  summary: string;
  /** 传达学习: the higher-level meeting or document conveyed (S1-1.1). */
  sourceDocument: string;
  /** 听取汇报: the units that report. */
  reportingUnits: { unitId: string; unitName: string }[];
  documents: DeliberationDocument[];
  proceedings: Proceedings | null;
  reports: UnitReport[];
  inviteeOpinions: InviteeOpinion[];
  /** Key tasks deployed under this topic, in the order deployed (their items carry topicId). */
  taskIds?: string[];
  createdAt: string;
  updatedAt: string;
  isSample: 0 | 1;
}

export const topicInputSchema = z
  .object({
    kind: z.enum(TOPIC_KINDS),
    title: z.string().trim().min(1).max(200),
    presenterUnitId: z.string().nullable(),
    secrecy: z.enum(SECRECY_LEVELS),
    summary: z.string().trim().max(2000),
    sourceDocument: z.string().trim().max(200),
    reportingUnitIds: z.array(z.string()).max(100),
    /** Titles of the documents put to the meeting for deliberation. */
    documentTitles: z.array(z.string().trim().min(1).max(200)).max(20),
  })
  .superRefine((topic, ctx) => {
    if (topic.kind === 'convey' && !topic.sourceDocument)
      ctx.addIssue({ code: 'custom', path: ['sourceDocument'], message: 'meetings.rules.conveyNeedsSource' });
    if (topic.kind === 'progressReports' && topic.reportingUnitIds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['reportingUnitIds'], message: 'meetings.rules.reportsNeedUnits' });
  });
export type TopicInput = z.input<typeof topicInputSchema>;

/**
 * Who presents a topic, as the agenda, the 议题清单 and the screens name them: for 听取工作汇报 the
 * reporting units themselves (the kind's presenters, one notion); for every other kind the unit
 * chosen, or the office by default.
 */
export function topicPresenter(
  topic: Pick<AgendaItem, 'kind' | 'presenterName'> & Partial<Pick<AgendaItem, 'reportingUnits'>>,
): string {
  if (topic.kind === 'progressReports' && topic.reportingUnits?.length)
    return topic.reportingUnits.map((u) => u.unitName).join('、');
  return topic.presenterName;
}

/** The topics a document may carry: 秘密 and 机密 are classified; 公开 and 内部 are not. */
export function isClassified(level: SecrecyLevel): boolean {
  return level === 'secret' || level === 'confidential';
}
