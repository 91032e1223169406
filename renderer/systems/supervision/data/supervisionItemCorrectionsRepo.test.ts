import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { expectCountsEqualLists } from '../../../../tests/support/supervisionCounts';
import { supervisionExtensionsRepo } from './supervisionExtensionsRepo';
import { supervisionItemCorrectionsRepo } from './supervisionItemCorrectionsRepo';
import { supervisionItemFlowRepo } from './supervisionItemFlowRepo';
import { supervisionItemsCreateRepo } from './supervisionItemsCreateRepo';
import { supervisionItemsRepo } from './supervisionItemsRepo';

const on = (date: string) => new Date(`${date}T09:00:00`);
const instruction = (unitIds: string[]) => ({
  by: '张书记',
  on: '2026-05-02',
  ref: '市委领导批示',
  category: 'leaderInstructions' as const,
  matter: '建成人才驿站',
  requirement: '',
  unitIds,
  dueOn: '2026-05-31',
  replyBy: '2026-05-31',
  secrecy: 'internal' as const,
});

describe('withdrawing an item issued by mistake (撤销)', () => {
  it('takes the item out of every open list and count, keeps it as withdrawn and voids its slip', async () => {
    const db = freshDb();
    const { member, town } = await supervisionRegistry();
    const [, wrong] = await supervisionItemsCreateRepo.createInstruction(
      instruction([member.id, town.id]),
      on('2026-05-02'),
    );
    const slip = await supervisionItemFlowRepo.issueSlip(wrong.id, on('2026-05-03'));
    expect((await expectCountsEqualLists('2026-06-10')).totals).toEqual({ open: 2, overdue: 2, dueSoon: 0 });

    await expect(
      supervisionItemCorrectionsRepo.withdraw(wrong.id, { reason: ' ' }, on('2026-05-04')),
    ).rejects.toMatchObject({ code: 'validation', params: { field: 'reason' } });
    await supervisionItemCorrectionsRepo.withdraw(
      wrong.id,
      { reason: '责任单位登记错误，应为市教育局' },
      on('2026-05-04'),
    );

    const dashboard = await expectCountsEqualLists('2026-06-10');
    expect(dashboard.totals).toEqual({ open: 1, overdue: 1, dueSoon: 0 });
    expect(dashboard.byUnit.find((u) => u.unitId === town.id)?.open ?? 0).toBe(0);
    const history = await supervisionItemsRepo.unitHistory({ unitId: town.id });
    expect(history.rows.map((i) => [i.id, i.status, i.withdrawal?.reason])).toEqual([
      [wrong.id, 'withdrawn', '责任单位登记错误，应为市教育局'],
    ]);
    expect((await supervisionItemsRepo.listByStatus({ status: 'withdrawn' })).rows.map((i) => i.id)).toEqual([
      wrong.id,
    ]);
    expect(await db.documents.get(slip.id)).toMatchObject({
      status: 'voided',
      voidReason: '责任单位登记错误，应为市教育局',
    });
    const audit = await db.audit.filter((a) => a.action === 'withdraw').toArray();
    expect(audit.map((a) => [a.entityId, a.before, (a.after as { status: string }).status])).toEqual([
      [wrong.id, { status: 'open' }, 'withdrawn'],
    ]);
  });

  it('lets a 延期 request still before the leader lapse with the withdrawn item and voids its 呈批单 too', async () => {
    const db = freshDb();
    const { member } = await supervisionRegistry();
    const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([member.id]), on('2026-05-02'));
    await supervisionExtensionsRepo.request(
      item.id,
      {
        requestedOn: '2026-05-25',
        requestedBy: '李明',
        newDueOn: '2026-06-30',
        newReplyBy: '2026-06-30',
        reason: '场地待定',
      },
      on('2026-05-25'),
    );
    const extensionSlip = await supervisionExtensionsRepo.issueSlip(item.id, on('2026-05-26'));
    await supervisionItemCorrectionsRepo.withdraw(item.id, { reason: '与年度任务清单事项重复' }, on('2026-05-27'));

    const stored = (await db.supervisionItems.get(item.id))!;
    expect(stored.extensions?.map((e) => [e.decision, e.lapsed])).toEqual([
      [undefined, { on: '2026-05-27', voidedSlipNumber: extensionSlip.number }],
    ]);
    expect(await db.documents.get(extensionSlip.id)).toMatchObject({
      status: 'voided',
      voidReason: '与年度任务清单事项重复',
    });
    // Nothing is left waiting for the leader.
    await expect(
      supervisionExtensionsRepo.decide(
        item.id,
        { decision: 'approved', by: '李强', on: '2026-05-28', remark: '' },
        on('2026-05-28'),
      ),
    ).rejects.toThrow();
  });

  it('refuses to withdraw a verified item, and any further step on a withdrawn one', async () => {
    freshDb();
    const { member, town } = await supervisionRegistry();
    const [done, wrong] = await supervisionItemsCreateRepo.createInstruction(
      instruction([member.id, town.id]),
      on('2026-05-02'),
    );
    await supervisionItemFlowRepo.verify(done.id, {
      outcome: 'done',
      verifiedOn: '2026-05-20',
      verifiedBy: '王芳',
      note: '实地查看',
    });
    await expect(supervisionItemCorrectionsRepo.withdraw(done.id, { reason: '误发' })).rejects.toMatchObject({
      code: 'wrong-state',
      params: { rule: 'item-verified-closed' },
    });

    await supervisionItemCorrectionsRepo.withdraw(wrong.id, { reason: '误发' }, on('2026-05-04'));
    await expect(
      supervisionItemFlowRepo.addFeedback(
        wrong.id,
        { receivedOn: '2026-05-20', progress: '已办', reportedBy: '李明' },
        [],
      ),
    ).rejects.toMatchObject({ params: { rule: 'item-withdrawn' } });
    await expect(supervisionItemFlowRepo.issueSlip(wrong.id)).rejects.toMatchObject({
      params: { rule: 'item-withdrawn' },
    });
    await expect(
      supervisionExtensionsRepo.request(
        wrong.id,
        {
          requestedOn: '2026-05-05',
          requestedBy: '李明',
          newDueOn: '2026-06-30',
          newReplyBy: '2026-06-30',
          reason: '汛期',
        },
        on('2026-05-05'),
      ),
    ).rejects.toMatchObject({ params: { rule: 'item-withdrawn' } });
    await expect(supervisionItemCorrectionsRepo.withdraw(wrong.id, { reason: '误发' })).rejects.toMatchObject({
      params: { rule: 'item-withdrawn' },
    });
  });
});

