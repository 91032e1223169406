import Dexie, { type EntityTable } from 'dexie';
import { matchesAllTerms, queryTerms } from '../../../shared/domain/registry/searchTerms';
import { type Page, toPage } from './paging';

/** What units and people share: sorted keyset paging and bigram search. */
interface Listed {
  id: string;
  sortKey: string;
  terms: string[];
  isActive: 0 | 1;
}

/**
 * One page sorted by sortKey, optionally within one value of a group field, on the
 * `[group+sortKey]` or `sortKey` index; continues strictly after `after` at any depth.
 */
export async function sortedPage<T extends Listed>(
  table: EntityTable<T, 'id'>,
  group: { index: string; value: string } | null,
  after: string | null,
  limit: number,
  includeInactive: boolean,
): Promise<Page<T>> {
  const collection = group
    ? table.where(group.index).between([group.value, after ?? Dexie.minKey], [group.value, Dexie.maxKey], after === null, true)
    : after === null
      ? table.orderBy('sortKey')
      : table.where('sortKey').above(after);
  const rows = await (includeInactive ? collection : collection.filter((r) => r.isActive === 1)).limit(limit + 1).toArray();
  return toPage(rows, limit);
}

/** Chinese search: an index lookup on the multi-entry `terms`, then every term must match. */
export async function searchByTerms<T extends Listed>(table: EntityTable<T, 'id'>, query: string, keep: (row: T) => boolean, includeInactive: boolean, limit: number): Promise<T[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const rows = await table
    .where('terms')
    .equals(terms[0])
    .filter((r) => keep(r) && (includeInactive || r.isActive === 1) && matchesAllTerms(r.terms, terms))
    .limit(limit)
    .toArray();
  return rows.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
}
