import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/systems/supervision/feedback';
import { freshDb } from '../../../../tests/support/testDb';
import { supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { supervisionItemFlowRepo } from './supervisionItemFlowRepo';
import { supervisionItemsCreateRepo } from './supervisionItemsCreateRepo';
import { supervisionItemsRepo } from './supervisionItemsRepo';
import { sampleRepo } from '../../../core/data/sampleRepo';

const instruction = (unitIds: string[], over = {}) => ({
  by: '张书记',
  on: '2026-05-02',
  ref: '市委领导在《人才工作专报》第5期上的批示',
  category: 'leaderInstructions' as const,
  matter: '落实高校毕业生留海就业补贴',
  requirement: '5月底前兑现到位',
  unitIds,
  dueOn: '2026-05-31',
  replyBy: '2026-05-28',
  secrecy: 'internal' as const,
  ...over,
});
const photo = (size: number, name = '现场照片.jpg') => ({ name, type: 'image/jpeg', bytes: new Uint8Array(size) });

describe('items from leaders’ instructions', () => {
  it('enters a leader’s instruction as one item per responsible unit, linked to the instruction (S2-2.3)', async () => {
    freshDb();
    const { member, town } = await supervisionRegistry();
    const items = await supervisionItemsCreateRepo.createInstruction(instruction([member.id, town.id]));
    expect(items.map((i) => [i.unitId, i.source, i.category, i.status])).toEqual([
      [member.id, 'instruction', 'leaderInstructions', 'open'],
      [town.id, 'instruction', 'leaderInstructions', 'open'],
    ]);
    expect(items[0].taskId).toBe(items[1].taskId);
    expect(items[0].instruction).toEqual({
      by: '张书记',
      on: '2026-05-02',
      ref: '市委领导在《人才工作专报》第5期上的批示',
    });
  });
});

describe('feedback with evidence (S2-5.2)', () => {
  it('keeps the unit’s report with its evidence files and waits for verification', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]));
    const feedback = await supervisionItemFlowRepo.addFeedback(
      item.id,
      { receivedOn: '2026-05-28', progress: '补贴已全部兑现。', reportedBy: '李明' },
      [photo(2048), photo(10, '兑现名单.pdf')],
    );
    expect(await db.supervisionItems.get(item.id)).toMatchObject({
      status: 'replied',
      feedbackCount: 1,
      lastFeedbackOn: '2026-05-28',
    });
    const files = await supervisionItemsRepo.attachmentsOf([feedback.id]);
    expect(files.map((f) => [f.name, f.size])).toEqual(
      expect.arrayContaining([
        ['现场照片.jpg', 2048],
        ['兑现名单.pdf', 10],
      ]),
    );
    expect((await supervisionItemsRepo.attachmentBlob(files[0].id))?.size).toBe(files[0].size);
  });

  it('refuses a file over the size limit with a clear error and keeps nothing of that feedback', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]));
    await expect(
      supervisionItemFlowRepo.addFeedback(item.id, { receivedOn: '2026-05-28', progress: '已办', reportedBy: '李明' }, [
        photo(10),
        photo(MAX_ATTACHMENT_BYTES + 1, '视频.mp4'),
      ]),
    ).rejects.toMatchObject({ code: 'attachment-too-large', params: { name: '视频.mp4', max: '20.0 MB' } });
    expect(await db.itemFeedback.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect((await db.supervisionItems.get(item.id))?.status).toBe('open');
  });
});

