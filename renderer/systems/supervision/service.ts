import { supervisionWriteTables, addItemsInTransaction } from './data/supervisionItemsWrite';
import { supervisionSettingsRepo } from './data/supervisionSettingsRepo';
import { supervisionCountsRepo } from './data/supervisionCountsRepo';
import { supervisionItemsRepo } from './data/supervisionItemsRepo';
import type { ItemSource } from '../../../shared/systems/supervision/item';
import type { LocalDate } from '../../../shared/core/common/localDate';
import { placeSub } from './screens/supervisionRoute';

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
  /** Items by id, as stored (another system shows the state of the items it raised). */
  items: (ids: readonly string[]) => Promise.all(ids.map((id) => supervisionItemsRepo.get(id))),
  /** 临期 / 逾期 of the open items one source raised, from the kept counts (the Dashboard's figures). */
  sourceCounts: async (source: ItemSource, today: LocalDate) =>
    (await supervisionCountsRepo.dashboard(today)).bySource[source],
  /** Addresses under #/supervision/: an item's page, and the list a source's figure counts. */
  itemSub: (id: string) => placeSub({ page: 'item', id }),
  sourceListSub: (source: ItemSource, view: 'open' | 'dueSoon' | 'overdue') =>
    placeSub({ page: 'items', scope: { by: 'source', source, view } }),
};
