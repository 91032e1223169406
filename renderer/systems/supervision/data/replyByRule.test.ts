import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { sheetOfRows } from '../../../../shared/core/sheets/sheetRows';
import { planTaskListImport } from '../../../../shared/systems/supervision/taskListImport';
import { instructionInputSchema } from '../../../../shared/systems/supervision/itemInput';
import { en, zhCN } from '../../../../tests/support/texts';
import { freshDb } from '../../../../tests/support/testDb';
import { supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { errorText } from '../../../core/ui/useErrorText';
import { zodValidate } from '../../../core/ui/zodValidate';
import { writeWithAudit } from '../../../core/data/write';
import { addItemsInTransaction, supervisionWriteTables } from './supervisionItemsWrite';
import { supervisionItemsCreateRepo } from './supervisionItemsCreateRepo';
import { supervisionExtensionsRepo } from './supervisionExtensionsRepo';

async function initTexts() {
  if (!i18next.isInitialized)
    await i18next.init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
}

const instruction = (unitIds: string[], over = {}) => ({
  by: '张书记',
  on: '2026-05-06',
  ref: '市委领导批示',
  category: 'leaderInstructions' as const,
  matter: '落实补贴',
  requirement: '',
  unitIds,
  dueOn: '2026-12-31',
  replyBy: '2027-01-10',
  secrecy: 'internal' as const,
  ...over,
});
const on = (date: string) => new Date(`${date}T10:00:00`);

describe('a reply-by date after the deadline (反馈时限晚于办结时限)', () => {
  it('is refused by the instruction form with its reason, in both languages', async () => {
    await initTexts();
    const zh = zodValidate(instructionInputSchema, i18next.getFixedT('zh-CN'))(instruction(['u']));
    const english = zodValidate(instructionInputSchema, i18next.getFixedT('en'))(instruction(['u']));
    expect(zh.replyBy).toMatch(/^反馈时限不能晚于办结时限/);
    expect(english.replyBy).toMatch(/^the reply-by date cannot come after the deadline/);
    expect(
      zodValidate(instructionInputSchema, i18next.getFixedT('en'))(instruction(['u'], { replyBy: '2026-12-31' })),
    ).toEqual({});
  });

  it('is refused by the repository, which stores no item and no slip', async () => {
    const db = freshDb();
    await initTexts();
    const { town } = await supervisionRegistry();
    const refused = supervisionItemsCreateRepo.createInstruction(instruction([town.id]), on('2026-05-06'));
    await expect(refused).rejects.toMatchObject({
      code: 'validation',
      params: { field: 'replyBy', rule: 'reply-after-due' },
    });
    expect(errorText(i18next.getFixedT('zh-CN'), await refused.catch((e: unknown) => e))).toMatch(
      /^反馈时限：反馈时限不能晚于办结时限/,
    );
    const drafts = [{ ...instruction([]), unitId: town.id, taskId: 't', source: 'meeting' as const }];
    await expect(
      writeWithAudit(supervisionWriteTables(), (audit) => addItemsInTransaction(drafts, audit)),
    ).rejects.toMatchObject({ params: { rule: 'reply-after-due' } });
    expect(await db.supervisionItems.count()).toBe(0);
    expect(await db.itemCounts.count()).toBe(0);
  });

  it('is reported for the task-list row that asks for it, and the other rows are kept', async () => {
    const plan = await planTaskListImport(
      sheetOfRows([
        { 任务: '甲', 责任单位: '牛庄镇', 完成时限: '2026-12-31', 反馈时限: '2027-01-10' },
        { 任务: '乙', 责任单位: '牛庄镇', 完成时限: '2026-12-31', 反馈时限: '2026-12-20' },
      ]),
      new Map([['牛庄镇', 'nz']]),
    );
    expect(plan.bad.map((b) => [b.row, b.field, b.rule])).toEqual([[2, 'replyBy', 'reply-after-due']]);
    expect(plan.good.map((g) => [g.matter, g.replyBy])).toEqual([['乙', '2026-12-20']]);
  });

  it('is refused in a request for more time, and the item keeps no request', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const [item] = await supervisionItemsCreateRepo.createInstruction(
      instruction([town.id], { dueOn: '2026-05-31', replyBy: '2026-05-31' }),
      on('2026-05-06'),
    );
    const request = { requestedOn: '2026-05-25', requestedBy: '李明', newDueOn: '2026-06-30', reason: '汛期推迟' };
    await expect(
      supervisionExtensionsRepo.request(item.id, { ...request, newReplyBy: '2026-07-03' }, on('2026-05-25')),
    ).rejects.toMatchObject({ params: { field: 'newReplyBy', rule: 'reply-after-due' } });
    expect((await db.supervisionItems.get(item.id))?.extensions).toBeUndefined();
  });
});
