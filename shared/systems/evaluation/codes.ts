/**
 * What System 4 adds to the core's types: its audit entity names. Its manifest lists the same with
 * their texts; the app checks they agree.
 */
export {};

declare module '../../core/audit/audit' {
  interface SystemAuditEntities {
    evaluationRecords: true;
    questionnaires: true;
    questionnaireReturns: true;
    reminders: true;
    returnTextImages: true;
  }
}
