import type { Block, OfficialDocument } from '../model';
import type { TemplateBase } from './common';

/** 信函 (letter) in the office's name, e.g. 商请函. */
export interface LetterInput extends TemplateBase {
  number: string;
  title: string;
  mainRecipients: string;
  body: Block[];
  contact?: string;
}

export function buildLetter(input: LetterInput): OfficialDocument {
  return {
    kind: 'letter',
    secrecy: input.secrecy,
    secrecyTerm: input.secrecyTerm,
    urgency: input.urgency ?? 'none',
    issuerMark: input.office.officeName,
    number: input.number,
    title: input.title,
    mainRecipients: input.mainRecipients,
    body: input.body,
    signature: { organ: input.office.officeName, date: input.date, isSealed: true },
    note: input.contact ? `（${input.contact}）` : undefined,
  };
}
