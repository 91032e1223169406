import type { EntityTable, Transaction } from 'dexie';
import type { TableVersion } from '../../../core/manifest';
import { countRowsOf, type ItemCountRow } from '../../../../shared/systems/supervision/counts';
import { itemIndexKeys, type SupervisionItem } from '../../../../shared/systems/supervision/item';
import type { Check } from '../../../../shared/systems/supervision/check';
import type { Finding } from '../../../../shared/systems/supervision/finding';
import type { Explanation, ItemFeedback } from '../../../../shared/systems/supervision/feedback';

declare module '../../../core/data/db' {
  interface WorkbenchDB {
    checks: EntityTable<Check, 'id'>;
    supervisionItems: EntityTable<SupervisionItem, 'id'>;
    itemFeedback: EntityTable<ItemFeedback, 'id'>;
    findings: EntityTable<Finding, 'id'>;
    explanations: EntityTable<Explanation, 'id'>;
    itemCounts: EntityTable<ItemCountRow, 'key'>;
  }
}

/** System 2's tables (督查抽查) at each version of the core's chain. */
export const SUPERVISION_TABLES: readonly TableVersion[] = [
  {
    version: 2,
    stores: {
      checks: 'id, status, method, year, isSample',
      supervisionItems: 'id, [status+dueOn], dueOn, unitId, source, meetingId, checkId, isSample',
      itemFeedback: 'id, itemId',
    },
  },
  /**
   * Version 5: System 2 lists as index ranges, for 100 000 items.
   * - supervisionItems: `openKey` (dueOn|id while open) gives "open items by deadline, overdue
   *   first" as one ascending range; with unitId and source in front it gives the same per unit and
   *   per source. `dueKey` (dueOn|id always) behind status gives the by-status lists and behind
   *   unitId a unit's whole history; alone it gives the items due in a period (督查通报).
   * - findings (督查情况 per target), explanations (情况说明), itemCounts (kept Dashboard counts).
   * Items written by v2–v4 get their keys and the counts are built from them.
   */
  {
    version: 5,
    stores: {
      supervisionItems:
        'id, openKey, [unitId+openKey], [source+openKey], [status+dueKey], [unitId+dueKey], dueKey, ' +
        'taskId, meetingId, checkId, findingId, year, isSample',
      checks: 'id, status, method, year, startOn, isSample',
      findings: 'id, checkId, [unitId+visitedOn], isSample',
      explanations: 'id, itemId',
      itemCounts: 'key',
    },
    upgrade: upgradeToV5,
  },
];

async function upgradeToV5(tx: Transaction): Promise<void> {
  const items: SupervisionItem[] = [];
  await tx
    .table('supervisionItems')
    .toCollection()
    .modify((row: SupervisionItem) => {
      const { dueKey, openKey } = itemIndexKeys(row);
      row.dueKey = dueKey;
      if (openKey) row.openKey = openKey;
      else delete row.openKey;
      items.push(row);
    });
  await tx.table('itemCounts').bulkPut(countRowsOf(items));
}
