import { type DueHistogram, isOpenStatus } from './deadline';
import type { ItemSource, SupervisionItem } from './item';

/**
 * Kept counts of open items (the Dashboard's figures): rows of a histogram {dueOn → open items},
 * one for all items, one per responsible unit, one per source. Every item write adjusts them in
 * the same transaction; 临期 and 逾期 are then sums over the histogram against today's date
 * (countHistogram), never a recount of 100 000 items.
 */
export interface ItemCountRow {
  key: string;
  open: DueHistogram;
}

export const ALL_ITEMS_KEY = 'all';
export const UNIT_KEY_PREFIX = 'unit:';
export const SOURCE_KEY_PREFIX = 'source:';
export const unitCountKey = (unitId: string) => `${UNIT_KEY_PREFIX}${unitId}`;
export const sourceCountKey = (source: ItemSource) => `${SOURCE_KEY_PREFIX}${source}`;

type Counted = Pick<SupervisionItem, 'unitId' | 'source' | 'dueOn' | 'status'>;

/** The rows an item counts in while it is open. */
export function countKeysOf(item: Counted): string[] {
  return [ALL_ITEMS_KEY, unitCountKey(item.unitId), sourceCountKey(item.source)];
}

/** What a write changes: −1 where the item was counted before, +1 where it counts now. */
export function countChanges(before: Counted | null | undefined, after: Counted | null | undefined): Array<{ key: string; dueOn: string; delta: number }> {
  const changes: Array<{ key: string; dueOn: string; delta: number }> = [];
  if (before && isOpenStatus(before.status)) for (const key of countKeysOf(before)) changes.push({ key, dueOn: before.dueOn, delta: -1 });
  if (after && isOpenStatus(after.status)) for (const key of countKeysOf(after)) changes.push({ key, dueOn: after.dueOn, delta: +1 });
  return changes;
}

/** Adds `delta` at `dueOn`, dropping dates that reach zero so a histogram never grows stale. */
export function adjustHistogram(histogram: DueHistogram, dueOn: string, delta: number): void {
  const next = (histogram[dueOn] ?? 0) + delta;
  if (next > 0) histogram[dueOn] = next;
  else delete histogram[dueOn];
}

/** All count rows from scratch (rebuild after bulk writes and upgrades). */
export function countRowsOf(items: Iterable<Counted>): ItemCountRow[] {
  const rows = new Map<string, ItemCountRow>();
  for (const item of items) {
    if (!isOpenStatus(item.status)) continue;
    for (const key of countKeysOf(item)) {
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { key, open: {} }));
      adjustHistogram(row.open, item.dueOn, 1);
    }
  }
  return [...rows.values()];
}
