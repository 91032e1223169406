import Dexie from 'dexie';
import type { StoredRecord } from './searchRepo';

/** What the search's build worker reads: the app's database as it is on disk, read-only. */
export interface WorkerReader {
  chunk(table: string, after: string | null, limit: number): Promise<StoredRecord[]>;
  byIds(table: string, ids: readonly string[]): Promise<(StoredRecord | undefined)[]>;
  close(): void;
}

/**
 * Opens the app's database by name in a worker without declaring any version: Dexie then opens it
 * at the version it has on disk, with the stores it has, and never upgrades or changes it (the
 * schema chain is the core's alone, declared by the main thread's WorkbenchDB). Only reads.
 */
export async function openWorkerReader(name: string): Promise<WorkerReader> {
  const db = new Dexie(name);
  await db.open();
  return {
    chunk(table, after, limit) {
      const t = db.table(table);
      const range = after === null ? t.toCollection() : t.where(':id').above(after);
      return range.limit(limit).toArray() as Promise<StoredRecord[]>;
    },
    byIds(table, ids) {
      return db.table(table).bulkGet([...ids]) as Promise<(StoredRecord | undefined)[]>;
    },
    close: () => db.close(),
  };
}
