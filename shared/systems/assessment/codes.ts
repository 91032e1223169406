/**
 * What the annual assessment adds to the core's types: the audit entity of its snapshots. Its
 * manifest lists the same with its text; the app checks they agree.
 */
export {};

declare module '../../core/audit/audit' {
  interface SystemAuditEntities {
    assessmentSnapshots: true;
  }
}
