import { type ChangeListener, onCommitted } from './changeFeed';
import { getDb } from './db';
import { read } from './write';

export type StoredRecord = { id: string } & Record<string, unknown>;

/**
 * What the header search reads: the searchable tables in chunks by primary key (each chunk its
 * own short read, so no long transaction holds the database while the index is built), records
 * by id, and what each committed write changed.
 */
export const searchRepo = {
  /** The database's name: the build worker opens it by name, read-only (searchWorkerReader.ts). */
  databaseName(): string {
    return getDb().name;
  },

  /** Up to `limit` records of a table after the id `after` (from the first when null), by id. */
  chunk(table: string, after: string | null, limit: number): Promise<StoredRecord[]> {
    return read(() => {
      const t = getDb().table(table);
      const range = after === null ? t.toCollection() : t.where(':id').above(after);
      return range.limit(limit).toArray() as Promise<StoredRecord[]>;
    });
  },

  byIds(table: string, ids: readonly string[]): Promise<(StoredRecord | undefined)[]> {
    return read(
      () =>
        getDb()
          .table(table)
          .bulkGet([...ids]) as Promise<(StoredRecord | undefined)[]>,
    );
  },

  onCommitted(listener: ChangeListener): () => void {
    return onCommitted(getDb(), listener);
  },
};

export type SearchReader = typeof searchRepo;
