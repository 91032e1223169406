import { daysBetween } from '../../core/common/localDate';
import type { DeadlineBounds, DeadlineCounts, DueHistogram } from './deadline';
import { isOpenStatus } from './item';
import type { ItemSource, SupervisionItem } from './item';

/**
 * Kept counts of open items (the Dashboard's figures): rows of a histogram {dueOn → open items},
 * one for all items, one per responsible unit, one per source. Every item write adjusts them in
 * the same transaction; 临期 and 逾期 are then sums over the histogram against today's date
 * (the rule of deadline.ts), never a recount of 100 000 items.
 *
 * Stored packed in a string, three UTF-16 units an entry: the day (days since 2000-01-01, kept
 * below the surrogate range: 2000 … 2151, earlier and later dates clamp to the ends, which does
 * not change what is overdue or on track), then the count as two 15-bit halves. 400 unit rows of
 * ~70 dates each then read in a few milliseconds: an object with thousands of keys takes ~25 ms
 * to deserialise from IndexedDB. Strings survive JSON backups unchanged.
 */
export interface ItemCountRow {
  key: string;
  packed: string;
}

const EPOCH = '2000-01-01';
const MAX_DAY = 0xd7ff;

function dayIndex(date: string): number {
  return Math.min(MAX_DAY, Math.max(0, daysBetween(EPOCH, date)));
}

/** The date a histogram keeps for `date`: itself, or the end of the range it is clamped to. */
export function storedDueOn(date: string): string {
  return new Date(Date.UTC(2000, 0, 1 + dayIndex(date))).toISOString().slice(0, 10);
}

/** Histogram → packed string, by date. */
export function packHistogram(histogram: DueHistogram): string {
  const byDay = new Map<number, number>();
  for (const [dueOn, n] of Object.entries(histogram))
    if (n > 0) byDay.set(dayIndex(dueOn), (byDay.get(dayIndex(dueOn)) ?? 0) + n);
  let out = '';
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const n = byDay.get(day)!;
    out += String.fromCharCode(day, n >>> 15, n & 0x7fff);
  }
  return out;
}

/** Packed string → histogram (dates as YYYY-MM-DD). */
export function unpackHistogram(packed: string): DueHistogram {
  const histogram: DueHistogram = {};
  for (let i = 0; i + 2 < packed.length; i += 3) {
    const date = new Date(Date.UTC(2000, 0, 1 + packed.charCodeAt(i)));
    histogram[date.toISOString().slice(0, 10)] = packed.charCodeAt(i + 1) * 0x8000 + packed.charCodeAt(i + 2);
  }
  return histogram;
}

/** Counts a packed histogram against today's bounds: the same rule as stateOfDueOn, no allocation. */
export function countPacked(packed: string, bounds: DeadlineBounds): DeadlineCounts {
  const lastOverdue = daysBetween(EPOCH, bounds.lastOverdue);
  const lastDueSoon = daysBetween(EPOCH, bounds.lastDueSoon);
  const counts: DeadlineCounts = { open: 0, dueSoon: 0, overdue: 0 };
  for (let i = 0; i + 2 < packed.length; i += 3) {
    const day = packed.charCodeAt(i);
    const n = packed.charCodeAt(i + 1) * 0x8000 + packed.charCodeAt(i + 2);
    counts.open += n;
    if (day <= lastOverdue) counts.overdue += n;
    else if (day <= lastDueSoon) counts.dueSoon += n;
  }
  return counts;
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
export function countChanges(
  before: Counted | null | undefined,
  after: Counted | null | undefined,
): Array<{ key: string; dueOn: string; delta: number }> {
  const changes: Array<{ key: string; dueOn: string; delta: number }> = [];
  if (before && isOpenStatus(before.status))
    for (const key of countKeysOf(before)) changes.push({ key, dueOn: storedDueOn(before.dueOn), delta: -1 });
  if (after && isOpenStatus(after.status))
    for (const key of countKeysOf(after)) changes.push({ key, dueOn: storedDueOn(after.dueOn), delta: +1 });
  return changes;
}

/** Adds `delta` at `dueOn`, dropping dates that reach zero so a histogram never grows stale. */
export function adjustHistogram(histogram: DueHistogram, dueOn: string, delta: number): void {
  const next = (histogram[dueOn] ?? 0) + delta;
  if (next > 0) histogram[dueOn] = next;
  else delete histogram[dueOn];
}

/** All count rows from scratch (rebuild after bulk writes and upgrades), packed for storage. */
export function countRowsOf(items: Iterable<Counted>): ItemCountRow[] {
  const rows = new Map<string, DueHistogram>();
  for (const item of items) {
    if (!isOpenStatus(item.status)) continue;
    for (const key of countKeysOf(item)) {
      let histogram = rows.get(key);
      if (!histogram) rows.set(key, (histogram = {}));
      adjustHistogram(histogram, storedDueOn(item.dueOn), 1);
    }
  }
  return [...rows].map(([key, histogram]) => ({ key, packed: packHistogram(histogram) }));
}
