import type { LedgerEntry, Standing } from '../../../../shared/systems/incentives/ledger';
import { standingOf } from '../../../../shared/systems/incentives/ledger';
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
