import type { Table } from 'dexie';
import type {
  EvaluationRecord,
  Questionnaire,
  QuestionnaireReturn,
  QuestionnaireVersion,
  Reminder,
  TallyRow,
} from '../../../../shared/systems/evaluation';
import { getDb } from '../../../core/data/db';

export { EVALUATION_STORES } from './stores';

/** The tables, typed: only this folder's repositories use them. */
export function evaluationTables() {
  const db = getDb();
  return {
    records: db.table('evaluationRecords') as Table<EvaluationRecord, string>,
    questionnaires: db.table('questionnaires') as Table<Questionnaire, string>,
    versions: db.table('questionnaireVersions') as Table<QuestionnaireVersion, string>,
    returns: db.table('questionnaireReturns') as Table<QuestionnaireReturn, string>,
    tallies: db.table('evaluationTallies') as Table<TallyRow, string>,
    reminders: db.table('reminders') as Table<Reminder, string>,
  };
}
