import type { EntityTable } from 'dexie';
import type { TableVersion } from '../../../core/manifest';
import type { LedgerEntry } from '../../../../shared/systems/incentives/ledger';
import type { BonusRound } from '../../../../shared/systems/incentives/round';
import type { BonusRuleSet } from '../../../../shared/systems/incentives/rules';
import type { StoredClaim } from './storedClaim';

declare module '../../../core/data/db' {
  interface WorkbenchDB {
    bonusRounds: EntityTable<BonusRound, 'id'>;
    bonusClaims: EntityTable<StoredClaim, 'id'>;
    bonusLedger: EntityTable<LedgerEntry, 'id'>;
    bonusRuleSets: EntityTable<BonusRuleSet, 'id'>;
  }
}

/** System 3's tables (激励奖励) at each version of the core's chain. */
export const INCENTIVES_TABLES: readonly TableVersion[] = [
  // Reserved before the system was built; never written.
  { version: 2, stores: { bonusClaims: 'id, [year+unitId], status, isSample', awards: 'id, year, unitId' } },
  /**
   * Version 6: the system itself (issue 13).
   * - bonusRounds: 评定 rounds by year and status (lists awaiting the leader).
   * - bonusClaims: by round and unit (one claim per unit and round), by year and unit, by status
   *   (awaiting review), `awaitingLeader` (a change's 呈批单 printed, undecided) and `followUpDueOn`
   *   (set while an award waits for its 事后跟踪问效: "follow-ups due" is one index range).
   * - bonusLedger: the points ledger, append-only, by year and unit and by claim.
   * - bonusRuleSets: a later year's own rules (the seed's 2021 rules need no row).
   * (The v2 placeholder `awards` stays declared and empty: the ledger holds awards.)
   */
  {
    version: 6,
    stores: {
      bonusRounds: 'id, year, status, isSample',
      bonusClaims:
        'id, roundId, [roundId+unitId], [year+unitId], year, status, awaitingLeader, followUpDueOn, isSample',
      bonusLedger: 'id, [year+unitId], year, claimId, isSample',
      bonusRuleSets: 'id, &fromYear',
    },
  },
];
