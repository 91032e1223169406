import { AppError } from '../../../../shared/core/errors';
import { newId } from '../../../../shared/core/common/ids';
import { daysBetween, localDate } from '../../../../shared/core/common/localDate';
import type { Attachment } from '../../../../shared/core/common/attachment';
import {
  type Explanation,
  type ExplanationInput,
  explanationInputSchema,
  type FeedbackInput,
  feedbackInputSchema,
  type ItemFeedback,
  type LeaderReadingInput,
  leaderReadingSchema,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_FEEDBACK,
  type VerificationInput,
  verificationInputSchema,
} from '../../../../shared/systems/supervision/feedback';
import { buildExplanationSlip, buildItemSlip } from '../../../../shared/systems/supervision/documents/itemDocuments';
import type { OfficeSettings } from '../../../../shared/core/office/office';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { slipTextSchema } from '../../../../shared/systems/supervision/itemInput';
import { assertDecisionDate } from '../../../core/data/decisionDate';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { settingsRepo } from '../../../core/data/settingsRepo';
import {
  requireItemStatus,
  supervisionWriteTables,
  targetName,
  updateItemInTransaction,
} from './supervisionItemsWrite';
import { parseInput } from '../../../core/data/validation';
import { writeWithAudit } from '../../../core/data/write';

export interface EvidenceFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Numbers a 督办通知单 for the item as it stands, inside the caller's transaction (which must
 * include db.units, db.docSequences and db.documents). Used to issue and to reissue (after a
 * correction or a granted extension); a text over the slip's limits is refused on every path.
 */
export async function issueItemSlipInTransaction(
  item: SupervisionItem,
  office: OfficeSettings,
  handler: string,
  now: Date,
  /** The number of the slip this one replaces (a correction or an extension), printed on it. */
  replaces?: string,
) {
  // Items stored before the limits may hold more than the slip has room for: corrected first.
  parseInput(slipTextSchema, item);
  const date = localDate(now);
  const target = await targetName(item.unitId, date);
  return documentsRepo.issue(
    {
      kind: 'supervisionSlip',
      series: { prefix: office.supervisionSlipPrefix, style: 'docNumber' },
      sourceId: `supervisionItems:${item.id}`,
      build: (n) =>
        buildItemSlip(
          { ...item, slipNumber: n.number },
          { office, target, date, number: n.number, handler, ...(replaces ? { replaces } : {}) },
        ),
      isSample: item.isSample,
    },
    now,
  );
}

/**
 * The life of an item after it is assigned: 督办通知单, the unit's feedback with evidence, the
 * office's verification (办结登记、销号), 情况说明 for late items and the leader's 阅示, and the
 * mark that its archive bundle was written. Each step is one transaction with its audit entry.
 */
