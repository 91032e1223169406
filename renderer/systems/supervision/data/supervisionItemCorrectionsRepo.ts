import { AppError } from '../../../../shared/core/errors';
import { localDate } from '../../../../shared/core/common/localDate';
import {
  correctedFields,
  type CorrectionInput,
  correctionInputSchema,
  correctionRule,
  type VoidedSlip,
} from '../../../../shared/systems/supervision/correction';
import { lapsePendingExtension, pendingExtension } from '../../../../shared/systems/supervision/extension';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import {
  type Withdrawal,
  type WithdrawalInput,
  withdrawalInputSchema,
  withdrawalRule,
} from '../../../../shared/systems/supervision/withdrawal';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { issueItemSlipInTransaction } from './supervisionItemFlowRepo';
import { requireItemStatus, supervisionWriteTables, updateItemInTransaction } from './supervisionItemsWrite';
import { parseInput } from '../../../core/data/validation';
import { writeWithAudit } from '../../../core/data/write';

/** 更正 of an item's text (correction.ts) and 撤销 of an item issued by mistake (withdrawal.ts). */
export const supervisionItemCorrectionsRepo = {
  /**
   * Corrects matter, requirement and category, audited before and after. If a 督办通知单 was
   * issued, it is voided with the reason and a new one is numbered, in the same transaction;
   * the new slip is returned for printing.
   */
  async correct(
    itemId: string,
    input: CorrectionInput,
    now = new Date(),
  ): Promise<{ item: SupervisionItem; reissued?: IssuedDocument }> {
    const valid = parseInput(correctionInputSchema, input);
    const office = await settingsRepo.office();
    const session = requireSession();
    const db = getDb();
    return writeWithAudit([...supervisionWriteTables(), db.units, db.docSequences, db.documents], async (audit) => {
      const item = requireItemStatus(await db.supervisionItems.get(itemId), ['open', 'replied'], 'item-not-open');
      const rule = correctionRule(item, valid);
      if (rule) throw new AppError('validation', rule);
      const corrected: SupervisionItem = {
        ...item,
        matter: valid.matter,
        requirement: valid.requirement,
        category: valid.category,
      };
      // A slip reissued with a deadline already past would ask the unit for the impossible: the
      // deadline moves first, by an extension the leader grants (which reissues the slip itself).
      if (item.slipDocumentId && item.dueOn < localDate(now))
        throw new AppError('not-allowed', { reason: 'supervision.correct.deadlinePassed', dueOn: item.dueOn });
      if (!item.slipDocumentId) {
        const stored = await updateItemInTransaction(
          item,
          corrected,
          audit,
          'update',
          correctedFields(corrected),
          correctedFields(item),
        );
        return { item: stored };
      }
      await documentsRepo.voidDocument(item.slipDocumentId, valid.voidReason);
      const voided: VoidedSlip = {
        number: item.slipNumber ?? '',
        documentId: item.slipDocumentId,
        reason: valid.voidReason,
        voidedAt: now.toISOString(),
        voidedBy: session.displayName,
      };
      const reissued = await issueItemSlipInTransaction(corrected, office, session.displayName, now, item.slipNumber);
      const next: SupervisionItem = {
        ...corrected,
        slipNumber: reissued.number,
        slipDocumentId: reissued.id,
        voidedSlips: [...(item.voidedSlips ?? []), voided],
      };
      const stored = await updateItemInTransaction(
        item,
        next,
        audit,
        'update',
        { ...correctedFields(next), slipNumber: reissued.number, voidedSlip: voided.number },
        { ...correctedFields(item), slipNumber: item.slipNumber },
      );
      return { item: stored, reissued };
    });
  },

  /**
   * Withdraws the item with the reason: it leaves the open lists and the kept counts, and its
   * 督办通知单 is voided in the register with the same reason, all in one transaction.
   */
  async withdraw(itemId: string, input: WithdrawalInput, now = new Date()): Promise<SupervisionItem> {
    const valid = parseInput(withdrawalInputSchema, input);
    const session = requireSession();
    const db = getDb();
    return writeWithAudit([...supervisionWriteTables(), db.documents], async (audit) => {
      const item = await db.supervisionItems.get(itemId);
      if (!item) throw new AppError('not-found', {});
      const rule = withdrawalRule(item);
      if (rule) throw new AppError('wrong-state', { rule });
      if (item.slipDocumentId) await documentsRepo.voidDocument(item.slipDocumentId, valid.reason);
      // A 延期 request still before the leader lapses with the item, and its 呈批单 is voided too.
      const pending = pendingExtension(item);
      if (pending?.slipDocumentId) await documentsRepo.voidDocument(pending.slipDocumentId, valid.reason);
      const withdrawal: Withdrawal = {
        reason: valid.reason,
        on: localDate(now),
        by: session.displayName,
        at: now.toISOString(),
        ...(item.slipNumber ? { voidedSlipNumber: item.slipNumber } : {}),
      };
      const lapsed = pending ? { lapsedExtension: pending.slipNumber ?? pending.id } : {};
      return updateItemInTransaction(
        item,
        { ...item, status: 'withdrawn', withdrawal, extensions: lapsePendingExtension(item, withdrawal.on) },
        audit,
        'withdraw',
        { status: 'withdrawn', ...withdrawal, ...lapsed },
        { status: item.status },
      );
    });
  },
};
