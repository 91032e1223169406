/**
 * A backup dated more than a few minutes past this PC's clock: made before the clock was set back
 * (or planted). Backups are ordered by the host's sequence, so it is never preferred for its date;
 * where it is shown, it says so.
 */
export function isDatedAhead(createdAt: string, now = Date.now()): boolean {
  return Date.parse(createdAt) > now + 5 * 60_000;
}
