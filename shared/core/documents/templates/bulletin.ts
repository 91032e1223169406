import type { Block, OfficialDocument } from '../model';
import type { TemplateBase } from './common';

/** 简报 (bulletin): 报头 with 期号, 编发单位 and date; 报尾 报 / 送 / 发 and copies. */
export interface BulletinInput extends TemplateBase {
  /** Defaults to 人才工作简报 */
  name?: string;
  /** e.g. 第5期 */
  issueLabel: string;
  title: string;
  body: Block[];
  reportTo: string[];
  sendTo: string[];
  distributeTo: string[];
  copies: number;
}

export function buildBulletin(input: BulletinInput): OfficialDocument {
  return {
    kind: 'bulletin',
    secrecy: input.secrecy,
    secrecyTerm: input.secrecyTerm,
    urgency: input.urgency ?? 'none',
    title: input.title,
    body: input.body,
    bulletin: {
      name: input.name ?? '人才工作简报',
      issueLabel: input.issueLabel,
      editor: input.office.officeName,
      date: input.date,
      reportTo: input.reportTo,
      sendTo: input.sendTo,
      distributeTo: input.distributeTo,
      copies: input.copies,
    },
  };
}
