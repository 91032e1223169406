/**
 * What System 1 adds to the core's types: audit entity names (its refusals use the core's
 * not-allowed). Its manifest lists the same with their texts; the app checks they agree.
 */
export {};

declare module '../../core/audit/audit' {
  interface SystemAuditEntities {
    meetings: true;
    topics: true;
    attendance: true;
  }
}
