import i18next from 'i18next';
import { sheetOfRows } from '../../../../shared/core/sheets/sheetRows';
import { describe, expect, it } from 'vitest';
import {
  type InstructionInput,
  MATTER_MAX_CHARS,
  REQUIREMENT_MAX_CHARS,
} from '../../../../shared/systems/supervision/itemInput';
import { en, zhCN } from '../../../../tests/support/texts';
import { errorText } from '../../../core/ui/useErrorText';
import { planTaskListImport } from '../../../../shared/systems/supervision/taskListImport';
import { freshDb } from '../../../../tests/support/testDb';
import { supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { supervisionItemsCreateRepo } from './supervisionItemsCreateRepo';
import { supervisionCountsRepo } from './supervisionCountsRepo';

async function initTexts() {
  if (!i18next.isInitialized)
    await i18next.init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
}

describe('the longest matter a 督办通知单 holds', () => {
  const instruction = (over: Partial<InstructionInput>): InstructionInput => ({
    by: '张书记',
    on: '2026-05-06',
    ref: '市委领导批示',
    category: 'leaderInstructions',
    unitIds: [],
    secrecy: 'internal',
    matter: '落实补贴',
    requirement: '',
    dueOn: '2026-06-30',
    replyBy: '2026-06-30',
    ...over,
  });

  it('refuses a matter or requirement longer than the slip holds, says the limit, and stores nothing', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    await initTexts();
    const t = i18next.getFixedT('zh-CN');
    const long = supervisionItemsCreateRepo.createInstruction(
      instruction({ unitIds: [town.id], matter: '甲'.repeat(MATTER_MAX_CHARS + 1) }),
    );
    await expect(long).rejects.toMatchObject({
      code: 'validation',
      params: { field: 'matter', rule: 'matter-too-long' },
    });
    expect(errorText(t, await long.catch((e: unknown) => e))).toBe(
      '督办事项：不超过60字（督办通知单连同回执须印在一页上）',
    );
    const longRequirement = supervisionItemsCreateRepo.createInstruction(
      instruction({ unitIds: [town.id], requirement: '要'.repeat(REQUIREMENT_MAX_CHARS + 1) }),
    );
    expect(errorText(i18next.getFixedT('en'), await longRequirement.catch((e: unknown) => e))).toBe(
      'Requirement: at most 108 characters (the supervision slip and its tear-off reply must fit on one page)',
    );
    expect(await db.supervisionItems.count()).toBe(0);
    const exact = await supervisionItemsCreateRepo.createInstruction(
      instruction({
        unitIds: [town.id],
        matter: '甲'.repeat(MATTER_MAX_CHARS),
        requirement: '要'.repeat(REQUIREMENT_MAX_CHARS),
      }),
    );
    expect(exact).toHaveLength(1);
  });
});

describe('annual task list import', () => {
  it('imports a task list as items, one per task and responsible unit, counted at once (S2-2.2)', async () => {
    const db = freshDb();
    const { member, town } = await supervisionRegistry();
    const names = new Map([
      [member.name, member.id],
      [member.shortName, member.id],
      [town.name, town.id],
    ]);
    const plan = await planTaskListImport(
      sheetOfRows([
        { 任务: '开展“人才服务月”活动', 责任单位: `${member.shortName}、${town.name}`, 完成时限: '2026-09-30' },
        { 任务: '建立返乡人才信息库', 责任单位: town.name, 完成时限: '2026-06-30' },
      ]),
      names,
    );
    expect(await supervisionItemsCreateRepo.importTaskList(plan.good)).toBe(3);
    const items = await db.supervisionItems.toArray();
    expect(items.map((i) => i.source)).toEqual(['taskList', 'taskList', 'taskList']);
    expect(new Set(items.filter((i) => i.matter.startsWith('开展')).map((i) => i.taskId)).size).toBe(1);
    expect((await supervisionCountsRepo.dashboard('2026-06-01')).bySource.taskList.open).toBe(3);
    expect(
      (await db.audit.where('entity').equals('supervisionItems').toArray()).map((a) => [a.action, a.count]),
    ).toEqual([['import', 3]]);
  });

  it('writes nothing when any task names a unit no longer in the registry', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const good = {
      row: 2,
      matter: '甲',
      requirement: '',
      unitIds: [town.id],
      unitNames: [town.name],
      dueOn: '2026-06-30',
      replyBy: '2026-06-30',
      category: 'annualTasks' as const,
      secrecy: 'internal' as const,
    };
    await expect(
      supervisionItemsCreateRepo.importTaskList([good, { ...good, row: 3, unitIds: ['deleted-unit'] }]),
    ).rejects.toMatchObject({ params: { rule: 'unknown-unit' } });
    expect(await db.supervisionItems.count()).toBe(0);
    expect(await db.itemCounts.count()).toBe(0);
  });
});