describe('correcting what an item asks (更正)', () => {
  it('corrects matter, requirement and category before the slip is issued, audited before and after', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]), on('2026-05-02'));
    await expect(
      supervisionItemCorrectionsRepo.correct(item.id, {
        matter: '建成人才驿站',
        requirement: '',
        category: 'leaderInstructions',
        voidReason: '',
      }),
    ).rejects.toMatchObject({ code: 'validation', params: { rule: 'nothing-changed' } });
    const { item: corrected, reissued } = await supervisionItemCorrectionsRepo.correct(
      item.id,
      { matter: '建成镇级人才驿站', requirement: '6月底前投入使用', category: 'majorEvents', voidReason: '' },
      on('2026-05-03'),
    );
    expect([corrected.matter, corrected.requirement, corrected.category, reissued]).toEqual([
      '建成镇级人才驿站',
      '6月底前投入使用',
      'majorEvents',
      undefined,
    ]);
    const audit = await db.audit.filter((a) => a.entityId === item.id && a.action === 'update').toArray();
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [
        { matter: '建成人才驿站', requirement: '', category: 'leaderInstructions' },
        { matter: '建成镇级人才驿站', requirement: '6月底前投入使用', category: 'majorEvents' },
      ],
    ]);
    expect(await db.documents.count()).toBe(0);
  });

  it('after the slip is issued, voids it with the reason and numbers a new one with the corrected text', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]), on('2026-05-02'));
    const first = await supervisionItemFlowRepo.issueSlip(item.id, on('2026-05-02'));
    const change = { matter: '建成镇级人才驿站', requirement: '', category: 'leaderInstructions' as const };
    await expect(supervisionItemCorrectionsRepo.correct(item.id, { ...change, voidReason: '' })).rejects.toMatchObject({
      params: { field: 'voidReason', rule: 'void-reason-required' },
    });
    expect(await db.documents.get(first.id)).toMatchObject({ status: 'issued' });

    const { item: corrected, reissued } = await supervisionItemCorrectionsRepo.correct(
      item.id,
      { ...change, voidReason: '督办事项表述有误' },
      on('2026-05-03'),
    );
    expect(await db.documents.get(first.id)).toMatchObject({ status: 'voided', voidReason: '督办事项表述有误' });
    expect(reissued?.number).not.toBe(first.number);
    expect(JSON.stringify(reissued?.document)).toContain('建成镇级人才驿站');
    expect(corrected).toMatchObject({
      slipNumber: reissued?.number,
      slipDocumentId: reissued?.id,
      voidedSlips: [{ number: first.number, reason: '督办事项表述有误' }],
    });
  });

  it('refuses to correct an item that has been closed or withdrawn', async () => {
    freshDb();
    const { member, town } = await supervisionRegistry();
    const [done, gone] = await supervisionItemsCreateRepo.createInstruction(
      instruction([member.id, town.id]),
      on('2026-05-02'),
    );
    await supervisionItemFlowRepo.verify(done.id, {
      outcome: 'done',
      verifiedOn: '2026-05-20',
      verifiedBy: '王芳',
      note: '实地查看',
    });
    await supervisionItemCorrectionsRepo.withdraw(gone.id, { reason: '误发' });
    const input = { matter: '另一事项', requirement: '', category: 'leaderInstructions' as const, voidReason: '' };
    await expect(supervisionItemCorrectionsRepo.correct(done.id, input)).rejects.toMatchObject({
      params: { rule: 'item-not-open' },
    });
    await expect(supervisionItemCorrectionsRepo.correct(gone.id, input)).rejects.toMatchObject({
      params: { rule: 'item-withdrawn' },
    });
  });
});
