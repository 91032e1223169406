import type { Block, OfficialDocument } from '../model';
import { type TemplateBase, copyNumberFor, officeColophon } from './common';

/** 通知 (notice) in the Leading Group's or the office's name. */
export interface NoticeInput extends TemplateBase {
  /** Whose 发文机关标志: the Leading Group's (…文件) or the office's. */
  issuer: 'leadingGroup' | 'office';
  number: string;
  title: string;
  mainRecipients: string;
  body: Block[];
  attachments?: string[];
  contact?: string;
  cc?: string[];
}

export function buildNotice(input: NoticeInput): OfficialDocument {
  const organ = input.issuer === 'leadingGroup' ? input.office.leadingGroupName : input.office.officeName;
  return {
    kind: 'notice',
    copyNumber: copyNumberFor(input),
    secrecy: input.secrecy,
    secrecyTerm: input.secrecyTerm,
    urgency: input.urgency ?? 'none',
    issuerMark: `${organ}文件`,
    number: input.number,
    title: input.title,
    mainRecipients: input.mainRecipients,
    body: input.body,
    attachments: input.attachments,
    signature: { organ, date: input.date, isSealed: true },
    note: input.contact ? `（${input.contact}）` : undefined,
    colophon: officeColophon(input, input.cc),
  };
}
