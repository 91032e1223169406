import type { LedgerEntry, Standing } from '../../../../shared/systems/incentives/ledger';
import { standingOf } from '../../../../shared/systems/incentives/ledger';
import { explainClaim } from '../../../../shared/systems/incentives/points';
import { acceptedCounts, claimedCounts } from '../../../../shared/systems/incentives/review';
import { ruleSetOfYear } from './ruleSetsRepo';
import { read } from '../../../core/data/write';
import { incentivesTables } from './incentivesTables';

/** A unit's year as the ledger holds it, inside a transaction or a read. */
export async function standingInTransaction(year: number, unitId: string): Promise<Standing> {
  return standingOf(await incentivesTables().ledger.where('[year+unitId]').equals([year, unitId]).toArray());
}

/** Standings of several units of a year at once. */
export async function standingsInTransaction(year: number, unitIds: readonly string[]): Promise<Map<string, Standing>> {
  const out = new Map<string, Standing>();
  for (const unitId of new Set(unitIds)) out.set(unitId, await standingInTransaction(year, unitId));
  return out;
}

/**
 * 加分台账: read only. Entries are added by the leader's decisions (roundApprovalRepo,
 * changesRepo) and never changed or deleted.
 */
export const ledgerRepo = {
  listYear: (year: number): Promise<LedgerEntry[]> =>
    read(async () =>
      (await incentivesTables().ledger.where('year').equals(year).toArray()).sort((a, b) => a.seq - b.seq),
    ),

  listClaim: (claimId: string): Promise<LedgerEntry[]> =>
    read(async () =>
      (await incentivesTables().ledger.where('claimId').equals(claimId).toArray()).sort((a, b) => a.seq - b.seq),
    ),

  standing: (year: number, unitId: string) => read(() => standingInTransaction(year, unitId)),
};

/**
 * A claim's points explained per rule (claimed, accepted, what the year held, what it adds, the
 * cap that bit) against the rest of its unit's year, and the ledger entries it has.
 */
export const claimPointsRepo = {
  explain: (claimId: string) =>
    read(async () => {
      const t = incentivesTables();
      const claim = await t.claims.get(claimId);
      if (!claim) return undefined;
      const year = await t.ledger.where('[year+unitId]').equals([claim.year, claim.unitId]).toArray();
      const own = year.filter((e) => e.claimId === claimId).sort((a, b) => a.seq - b.seq);
      const set = await ruleSetOfYear(claim.year);
      const before = standingOf(year.filter((e) => e.claimId !== claimId));
      const accepted = own.length ? standingOf(own).counts : acceptedCounts(claim.lines);
      return { explanation: explainClaim(set, before.counts, claimedCounts(claim.lines), accepted), entries: own, set };
    }),
};