describe('verification, close-out, overdue and explanation (S2-4.5)', () => {
  it('closes a verified item with 办结登记 and 销号 (date, verifier) and then marks it archived', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]));
    await supervisionItemFlowRepo.addFeedback(
      item.id,
      { receivedOn: '2026-05-28', progress: '已兑现', reportedBy: '李明' },
      [],
    );
    await expect(supervisionItemFlowRepo.markArchived(item.id, 'x.zip')).rejects.toMatchObject({
      params: { rule: 'item-not-closed' },
    });
    await expect(
      supervisionItemFlowRepo.verify(item.id, {
        outcome: 'notDone',
        verifiedOn: '2026-05-29',
        verifiedBy: '王芳',
        note: '',
      }),
    ).rejects.toMatchObject({ params: { rule: 'reason-required' } });
    await supervisionItemFlowRepo.verify(item.id, {
      outcome: 'notDone',
      verifiedOn: '2026-05-29',
      verifiedBy: '王芳',
      note: '名单缺两人',
    });
    expect((await db.supervisionItems.get(item.id))?.status).toBe('open');
    await supervisionItemFlowRepo.verify(item.id, {
      outcome: 'done',
      verifiedOn: '2026-05-30',
      verifiedBy: '王芳',
      note: '电话核实，已全部兑现',
    });
    expect(await db.supervisionItems.get(item.id)).toMatchObject({
      status: 'closed',
      closedOn: '2026-05-30',
      verifiedBy: '王芳',
      closeNote: '电话核实，已全部兑现',
    });
    expect((await db.supervisionItems.get(item.id))?.openKey).toBeUndefined();
    await supervisionItemFlowRepo.markArchived(
      item.id,
      '海人才督〔2026〕1号 立卷归档.zip',
      new Date('2026-06-01T10:00:00'),
    );
    expect(await db.supervisionItems.get(item.id)).toMatchObject({
      status: 'archived',
      archiveName: '海人才督〔2026〕1号 立卷归档.zip',
    });
  });

  it('keeps an overdue item open, takes a 情况说明 for the leader’s 阅示, and prints it as a 呈阅件', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]));
    const explanation = {
      receivedOn: '2026-06-05',
      reason: '资金拨付流程未走完',
      measures: '6月15日前兑现',
      submittedBy: '李明',
    };
    await expect(
      supervisionItemFlowRepo.recordExplanation(item.id, explanation, new Date('2026-05-31T12:00:00')),
    ).rejects.toMatchObject({ params: { rule: 'not-overdue' } });
    const recorded = await supervisionItemFlowRepo.recordExplanation(
      item.id,
      explanation,
      new Date('2026-06-05T12:00:00'),
    );
    expect(recorded.daysOverdue).toBe(5);
    expect(await db.supervisionItems.get(item.id)).toMatchObject({ status: 'open', explanationCount: 1 });
    const slip = await supervisionItemFlowRepo.issueExplanationSlip(recorded.id, new Date('2026-06-05T12:00:00'));
    expect(slip).toMatchObject({ kind: 'approvalSlip', number: '海人才办呈〔2026〕1号', title: '呈阅件' });
    await supervisionItemFlowRepo.recordReading(
      recorded.id,
      {
        by: '李强',
        on: '2026-06-06',
        remark: '请持续跟踪督办',
      },
      new Date('2026-06-06T12:00:00'),
    );
    expect((await db.explanations.get(recorded.id))?.reading).toMatchObject({
      by: '李强',
      remark: '请持续跟踪督办',
      recordedBy: '王管理',
    });
  });

  it('records the leader’s 阅示 only once the 呈阅件 is printed, dated between it and today', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]));
    const at = new Date('2026-06-05T12:00:00');
    const explanation = {
      receivedOn: '2026-06-05',
      reason: '资金未拨付',
      measures: '6月15日前兑现',
      submittedBy: '李明',
    };
    const recorded = await supervisionItemFlowRepo.recordExplanation(item.id, explanation, at);
    const read = (on: string) => supervisionItemFlowRepo.recordReading(recorded.id, { by: '李强', on, remark: '' }, at);
    await expect(read('2026-06-05')).rejects.toMatchObject({ params: { rule: 'document-first' } });
    await supervisionItemFlowRepo.issueExplanationSlip(recorded.id, at);
    await expect(read('2026-06-04')).rejects.toMatchObject({ params: { rule: 'before-document' } });
    await expect(read('2026-06-06')).rejects.toMatchObject({ params: { rule: 'date-in-future' } });
    expect((await db.explanations.get(recorded.id))?.reading).toBeUndefined();
    expect((await read('2026-06-05')).reading).toMatchObject({ by: '李强', on: '2026-06-05' });
  });
});

describe('sample items', () => {
  it('gives a sample item’s slip the next sample number, and removes it with the sample data', async () => {
    const db = freshDb();
    await sampleRepo.load({ unitCount: 120, peopleCount: 150, now: new Date('2026-06-10T09:00:00') });
    const item = (await db.supervisionItems.toArray()).find(
      (i) => i.isSample === 1 && !i.slipDocumentId && i.status === 'open',
    )!;
    const sampleNumbers = (await db.documents.toArray()).filter(
      (d) => d.prefix === '示例海人才督' && d.year === 2026,
    ).length;
    const slip = await supervisionItemFlowRepo.issueSlip(item.id, new Date('2026-06-10T09:00:00'));
    expect(slip.number).toBe(`示例海人才督〔2026〕${sampleNumbers + 1}号`);
    expect(await db.docSequences.get(['海人才督', 2026])).toBeUndefined();
    await sampleRepo.remove();
    expect(await db.documents.count()).toBe(0);
  });
});
