import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../../core/office/office';
import { anItem } from '../../../../tests/support/supervisionBuilders';
import { buildArchiveIndex, buildExplanationSlip, buildItemSlip } from './itemDocuments';

const office = { ...DEFAULT_OFFICE_SETTINGS, contactLine: '联系人：王芳，电话：0412-3210000' };
const ctx = { office, target: '中共海城市牛庄镇委员会', date: '2026-05-20' };
const row = (doc: { form?: { rows: { label: string; value: string; minHeightMm?: number }[] } }, label: string) =>
  doc.form?.rows.find((r) => r.label === label);

describe('item documents', () => {
  it('fills the 督办通知单 with the matter, requirement, deadline and reply-by, numbered on the slip and its 回执', () => {
    const doc = buildItemSlip(anItem({ replyBy: '2026-06-25' }), {
      ...ctx,
      number: '海人才督〔2026〕1号',
      handler: '王芳',
    });
    expect(doc).toMatchObject({ kind: 'supervisionSlip', number: '海人才督〔2026〕1号', title: '督办通知单' });
    expect(row(doc, '督办对象')?.value).toBe('中共海城市牛庄镇委员会');
    expect(row(doc, '督办事项')?.value).toBe('村级人才信息库未建立');
    expect(row(doc, '办结时限')?.value).toBe('2026年6月30日');
    expect(row(doc, '反馈时限')?.value).toBe('2026年6月25日');
    expect(row(doc, '联系人')?.value).toBe('王芳，电话：0412-3210000'); // the row says 联系人 once
    expect(doc.form?.tearOff?.rows[0]).toEqual({ label: '编号', value: '海人才督〔2026〕1号' });
  });

  it('puts a 情况说明 to the leader with the days overdue and room to write 阅示', () => {
    const doc = buildExplanationSlip(
      anItem({ slipNumber: '海人才督〔2026〕2号' }),
      {
        reason: '场地协调未完成',
        measures: '7月15日前完成',
        submittedBy: '李明',
        receivedOn: '2026-07-05',
        daysOverdue: 5,
      },
      { ...ctx, number: '海人才办呈〔2026〕4号', handler: '王芳' },
    );
    expect(doc).toMatchObject({ kind: 'approvalSlip', title: '呈阅件', number: '海人才办呈〔2026〕4号' });
    expect(row(doc, '办结时限')?.value).toBe('2026年6月30日，已逾期5天');
    expect(row(doc, '督办事项')?.value).toBe('（海人才督〔2026〕2号）村级人才信息库未建立');
    expect(row(doc, '领导阅示')?.minHeightMm).toBeGreaterThanOrEqual(60);
  });

  it('indexes an archived item: its story, its verification and every file in the bundle', () => {
    const item = anItem({
      status: 'closed',
      closedOn: '2026-06-28',
      verifiedBy: '王芳',
      closeNote: '现场核实已建立',
      slipNumber: '海人才督〔2026〕1号',
    });
    const feedback = [
      {
        id: 'fb',
        itemId: 'i1',
        receivedOn: '2026-06-25',
        progress: '已建立信息库',
        reportedBy: '李明',
        attachmentIds: ['a', 'b'],
        createdAt: '',
        createdBy: '',
        isSample: 0 as const,
      },
    ];
    const doc = buildArchiveIndex({
      item,
      unitName: '牛庄镇',
      feedback,
      explanations: [],
      files: [
        { path: '01-督办通知单.docx', title: '督办通知单（Word）' },
        { path: '03-证明材料-照片.jpg', title: '证明材料：照片.jpg' },
      ],
      office,
      date: '2026-06-29',
    });
    expect(doc.kind).toBe('record');
    expect(row(doc, '办理反馈')?.value).toBe('1.2026年6月25日 李明：已建立信息库（证明材料2份）');
    expect(row(doc, '核实办结')?.value).toBe('2026年6月28日，核实人：王芳。现场核实已建立');
    expect(row(doc, '卷内文件')?.value).toBe(
      '1.督办通知单（Word）（01-督办通知单.docx）\n2.证明材料：照片.jpg（03-证明材料-照片.jpg）',
    );
  });

  it('records in the archive index each extension granted, and how many days overdue the item already was', () => {
    const decision = {
      decision: 'approved' as const,
      by: '李强',
      on: '2026-06-05',
      remark: '',
      recordedBy: '王芳',
      recordedAt: '',
    };
    const extension = {
      id: 'e',
      fromDueOn: '2026-05-31',
      fromReplyBy: '2026-05-31',
      newDueOn: '2026-06-30',
      newReplyBy: '2026-06-30',
      requestedOn: '2026-06-03',
      requestedBy: '李明',
      reason: '汛期',
      slipNumber: '海人才办呈〔2026〕1号',
      decision,
      overdueDaysWhenGranted: 5,
      recordedAt: '',
      recordedBy: '王芳',
    };
    const item = anItem({
      status: 'closed',
      dueOn: '2026-06-30',
      closedOn: '2026-06-28',
      extensions: [
        extension,
        { ...extension, id: 'r', decision: { ...decision, decision: 'rejected', remark: '不同意' } },
      ],
    });
    const doc = buildArchiveIndex({
      item,
      unitName: '牛庄镇',
      feedback: [],
      explanations: [],
      files: [],
      office,
      date: '2026-06-29',
    });
    expect(row(doc, '延期')?.value).toBe(
      '1.由2026年5月31日延至2026年6月30日，李强2026年6月5日同意（海人才办呈〔2026〕1号），批准时已逾期5天',
    );
    expect(row(anItemIndex(), '延期')).toBeUndefined();
  });
});

function anItemIndex() {
  return buildArchiveIndex({
    item: anItem({ status: 'closed' }),
    unitName: '牛庄镇',
    feedback: [],
    explanations: [],
    files: [],
    office,
    date: '2026-06-29',
  });
}
