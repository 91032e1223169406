// (a) insert: the repositories' bulk path against raw IndexedDB puts of the same objects.
import { DB_NAME, WorkbenchDB, useDatabase } from '../../renderer/core/data/db';
import { bulkInsertUnits } from '../../renderer/systems/registry/data/unitImportRepo';
import { LATEST_SCHEMA_VERSION, storesAt } from '../../renderer/core/data/schema/versions';
import { benchSession, sampleUnits } from './data';
import { deleteDatabase } from './stats';
import { LiveSearch } from '../../renderer/core/search/liveSearch';
import { loadSearchSources } from '../../renderer/core/search/sources';
import { searchRepo } from '../../renderer/core/data/searchRepo';

export interface InsertOptions {
  count?: number;
  chunkSize?: number;
  /** Raw only: also create the app's indexes on the store ('bare' = keyPath 'id' only). */
  indexes?: boolean;
}

const RAW_DB = 'bench-insert-raw';

/** Deletes every database the benchmark writes (the app's own included): the next run starts fresh. */
export async function reset(): Promise<Record<string, number>> {
  await deleteDatabase(RAW_DB);
  await deleteDatabase(DB_NAME);
  return {};
}

/**
 * Times bulkInsertUnits into a fresh WorkbenchDB under the app's own name, and leaves it there:
 * the last run's 100 000 units are what listQuery and the app's first render then read.
 * Checks the rows and the single audit entry.
 */
export async function insertRepo({ count = 100_000, chunkSize }: InsertOptions = {}): Promise<Record<string, number>> {
  const units = sampleUnits(count);
  await deleteDatabase(DB_NAME);
  const db = new WorkbenchDB();
  await db.open();
  useDatabase(db);
  benchSession();
  // As in the app after sign-in: the header search's index is kept while the import runs.
  const search = new LiveSearch(searchRepo, (await loadSearchSources()).sources);
  search.start();
  await search.whenIdle();
  const t0 = performance.now();
  await bulkInsertUnits(units, chunkSize ? { chunkSize } : {});
  const ms = performance.now() - t0;
  // Marks the trace (scripts/benchTrace.mjs): the main thread's tasks from here on are the catch-up's.
  console.timeStamp('search catch-up');
  // After the commit the index catches up in slices; the insert's time ends at the commit.
  await search.whenIdle();
  const searchCatchUpMs = performance.now() - t0 - ms;
  const indexed = search.stats().entries;
  search.stop();
  const [rows, audit] = await Promise.all([db.units.count(), db.audit.count()]);
  if (rows !== count || audit !== 1) throw new Error(`repo insert wrote ${rows} units and ${audit} audit entries`);
  if (indexed !== count) throw new Error(`the search index holds ${indexed} of ${count} units`);
  return { ms, rows, audit, searchCatchUpMs };
}

/** Parses Dexie's schema string into IndexedDB index definitions ('[a+b]', '*multi', '&unique'). */
function indexDefs(spec: string): { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean }[] {
  return spec
    .split(',')
    .slice(1)
    .map((s) => s.trim())
    .map((s) => {
      const multiEntry = s.startsWith('*');
      const unique = s.startsWith('&');
      const name = s.replace(/^[*&]/, '');
      const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
      return { name, keyPath, multiEntry, unique };
    });
}

function openRaw(indexes: boolean): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(RAW_DB, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('units', { keyPath: 'id' });
      if (indexes)
        for (const i of indexDefs(storesAt(LATEST_SCHEMA_VERSION).units))
          store.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry, unique: i.unique });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Times raw puts of the same objects: one strict read-write transaction, all puts, then oncomplete. */
export async function insertRaw({ count = 100_000, indexes = false }: InsertOptions = {}): Promise<
  Record<string, number>
> {
  const units = sampleUnits(count);
  await deleteDatabase(RAW_DB);
  const db = await openRaw(indexes);
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('units', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('units');
    for (const u of units) store.put(u);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
  const ms = performance.now() - t0;
  const rows = await new Promise<number>((resolve, reject) => {
    const req = db.transaction('units').objectStore('units').count();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  db.close();
  await deleteDatabase(RAW_DB);
  if (rows !== count) throw new Error(`raw insert wrote ${rows} units`);
  return { ms, rows };
}
