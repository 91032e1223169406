/** One backup as rotation sees it: where it is, its place in the order of writes, and when it was made. */
export interface RotationCandidate {
  path: string;
  /** Given by the host, one more than any before it; absent on backups written before sequences. */
  sequence?: number;
  createdAt: Date;
}

export interface RetentionPolicy {
  /** The newest N backups are kept whatever their age. */
  keepLast: number;
  /** The newest backup of each of the last M calendar days (local date, today included) is kept. */
  keepDaily: number;
}

export interface RotationOptions extends RetentionPolicy {
  now: Date;
}

/** NaN, negative and fractional counts from a settings file mean "keep none" / the whole part. */
function count(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}

/** Local calendar date: "one per day" means the user's day, not UTC's (08:00 in Beijing). */
function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

function time(date: Date): number {
  const t = date.getTime();
  // An unreadable date sorts as the oldest, so it never displaces a dated backup.
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/**
 * Newest first by sequence, never by the clock: after the PC's clock is set back, the backup
 * written last is still the newest. Backups without a sequence (older versions) come after every
 * one with a sequence, by date; equal ones by path, so the order never depends on readdir.
 */
export function newestFirst(a: RotationCandidate, b: RotationCandidate): number {
  const bySequence = (b.sequence ?? -1) - (a.sequence ?? -1);
  if (bySequence !== 0) return bySequence;
  const diff = time(b.createdAt) - time(a.createdAt);
  if (diff !== 0 && !Number.isNaN(diff)) return diff;
  return a.path < b.path ? 1 : a.path > b.path ? -1 : 0;
}

/**
 * The paths to keep: the newest `keepLast` (by sequence), plus the newest backup of each of the last
 * `keepDaily` calendar days counted back from `now` (a day without a backup still uses up its
 * place, so a week off work does not stretch the window). Everything else may be deleted.
 */
export function chooseToKeep(backups: readonly RotationCandidate[], options: RotationOptions): Set<string> {
  const keepLast = count(options.keepLast);
  const keepDaily = count(options.keepDaily);
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set(sorted.slice(0, keepLast).map((b) => b.path));

  // Built from date parts, not by subtracting 24 h, so a DST day of 23 or 25 hours is still one day.
  const window = new Set<string>();
  for (let i = 0; i < keepDaily; i += 1) {
    window.add(dayKey(new Date(options.now.getFullYear(), options.now.getMonth(), options.now.getDate() - i)));
  }
  const daysSeen = new Set<string>();
  for (const backup of sorted) {
    if (Number.isNaN(backup.createdAt.getTime())) continue;
    const day = dayKey(backup.createdAt);
    if (window.has(day) && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup.path);
    }
  }
  return keep;
}
