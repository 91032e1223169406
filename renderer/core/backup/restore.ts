import { Dexie, type Table } from 'dexie';
import { AppError, toAppError } from '../../../shared/core/errors';
import { SCHEMA_VERSION, WorkbenchDB } from '../data/db';
import { declareSchemaVersions } from '../data/schema/versions';
import { parseSnapshot, type ParsedSnapshot } from './snapshot';

/**
 * bulkPut in chunks, as the repositories' bulk path does: add's per-row existence check costs, and
 * a duplicate id in a damaged file still shows, as a count short of the manifest's.
 */
async function putAll(table: Table, rows: readonly unknown[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) await table.bulkPut(rows.slice(start, start + 2000));
}

/** Writes every table of the snapshot into `db` in one transaction and checks the counts. */
async function fill(db: Dexie, { manifest, tables }: ParsedSnapshot): Promise<void> {
  for (const [name, count] of Object.entries(manifest.counts)) {
    // A table this version does not know would be dropped without a word: refuse the file instead.
    if (count > 0 && !db.tables.some((t) => t.name === name)) throw new AppError('backup-invalid', { rule: 'corrupt' });
  }
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await putAll(table, tables[table.name] ?? []);
  });
  for (const [name, count] of Object.entries(manifest.counts)) {
    const table = db.tables.find((t) => t.name === name);
    if (table && (await table.count()) !== count) throw new AppError('backup-invalid', { rule: 'corrupt' });
  }
}

/**
 * The snapshot in a scratch database at the current version. A snapshot of an older version (a
 * backup taken before an upgrade, or an old file) is written at ITS version first and then
 * upgraded by the app's own migrations, exactly as a database in the field would be.
 */
async function intoScratch(name: string, snapshot: ParsedSnapshot): Promise<WorkbenchDB> {
  const version = snapshot.manifest.schemaVersion;
  if (version < SCHEMA_VERSION) {
    if (!Number.isInteger(version) || version < 1) throw new AppError('backup-invalid', { rule: 'corrupt' });
    const old = new Dexie(name);
    declareSchemaVersions(old, version);
    try {
      await old.open();
      await fill(old, snapshot);
    } finally {
      old.close();
    }
    const upgraded = new WorkbenchDB(name);
    await upgraded.open();
    return upgraded;
  }
  const scratch = new WorkbenchDB(name);
  await scratch.open();
  await fill(scratch, snapshot);
  return scratch;
}

/**
 * Restores a snapshot without ever half-replacing the live data: the whole snapshot is checked
 * and written into a scratch database first (upgrading an older schema through the app's own
 * migrations), and only then does ONE strict transaction clear and refill every live table. Any
 * failure before that leaves the live data as it was.
 */
export async function restoreSnapshot(live: WorkbenchDB, bytes: Uint8Array): Promise<Record<string, number>> {
  const snapshot = await parseSnapshot(bytes);
  const scratchName = `${live.name}-restore-${crypto.randomUUID()}`;
  let scratch: WorkbenchDB | undefined;
  try {
    scratch = await intoScratch(scratchName, snapshot);
    const opened = scratch;
    // The rows as checked into the scratch database: read back only when an upgrade changed them.
    const upgraded = snapshot.manifest.schemaVersion < SCHEMA_VERSION;
    const rowsByTable = await Promise.all(
      opened.tables.map(async (t) => [t.name, upgraded ? await t.toArray() : (snapshot.tables[t.name] ?? [])] as const),
    );
    await live.transaction('rw', live.tables, async () => {
      for (const [name, rows] of rowsByTable) {
        const table = live.table(name);
        await table.clear();
        await putAll(table, rows);
      }
    });
    return Object.fromEntries(rowsByTable.map(([name, rows]) => [name, rows.length]));
  } catch (error) {
    throw toAppError(error);
  } finally {
    scratch?.close();
    await Dexie.delete(scratchName).catch(() => undefined);
  }
}
