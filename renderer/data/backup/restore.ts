import { Dexie } from 'dexie';
import { AppError, toAppError } from '../../../shared/errors';
import { SCHEMA_VERSION, WorkbenchDB } from '../db';
import { declareSchemaVersions } from '../schema/versions';
import { parseSnapshot, type ParsedSnapshot } from './snapshot';

/** Writes every table of the snapshot into `db` in one transaction and checks the counts. */
async function fill(db: Dexie, { manifest, tables }: ParsedSnapshot): Promise<void> {
  for (const [name, count] of Object.entries(manifest.counts)) {
    // A table this version does not know would be dropped without a word: refuse the file instead.
    if (count > 0 && !db.tables.some((t) => t.name === name)) throw new AppError('backup-invalid', { rule: 'corrupt' });
  }
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = tables[table.name];
      if (rows?.length) await table.bulkAdd(rows);
    }
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
    const rowsByTable = await Promise.all(opened.tables.map(async (t) => [t.name, await t.toArray()] as const));
    await live.transaction('rw', live.tables, async () => {
      for (const [name, rows] of rowsByTable) {
        const table = live.table(name);
        await table.clear();
        if (rows.length) await table.bulkAdd(rows);
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
