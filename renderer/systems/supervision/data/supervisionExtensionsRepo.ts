import { AppError } from '../../../../shared/core/errors';
import { type LeaderDecisionInput, leaderDecisionInputSchema } from '../../../../shared/core/common/approval';
import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import {
  buildExtensionSlip,
  extensionReissueReason,
} from '../../../../shared/systems/supervision/documents/extensionSlip';
import type { VoidedSlip } from '../../../../shared/systems/supervision/correction';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import {
  applyExtensionDecision,
  type DeadlineExtension,
  extensionDecisionRule,
  type ExtensionRequestInput,
  extensionRequestRule,
  extensionRequestSchema,
  pendingExtension,
} from '../../../../shared/systems/supervision/extension';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { assertDecisionDate } from '../../../core/data/decisionDate';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { issueItemSlipInTransaction } from './supervisionItemFlowRepo';
import {
  requireItemStatus,
  supervisionWriteTables,
  targetName,
  updateItemInTransaction,
} from './supervisionItemsWrite';
import { parseInput } from '../../../core/data/validation';
import { type AuditWriter, writeWithAudit } from '../../../core/data/write';
import type { OfficeSettings } from '../../../../shared/core/office/office';
import type { StaffSession } from '../../../../shared/core/auth/staff';

function requirePending(item: SupervisionItem): DeadlineExtension {
  const pending = pendingExtension(item);
  if (!pending) throw new AppError('wrong-state', { rule: 'no-extension-pending' });
  return pending;
}

interface PendingRequestStep {
  item: SupervisionItem;
  pending: DeadlineExtension;
  office: OfficeSettings;
  session: StaffSession;
  audit: AuditWriter;
}

/**
 * The steps on a request before the leader (its 呈批单, the decision): one transaction over the
 * item, its counts and the register, on an open item with a pending request.
 */
async function onPendingRequest<T>(itemId: string, step: (on: PendingRequestStep) => Promise<T>): Promise<T> {
  const office = await settingsRepo.office();
  const session = requireSession();
  const db = getDb();
  return writeWithAudit([...supervisionWriteTables(), db.units, db.docSequences, db.documents], async (audit) => {
    const item = requireItemStatus(await db.supervisionItems.get(itemId), ['open', 'replied'], 'item-not-open');
    return step({ item, pending: requirePending(item), office, session, audit });
  });
}

/**
 * 延期: the unit's request, the 呈批单 to the group leader, and the leader's decision as written
 * on it (extension.ts). Only an approval moves the deadline; the lists, the kept counts and the
 * Dashboard follow it in the same transaction, and the item keeps every deadline it has had.
 */
