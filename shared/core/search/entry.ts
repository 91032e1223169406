import type { SecrecyLevel } from '../common/secrecy';

/**
 * One thing the header search can find: a unit, a person, a meeting, a topic, a minutes, a check,
 * an item, a document… Built from a record by its system's search source; the search looks in the
 * title and the text, shows the title, the subtitle and the 密级, and opens `route`.
 */
export interface SearchEntry {
  /** Unique in the index: `<table>/<record id>` (or with a suffix when a record gives several). */
  key: string;
  /** What it is, for grouping and the group's label (the manifest's label key for it). */
  kind: string;
  title: string;
  /** Everything else the record says that a user may type, one field per element. */
  fields: readonly (string | null | undefined)[];
  /** Where it stands, shown under the title and searched too (the meeting of a topic, the unit of an item). */
  subtitle?: string;
  secrecy: SecrecyLevel;
  /** The address that opens the record, as after `#/` (e.g. `supervision/item.<id>`). */
  route: string;
  /** Orders hits within a kind, highest first (an ISO date, a sort key); ties by title. */
  order?: string;
}

/**
 * An entry as the index keeps it: without its fields, which are searched as folded text and
 * read again from the record when a hit's snippet is shown (about 40 % of the memory at 100 000).
 */
export type StoredEntry = Omit<SearchEntry, 'fields'>;

/** One found entry; `inTitle` when its title alone holds every term (shown first). */
export interface SearchHit {
  entry: StoredEntry;
  inTitle: boolean;
}

export interface SearchGroup {
  kind: string;
  /** Every entry of this kind that matched; `hits` shows the first ones. */
  total: number;
  hits: SearchHit[];
}

export interface SearchAnswer {
  terms: string[];
  total: number;
  groups: SearchGroup[];
}
