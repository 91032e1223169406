/**
 * Version 6: System 3, incentives and bonus points (issue 13).
 * - bonusRounds: 评定 rounds by year and status (Dashboard: lists awaiting the leader).
 * - bonusClaims (the v2 placeholder, never written): by round and unit (one claim per unit and
 *   round), by year and unit (a unit's year), by status (awaiting review), `awaitingLeader`
 *   (a change's 呈批单 printed, not decided) and `followUpDueOn` (set while an award waits for its
 *   事后跟踪问效, so "follow-ups due" is one index range).
 * - bonusLedger: the points ledger, append-only, by year and unit and by claim.
 * - bonusRuleSets: a later year's own rules (the seed's 2021 rules need no row).
 */
export const V6_STORES = {
  bonusRounds: 'id, year, status, isSample',
  bonusClaims: 'id, roundId, [roundId+unitId], [year+unitId], year, status, awaitingLeader, followUpDueOn, isSample',
  bonusLedger: 'id, [year+unitId], year, claimId, isSample',
  bonusRuleSets: 'id, &fromYear',
} as const;
