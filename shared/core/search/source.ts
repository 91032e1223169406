import type { SecrecyLevel } from '../common/secrecy';
import type { SearchEntry } from './entry';

/** What a record lends to the entries of records that refer to it: its name, and its 密级. */
export interface SearchRef {
  name: string;
  secrecy?: SecrecyLevel;
}

/** The ref of a record of a table a source `reads`, or undefined (no id, or no such record). */
export type SearchLookup = (table: string, id: string | null | undefined) => SearchRef | undefined;

/**
 * How a system's records become search entries: each system declares one source per table it
 * owns (in its manifest's `search` field). The index reads `table`, calls `toEntries` for every
 * record and again whenever the record is written; an entry that shows another record's name
 * (an item's unit, a topic's meeting) asks `lookup` for it, and is rebuilt when that name
 * changes. `refOf` is what this table's records lend to others.
 */
export interface SearchSource<R extends { id: string } = { id: string }> {
  table: string;
  /** The kinds of entry it gives, in the order their groups show. */
  kinds: readonly string[];
  /** Usually one entry keyed entryKey(table, id); several are keyed `<that>#<part>`. */
  toEntries(record: R, lookup: SearchLookup): SearchEntry[];
  refOf?(record: R): SearchRef;
}

/** A source with the record type forgotten, as the index holds them. */
export type AnySearchSource = SearchSource<{ id: string } & Record<string, unknown>>;

/** Declares a source with its record type checked, stored with the type forgotten. */
export function searchSource<R extends { id: string }>(source: SearchSource<R>): AnySearchSource {
  return source as unknown as AnySearchSource;
}

/** The entry key of a record of a table: `<table>/<id>`. */
export function entryKey(table: string, id: string): string {
  return `${table}/${id}`;
}
