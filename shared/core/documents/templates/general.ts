import type { Block, Enclosure, OfficialDocument } from '../model';
import { type TemplateBase, copyNumberFor, officeColophon } from './common';

/** What 通知 and 通报 share: the general layout in the Leading Group's or the office's name. */
export interface GeneralInput extends TemplateBase {
  issuer: 'leadingGroup' | 'office';
  number: string;
  title: string;
  mainRecipients: string;
  body: Block[];
  attachments?: string[];
  /** Documents issued with it (印发) and attachments with their text, each from a new page. */
  enclosures?: Enclosure[];
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
    attachments: attachmentNames(input),
    enclosures: input.enclosures?.length ? input.enclosures : undefined,
    signature: { organ, date: input.date, isSealed: true },
    note: input.contact ? `（${input.contact}）` : undefined,
    colophon: officeColophon(input, input.cc),
  };
}

/** The 附件说明: the names given, then any attachment enclosure not among them, so labels and list agree. */
function attachmentNames(input: GeneralInput): string[] | undefined {
  const names = [...(input.attachments ?? [])];
  for (const enclosure of input.enclosures ?? [])
    if (enclosure.role === 'attachment' && !names.includes(enclosure.title)) names.push(enclosure.title);
  return names.length ? names : undefined;
}
