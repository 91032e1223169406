import { assessmentTenths, unitYearReports, type UnitYearReport } from '../../../../shared/systems/incentives/report';
import { read } from '../../../core/data/write';
import { incentivesTables } from './incentivesTables';
import { ruleSetOfYear } from './ruleSetsRepo';

/**
 * Points per unit per year (the ledger's), with what was claimed, accepted, capped and revoked.
 * Read in one transaction so claims and entries agree.
 */
export const reportsRepo = {
  unitYear: (year: number): Promise<UnitYearReport[]> =>
    read(async () => {
      const t = incentivesTables();
      const [claims, entries, set] = await Promise.all([
        t.claims.where('year').equals(year).toArray(),
        t.ledger.where('year').equals(year).toArray(),
        ruleSetOfYear(year),
      ]);
      return unitYearReports(set, year, claims, entries);
    }),

  /** The figures the annual assessment reads: each unit's points for the year, in tenths. */
  assessment: (year: number): Promise<Map<string, number>> =>
    read(async () => assessmentTenths(await incentivesTables().ledger.where('year').equals(year).toArray(), year)),
};
