import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../office/office';
import { buildApprovalSlip, buildSupervisionSlip } from '../templates';
import { formFitsOnePage } from './formGeometry';

const LINE_OF_TEXT = '这是一段用于测量的拟办意见文字内容共二十';
const SHORT_SUBJECT = '关于开展人才工作督查的请示';
const LONG_SUBJECT = '关于召开2026年第六次“党管人才”日常调度会议议题的请示';

function slip(subject: string, proposalLines: number) {
  const doc = buildApprovalSlip({
    office: DEFAULT_OFFICE_SETTINGS,
    date: '2026-11-10',
    secrecy: 'secret',
    number: '海人才办呈〔2026〕4号',
    subject,
    proposal: LINE_OF_TEXT.repeat(proposalLines),
    handler: '联系人：刘洋，电话：0412-3210000',
  });
  return formFitsOnePage(doc.form!, doc.title);
}

describe('whether a form slip fits one page', () => {
  // Measured in Chromium and LibreOffice: five lines of 拟办意见 fit under a one-line 事由, four under a two-line one.
  it('takes five lines of 拟办意见 under a one-line 事由, not six', () => {
    expect(slip(SHORT_SUBJECT, 5)).toBe(true);
    expect(slip(SHORT_SUBJECT, 6)).toBe(false);
  });

  it('takes four lines of 拟办意见 under a two-line 事由, not five', () => {
    expect(slip(LONG_SUBJECT, 4)).toBe(true);
    expect(slip(LONG_SUBJECT, 5)).toBe(false);
  });

  it('counts the 督办通知单 with its 回执 as one page', () => {
    const doc = buildSupervisionSlip({
      office: DEFAULT_OFFICE_SETTINGS,
      date: '2026-11-10',
      secrecy: 'internal',
      number: '海人才督〔2026〕7号',
      target: '海城市教育局',
      matter: '建成镇级人才驿站',
      requirement: '配齐服务人员，制定运营管理制度。',
      deadline: '2026-12-31',
      replyBy: '2026-12-25',
      contact: '刘洋 0412-3210000',
    });
    expect(formFitsOnePage(doc.form!, doc.title)).toBe(true);
  });
});
