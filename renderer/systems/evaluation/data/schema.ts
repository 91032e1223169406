import { getDb } from '../../../core/data/db';

/** System 4's tables (declared in tables.ts): only this folder's repositories use them. */
export function evaluationTables() {
  const db = getDb();
  return {
    records: db.evaluationRecords,
    questionnaires: db.questionnaires,
    versions: db.questionnaireVersions,
    returns: db.questionnaireReturns,
    tallies: db.evaluationTallies,
    reminders: db.reminders,
    textImages: db.returnTextImages,
  };
}
