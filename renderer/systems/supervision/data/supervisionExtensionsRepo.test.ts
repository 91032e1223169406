import { describe, expect, it } from 'vitest';
import {
  EXTENSION_REASON_MAX_CHARS,
  originalDueOn,
  overdueDaysAccrued,
} from '../../../../shared/systems/supervision/extension';
import { freshDb } from '../../../../tests/support/testDb';
import { supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { expectCountsEqualLists } from '../../../../tests/support/supervisionCounts';
import { supervisionCountsRepo } from './supervisionCountsRepo';
import { supervisionExtensionsRepo } from './supervisionExtensionsRepo';
import { supervisionItemFlowRepo } from './supervisionItemFlowRepo';
import { supervisionItemsCreateRepo } from './supervisionItemsCreateRepo';
import { supervisionItemsRepo } from './supervisionItemsRepo';
import { supervisionSettingsRepo } from './supervisionSettingsRepo';

const on = (date: string) => new Date(`${date}T09:00:00`);
const instruction = (unitIds: string[], over = {}) => ({
  by: '张书记',
  on: '2026-05-02',
  ref: '市委领导批示',
  category: 'leaderInstructions' as const,
  matter: '建成牛庄镇人才驿站',
  requirement: '',
  unitIds,
  dueOn: '2026-05-31',
  replyBy: '2026-05-28',
  secrecy: 'internal' as const,
  ...over,
});
const request = (over = {}) => ({
  requestedOn: '2026-05-25',
  requestedBy: '李明',
  newDueOn: '2026-06-30',
  newReplyBy: '2026-06-25',
  reason: '选址需村民代表会议表决，会议因汛期推迟。',
  ...over,
});
const agreed = (date: string) => ({ decision: 'approved' as const, by: '李强', on: date, remark: '' });

async function oneItem(over = {}) {
  const { town } = await supervisionRegistry();
  const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id], over), on('2026-05-02'));
  return item;
}

