import type { Block, OfficialDocument } from '../model';
import { type TemplateBase, copyNumberFor, officeColophon } from './common';

/** 通报 (circular), e.g. 督查通报 or 表扬通报, in the office's or the Leading Group's name. */
export interface CircularInput extends TemplateBase {
  issuer: 'leadingGroup' | 'office';
  number: string;
  title: string;
  mainRecipients: string;
  body: Block[];
  attachments?: string[];
  cc?: string[];
}

export function buildCircular(input: CircularInput): OfficialDocument {
  const organ = input.issuer === 'leadingGroup' ? input.office.leadingGroupName : input.office.officeName;
  return {
    kind: 'circular',
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
    colophon: officeColophon(input, input.cc),
  };
}
