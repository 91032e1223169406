/** A page of a keyset-paged list: `nextAfter` is the key to continue from, null at the end. */
export interface Page<T> {
  rows: T[];
  nextAfter: string | null;
}

export const PAGE_SIZE = 50;

export function toPage<T extends { sortKey: string }>(rows: T[], limit: number): Page<T> {
  const hasMore = rows.length > limit;
  const shown = hasMore ? rows.slice(0, limit) : rows;
  return { rows: shown, nextAfter: hasMore ? shown[shown.length - 1].sortKey : null };
}