export const supervisionExtensionsRepo = {
  /** Records the unit's written request; the item keeps its deadline until the leader agrees. */
  async request(itemId: string, input: ExtensionRequestInput, now = new Date()): Promise<SupervisionItem> {
    const valid = parseInput(extensionRequestSchema, input);
    const session = requireSession();
    const db = getDb();
    return writeWithAudit(supervisionWriteTables(), async (audit) => {
      const item = requireItemStatus(await db.supervisionItems.get(itemId), ['open', 'replied'], 'item-not-open');
      const rule = extensionRequestRule(item, valid, localDate(now));
      if (rule === 'extension-pending') throw new AppError('wrong-state', { rule });
      if (rule)
        throw new AppError('validation', { field: rule === 'date-in-future' ? 'requestedOn' : 'newDueOn', rule });
      const extension: DeadlineExtension = {
        ...valid,
        id: newId(),
        fromDueOn: item.dueOn,
        fromReplyBy: item.replyBy ?? item.dueOn,
        recordedAt: now.toISOString(),
        recordedBy: session.displayName,
      };
      return updateItemInTransaction(
        item,
        { ...item, extensions: [...(item.extensions ?? []), extension] },
        audit,
        'extend',
        extension,
        { dueOn: item.dueOn, replyBy: item.replyBy },
      );
    });
  },

  /** Numbers and keeps the 呈批单 for the pending request (series: office.approvalSlipPrefix). */
  async issueSlip(itemId: string, now = new Date()) {
    return onPendingRequest(itemId, async ({ item, pending, office, session, audit }) => {
      if (pending.slipDocumentId) throw new AppError('wrong-state', { rule: 'slip-issued' });
      const date = localDate(now);
      const target = await targetName(item.unitId, date);
      const issued = await documentsRepo.issue(
        {
          kind: 'approvalSlip',
          series: { prefix: office.approvalSlipPrefix, style: 'docNumber' },
          sourceId: `supervisionItems:${item.id}:extension:${pending.id}`,
          build: (n) =>
            buildExtensionSlip(item, pending, {
              office,
              target,
              date,
              number: n.number,
              handler: office.contactLine || session.displayName,
            }),
          isSample: item.isSample,
        },
        now,
      );
      const extensions = (item.extensions ?? []).map((e) =>
        e.id === pending.id ? { ...e, slipNumber: issued.number, slipDocumentId: issued.id } : e,
      );
      await updateItemInTransaction(item, { ...item, extensions }, audit, 'issue', {
        extensionId: pending.id,
        slipNumber: issued.number,
      });
      return issued;
    });
  },

  /**
   * The leader's decision as written on the signed 呈批单. Approved: the new deadline takes effect,
   * and if the old one had already passed, the days overdue are kept with the extension.
   */
  async decide(
    itemId: string,
    input: LeaderDecisionInput,
    now = new Date(),
  ): Promise<{ item: SupervisionItem; reissued?: IssuedDocument }> {
    const valid = parseInput(leaderDecisionInputSchema, input);
    return onPendingRequest(itemId, async ({ item, pending, office, session, audit }) => {
      // What the leader signs is what the office printed: no decision without the 呈批单.
      if (!pending.slipDocumentId) throw new AppError('wrong-state', { rule: 'extension-slip-first' });
      const rule = extensionDecisionRule(pending, valid.on, localDate(now));
      if (rule) throw new AppError('validation', { field: 'on', rule });
      await assertDecisionDate(valid.on, pending.slipDocumentId, now);
      const decision = {
        ...valid,
        recordedBy: session.displayName,
        recordedAt: now.toISOString(),
        slipDocumentId: pending.slipDocumentId,
      };
      let next = applyExtensionDecision(item, decision);
      // The unit's 督办通知单 shows the old deadline: granted, it is voided and one with the new
      // deadline is numbered in the same transaction, for the office to print and send.
      let reissued: IssuedDocument | undefined;
      if (decision.decision === 'approved' && item.slipDocumentId) {
        const reason = extensionReissueReason(pending);
        await documentsRepo.voidDocument(item.slipDocumentId, reason);
        const voided: VoidedSlip = {
          number: item.slipNumber ?? '',
          documentId: item.slipDocumentId,
          reason,
          voidedAt: now.toISOString(),
          voidedBy: session.displayName,
        };
        reissued = await issueItemSlipInTransaction(next, office, session.displayName, now, item.slipNumber);
        next = {
          ...next,
          slipNumber: reissued.number,
          slipDocumentId: reissued.id,
          voidedSlips: [...(item.voidedSlips ?? []), voided],
        };
      }
      const before = { dueOn: item.dueOn, replyBy: item.replyBy, slipNumber: item.slipNumber };
      const after = {
        dueOn: next.dueOn,
        replyBy: next.replyBy,
        extensionId: pending.id,
        decision,
        slipNumber: next.slipNumber,
      };
      const stored = await updateItemInTransaction(
        item,
        next,
        audit,
        decision.decision === 'approved' ? 'approve' : 'reject',
        after,
        before,
      );
      return reissued ? { item: stored, reissued } : { item: stored };
    });
  },
};
