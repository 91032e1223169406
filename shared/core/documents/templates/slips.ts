import { secrecyMark, urgencyMark, chineseDate } from '../format';
import type { OfficialDocument } from '../model';
import type { TemplateBase } from './common';

/**
 * A contact as modules write it for a notice's 附注 (联系人：王芳，电话：…): the slip's row already
 * says 联系人 (承办人), so the value reads once, without it.
 */
function withoutLabel(contact: string): string {
  return contact.replace(/^\s*(联系人|承办人)[:：]\s*/, '');
}

/** 督办通知单 (supervision notice slip): one page with a tear-off reply (回执). */
export interface SupervisionSlipInput extends TemplateBase {
  number: string;
  /** 督办对象: the unit's name as of the slip's date */
  target: string;
  matter: string;
  requirement: string;
  /** ISO dates */
  deadline: string;
  replyBy: string;
  contact: string;
}

export function buildSupervisionSlip(input: SupervisionSlipInput): OfficialDocument {
  return {
    kind: 'supervisionSlip',
    secrecy: input.secrecy,
    urgency: input.urgency ?? 'none',
    number: input.number,
    title: '督办通知单',
    body: [],
    form: {
      labelWidthMm: 36,
      rows: [
        { label: '督办对象', value: input.target },
        { label: '督办事项', value: input.matter },
        { label: '督办要求', value: input.requirement },
        { label: '办结时限', value: chineseDate(input.deadline) },
        { label: '反馈时限', value: chineseDate(input.replyBy) },
        { label: '联系人', value: withoutLabel(input.contact) },
      ],
      footer: `督办单位（盖章）：${input.office.officeName}\u3000\u3000${chineseDate(input.date)}`,
      tearOff: {
        title: '回执',
        rows: [
          { label: '编号', value: input.number },
          { label: '单位', value: input.target },
          { label: '办理情况', value: '', minHeightMm: 30 },
          { label: '负责人', value: '' },
          { label: '日期', value: '' },
        ],
      },
    },
  };
}

/** 呈批单 (approval slip) for a leader's signature; staff record the decision afterwards. */
export interface ApprovalSlipInput extends TemplateBase {
  number: string;
  subject: string;
  proposal: string;
  handler: string;
}

export function buildApprovalSlip(input: ApprovalSlipInput): OfficialDocument {
  return {
    kind: 'approvalSlip',
    secrecy: input.secrecy,
    urgency: input.urgency ?? 'none',
    number: input.number,
    title: '呈批单',
    body: [],
    form: {
      labelWidthMm: 36,
      rows: [
        { label: '事由', value: input.subject },
        { label: '呈报单位', value: input.office.officeName },
        { label: '文号', value: input.number },
        { label: '密级', value: secrecyMark(input.secrecy, input.secrecyTerm) || '公开' },
        { label: '紧急程度', value: urgencyMark(input.urgency ?? 'none') || '平件' },
        { label: '拟办意见', value: input.proposal, minHeightMm: 30 },
        { label: '领导批示', value: '', minHeightMm: 60 },
        { label: '办理结果', value: '', minHeightMm: 20 },
        { label: '承办人', value: withoutLabel(input.handler) },
      ],
      footer: `${input.office.officeName}\u3000\u3000${chineseDate(input.date)}`,
    },
  };
}
