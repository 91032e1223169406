import { AppError } from '../../../../shared/core/errors';
import { newId } from '../../../../shared/core/common/ids';
import { type Finding, type FindingInput, findingInputSchema } from '../../../../shared/systems/supervision/finding';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { requireCheck } from './checksRepo';
import { addItemsInTransaction, supervisionWriteTables } from './supervisionItemsWrite';
import { validationError } from '../../../core/data/validation';
import { read, writeWithAudit } from '../../../core/data/write';

/** 实地督查 findings per target (S2-4.3); each unfinished matter becomes a tracked item (S2-4.4). */
export const checkFindingsRepo = {
  async add(checkId: string, input: FindingInput, now = new Date()): Promise<Finding> {
    const parsed = findingInputSchema.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error);
    const { matters, ...rest } = parsed.data;
    const session = requireSession();
    const db = getDb();
    return writeWithAudit([db.checks, db.findings, ...supervisionWriteTables()], async (audit) => {
      const check = await requireCheck(checkId);
      if (check.status !== 'underway') throw new AppError('wrong-state', { rule: 'check-not-underway' });
      if (!check.targetUnitIds.includes(rest.unitId))
        throw new AppError('validation', { field: 'unitId', rule: 'not-a-target' });
      const finding: Finding = {
        ...rest,
        id: newId(),
        checkId,
        itemIds: [],
        createdAt: now.toISOString(),
        createdBy: session.displayName,
        isSample: 0,
      };
      const items = await addItemsInTransaction(
        matters.map((m) => ({
          taskId: newId(),
          source: 'check',
          checkId,
          findingId: finding.id,
          category: check.category,
          matter: m.matter,
          requirement: m.requirement,
          unitId: rest.unitId,
          dueOn: m.dueOn,
          replyBy: m.replyBy,
          secrecy: check.secrecy,
        })),
        audit,
        now,
      );
      finding.itemIds = items.map((i) => i.id);
      await db.findings.add(finding);
      await audit('findings', finding.id, 'create', null, finding);
      return finding;
    });
  },

  listForCheck: (checkId: string) =>
    read(async () =>
      (await getDb().findings.where('checkId').equals(checkId).toArray()).sort(
        (a, b) => a.visitedOn.localeCompare(b.visitedOn) || a.createdAt.localeCompare(b.createdAt),
      ),
    ),

  listBetween: (from: string, to: string) =>
    read(() =>
      getDb()
        .findings.filter((f) => f.visitedOn >= from && f.visitedOn <= to)
        .toArray(),
    ),
};
