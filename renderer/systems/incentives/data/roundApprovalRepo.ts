import {
  type LeaderDecision,
  type LeaderDecisionInput,
  leaderDecisionInputSchema,
} from '../../../../shared/core/common/approval';
import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import { buildListSlip } from '../../../../shared/systems/incentives/documents/listSlip';
import { EMPTY_STANDING, entryValue, type LedgerEntry } from '../../../../shared/systems/incentives/ledger';
import {
  buildProposal,
  isSameProposal,
  proposalRule,
  type ProposalRow,
} from '../../../../shared/systems/incentives/proposal';
import {
  type BonusRound,
  currentSlip,
  decisionDateRule,
  statusAfterDecision,
} from '../../../../shared/systems/incentives/round';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import { getDb } from '../../../core/data/db';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { requireSession } from '../../../core/data/session';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { type AuditWriter, read, writeWithAudit } from '../../../core/data/write';
import { putClaim } from './claimsRepo';
import { claimView, incentivesTables, incentivesWriteTables, requireRound } from './incentivesTables';
import { standingInTransaction, standingsInTransaction } from './ledgerRepo';
import { invalid, parseIncentives, refuse } from './refusals';
import { ruleSetOfYear } from './ruleSetsRepo';
import { unitNamesAt } from './unitNames';

/** The round's proposed list as the claims and the ledger stand now (inside a transaction). */
async function proposalNow(round: BonusRound): Promise<{ rows: ProposalRow[]; claims: BonusClaim[] }> {
  const { claims } = incentivesTables();
  // The list in the order the applications came in: the slip, the ledger and the screens agree.
  const roundClaims = (await claims.where('roundId').equals(round.id).toArray())
    .map(claimView)
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.createdAt.localeCompare(b.createdAt));
  const standings = await standingsInTransaction(
    round.year,
    roundClaims.map((c) => c.unitId),
  );
  const set = await ruleSetOfYear(round.year);
  const live = roundClaims.filter((c) => c.status === 'received' || c.status === 'reviewed');
  return { rows: buildProposal(set, live, (u) => standings.get(u) ?? EMPTY_STANDING), claims: roundClaims };
}

function tables() {
  const db = getDb();
  return [...incentivesWriteTables(), db.units, db.docSequences, db.documents];
}

/**
 * S3-3.2 → S3-3.3: the proposed list goes to the group leader on a numbered 呈批单; only the
 * decision recorded from the signed slip applies points (one ledger entry per unit) and opens
 * the way to commendations. Nothing on the list changes while the slip is with the leader.
 */
