import { AppError } from '../../../../shared/core/errors';
import { newId } from '../../../../shared/core/common/ids';
import type { SecrecyLevel } from '../../../../shared/core/common/secrecy';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { type InstructionInput, instructionInputSchema } from '../../../../shared/systems/supervision/itemInput';
import type { PreparedTask } from '../../../../shared/systems/supervision/taskListImport';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { addItemsInTransaction, putItemsInTransaction, supervisionWriteTables } from './supervisionItemsWrite';
import type { BulkOptions } from '../../../core/data/bulkWrite';
import { validationError } from '../../../core/data/validation';
import { writeWithAudit } from '../../../core/data/write';

async function requireUnits(unitIds: readonly string[]): Promise<void> {
  const found = await getDb().units.bulkGet([...unitIds]);
  if (found.some((u) => !u)) throw new AppError('validation', { field: 'unitIds', rule: 'unknown-unit' });
}

/** Items entered by the office: leaders' instructions (批示) and annual task lists (任务分解清单). */
export const supervisionItemsCreateRepo = {
  /** One item per responsible unit, sharing a task id, linked to the instruction (S2-2.3). */
  async createInstruction(input: InstructionInput, now = new Date()): Promise<SupervisionItem[]> {
    const parsed = instructionInputSchema.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error);
    const v = parsed.data;
    const db = getDb();
    return writeWithAudit([...supervisionWriteTables(), db.units], async (audit) => {
      await requireUnits(v.unitIds);
      const taskId = newId();
      return addItemsInTransaction(
        [...new Set(v.unitIds)].map((unitId) => ({
          taskId,
          source: 'instruction',
          instruction: { by: v.by, on: v.on, ref: v.ref },
          category: v.category,
          matter: v.matter,
          requirement: v.requirement,
          unitId,
          dueOn: v.dueOn,
          replyBy: v.replyBy,
          secrecy: v.secrecy,
        })),
        audit,
        now,
      );
    });
  },

  /**
   * A whole task list in ONE transaction: every row was checked first (planTaskListImport), the
   * units are checked again here, and a failure or a cancel leaves nothing behind. One audit
   * entry for the import, with the count and the ids.
   */
  async importTaskList(
    tasks: readonly PreparedTask[],
    { signal, onProgress, now = new Date() }: BulkOptions = {},
  ): Promise<number> {
    const session = requireSession();
    const db = getDb();
    return writeWithAudit([...supervisionWriteTables(), db.units], async (audit) => {
      await requireUnits(tasks.flatMap((t) => t.unitIds));
      const items: SupervisionItem[] = tasks.flatMap((t) => {
        const taskId = newId();
        return t.unitIds.map((unitId) => ({
          id: newId(),
          taskId,
          source: 'taskList' as const,
          category: t.category,
          matter: t.matter,
          requirement: t.requirement,
          unitId,
          dueOn: t.dueOn,
          replyBy: t.replyBy,
          status: 'open' as const,
          secrecy: t.secrecy as SecrecyLevel,
          year: now.getFullYear(),
          createdAt: now.toISOString(),
          createdBy: session.displayName,
          isSample: 0 as const,
        }));
      });
      for (let start = 0; start < items.length; start += 500) {
        if (signal?.aborted) throw new AppError('import-cancelled');
        await putItemsInTransaction(items.slice(start, start + 500));
        onProgress?.({ done: Math.min(start + 500, items.length), total: items.length });
      }
      await audit(
        'supervisionItems',
        '*',
        'import',
        null,
        { ids: items.length <= 1000 ? items.map((i) => i.id) : undefined },
        items.length,
      );
      return items.length;
    });
  },
};
