import { z } from 'zod';
import type { LeaderDecision } from '../../core/common/approval';
import { isLocalDate, type LocalDate } from '../../core/common/localDate';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../core/common/secrecy';
import type { MeetingStatus, StatusChange } from './status';

/** 会后通报: the decisions circulated to member units (seed S1-4.2), to whom and when. */
export interface Circulation {
  id: string;
  on: LocalDate;
  unitIds: string[];
  /** The units' names on that day. */
  unitNames: string[];
  /** How: e.g. 印发会议纪要, 书面通报, 会议通报. */
  means: string;
  recordedBy: string;
}

/**
 * 取消会议: a meeting planned but called off before it was held. It keeps the phase it had
 * reached (restoring takes it up there again), its documents stay in the register, and the
 * cadence passes it by.
 */
export interface MeetingCancellation {
  /** The day it was called off. */
  on: LocalDate;
  at: string;
  by: string;
  reason: string;
  /** Documents voided in the register with the cancellation (a notice already sent, say). */
  voidedDocumentIds: string[];
}

/** The documents a meeting issues, by role; each is an id in the document register. */
export interface MeetingDocuments {
  approvalSlip?: string;
  plan?: string;
  notice?: string;
  minutes?: string;
  /** A second 纪要 for wider distribution, without the classified topics, when the first carried them. */
  minutesWithoutClassified?: string;
  bulletin?: string;
}

/** 日常调度会议 one scheduling meeting, from its topics to its archive. */
export interface Meeting {
  id: string;
  /** Year of the planned date: the list is by year. */
  year: number;
  /** e.g. 2026年第六次“党管人才”日常调度会议 */
  title: string;
  plannedOn: LocalDate;
  /** HH:MM, 24-hour */
  plannedTime: string;
  place: string;
  /** 主持人: by the seed, 市委组织部副部长、市人才办主任 (S1-4.1). */
  chair: string;
  secrecy: SecrecyLevel;
  /** 随时召开: called when needed rather than in the two-monthly cadence. */
  isAdHoc: boolean;
  /** 会前准备: what attendees prepare (printed in the plan and the notice). */
  toPrepare: string;
  status: MeetingStatus;
  history: StatusChange[];
  /** The leader's decision on the topics (the latest one), and every one recorded. */
  approval: LeaderDecision | null;
  approvals: LeaderDecision[];
  documents: MeetingDocuments;
  /** Topics a document was issued without (classified ones left out), by document role. */
  leftOut?: Partial<Record<keyof MeetingDocuments, string[]>>;
  /**
   * Set when marked held (index `heldOn`: the cadence reads the latest). `plannedOn` stays as it
   * was: the notice printed it. When the two differ, `heldDateReason` says why (asked for once the
   * notice went out), and the page and the minutes' draft say both.
   */
  heldOn?: LocalDate;
  heldDateReason?: string;
  circulations: Circulation[];
  /** Set while the meeting is cancelled. */
  cancellation?: MeetingCancellation;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  isSample: 0 | 1;
}

const localDate = z.string().refine(isLocalDate, { message: 'invalid_format' });

export const meetingInputSchema = z.object({
  title: z.string().trim().min(1).max(100),
  plannedOn: localDate,
  plannedTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid_format' }),
  place: z.string().trim().min(1).max(100),
  chair: z.string().trim().min(1).max(80),
  secrecy: z.enum(SECRECY_LEVELS),
  isAdHoc: z.boolean(),
  toPrepare: z.string().trim().max(2000),
});
export type MeetingInput = z.input<typeof meetingInputSchema>;

const ORDINALS = '一二三四五六七八九十';

/** 第六次: meetings of a year counted in Chinese (十一, 十二 for ad-hoc-heavy years). */
export function meetingOrdinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1];
  if (n < 20) return `十${ORDINALS[n - 11]}`;
  return String(n);
}

/** The title a new meeting gets: 2026年第六次“党管人才”日常调度会议 (the user may change it). */
export function defaultMeetingTitle(year: number, countInYear: number): string {
  return `${year}年第${meetingOrdinal(countInYear + 1)}次“党管人才”日常调度会议`;
}

/**
 * The title 新建会议 suggests: the year's meetings so far, those called off not counted (the meeting
 * after a cancelled one takes its ordinal, as the sample office's record shows).
 */
export function nextMeetingTitle(year: number, meetingsOfYear: Pick<Meeting, 'cancellation'>[]): string {
  return defaultMeetingTitle(year, meetingsOfYear.filter((m) => !m.cancellation).length);
}

/**
 * A chair that names nobody: the office director's (or group leader's) title alone, as the default
 * gives it while the office has not filled in the leaders' names. Documents that print the chair
 * are refused until it names someone (…主任主持 is no record of who chaired).
 */
export function chairNamesNobody(chair: string, office: { directorTitle: string; groupLeaderTitle: string }): boolean {
  const text = chair.trim();
  return !text || [office.directorTitle, office.groupLeaderTitle].some((title) => title.trim() === text);
}

/** The chair by default: the office director with the title the seed gives (S1-4.1). */
export function defaultChair(office: { directorTitle: string; directorName: string }): string {
  return [office.directorTitle, office.directorName].filter(Boolean).join(' ');
}

/** A meeting held on another day than its notice gave must say why (the units were told the planned day). */
export function heldDateReasonNeeded(meeting: Pick<Meeting, 'plannedOn' | 'documents'>, heldOn: LocalDate): boolean {
  return heldOn !== meeting.plannedOn && !!meeting.documents.notice;
}

/** 2026年3月12日（星期四）9:00, as notices print a meeting's time. */
export function meetingTimeText(on: LocalDate, time: string): string {
  const [y, m, d] = on.split('-').map(Number);
  const weekday = '日一二三四五六'[new Date(y, m - 1, d).getDay()];
  const [h, min] = time.split(':');
  return `${y}年${m}月${d}日（星期${weekday}）${Number(h)}:${min}`;
}
