import { Dexie } from 'dexie';
import { AppError, toAppError } from '../../../shared/core/errors';
import { getDb, SCHEMA_VERSION, type WorkbenchDB } from './db';
import { listDatabases } from './databaseListing';

/** The version the database on disk is at, or null for a new install (nothing to keep). */
async function installedVersion(name: string): Promise<number | null> {
  const listed = await listDatabases();
  const info = listed?.find((one) => one.name === name);
  if (listed && !info) return null;
  // Dexie's version is IndexedDB's divided by ten (db.version(8) opens version 80).
  if (info?.version) return info.version / 10;
  if (!listed && !(await Dexie.exists(name))) return null;
  // Dexie's dynamic mode: opened without declaring a version, it opens whatever is there and
  // upgrades nothing.
  const probe = new Dexie(name);
  await probe.open();
  const version = probe.verno;
  probe.close();
  return version;
}

/**
 * Before an upgrade, an automatic backup of the data as it is: the old database opened in
 * dynamic mode, snapshotted at its own version, handed to the host with reason 'before-upgrade'.
 * If the host cannot keep it, the upgrade does not run. A host with no backup folder at all (a
 * plain browser without the web host) has nothing to write to, and the upgrade goes ahead.
 */
async function backupBeforeUpgrade(name: string, version: number): Promise<void> {
  const [{ buildBackupRequest }, { getHost }] = await Promise.all([import('../backup/autoBackup'), import('../host')]);
  const old = new Dexie(name);
  try {
    await old.open();
    const request = await buildBackupRequest(old, 'before-upgrade', version);
    if (request) await getHost().writeBackup(request);
  } catch (error) {
    throw new AppError('upgrade-backup-failed', { from: version, to: SCHEMA_VERSION }, toAppError(error));
  } finally {
    old.close();
  }
}

/**
 * Opens the app's database, keeping a backup first when it is at an older version. An upgrade
 * that fails is rolled back by IndexedDB (it runs in one versionchange transaction), so the old
 * version's data stays as it was; the user is told, and the backup is in the folder.
 */
export async function openDatabase(db: WorkbenchDB = getDb(), targetVersion = SCHEMA_VERSION): Promise<void> {
  if (db.isOpen()) return;
  const installed = await installedVersion(db.name).catch(() => null);
  const upgrading = installed !== null && installed < targetVersion;
  // At the latest version already: nothing to upgrade, so the app's database opens without its chain.
  if (installed === targetVersion && targetVersion === SCHEMA_VERSION) db.markAtLatest();
  if (upgrading) await backupBeforeUpgrade(db.name, installed);
  try {
    await db.open();
  } catch (error) {
    if (upgrading) throw new AppError('upgrade-failed', { from: installed, to: targetVersion }, toAppError(error));
    throw toAppError(error);
  }
}
