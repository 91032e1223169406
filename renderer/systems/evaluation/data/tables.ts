import type { EntityTable, Table } from 'dexie';
import type { TableVersion } from '../../../core/manifest';
import type {
  EvaluationRecord,
  Questionnaire,
  QuestionnaireReturn,
  QuestionnaireVersion,
  Reminder,
  ReturnTextImage,
  TallyRow,
} from '../../../../shared/systems/evaluation';

declare module '../../../core/data/db' {
  interface WorkbenchDB {
    evaluationRecords: EntityTable<EvaluationRecord, 'id'>;
    questionnaires: EntityTable<Questionnaire, 'id'>;
    questionnaireVersions: Table<QuestionnaireVersion, string>;
    questionnaireReturns: EntityTable<QuestionnaireReturn, 'id'>;
    evaluationTallies: Table<TallyRow, string>;
    reminders: EntityTable<Reminder, 'id'>;
    returnTextImages: EntityTable<ReturnTextImage, 'id'>;
  }
}

/** System 4's tables (服务对象评价) at each version of the core's chain. */
export const EVALUATION_TABLES: readonly TableVersion[] = [
  // Reserved at version 2, before the system was built; never written by any release.
  {
    version: 2,
    stores: { evaluations: 'id, [unitId+at], channel, at, isSample', ratings: 'id, evaluationId, unitId' },
  },
  /**
   * Version 7: the system itself; the v2 placeholders go.
   * - evaluationRecords: [channel+on] lists a channel by date; openLoopKey (status|on|id while a
   *   hotline or box loop is open) gives the lists awaiting action or call-back as key ranges;
   *   *cellKeys (month|unit|content) opens the records behind a result.
   * - questionnaireReturns: &copyKey refuses a copy entered twice at the database itself; statusKey
   *   lists the returns awaiting a second entry or settlement; *cellKeys as above.
   * - evaluationTallies: the kept results, one row per year and unit (key year|unit).
   * - reminders: &flagKey (one 通报提醒 per flag), itemId for the way back from supervision.
   */
  {
    version: 7,
    stores: {
      evaluations: null,
      ratings: null,
      evaluationRecords: 'id, [channel+on], on, openLoopKey, *cellKeys, talentId, isSample',
      questionnaires: 'id, pendingKey, isSample',
      questionnaireVersions: 'key, questionnaireId, isSample',
      questionnaireReturns: 'id, &copyKey, statusKey, *cellKeys, isSample',
      evaluationTallies: 'key',
      reminders: 'id, &flagKey, unitId, itemId, issuedOn, isSample',
    },
  },
  /** Version 9: free-text answers of scanned returns as images (returnTextImages), listed by their return. */
  { version: 9, stores: { returnTextImages: 'id, returnId' } },
];
