import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { localDate } from '../../../shared/domain/common/localDate';
import type { SupervisionItem } from '../../../shared/domain/supervision/item';
import { type Withdrawal, type WithdrawalInput, withdrawalInputSchema, withdrawalRule } from '../../../shared/domain/supervision/withdrawal';
import { getDb } from '../db';
import { requireSession } from '../session';
import { documentsRepo } from './documentsRepo';
import { supervisionWriteTables, updateItemInTransaction } from './supervisionItemsWrite';
import { validationError } from './validation';
import { writeWithAudit } from './write';

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

/** 撤销 of an item issued by mistake (withdrawal.ts). */
export const supervisionItemCorrectionsRepo = {
  /**
   * Withdraws the item with the reason: it leaves the open lists and the kept counts, and its
   * 督办通知单 is voided in the register with the same reason, all in one transaction.
   */
  async withdraw(itemId: string, input: WithdrawalInput, now = new Date()): Promise<SupervisionItem> {
    const valid = parse(withdrawalInputSchema, input);
    const session = requireSession();
    const db = getDb();
    return writeWithAudit([...supervisionWriteTables(), db.documents], async (audit) => {
      const item = await db.supervisionItems.get(itemId);
      if (!item) throw new AppError('not-found', {});
      const rule = withdrawalRule(item);
      if (rule) throw new AppError('wrong-state', { rule });
      if (item.slipDocumentId) await documentsRepo.voidDocument(item.slipDocumentId, valid.reason);
      const withdrawal: Withdrawal = { reason: valid.reason, on: localDate(now), by: session.displayName, at: now.toISOString(), ...(item.slipNumber ? { voidedSlipNumber: item.slipNumber } : {}) };
      return updateItemInTransaction(item, { ...item, status: 'withdrawn', withdrawal }, audit, 'withdraw', { status: 'withdrawn', ...withdrawal }, { status: item.status });
    });
  },
};
