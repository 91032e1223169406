/**
 * System 4's tables, added in one schema version (the core numbers it). The v2 placeholders
 * `evaluations` and `ratings` were never written by any release and are dropped.
 * - evaluationRecords: [channel+on] lists a channel by date; openLoopKey (status|on|id while a
 *   hotline or box loop is open) gives the lists awaiting action or call-back as key ranges;
 *   *cellKeys (month|unit|content) opens the records behind a result.
 * - questionnaireReturns: &copyKey refuses a copy entered twice at the database itself; statusKey
 *   lists the returns awaiting a second entry or settlement; *cellKeys as above.
 * - evaluationTallies: the kept results, one row per year and unit (key year|unit).
 * - reminders: &flagKey (one 通报提醒 per flag), itemId for the way back from supervision.
 */
export const EVALUATION_STORES = {
  evaluations: null,
  ratings: null,
  evaluationRecords: 'id, [channel+on], on, openLoopKey, *cellKeys, talentId, isSample',
  questionnaires: 'id, pendingKey, isSample',
  questionnaireVersions: 'key, questionnaireId, isSample',
  questionnaireReturns: 'id, &copyKey, statusKey, *cellKeys, isSample',
  evaluationTallies: 'key',
  reminders: 'id, &flagKey, unitId, itemId, issuedOn, isSample',
} as const;
