import { toAppError } from '../../../../shared/core/errors';
import { type LocalDate } from '../../../../shared/core/common/localDate';
import {
  type DeadlineCounts,
  deadlineBounds,
  DEFAULT_DEADLINE_SETTINGS,
  deadlineSettingsSchema,
} from '../../../../shared/systems/supervision/deadline';
import {
  ALL_ITEMS_KEY,
  countPacked,
  SOURCE_KEY_PREFIX,
  UNIT_KEY_PREFIX,
} from '../../../../shared/systems/supervision/counts';
import { ITEM_SOURCES, type ItemSource } from '../../../../shared/systems/supervision/item';
import { getDb } from '../../../core/data/db';
import { rebuildItemCountsInTransaction } from './supervisionItemsWrite';
import { read } from '../../../core/data/write';

export interface UnitDeadlineCounts extends DeadlineCounts {
  unitId: string;
}

export interface SupervisionDashboard {
  today: LocalDate;
  dueSoonDays: number;
  totals: DeadlineCounts;
  /** Units with open items, most overdue first, then most due soon, then most open. */
  byUnit: UnitDeadlineCounts[];
  bySource: Record<ItemSource, DeadlineCounts>;
}

/**
 * The Dashboard's figures from the kept counts: one read transaction over the count rows (a few
 * hundred), summed against today's date with the same rule as every list (deadline.ts).
 */
export const supervisionCountsRepo = {
  dashboard(today: LocalDate): Promise<SupervisionDashboard> {
    return read(async () => {
      const db = getDb();
      return db.transaction('r', [db.itemCounts, db.settings], async () => {
        const setting = deadlineSettingsSchema.safeParse((await db.settings.get('supervision.deadlines'))?.value);
        const { dueSoonDays } = setting.success ? setting.data : DEFAULT_DEADLINE_SETTINGS;
        const bounds = deadlineBounds(today, { dueSoonDays });
        const rows = await db.itemCounts.toArray();
        const empty = (): DeadlineCounts => ({ open: 0, dueSoon: 0, overdue: 0 });
        const bySource = Object.fromEntries(ITEM_SOURCES.map((s) => [s, empty()])) as Record<
          ItemSource,
          DeadlineCounts
        >;
        let totals = empty();
        const byUnit: UnitDeadlineCounts[] = [];
        for (const row of rows) {
          if (row.key === ALL_ITEMS_KEY) totals = countPacked(row.packed, bounds);
          else if (row.key.startsWith(UNIT_KEY_PREFIX))
            byUnit.push({ unitId: row.key.slice(UNIT_KEY_PREFIX.length), ...countPacked(row.packed, bounds) });
          else if (row.key.startsWith(SOURCE_KEY_PREFIX))
            bySource[row.key.slice(SOURCE_KEY_PREFIX.length) as ItemSource] = countPacked(row.packed, bounds);
        }
        byUnit.sort(
          (a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || b.open - a.open || (a.unitId < b.unitId ? -1 : 1),
        );
        return { today, dueSoonDays, totals, byUnit, bySource };
      });
    });
  },

  /** Rebuilds the kept counts from the items, in one transaction. */
  async rebuild(): Promise<void> {
    const db = getDb();
    try {
      await db.transaction('rw', [db.supervisionItems, db.itemCounts], () => rebuildItemCountsInTransaction());
    } catch (error) {
      throw toAppError(error);
    }
  },
};
