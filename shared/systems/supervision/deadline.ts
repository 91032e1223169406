import { z } from 'zod';
import { addDays, daysBetween, type LocalDate } from '../../core/common/localDate';
import { isOpenStatus, type ItemStatus } from './item';

/**
 * Due and overdue, defined ONCE (SPEC "Across the systems"): every count on the Dashboard and
 * every list uses these rules, so a count always equals the list it opens.
 *
 * 临期 due soon: still open and due within `dueSoonDays` days (today included).
 * 逾期 overdue: still open and past the deadline (the deadline day itself is not overdue).
 * An item that is closed or archived is neither, however late it was closed.
 */
export const deadlineSettingsSchema = z.object({
  /** 临期 threshold: an open item due within this many days is flagged yellow. */
  dueSoonDays: z.number().int().min(1).max(60),
  /** 办结时限 proposed for a new matter: this many days after it is found or assigned. */
  defaultTermDays: z.number().int().min(1).max(365),
});
export type DeadlineSettings = z.infer<typeof deadlineSettingsSchema>;
export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = { dueSoonDays: 7, defaultTermDays: 30 };

export type DeadlineState = 'done' | 'onTrack' | 'dueSoon' | 'overdue';

// Kept in item.ts (no zod there): the Dexie table declarations read it before sign-in.
export { isOpenStatus };

/** The dueOn boundaries for `today`: overdue ≤ lastOverdue < dueSoon ≤ lastDueSoon < on track. */
export interface DeadlineBounds {
  today: LocalDate;
  lastOverdue: LocalDate;
  lastDueSoon: LocalDate;
}

export function deadlineBounds(today: LocalDate, settings: Pick<DeadlineSettings, 'dueSoonDays'>): DeadlineBounds {
  return { today, lastOverdue: addDays(today, -1), lastDueSoon: addDays(today, settings.dueSoonDays) };
}

/** The state of an open item due on `dueOn` (YYYY-MM-DD strings compare as dates). */
export function stateOfDueOn(dueOn: LocalDate, bounds: DeadlineBounds): Exclude<DeadlineState, 'done'> {
  if (dueOn <= bounds.lastOverdue) return 'overdue';
  if (dueOn <= bounds.lastDueSoon) return 'dueSoon';
  return 'onTrack';
}

export function deadlineState(item: { dueOn: LocalDate; status: ItemStatus }, bounds: DeadlineBounds): DeadlineState {
  return isOpenStatus(item.status) ? stateOfDueOn(item.dueOn, bounds) : 'done';
}

/** Whole days past the deadline (0 on the deadline day and before). */
export function daysOverdue(dueOn: LocalDate, today: LocalDate): number {
  return Math.max(0, daysBetween(dueOn, today));
}

/** Open items by deadline: dueOn → how many. What the kept counts hold per unit and per source. */
export type DueHistogram = Record<LocalDate, number>;

export interface DeadlineCounts {
  open: number;
  dueSoon: number;
  overdue: number;
}

/** Counts a histogram of open items against today's bounds: the same rule as stateOfDueOn. */
export function countHistogram(histogram: DueHistogram, bounds: DeadlineBounds): DeadlineCounts {
  const counts: DeadlineCounts = { open: 0, dueSoon: 0, overdue: 0 };
  for (const dueOn in histogram) {
    const n = histogram[dueOn];
    counts.open += n;
    if (dueOn <= bounds.lastOverdue) counts.overdue += n;
    else if (dueOn <= bounds.lastDueSoon) counts.dueSoon += n;
  }
  return counts;
}
