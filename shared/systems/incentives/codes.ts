/**
 * What System 3 adds to the core's types: audit entity names (its refusals use the core's
 * not-allowed, its bad values validation). Its manifest lists the same with their texts; the app
 * checks they agree.
 */
export {};

declare module '../../core/audit/audit' {
  interface SystemAuditEntities {
    bonusRounds: true;
    bonusClaims: true;
    bonusLedger: true;
    bonusRuleSets: true;
  }
}
