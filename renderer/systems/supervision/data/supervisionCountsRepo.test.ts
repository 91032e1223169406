import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../core/sample/random';
import { addDays } from '../../../../shared/core/common/localDate';
import { ITEM_SOURCES, type NewSupervisionItem } from '../../../../shared/systems/supervision/item';
import { freshDb } from '../../../../tests/support/testDb';
import { supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { aMeeting } from '../../../../tests/support/meetingBuilders';
import { getDb } from '../../../core/data/db';
import { supervisionCountsRepo } from './supervisionCountsRepo';
import { supervisionItemFlowRepo } from './supervisionItemFlowRepo';
import { addItemsInTransaction, supervisionWriteTables } from './supervisionItemsWrite';
import { supervisionSettingsRepo } from './supervisionSettingsRepo';
import { writeWithAudit } from '../../../core/data/write';
import { sampleRepo } from '../../../core/data/sampleRepo';
import { expectCountsEqualLists } from '../../../../tests/support/supervisionCounts';

const TODAY = '2026-06-10';

/** Items as other modules deploy them: inside their own transaction, with their own record. */
async function deployAsAnotherModule(drafts: NewSupervisionItem[]) {
  const db = getDb();
  return writeWithAudit([db.meetings, ...supervisionWriteTables()], async (audit) => {
    await db.meetings.put(aMeeting({ id: 'meeting-1' }));
    return addItemsInTransaction(drafts, audit);
  });
}

describe('kept counts equal the lists they open', () => {
  it('counts open, due soon and overdue items overall, per unit and per source as the lists hold them', async () => {
    freshDb();
    const { member, town, zone, villages } = await supervisionRegistry();
    const units = [member, town, zone, ...villages].map((u) => u.id);
    const rng = createRandom('counts');
    const drafts: NewSupervisionItem[] = Array.from({ length: 120 }, (_, i) => ({
      taskId: `t${i}`,
      source: rng.pick(ITEM_SOURCES),
      category: 'annualTasks',
      matter: `事项${i}`,
      requirement: '',
      unitId: rng.pick(units),
      dueOn: addDays(TODAY, rng.int(-40, 40)),
      secrecy: 'internal',
    }));
    const items = await deployAsAnotherModule(drafts);
    const first = await expectCountsEqualLists(TODAY);
    expect(first.totals.open).toBe(120);

    // Feedback keeps an item open; verification closes some and reopens others.
    for (const item of items.slice(0, 40))
      await supervisionItemFlowRepo.addFeedback(
        item.id,
        { receivedOn: TODAY, progress: '已办', reportedBy: '李明' },
        [],
      );
    for (const item of items.slice(0, 25))
      await supervisionItemFlowRepo.verify(item.id, {
        outcome: 'done',
        verifiedOn: TODAY,
        verifiedBy: '王芳',
        note: '',
      });
    for (const item of items.slice(25, 30))
      await supervisionItemFlowRepo.verify(item.id, {
        outcome: 'notDone',
        verifiedOn: TODAY,
        verifiedBy: '王芳',
        note: '未完成',
      });
    for (const item of items.slice(0, 10)) await supervisionItemFlowRepo.markArchived(item.id, 'a.zip');
    const after = await expectCountsEqualLists(TODAY);
    expect(after.totals.open).toBe(95);

    // Time passes: the same kept counts give the right figures for another day and threshold.
    await expectCountsEqualLists(addDays(TODAY, 20));
    await supervisionSettingsRepo.saveDeadlines({ dueSoonDays: 3, defaultTermDays: 30 });
    await expectCountsEqualLists(TODAY);

    // A rebuild from the items gives exactly the kept counts.
    const kept = await getDb().itemCounts.toArray();
    await supervisionCountsRepo.rebuild();
    expect(await getDb().itemCounts.toArray()).toEqual(kept);
  });

  it('keeps counts equal to the lists after sample data is loaded and after it is removed', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    await deployAsAnotherModule([
      {
        taskId: 't',
        source: 'meeting',
        category: 'annualTasks',
        matter: '本单位事项',
        requirement: '',
        unitId: town.id,
        dueOn: TODAY,
        secrecy: 'internal',
      },
    ]);
    await sampleRepo.load({ unitCount: 200, peopleCount: 250, now: new Date(`${TODAY}T09:00:00`) });
    const loaded = await expectCountsEqualLists(TODAY);
    expect(loaded.totals.open).toBeGreaterThan(20);
    expect(loaded.totals.overdue).toBeGreaterThan(0);
    await sampleRepo.remove();
    const removed = await expectCountsEqualLists(TODAY);
    expect(removed.totals).toEqual({ open: 1, dueSoon: 1, overdue: 0 });
    expect(await db.documents.filter((d) => d.number.startsWith('示例')).count()).toBe(0);
  });

  it('lists units with overdue items first on the Dashboard', async () => {
    freshDb();
    const { member, town } = await supervisionRegistry();
    const base = {
      taskId: 't',
      source: 'instruction' as const,
      category: 'annualTasks' as const,
      matter: 'm',
      requirement: '',
      secrecy: 'internal' as const,
    };
    await deployAsAnotherModule([
      { ...base, unitId: member.id, dueOn: addDays(TODAY, 2) },
      { ...base, unitId: member.id, dueOn: addDays(TODAY, 3) },
      { ...base, unitId: town.id, dueOn: addDays(TODAY, -1) },
    ]);
    const dashboard = await supervisionCountsRepo.dashboard(TODAY);
    expect(dashboard.byUnit.map((u) => [u.unitId, u.overdue, u.dueSoon])).toEqual([
      [town.id, 1, 0],
      [member.id, 0, 2],
    ]);
  });

  it('leaves items and counts as they were when a deploying module’s transaction fails', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const draft = {
      taskId: 't',
      source: 'meeting' as const,
      category: 'annualTasks' as const,
      matter: 'm',
      requirement: '',
      unitId: town.id,
      dueOn: TODAY,
      secrecy: 'internal' as const,
    };
    await expect(
      writeWithAudit([db.meetings, ...supervisionWriteTables()], async (audit) => {
        await addItemsInTransaction([draft], audit);
        throw new Error('meeting could not be saved');
      }),
    ).rejects.toBeTruthy();
    expect(await db.supervisionItems.count()).toBe(0);
    expect(await db.itemCounts.count()).toBe(0);
    await expect(deployAsAnotherModule([{ ...draft, dueOn: '2026-02-30' }])).rejects.toMatchObject({
      code: 'validation',
      params: { field: 'dueOn' },
    });
  });
});
