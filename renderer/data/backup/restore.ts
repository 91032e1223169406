import { AppError, toAppError } from '../../../shared/errors';
import Dexie from 'dexie';
import { WorkbenchDB } from '../db';
import { upgradeToV5 } from '../schema/v5';
import { parseSnapshot } from './snapshot';

/**
 * Restores a snapshot without ever half-replacing the live data: the whole snapshot is checked
 * and written into a scratch database first (which also upgrades an older schema through the
 * app's own migrations), and only then does ONE strict transaction clear and refill every live
 * table. Any failure before that leaves the live data as it was.
 */
export async function restoreSnapshot(live: WorkbenchDB, bytes: Uint8Array): Promise<Record<string, number>> {
  const { manifest, tables } = await parseSnapshot(bytes);
  const scratch = new WorkbenchDB(`${live.name}-restore-${crypto.randomUUID()}`);
  try {
    await scratch.open();
    await scratch.transaction('rw', scratch.tables, async () => {
      for (const table of scratch.tables) {
        const rows = tables[table.name];
        if (rows?.length) await table.bulkAdd(rows);
      }
      // Rows of an older schema lack what later versions derive from them: System 2's item index
      // keys and kept counts (v5). Same step as the upgrade, so the lists and counts agree again.
      if (manifest.schemaVersion < 5) await upgradeToV5(Dexie.currentTransaction!);
    });
    for (const [name, count] of Object.entries(manifest.counts)) {
      const table = scratch.tables.find((t) => t.name === name);
      if (table && (await table.count()) !== count) throw new AppError('backup-invalid', { rule: 'corrupt' });
    }
    const rowsByTable = await Promise.all(scratch.tables.map(async (t) => [t.name, await t.toArray()] as const));
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
    scratch.close();
    await scratch.delete().catch(() => undefined);
  }
}
