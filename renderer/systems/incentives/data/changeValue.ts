import type { LeaderDecision } from '../../../../shared/core/common/approval';
import { newId } from '../../../../shared/core/common/ids';
import type { ClaimChange } from '../../../../shared/systems/incentives/change';
import type { BonusClaim, ClaimLine } from '../../../../shared/systems/incentives/claim';
import {
  correctionDelta,
  entryValue,
  type LedgerEntry,
  revocationDelta,
  type Standing,
  standingOf,
} from '../../../../shared/systems/incentives/ledger';
import { acceptedCounts } from '../../../../shared/systems/incentives/review';
import type { AuditWriter } from '../../../core/data/write';
import { putClaim } from './claimsRepo';
import { incentivesTables } from './incentivesTables';
import { standingInTransaction } from './ledgerRepo';
import { ruleSetOfYear } from './ruleSetsRepo';

/** The claim's lines once a correction's reviews replace theirs (earlier reviews kept in history). */
export function correctedLines(claim: BonusClaim, change: ClaimChange, at: string, by: string): ClaimLine[] {
  const reviews = new Map((change.lineReviews ?? []).map((l) => [l.lineId, l.review]));
  return claim.lines.map((l) => {
    const review = reviews.get(l.id);
    if (!review) return l;
    return {
      ...l,
      review: { ...review, at, by },
      reviewHistory: [...(l.reviewHistory ?? []), ...(l.review ? [l.review] : [])],
    };
  });
}

/** What the claim holds in the ledger, and what the change would be worth on the unit's year now. */
export async function changeValue(claim: BonusClaim, change: ClaimChange) {
  const entries = await incentivesTables().ledger.where('claimId').equals(claim.id).toArray();
  const held: Standing = standingOf(entries);
  const standing = await standingInTransaction(claim.year, claim.unitId);
  const set = await ruleSetOfYear(claim.year);
  const delta =
    change.kind === 'revocation'
      ? revocationDelta(entries, claim.id)
      : correctionDelta(held.counts, acceptedCounts(correctedLines(claim, change, '', '')));
  return { held, value: entryValue(set, standing, delta) };
}

/** Writes the approved change: its ledger entry, and the claim revoked or its lines corrected. */
export async function applyChange(
  claim: BonusClaim,
  change: ClaimChange,
  decision: LeaderDecision,
  value: ReturnType<typeof entryValue>,
  audit: AuditWriter,
  now: Date,
): Promise<BonusClaim> {
  const entry: LedgerEntry = {
    ...value,
    id: newId(),
    seq: (await incentivesTables().ledger.count()) + 1,
    unitId: claim.unitId,
    year: claim.year,
    roundId: claim.roundId,
    claimId: claim.id,
    kind: change.kind,
    reason: change.reason,
    slipNumber: change.slip?.number ?? '',
    slipDocumentId: change.slip?.documentId ?? '',
    decidedBy: decision.by,
    decidedOn: decision.on,
    recordedAt: now.toISOString(),
    recordedBy: decision.recordedBy,
    isSample: claim.isSample,
  };
  await incentivesTables().ledger.add(entry);
  await audit('bonusLedger', entry.id, 'create', null, entry);
  const decided = { ...change, decision, entryId: entry.id };
  const changes = claim.changes.map((c) => (c.id === change.id ? decided : c));
  const next: BonusClaim =
    change.kind === 'revocation'
      ? { ...claim, changes, status: 'revoked', updatedAt: now.toISOString() }
      : {
          ...claim,
          changes,
          lines: correctedLines(claim, change, now.toISOString(), decision.recordedBy),
          updatedAt: now.toISOString(),
        };
  return putClaim(
    next,
    audit,
    change.kind === 'revocation' ? 'revoke' : 'correct',
    { changeId: change.id, decision, entry: entry.id },
    { status: claim.status },
  );
}
