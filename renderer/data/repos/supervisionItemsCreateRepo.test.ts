import { describe, expect, it } from 'vitest';
import { planTaskListImport } from '../../../shared/domain/supervision/taskListImport';
import { freshDb } from '../../../tests/support/testDb';
import { supervisionRegistry } from '../../../tests/support/supervisionFixtures';
import { supervisionItemsCreateRepo } from './supervisionItemsCreateRepo';
import { supervisionCountsRepo } from './supervisionCountsRepo';

describe('annual task list import', () => {
  it('imports a task list as items, one per task and responsible unit, counted at once (S2-2.2)', async () => {
    const db = freshDb();
    const { member, town } = await supervisionRegistry();
    const names = new Map([[member.name, member.id], [member.shortName, member.id], [town.name, town.id]]);
    const plan = planTaskListImport(
      [
        { 任务: '开展“人才服务月”活动', 责任单位: `${member.shortName}、${town.name}`, 完成时限: '2026-09-30' },
        { 任务: '建立返乡人才信息库', 责任单位: town.name, 完成时限: '2026-06-30' },
      ],
      names,
    );
    expect(await supervisionItemsCreateRepo.importTaskList(plan.good)).toBe(3);
    const items = await db.supervisionItems.toArray();
    expect(items.map((i) => i.source)).toEqual(['taskList', 'taskList', 'taskList']);
    expect(new Set(items.filter((i) => i.matter.startsWith('开展')).map((i) => i.taskId)).size).toBe(1);
    expect((await supervisionCountsRepo.dashboard('2026-06-01')).bySource.taskList.open).toBe(3);
    expect((await db.audit.where('entity').equals('supervisionItems').toArray()).map((a) => [a.action, a.count])).toEqual([['import', 3]]);
  });

  it('writes nothing when any task names a unit no longer in the registry', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const good = { row: 2, matter: '甲', requirement: '', unitIds: [town.id], unitNames: [town.name], dueOn: '2026-06-30', replyBy: '2026-06-30', category: 'annualTasks' as const, secrecy: 'internal' as const };
    await expect(supervisionItemsCreateRepo.importTaskList([good, { ...good, row: 3, unitIds: ['deleted-unit'] }])).rejects.toMatchObject({ params: { rule: 'unknown-unit' } });
    expect(await db.supervisionItems.count()).toBe(0);
    expect(await db.itemCounts.count()).toBe(0);
  });
});
