import { supervisionWriteTables, addItemsInTransaction } from './data/supervisionItemsWrite';
import { supervisionSettingsRepo } from './data/supervisionSettingsRepo';

/**
 * What another system may ask of System 2 (督查抽查): raise items inside its own transaction —
 * counted, audited and listed exactly as items System 2 raises itself — and read the 临期 / 逾期
 * thresholds. Meetings deploy their key tasks this way; evaluation's rectifications will too.
 */
export const supervisionService = {
  /** Tables the caller's transaction must include when it raises items. */
  writeTables: supervisionWriteTables,
  /** Raises items (督办事项) in the caller's transaction; each counted and audited with it. */
  raiseItemsInTransaction: addItemsInTransaction,
  /** The office's 临期 / 逾期 thresholds (Settings → 督查抽查). */
  deadlineSettings: () => supervisionSettingsRepo.deadlines(),
};
