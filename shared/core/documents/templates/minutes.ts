import type { Block, OfficialDocument } from '../model';
import { type TemplateBase, copyNumberFor, officeColophon } from './common';

/** 纪要 (minutes): its own 纪要标志, 期号 and the 出席 / 请假 / 列席 lists; no seal; 份号 when classified (§7.2.1). */
export interface MinutesInput extends TemplateBase {
  /** e.g. 第6期 */
  issueLabel: string;
  title: string;
  body: Block[];
  present: string[];
  onLeave: string[];
  attending: string[];
  cc?: string[];
}

export function buildMinutes(input: MinutesInput): OfficialDocument {
  return {
    kind: 'minutes',
    copyNumber: copyNumberFor(input),
    secrecy: input.secrecy,
    secrecyTerm: input.secrecyTerm,
    urgency: input.urgency ?? 'none',
    title: input.title,
    body: input.body,
    minutes: {
      markText: `${input.office.cityName}“党管人才”日常调度会议纪要`,
      issueLabel: input.issueLabel,
      present: input.present,
      onLeave: input.onLeave,
      attending: input.attending,
    },
    colophon: officeColophon(input, input.cc),
  };
}
