import type { Block, OfficialDocument } from '../model';
import { type TemplateBase, copyNumberFor, officeColophon } from './common';

/** What 通知 and 通报 share: the general layout in the Leading Group's or the office's name. */
export interface GeneralInput extends TemplateBase {
  issuer: 'leadingGroup' | 'office';
  number: string;
  title: string;
  mainRecipients: string;
  body: Block[];
  attachments?: string[];
  contact?: string;
  cc?: string[];
}

export function buildGeneral(kind: 'notice' | 'circular', input: GeneralInput): OfficialDocument {
  const organ = input.issuer === 'leadingGroup' ? input.office.leadingGroupName : input.office.officeName;
  return {
    kind,
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