export const roundApprovalRepo = {
  /** The list as it would go to the leader now, and why it cannot yet (null when it can). */
  preview: (roundId: string) =>
    read(async () => {
      const round = await requireRound(roundId);
      const { rows, claims } = await proposalNow(round);
      const year = (await incentivesTables().claims.where('year').equals(round.year).toArray()).map(claimView);
      return { rows, refusal: round.status === 'open' ? proposalRule(claims, year, rows) : null };
    }),

  /** 报组长签批: checks the list can go, numbers and keeps the 呈批单, and freezes the round. */
  async submit(roundId: string, now = new Date()): Promise<IssuedDocument> {
    const office = await settingsRepo.office();
    const session = requireSession();
    return writeWithAudit(tables(), async (audit) => {
      const round = await requireRound(roundId);
      if (round.status !== 'open') throw refuse('round-not-open');
      const { rows, claims } = await proposalNow(round);
      const year = (await incentivesTables().claims.where('year').equals(round.year).toArray()).map(claimView);
      const rule = proposalRule(claims, year, rows);
      if (rule) throw refuse(rule);
      const date = localDate(now);
      const unitName = await unitNamesAt(
        rows.map((r) => r.unitId),
        date,
      );
      const issued = await documentsRepo.issue(
        {
          kind: 'approvalSlip',
          series: { prefix: office.approvalSlipPrefix, style: 'docNumber' },
          sourceId: `bonusRounds:${round.id}`,
          build: (n) =>
            buildListSlip(round, rows, {
              office,
              number: n.number,
              date,
              handler: office.contactLine || session.displayName,
              claimCount: claims.filter((c) => c.status !== 'revoked').length,
              unitName,
            }),
          isSample: round.isSample,
        },
        now,
      );
      const slip = { documentId: issued.id, number: issued.number, printedOn: date, proposal: rows };
      const next: BonusRound = {
        ...round,
        status: 'submitted',
        slips: [...round.slips, slip],
        updatedAt: now.toISOString(),
      };
      await incentivesTables().rounds.put(next);
      await audit(
        'bonusRounds',
        round.id,
        'issue',
        { status: round.status },
        { status: next.status, slip: issued.number },
      );
      return issued;
    });
  },

  /**
   * Takes back a 呈批单 the leader has not decided (a mistake found, or the list went stale): the
   * slip is voided in the register with the reason and the round is open again.
   */
  async withdrawSlip(roundId: string, reason: string, now = new Date()): Promise<BonusRound> {
    if (!reason.trim()) throw invalid('reason', 'required');
    return writeWithAudit(tables(), async (audit) => {
      const round = await requireRound(roundId);
      const slip = currentSlip(round);
      if (round.status !== 'submitted' || !slip) throw refuse('round-not-submitted');
      await documentsRepo.voidDocument(slip.documentId, reason.trim());
      const next: BonusRound = {
        ...round,
        status: 'open',
        slips: round.slips.filter((s) => s !== slip),
        updatedAt: now.toISOString(),
      };
      await incentivesTables().rounds.put(next);
      await audit('bonusRounds', round.id, 'void', { slip: slip.number }, { status: 'open', reason: reason.trim() });
      return next;
    });
  },

  /**
   * The leader's decision as written on the signed slip, dated no earlier than it was printed and
   * no later than today. Approved: the list as printed is applied — refused if the ledger moved
   * since (another round or a revocation of the same year), so no point differs from what was signed.
   */
  async decide(roundId: string, input: LeaderDecisionInput, now = new Date()): Promise<BonusRound> {
    const valid = parseIncentives(leaderDecisionInputSchema, input);
    const session = requireSession();
    return writeWithAudit(tables(), async (audit) => {
      const round = await requireRound(roundId);
      const slip = currentSlip(round);
      if (round.status !== 'submitted' || !slip) throw refuse('round-not-submitted');
      const rule = decisionDateRule(slip.printedOn, valid.on, localDate(now));
      if (rule) throw invalid('on', rule);
      const decision: LeaderDecision = {
        ...valid,
        recordedBy: session.displayName,
        recordedAt: now.toISOString(),
        slipDocumentId: slip.documentId,
      };
      const { rows, claims } = await proposalNow(round);
      if (decision.decision === 'approved') {
        if (!isSameProposal(slip.proposal, rows)) throw refuse('list-stale');
        await applyList(round, slip, rows, decision, audit, now);
      }
      const listed = new Set(rows.map((r) => r.claimId));
      if (decision.decision !== 'returned')
        for (const claim of claims.filter((c) => c.status === 'received' || c.status === 'reviewed')) {
          const isAwarded = decision.decision === 'approved' && listed.has(claim.id);
          await putClaim(
            { ...claim, status: isAwarded ? 'awarded' : 'notAwarded', ...(isAwarded ? { awardedOn: valid.on } : {}) },
            audit,
            isAwarded ? 'approve' : 'reject',
            { status: isAwarded ? 'awarded' : 'notAwarded', slip: slip.number },
            { status: claim.status },
          );
        }
      const status = statusAfterDecision(decision.decision);
      const next: BonusRound = {
        ...round,
        status,
        slips: round.slips.map((s) => (s === slip ? { ...s, decision } : s)),
        ...(status === 'approved' ? { appliedAt: now.toISOString() } : {}),
        updatedAt: now.toISOString(),
      };
      await incentivesTables().rounds.put(next);
      await audit(
        'bonusRounds',
        round.id,
        status === 'approved' ? 'approve' : 'reject',
        { status: round.status },
        { status, decision },
      );
      return next;
    });
  },
};

/** One award entry per listed unit, each worth what it adds to the unit's year as it stands. */
async function applyList(
  round: BonusRound,
  slip: NonNullable<ReturnType<typeof currentSlip>>,
  rows: readonly ProposalRow[],
  decision: LeaderDecision,
  audit: AuditWriter,
  now: Date,
): Promise<void> {
  const set = await ruleSetOfYear(round.year);
  for (const row of rows) {
    const entry: LedgerEntry = {
      ...entryValue(set, await standingInTransaction(round.year, row.unitId), row.counts),
      id: newId(),
      seq: (await incentivesTables().ledger.count()) + 1,
      unitId: row.unitId,
      year: round.year,
      roundId: round.id,
      claimId: row.claimId,
      kind: 'award',
      reason: round.title,
      slipNumber: slip.number,
      slipDocumentId: slip.documentId,
      decidedBy: decision.by,
      decidedOn: decision.on,
      recordedAt: now.toISOString(),
      recordedBy: decision.recordedBy,
      isSample: round.isSample,
    };
    await incentivesTables().ledger.add(entry);
    await audit('bonusLedger', entry.id, 'create', null, entry);
  }
}