describe('deadline extension (延期)', () => {
  it('moves the deadline only when the leader agreed on the printed 呈批单, keeping the old one', async () => {
    const db = freshDb();
    const item = await oneItem();
    await supervisionExtensionsRepo.request(item.id, request(), on('2026-05-25'));
    expect((await db.supervisionItems.get(item.id))?.dueOn).toBe('2026-05-31');
    await expect(
      supervisionExtensionsRepo.decide(item.id, agreed('2026-05-26'), on('2026-05-26')),
    ).rejects.toMatchObject({ code: 'wrong-state', params: { rule: 'extension-slip-first' } });

    const slip = await supervisionExtensionsRepo.issueSlip(item.id, on('2026-05-26'));
    expect(slip.kind).toBe('approvalSlip');
    expect((await db.documents.get(slip.id))?.number).toBe(slip.number);
    await supervisionExtensionsRepo.decide(item.id, agreed('2026-05-27'), on('2026-05-27'));

    const extended = (await db.supervisionItems.get(item.id))!;
    expect([extended.dueOn, extended.replyBy, originalDueOn(extended), overdueDaysAccrued(extended)]).toEqual([
      '2026-06-30',
      '2026-06-25',
      '2026-05-31',
      0,
    ]);
    expect(extended.extensions?.[0]).toMatchObject({
      fromDueOn: '2026-05-31',
      newDueOn: '2026-06-30',
      slipNumber: slip.number,
      decision: { decision: 'approved', by: '李强', on: '2026-05-27' },
    });
    const audit = await db.audit.filter((a) => a.entity === 'supervisionItems' && a.action === 'approve').toArray();
    expect(audit.map((a) => [a.before, (a.after as { dueOn: string }).dueOn])).toEqual([
      [{ dueOn: '2026-05-31', replyBy: '2026-05-28' }, '2026-06-30'],
    ]);
  });

  it('refuses a decision dated before its 呈批单 was printed, and leaves the deadline as it was', async () => {
    const db = freshDb();
    const item = await oneItem();
    await supervisionExtensionsRepo.request(item.id, request(), on('2026-05-25'));
    await supervisionExtensionsRepo.issueSlip(item.id, on('2026-05-27'));
    await expect(
      supervisionExtensionsRepo.decide(item.id, agreed('2026-05-26'), on('2026-05-28')),
    ).rejects.toMatchObject({ params: { field: 'on', rule: 'before-document' } });
    expect((await db.supervisionItems.get(item.id))?.dueOn).toBe('2026-05-31');
  });

  it('once granted, voids the unit’s 督办通知单 with the old deadline and numbers one with the new', async () => {
    const db = freshDb();
    const item = await oneItem();
    const first = await supervisionItemFlowRepo.issueSlip(item.id, on('2026-05-03'));
    await supervisionExtensionsRepo.request(item.id, request(), on('2026-05-25'));
    const approval = await supervisionExtensionsRepo.issueSlip(item.id, on('2026-05-26'));
    const { item: extended, reissued } = await supervisionExtensionsRepo.decide(
      item.id,
      agreed('2026-05-27'),
      on('2026-05-27'),
    );

    expect(reissued?.number).not.toBe(first.number);
    expect(extended).toMatchObject({
      slipNumber: reissued?.number,
      slipDocumentId: reissued?.id,
      voidedSlips: [{ number: first.number }],
    });
    expect(await db.documents.get(first.id)).toMatchObject({
      status: 'voided',
      voidReason: `经组长批准延期至2026年6月30日（${approval.number}），按新办结时限重发督办通知单`,
    });
    const rows = (await db.documents.get(reissued!.id))!.document.form!.rows;
    expect(rows.find((r) => r.label === '办结时限')?.value).toBe('2026年6月30日');
  });

  it('refuses to approve an item whose text no longer fits a slip, and changes nothing until corrected', async () => {
    const db = freshDb();
    const item = await oneItem();
    const first = await supervisionItemFlowRepo.issueSlip(item.id, on('2026-05-03'));
    // Stored before the slip's limits: a matter longer than 60 characters.
    await db.supervisionItems.update(item.id, { matter: '建'.repeat(80) });
    await supervisionExtensionsRepo.request(item.id, request(), on('2026-05-25'));
    await supervisionExtensionsRepo.issueSlip(item.id, on('2026-05-26'));
    await expect(
      supervisionExtensionsRepo.decide(item.id, agreed('2026-05-27'), on('2026-05-27')),
    ).rejects.toMatchObject({ code: 'validation', params: { field: 'matter' } });
    expect((await db.supervisionItems.get(item.id))?.dueOn).toBe('2026-05-31');
    expect(await db.documents.get(first.id)).toMatchObject({ status: 'issued' });
  });

  it('leaves the unit’s 督办通知单 as it is when the leader does not agree', async () => {
    const db = freshDb();
    const item = await oneItem();
    const first = await supervisionItemFlowRepo.issueSlip(item.id, on('2026-05-03'));
    await supervisionExtensionsRepo.request(item.id, request(), on('2026-05-25'));
    await supervisionExtensionsRepo.issueSlip(item.id, on('2026-05-26'));
    const { reissued } = await supervisionExtensionsRepo.decide(
      item.id,
      { decision: 'rejected', by: '李强', on: '2026-05-27', remark: '按原时限完成' },
      on('2026-05-27'),
    );
    expect(reissued).toBeUndefined();
    expect(await db.documents.get(first.id)).toMatchObject({ status: 'issued' });
    expect((await db.supervisionItems.get(item.id))?.slipNumber).toBe(first.number);
  });

  it('keeps on record how many days the item was overdue when an extension is granted after its deadline', async () => {
    const db = freshDb();
    const item = await oneItem();
    await supervisionExtensionsRepo.request(item.id, request({ requestedOn: '2026-06-05' }), on('2026-06-05'));
    await supervisionExtensionsRepo.issueSlip(item.id, on('2026-06-08'));
    await supervisionExtensionsRepo.decide(item.id, agreed('2026-06-10'), on('2026-06-10'));
    const extended = (await db.supervisionItems.get(item.id))!;
    expect(extended.extensions?.[0].overdueDaysWhenGranted).toBe(10);
    expect(overdueDaysAccrued(extended)).toBe(10);
    expect(extended.dueOn).toBe('2026-06-30');
  });

  it('leaves the deadline as it was when the leader does not agree, and lets the unit ask again', async () => {
    const db = freshDb();
    const item = await oneItem();
    await supervisionExtensionsRepo.request(item.id, request(), on('2026-05-25'));
    await supervisionExtensionsRepo.issueSlip(item.id, on('2026-05-25'));
    await expect(
      supervisionExtensionsRepo.decide(
        item.id,
        { decision: 'rejected', by: '李强', on: '2026-05-26', remark: '' },
        on('2026-05-26'),
      ),
    ).rejects.toMatchObject({ code: 'validation', params: { field: 'remark' } });
    await supervisionExtensionsRepo.decide(
      item.id,
      { decision: 'rejected', by: '李强', on: '2026-05-26', remark: '按原时限完成' },
      on('2026-05-26'),
    );
    expect((await db.supervisionItems.get(item.id))?.dueOn).toBe('2026-05-31');
    await supervisionExtensionsRepo.request(
      item.id,
      request({ requestedOn: '2026-05-28', newDueOn: '2026-06-10', newReplyBy: '2026-06-10' }),
      on('2026-05-28'),
    );
    expect((await db.supervisionItems.get(item.id))?.extensions?.map((e) => e.decision?.decision ?? 'pending')).toEqual(
      ['rejected', 'pending'],
    );
  });

  it('refuses a request it cannot take with a clear reason and leaves the item as it was', async () => {
    const db = freshDb();
    const item = await oneItem();
    const now = on('2026-05-25');
    await expect(
      supervisionExtensionsRepo.request(item.id, request({ newDueOn: '2026-05-31', newReplyBy: '2026-05-31' }), now),
    ).rejects.toMatchObject({ code: 'validation', params: { field: 'newDueOn', rule: 'extension-not-later' } });
    await expect(
      supervisionExtensionsRepo.request(item.id, request({ requestedOn: '2026-05-26' }), now),
    ).rejects.toMatchObject({ params: { field: 'requestedOn', rule: 'date-in-future' } });
    await expect(
      supervisionExtensionsRepo.request(item.id, request({ reason: '因'.repeat(EXTENSION_REASON_MAX_CHARS + 1) }), now),
    ).rejects.toMatchObject({ params: { field: 'reason', rule: 'extension-reason-too-long' } });
    expect((await db.supervisionItems.get(item.id))?.extensions).toBeUndefined();
    await supervisionExtensionsRepo.request(item.id, request(), now);
    await expect(supervisionExtensionsRepo.request(item.id, request(), now)).rejects.toMatchObject({
      code: 'wrong-state',
      params: { rule: 'extension-pending' },
    });
  });

  it('refuses to extend an item that has been verified and closed', async () => {
    freshDb();
    const item = await oneItem();
    await supervisionItemFlowRepo.addFeedback(
      item.id,
      { receivedOn: '2026-05-20', progress: '已建成', reportedBy: '李明' },
      [],
      on('2026-05-20'),
    );
    await supervisionItemFlowRepo.verify(item.id, {
      outcome: 'done',
      verifiedOn: '2026-05-21',
      verifiedBy: '王芳',
      note: '实地查看',
    });
    await expect(supervisionExtensionsRepo.request(item.id, request(), on('2026-05-25'))).rejects.toMatchObject({
      code: 'wrong-state',
      params: { rule: 'item-not-open' },
    });
  });

  it('moves the item in the lists, kept counts and Dashboard to its new deadline, counts equal to lists', async () => {
    freshDb();
    const { town, member } = await supervisionRegistry();
    const [late] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]), on('2026-05-02'));
    await supervisionItemsCreateRepo.createInstruction(
      instruction([member.id, town.id], { matter: '另一事项', dueOn: '2026-06-12', replyBy: '2026-06-12' }),
      on('2026-05-02'),
    );
    const today = '2026-06-10';
    const before = await expectCountsEqualLists(today);
    expect(before.totals).toEqual({ open: 3, overdue: 1, dueSoon: 2 });

    await supervisionExtensionsRepo.request(late.id, request({ requestedOn: '2026-06-08' }), on('2026-06-08'));
    await supervisionExtensionsRepo.issueSlip(late.id, on('2026-06-09'));
    // Waiting for the leader changes nothing: the item is still overdue.
    expect((await expectCountsEqualLists(today)).totals).toEqual({ open: 3, overdue: 1, dueSoon: 2 });
    await supervisionExtensionsRepo.decide(late.id, agreed(today), on(today));

    const after = await expectCountsEqualLists(today);
    expect(after.totals).toEqual({ open: 3, overdue: 0, dueSoon: 2 });
    expect(after.byUnit.find((u) => u.unitId === town.id)).toMatchObject({ open: 2, overdue: 0 });
    const settings = await supervisionSettingsRepo.deadlines();
    const onTrack = await supervisionItemsRepo.listOpen({ view: 'open', today, settings, limit: 10 });
    expect(onTrack.rows.map((i) => [i.matter, i.dueOn])).toEqual([
      ['另一事项', '2026-06-12'],
      ['另一事项', '2026-06-12'],
      ['建成牛庄镇人才驿站', '2026-06-30'],
    ]);
    // A rebuild from the items gives exactly the kept counts.
    const kept = await supervisionCountsRepo.dashboard(today);
    await supervisionCountsRepo.rebuild();
    expect(await supervisionCountsRepo.dashboard(today)).toEqual(kept);
  });
});
