import {
  type LeaderDecision,
  type LeaderDecisionInput,
  leaderDecisionInputSchema,
} from '../../../../shared/core/common/approval';
import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import {
  type ClaimChange,
  changeRule,
  type CorrectionInput,
  correctionInputSchema,
  pendingChange,
  type RevocationInput,
  revocationInputSchema,
} from '../../../../shared/systems/incentives/change';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import { buildChangeSlip } from '../../../../shared/systems/incentives/documents/changeSlip';
import { findDuplicates, hasCountingTwin, yearLines } from '../../../../shared/systems/incentives/duplicates';
import { lineReviewRule } from '../../../../shared/systems/incentives/review';
import { decisionDateRule } from '../../../../shared/systems/incentives/round';
import { getDb } from '../../../core/data/db';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { requireSession } from '../../../core/data/session';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { writeWithAudit } from '../../../core/data/write';
import { applyChange, changeValue } from './changeValue';
import { putClaim } from './claimsRepo';
import { claimView, incentivesTables, incentivesWriteTables, requireClaim, requireRound } from './incentivesTables';
import { invalid, parseIncentives, refuse } from './refusals';
import { unitNamesAt } from './unitNames';

function tables() {
  const db = getDb();
  return [...incentivesWriteTables(), db.units, db.docSequences, db.documents];
}

async function requirePending(claimId: string): Promise<{ claim: BonusClaim; change: ClaimChange }> {
  const claim = claimView(await requireClaim(claimId));
  const change = pendingChange(claim);
  if (!change) throw refuse('no-change-pending');
  return { claim, change };
}

async function draft(claim: BonusClaim, change: ClaimChange, now: Date) {
  return writeWithAudit(incentivesWriteTables(), async (audit) => {
    const fresh = claimView(await requireClaim(claim.id));
    const rule = changeRule(
      fresh,
      change.kind,
      change.foundOn,
      localDate(now),
      (change.lineReviews ?? []).map((l) => l.lineId),
    );
    if (rule === 'date-in-future') throw invalid('foundOn', rule);
    if (rule) throw refuse(rule);
    const next = { ...fresh, changes: [...fresh.changes, change], updatedAt: now.toISOString() };
    return putClaim(next, audit, change.kind === 'revocation' ? 'revoke' : 'correct', change);
  });
}

/**
 * After an award, points change only as they were given: by the leader. A revocation (S3-4.2:
 * 虚报、瞒报 → 取消激励奖励资格) or a correction is drafted with its reason, put on a numbered
 * 呈批单, and applied as a ledger entry when the signed decision is recorded; the claim keeps
 * every change, and a revoked one keeps the unit out of the round.
 */
