import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../office/office';
import { buildApprovalSlip, buildBulletin, buildMinutes, buildNotice, buildSupervisionSlip, paragraphs } from './index';

const base = { office: DEFAULT_OFFICE_SETTINGS, date: '2026-11-25' };

describe('document templates', () => {
  it("puts the Leading Group's red mark, number, seal and 版记 on a notice", () => {
    const doc = buildNotice({
      ...base,
      secrecy: 'public',
      issuer: 'leadingGroup',
      number: '海人才发〔2026〕3号',
      title: '关于召开调度会议的通知',
      mainRecipients: '各成员单位：',
      body: paragraphs('第一段。\n\n第二段。'),
      contact: '联系人：王芳',
    });
    expect(doc).toMatchObject({
      issuerMark: '海城市人才工作领导小组文件',
      number: '海人才发〔2026〕3号',
      signature: { organ: '海城市人才工作领导小组', isSealed: true },
      note: '（联系人：王芳）',
    });
    expect(doc.body).toEqual([
      { type: 'paragraph', text: '第一段。' },
      { type: 'paragraph', text: '第二段。' },
    ]);
    expect(doc.colophon).toEqual({ cc: [], printedBy: '海城市人才工作领导小组办公室', printedOn: '2026-11-25' });
    expect(doc.copyNumber).toBeUndefined();
  });

  it('gives a classified notice a copy number and its secrecy term', () => {
    const doc = buildNotice({
      ...base,
      secrecy: 'confidential',
      secrecyTerm: '1年',
      issuer: 'office',
      number: 'x',
      title: 't',
      mainRecipients: 'm',
      body: [],
    });
    expect(doc).toMatchObject({
      copyNumber: '000001',
      secrecy: 'confidential',
      secrecyTerm: '1年',
      issuerMark: '海城市人才工作领导小组办公室文件',
    });
  });

  it('gives minutes their own mark and the attendance lists, with no seal', () => {
    const doc = buildMinutes({
      ...base,
      secrecy: 'internal',
      issueLabel: '第6期',
      title: '纪要',
      body: [],
      present: ['市教育局'],
      onLeave: ['市财政局'],
      attending: ['张华'],
    });
    expect(doc.minutes).toMatchObject({
      markText: '海城市“党管人才”日常调度会议纪要',
      issueLabel: '第6期',
      present: ['市教育局'],
    });
    expect(doc.signature).toBeUndefined();
    expect(doc.copyNumber).toBeUndefined();
  });

  it('gives classified minutes a copy number (份号) like any classified document', () => {
    const doc = buildMinutes({
      ...base,
      secrecy: 'secret',
      secrecyTerm: '6个月',
      issueLabel: '第6期',
      title: '纪要',
      body: [],
      present: [],
      onLeave: [],
      attending: [],
    });
    expect(doc).toMatchObject({ copyNumber: '000001', secrecy: 'secret', secrecyTerm: '6个月' });
  });

  it('names the office as the bulletin editor', () => {
    const doc = buildBulletin({
      ...base,
      secrecy: 'public',
      issueLabel: '第5期',
      title: '简报',
      body: [],
      reportTo: [],
      sendTo: [],
      distributeTo: [],
      copies: 40,
    });
    expect(doc.bulletin).toMatchObject({
      name: '人才工作简报',
      editor: '海城市人才工作领导小组办公室',
      date: '2026-11-25',
      copies: 40,
    });
  });

  it('lays out a supervision slip with dates in Chinese and a tear-off reply carrying the same number', () => {
    const doc = buildSupervisionSlip({
      ...base,
      secrecy: 'internal',
      number: '海人才督〔2026〕7号',
      target: '牛庄镇党委',
      matter: '人才驿站建设',
      requirement: '限期完成',
      deadline: '2026-12-20',
      replyBy: '2026-12-22',
      contact: '王芳',
    });
    expect(doc.form?.rows.find((r) => r.label === '办结时限')?.value).toBe('2026年12月20日');
    expect(doc.form?.tearOff?.rows[0]).toEqual({ label: '编号', value: '海人才督〔2026〕7号' });
  });

  it('leaves at least 60 mm for the leader to write on an approval slip', () => {
    const doc = buildApprovalSlip({
      ...base,
      secrecy: 'internal',
      urgency: 'urgent',
      number: '海人才办呈〔2026〕11号',
      subject: '议题请示',
      proposal: '拟同意',
      handler: '王芳',
    });
    expect(doc.form?.rows.find((r) => r.label === '领导批示')?.minHeightMm).toBeGreaterThanOrEqual(60);
    expect(doc.form?.rows.find((r) => r.label === '紧急程度')?.value).toBe('加急');
  });
});