export const supervisionItemFlowRepo = {
  /** Numbers and keeps the 督办通知单 (series: office.supervisionSlipPrefix) with the item. */
  async issueSlip(itemId: string, now = new Date()) {
    const office = await settingsRepo.office();
    const db = getDb();
    const session = requireSession();
    return writeWithAudit([...supervisionWriteTables(), db.units, db.docSequences, db.documents], async (audit) => {
      const item = requireItemStatus(await db.supervisionItems.get(itemId), ['open', 'replied'], 'item-not-open');
      if (item.slipDocumentId) throw new AppError('wrong-state', { rule: 'slip-issued' });
      const issued = await issueItemSlipInTransaction(item, office, session.displayName, now);
      await updateItemInTransaction(
        item,
        { ...item, slipNumber: issued.number, slipDocumentId: issued.id },
        audit,
        'issue',
        { slipNumber: issued.number },
      );
      return issued;
    });
  },

  /** The unit's feedback with evidence files (S2-5.2); the item waits for verification. */
  async addFeedback(
    itemId: string,
    input: FeedbackInput,
    files: readonly EvidenceFile[],
    now = new Date(),
  ): Promise<ItemFeedback> {
    const valid = parseInput(feedbackInputSchema, input);
    if (files.length > MAX_ATTACHMENTS_PER_FEEDBACK)
      throw new AppError('validation', { field: 'attachments', rule: 'too-many-files' });
    // Checked before anything is written: one file too large and nothing of the feedback is kept.
    for (const f of files)
      if (f.bytes.byteLength > MAX_ATTACHMENT_BYTES)
        throw new AppError('attachment-too-large', {
          name: f.name,
          size: megabytes(f.bytes.byteLength),
          max: megabytes(MAX_ATTACHMENT_BYTES),
        });
    const db = getDb();
    const session = requireSession();
    return writeWithAudit([...supervisionWriteTables(), db.itemFeedback, db.attachments], async (audit) => {
      const item = requireItemStatus(await db.supervisionItems.get(itemId), ['open', 'replied'], 'item-not-open');
      const feedback: ItemFeedback = {
        ...valid,
        id: newId(),
        itemId,
        attachmentIds: [],
        createdAt: now.toISOString(),
        createdBy: session.displayName,
        isSample: item.isSample,
      };
      const attachments: Attachment[] = files.map((f) => ({
        id: newId(),
        ownerType: 'itemFeedback',
        ownerId: feedback.id,
        name: f.name,
        mimeType: f.type || 'application/octet-stream',
        size: f.bytes.byteLength,
        blob: new Blob([f.bytes as BlobPart], { type: f.type || 'application/octet-stream' }),
        addedAt: now.toISOString(),
        addedBy: session.displayName,
        isSample: item.isSample,
      }));
      feedback.attachmentIds = attachments.map((a) => a.id);
      await db.itemFeedback.add(feedback);
      if (attachments.length) await db.attachments.bulkAdd(attachments);
      const lastFeedbackOn =
        !item.lastFeedbackOn || valid.receivedOn > item.lastFeedbackOn ? valid.receivedOn : item.lastFeedbackOn;
      await updateItemInTransaction(
        item,
        { ...item, status: 'replied', feedbackCount: (item.feedbackCount ?? 0) + 1, lastFeedbackOn },
        audit,
        'feedback',
        { feedbackId: feedback.id, progress: valid.progress, files: attachments.map((a) => a.name) },
      );
      return feedback;
    });
  },

  /** 核实: done → 办结登记 and 销号 (closed, with date and verifier); not done → open again, with why. */
  async verify(itemId: string, input: VerificationInput): Promise<SupervisionItem> {
    const valid = parseInput(verificationInputSchema, input);
    const db = getDb();
    return writeWithAudit(supervisionWriteTables(), async (audit) => {
      const item = requireItemStatus(await db.supervisionItems.get(itemId), ['open', 'replied'], 'item-not-open');
      if (valid.outcome === 'notDone')
        return updateItemInTransaction(item, { ...item, status: 'open' }, audit, 'reject', {
          note: valid.note,
          verifiedBy: valid.verifiedBy,
          verifiedOn: valid.verifiedOn,
        });
      return updateItemInTransaction(
        item,
        { ...item, status: 'closed', closedOn: valid.verifiedOn, verifiedBy: valid.verifiedBy, closeNote: valid.note },
        audit,
        'close',
      );
    });
  },

  /** 情况说明 for an item past its deadline and not done; kept until the item is closed. */
  async recordExplanation(itemId: string, input: ExplanationInput, now = new Date()): Promise<Explanation> {
    const valid = parseInput(explanationInputSchema, input);
    const db = getDb();
    const session = requireSession();
    return writeWithAudit([...supervisionWriteTables(), db.explanations], async (audit) => {
      const item = requireItemStatus(await db.supervisionItems.get(itemId), ['open', 'replied'], 'item-not-open');
      const today = localDate(now);
      if (item.dueOn >= today) throw new AppError('wrong-state', { rule: 'not-overdue' });
      const explanation: Explanation = {
        ...valid,
        id: newId(),
        itemId,
        daysOverdue: daysBetween(item.dueOn, today),
        createdAt: now.toISOString(),
        createdBy: session.displayName,
        isSample: item.isSample,
      };
      await db.explanations.add(explanation);
      await updateItemInTransaction(
        item,
        { ...item, explanationCount: (item.explanationCount ?? 0) + 1 },
        audit,
        'explain',
        explanation,
      );
      return explanation;
    });
  },

  /** The 呈阅件 carrying a 情况说明 to the group leader (series: office.approvalSlipPrefix). */
  async issueExplanationSlip(explanationId: string, now = new Date()) {
    const office = await settingsRepo.office();
    const db = getDb();
    const session = requireSession();
    return writeWithAudit(
      [db.explanations, db.supervisionItems, db.units, db.docSequences, db.documents],
      async (audit) => {
        const explanation = await db.explanations.get(explanationId);
        if (!explanation) throw new AppError('not-found', { id: explanationId });
        if (explanation.slipDocumentId) throw new AppError('wrong-state', { rule: 'slip-issued' });
        const item = await db.supervisionItems.get(explanation.itemId);
        if (!item) throw new AppError('not-found', { id: explanation.itemId });
        const date = localDate(now);
        const target = await targetName(item.unitId, date);
        const issued = await documentsRepo.issue(
          {
            kind: 'approvalSlip',
            series: { prefix: office.approvalSlipPrefix, style: 'docNumber' },
            sourceId: `explanations:${explanation.id}`,
            build: (n) =>
              buildExplanationSlip(item, explanation, {
                office,
                target,
                date,
                number: n.number,
                handler: session.displayName,
              }),
            isSample: item.isSample,
          },
          now,
        );
        await db.explanations.put({ ...explanation, slipDocumentId: issued.id, slipNumber: issued.number });
        await audit('supervisionItems', item.id, 'issue', null, { explanationId, slipNumber: issued.number });
        return issued;
      },
    );
  },

  /** What the leader wrote when reading the 情况说明 (阅示). */
  async recordReading(explanationId: string, input: LeaderReadingInput, now = new Date()): Promise<Explanation> {
    const valid = parseInput(leaderReadingSchema, input);
    const db = getDb();
    const session = requireSession();
    return writeWithAudit([db.explanations, db.documents], async (audit) => {
      const explanation = await db.explanations.get(explanationId);
      if (!explanation) throw new AppError('not-found', { id: explanationId });
      // The leader reads the numbered 呈阅件: none printed yet, nothing to record.
      await assertDecisionDate(valid.on, explanation.slipDocumentId, now);
      const next: Explanation = {
        ...explanation,
        reading: { ...valid, recordedBy: session.displayName, recordedAt: now.toISOString() },
      };
      await db.explanations.put(next);
      await audit('supervisionItems', explanation.itemId, 'approve', explanation.reading ?? null, next.reading);
      return next;
    });
  },

  /** 立卷归档: the bundle was written (by the host); the item leaves the tracked list for good. */
  async markArchived(itemId: string, archiveName: string, now = new Date()): Promise<SupervisionItem> {
    const db = getDb();
    return writeWithAudit(supervisionWriteTables(), async (audit) => {
      const item = requireItemStatus(await db.supervisionItems.get(itemId), ['closed', 'archived'], 'item-not-closed');
      return updateItemInTransaction(
        item,
        { ...item, status: 'archived', archivedAt: now.toISOString(), archiveName },
        audit,
        'archive',
        { archiveName },
      );
    });
  },
};
