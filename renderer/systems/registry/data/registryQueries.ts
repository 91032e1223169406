import Dexie, { type EntityTable } from 'dexie';
import { matchesQuery, queryParts } from '../../../../shared/core/text/textMatch';
import { type Page, toPage } from '../../../core/data/paging';

/** What units and people share: sorted keyset paging and search over one sort-key index. */
interface Listed {
  id: string;
  sortKey: string;
  isActive: 0 | 1;
}

/** The key range of a group (a kind or a role), or of everything. */
function range(prefix: string | null): [string | typeof Dexie.minKey, string | typeof Dexie.maxKey] {
  return prefix ? [prefix, `${prefix}\uffff`] : [Dexie.minKey, Dexie.maxKey];
}

/**
 * One page sorted by sortKey, within one group's key range when `prefix` is given; continues
 * strictly after `after` at any depth, without offsets.
 */
export async function sortedPage<T extends Listed>(
  table: EntityTable<T, 'id'>,
  prefix: string | null,
  after: string | null,
  limit: number,
  includeInactive: boolean,
): Promise<Page<T>> {
  const [lower, upper] = range(prefix);
  const collection = table.where('sortKey').between(after ?? lower, upper, after === null, true);
  const rows = await (includeInactive ? collection : collection.filter((r) => r.isActive === 1))
    .limit(limit + 1)
    .toArray();
  return toPage(rows, limit);
}

/** Chinese substring search over the group's key range, in sort order. */
export async function searchSorted<T extends Listed>(
  table: EntityTable<T, 'id'>,
  prefix: string | null,
  query: string,
  fields: (row: T) => string[],
  includeInactive: boolean,
  limit: number,
): Promise<T[]> {
  const parts = queryParts(query);
  if (parts.length === 0) return [];
  const [lower, upper] = range(prefix);
  return table
    .where('sortKey')
    .between(lower, upper, true, true)
    .filter((r) => (includeInactive || r.isActive === 1) && matchesQuery(fields(r), parts))
    .limit(limit)
    .toArray();
}

/** How many records a group holds (an index count). */
export function countGroup<T extends Listed>(table: EntityTable<T, 'id'>, prefix: string): Promise<number> {
  const [lower, upper] = range(prefix);
  return table.where('sortKey').between(lower, upper, true, true).count();
}
