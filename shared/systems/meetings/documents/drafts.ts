import type { SecrecyLevel } from '../../../core/common/secrecy';
import type { Block } from '../../../core/documents/model';
import { parseBody } from '../../../core/documents/parseBody';
import type { TemplateBase } from '../../../core/documents/templates';
import type { AgendaItem } from '../topic';
import { documentSecrecy, type MeetingRecord, selectTopics } from './record';

/** The documents a meeting issues from its record; each is drafted, edited, then issued. */
export const MEETING_DOCUMENT_ROLES = ['plan', 'notice', 'minutes', 'bulletin'] as const;
export type MeetingDocumentRole = (typeof MEETING_DOCUMENT_ROLES)[number];

/** What every draft has: the text the user may edit before issue. */
export interface DraftCommon {
  title: string;
  /** 正文 as lines; 一、 （一） 1. （1） start headings (parseBody). */
  body: string;
  /** 保密期限 for a classified document, e.g. 1年. */
  secrecyTerm: string;
  /** Issue a version without the 秘密 / 机密 topics. */
  leaveClassifiedOut: boolean;
}

/** 会议方案 and 会议通知: the general format with a 发文字号. */
export interface GeneralDraft extends DraftCommon {
  prefix: string;
  issuer: 'leadingGroup' | 'office';
  mainRecipients: string;
  /** 附件 names, one a line. */
  attachments: string;
  contact: string;
  /** 抄送, separated by 、 or lines. */
  cc: string;
}

/** 会议纪要: the 出席 / 请假 / 列席 lines come from attendance and may be edited. */
export interface MinutesDraft extends DraftCommon {
  present: string;
  onLeave: string;
  attending: string;
  cc: string;
}

/** 会议简报: 报 / 送 / 发 and the number of copies. */
export interface BulletinDraft extends DraftCommon {
  reportTo: string;
  sendTo: string;
  distributeTo: string;
  copies: number;
}

export interface DraftsByRole {
  plan: GeneralDraft;
  notice: GeneralDraft;
  minutes: MinutesDraft;
  bulletin: BulletinDraft;
}

/** What a draft carries and leaves out, and the 密级 that follows (shown before issue, enforced at issue). */
export interface DraftScope {
  included: AgendaItem[];
  leftOut: AgendaItem[];
  secrecy: SecrecyLevel;
}

export function draftScope(record: Pick<MeetingRecord, 'meeting' | 'topics'>, leaveClassifiedOut: boolean): DraftScope {
  const { included, leftOut } = selectTopics(record.topics, leaveClassifiedOut);
  return { included, leftOut, secrecy: documentSecrecy(record.meeting, included) };
}

/** What a 纪要 or 简报 takes from its record and draft alike: the office, 密级, 期号, title and body. */
export interface IssuedDraftBase extends TemplateBase {
  issueLabel: string;
  title: string;
  body: Block[];
}

/** The fields a periodical's template (buildMinutes, buildBulletin) takes from the draft as issued. */
export function issuedDraftBase(
  record: Pick<MeetingRecord, 'meeting' | 'topics' | 'office'>,
  draft: DraftCommon,
  issueLabel: string,
  date: string,
): IssuedDraftBase {
  return {
    office: record.office,
    date,
    secrecy: draftScope(record, draft.leaveClassifiedOut).secrecy,
    secrecyTerm: draft.secrecyTerm.trim() || undefined,
    issueLabel,
    title: draft.title.trim(),
    body: parseBody(draft.body),
  };
}
