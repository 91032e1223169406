/**
 * The public entry of System 3 (激励奖励) (renderer): what another system — the annual assessment —
 * may read of it. Another system imports incentives only from here.
 */
export { reportsRepo as incentivesReports } from './data/reportsRepo';
