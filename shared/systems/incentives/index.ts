/**
 * System 3, incentives and bonus points (激励奖励制度): the public entry. Other systems and the app
 * use the incentives rules through this file only.
 */
export { bonusTenths, pointsOf, explainClaim, formatTenths, type Points, type ClaimPoints } from './points';
export type { CapBit, RuleExplanation, RulePoints, TenthsByRule } from './points';
export { RULES_2021, RULE_IDS, COUNT_KEYS, ruleSetForYear, type BonusRuleSet, type BonusCounts } from './rules';
export type { RuleId, CountKey } from './rules';
export { assessmentTenths, unitYearReports, type UnitYearReport } from './report';
export type { LedgerEntry, LedgerKind, Standing } from './ledger';
export type { BonusClaim, ClaimLine, AchievementKind, ClaimStatus } from './claim';
export type { BonusRound, RoundKind, RoundStatus } from './round';