export const changesRepo = {
  async draftRevocation(claimId: string, input: RevocationInput, now = new Date()): Promise<BonusClaim> {
    const valid = parseIncentives(revocationInputSchema, input);
    const session = requireSession();
    const change: ClaimChange = {
      ...valid,
      id: newId(),
      kind: 'revocation',
      recordedAt: now.toISOString(),
      recordedBy: session.displayName,
    };
    return draft(claimView(await requireClaim(claimId)), change, now);
  },

  async draftCorrection(claimId: string, input: CorrectionInput, now = new Date()): Promise<BonusClaim> {
    const valid = parseIncentives(correctionInputSchema, input);
    const session = requireSession();
    const claim = claimView(await requireClaim(claimId));
    const year = (await incentivesTables().claims.where('year').equals(claim.year).toArray()).filter(
      (c) => c.id !== claim.id,
    );
    const twins = findDuplicates(yearLines([...year, claim]));
    for (const { lineId, review } of valid.lines) {
      const line = claim.lines.find((l) => l.id === lineId);
      if (!line) throw invalid('lines', 'unknown-line');
      const rule = lineReviewRule(line, review, hasCountingTwin(twins, lineId));
      if (rule) throw invalid('decision', rule);
    }
    const change: ClaimChange = {
      id: newId(),
      kind: 'correction',
      reason: valid.reason,
      foundOn: valid.foundOn,
      lineReviews: valid.lines,
      recordedAt: now.toISOString(),
      recordedBy: session.displayName,
    };
    return draft(claim, change, now);
  },

  /** A draft not yet put on a 呈批单 may be dropped (the audit log keeps it). */
  async discardDraft(claimId: string, now = new Date()): Promise<BonusClaim> {
    return writeWithAudit(incentivesWriteTables(), async (audit) => {
      const { claim, change } = await requirePending(claimId);
      if (change.slip) throw refuse('change-slip-printed');
      const next = { ...claim, changes: claim.changes.filter((c) => c.id !== change.id), updatedAt: now.toISOString() };
      return putClaim(next, audit, 'delete', null, change);
    });
  },

  /** Numbers and keeps the change's 呈批单, with the points it changes as the ledger stands. */
  async issueSlip(claimId: string, now = new Date()): Promise<IssuedDocument> {
    const office = await settingsRepo.office();
    const session = requireSession();
    return writeWithAudit(tables(), async (audit) => {
      const { claim, change } = await requirePending(claimId);
      if (change.slip) throw refuse('change-slip-printed');
      const round = await requireRound(claim.roundId);
      const { held, value } = await changeValue(claim, change);
      const date = localDate(now);
      const unitName = await unitNamesAt([claim.unitId], date);
      const awardSlip = round.slips.find((s) => s.decision?.decision === 'approved');
      const issued = await documentsRepo.issue(
        {
          kind: 'approvalSlip',
          series: { prefix: office.approvalSlipPrefix, style: 'docNumber' },
          sourceId: `bonusClaims:${claim.id}:change:${change.id}`,
          build: (n) =>
            buildChangeSlip(change, {
              office,
              number: n.number,
              date,
              handler: office.contactLine || session.displayName,
              unitName: unitName(claim.unitId),
              roundTitle: round.title,
              awardSlipNumber: awardSlip?.number ?? '',
              lines: claim.lines,
              heldTenths: held.total,
              deltaTenths: value.totalTenths,
            }),
          isSample: claim.isSample,
        },
        now,
      );
      const slip = { documentId: issued.id, number: issued.number, printedOn: date, deltaTenths: value.totalTenths };
      const changes = claim.changes.map((c) => (c.id === change.id ? { ...c, slip } : c));
      await putClaim({ ...claim, changes, updatedAt: now.toISOString() }, audit, 'issue', {
        changeId: change.id,
        slip: issued.number,
      });
      return issued;
    });
  },

  /** Takes back an undecided change slip (voided with the reason); the change is a draft again. */
  async withdrawSlip(claimId: string, reason: string, now = new Date()): Promise<BonusClaim> {
    if (!reason.trim()) throw invalid('reason', 'required');
    return writeWithAudit(tables(), async (audit) => {
      const { claim, change } = await requirePending(claimId);
      if (!change.slip) throw refuse('change-slip-first');
      await documentsRepo.voidDocument(change.slip.documentId, reason.trim());
      const { slip: _slip, ...draftAgain } = change;
      const changes = claim.changes.map((c) => (c.id === change.id ? draftAgain : c));
      return putClaim({ ...claim, changes, updatedAt: now.toISOString() }, audit, 'void', {
        changeId: change.id,
        reason: reason.trim(),
      });
    });
  },

  /**
   * The leader's decision on the change's slip, dated between its printing and today. Approved:
   * one ledger entry of the change's kind, refused if the ledger moved since the slip was printed.
   */
  async decide(claimId: string, input: LeaderDecisionInput, now = new Date()): Promise<BonusClaim> {
    const valid = parseIncentives(leaderDecisionInputSchema, input);
    const session = requireSession();
    return writeWithAudit(tables(), async (audit) => {
      const { claim, change } = await requirePending(claimId);
      if (!change.slip) throw refuse('change-slip-first');
      const rule = decisionDateRule(change.slip.printedOn, valid.on, localDate(now));
      if (rule) throw invalid('on', rule);
      const decision: LeaderDecision = {
        ...valid,
        recordedBy: session.displayName,
        recordedAt: now.toISOString(),
        slipDocumentId: change.slip.documentId,
      };
      if (decision.decision !== 'approved') {
        const changes = claim.changes.map((c) => (c.id === change.id ? { ...c, decision } : c));
        return putClaim({ ...claim, changes, updatedAt: now.toISOString() }, audit, 'reject', {
          changeId: change.id,
          decision,
        });
      }
      const { value } = await changeValue(claim, change);
      if (value.totalTenths !== change.slip.deltaTenths) throw refuse('change-stale');
      return applyChange(claim, change, decision, value, audit, now);
    });
  },
};
