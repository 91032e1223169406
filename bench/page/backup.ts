// (e) backup and restore: 100 000 records and 200 MB of attachments, the encrypted backup file
// against dexie-export-import exporting the same database bare (no encryption, no checks).
import { exportDB } from 'dexie-export-import';
import { strFromU8, unzipSync } from 'fflate';
import { WorkbenchDB } from '../../renderer/core/data/db';
import { exportSnapshot } from '../../renderer/core/backup/snapshot';
import { restoreSnapshot } from '../../renderer/core/backup/restore';
import { decryptBackup, encryptBackup } from '../../shared/core/backup/format';
import { generateRegistry } from '../../renderer/systems/registry/sample/generateRegistry';
import { BENCH_NOW } from './data';
import { deleteDatabase } from './stats';

const BACKUP_DB = 'bench-backup';
const FLOOR_DB = 'bench-backup-floor';
/** The restore's own audit entry, written in its transaction as the app writes it. */
const RESTORE_ENTRY = {
  at: BENCH_NOW.toISOString(),
  actorId: 'bench',
  actorName: 'bench',
  entity: 'backup' as const,
  entityId: 'bench',
  action: 'restore' as const,
  before: null,
  after: null,
};
const PASSPHRASE = 'Bench#Backup#2026';
let db: WorkbenchDB | null = null;
let lastFile: Uint8Array | null = null;
let expected: Record<string, number> = {};

export interface BackupPrepareOptions {
  records?: number;
  attachmentMB?: number;
}

/** Random bytes: attachments are PDFs and scans, which no zip can shrink. */
function randomBlob(size: number): Blob {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
  return new Blob([bytes], { type: 'application/pdf' });
}

/** Fills a fresh database (not timed): 60 % units, 40 % people, and 2 MB attachments. */
export async function prepareBackup({ records = 100_000, attachmentMB = 200 }: BackupPrepareOptions = {}): Promise<
  Record<string, number>
> {
  db?.close();
  await deleteDatabase(BACKUP_DB);
  db = new WorkbenchDB(BACKUP_DB);
  await db.open();
  const unitCount = Math.round(records * 0.6);
  const { units, people } = generateRegistry({
    seed: 'bench-backup',
    unitCount,
    peopleCount: records - unitCount,
    now: BENCH_NOW,
  });
  await db.units.bulkPut(units);
  await db.people.bulkPut(people);
  const files = Math.max(1, Math.round(attachmentMB / 2));
  for (let i = 0; i < files; i++) {
    await db.attachments.put({
      id: `att-${i}`,
      ownerType: 'documents',
      ownerId: `doc-${i}`,
      name: `附件${i}.pdf`,
      size: 2 * 1024 ** 2,
      mimeType: 'application/pdf',
      blob: randomBlob(2 * 1024 ** 2),
      addedAt: BENCH_NOW.toISOString(),
      addedBy: 'bench',
      isSample: 0,
    });
  }
  expected = {
    units: await db.units.count(),
    people: await db.people.count(),
    attachments: await db.attachments.count(),
  };
  return expected;
}

function open(): WorkbenchDB {
  if (!db) throw new Error('prepareBackup first');
  return db;
}

/** Settings → 生成加密备份, minus the download: snapshot every table, then encrypt (PBKDF2 600 000). */
export async function backupEncrypted(): Promise<Record<string, number>> {
  const t0 = performance.now();
  const { bytes, manifest } = await exportSnapshot(open());
  const t1 = performance.now();
  lastFile = await encryptBackup(bytes, PASSPHRASE, {
    appVersion: 'bench',
    schemaVersion: manifest.schemaVersion,
    createdAt: BENCH_NOW.toISOString(),
    counts: manifest.counts,
  });
  const t2 = performance.now();
  return { ms: t2 - t0, snapshotMs: t1 - t0, encryptMs: t2 - t1, bytes: lastFile.length };
}

/** The yardstick: dexie-export-import's exportDB of the same database to a Blob, nothing else. */
export async function exportBare(): Promise<Record<string, number>> {
  const t0 = performance.now();
  const blob = await exportDB(open());
  return { ms: performance.now() - t0, bytes: blob.size };
}

/** Settings → 从备份恢复: decrypt, check the whole file, replace every table in one transaction (rows written once). */
export async function restoreEncrypted(): Promise<Record<string, number>> {
  if (!lastFile) throw new Error('backupEncrypted first');
  const target = open();
  const t0 = performance.now();
  const { payload } = await decryptBackup(lastFile, { passphrase: PASSPHRASE });
  const t1 = performance.now();
  await restoreSnapshot(target, payload, { entry: () => RESTORE_ENTRY });
  const ms = performance.now() - t0;
  const got = {
    units: await target.units.count(),
    people: await target.people.count(),
    attachments: await target.attachments.count(),
  };
  if (JSON.stringify(got) !== JSON.stringify(expected))
    throw new Error(`restore gave ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  return { ms, decryptMs: t1 - t0, bytes: lastFile.length };
}

/**
 * The restore's floor: what no restore can avoid. Decrypt the same file, unzip it, parse each
 * table's JSON, rebuild the attachments' Blobs, and write the rows once, in one transaction, into
 * an empty database of the app's schema (deleted and opened before the clock starts). No checks.
 */
export async function restoreFloor(): Promise<Record<string, number>> {
  if (!lastFile) throw new Error('backupEncrypted first');
  await deleteDatabase(FLOOR_DB);
  const floor = new WorkbenchDB(FLOOR_DB);
  await floor.open();
  try {
    const t0 = performance.now();
    const { payload } = await decryptBackup(lastFile, { passphrase: PASSPHRASE });
    const files = unzipSync(payload);
    const rows: Record<string, Record<string, unknown>[]> = {};
    for (const [path, data] of Object.entries(files)) {
      if (!path.startsWith('tables/')) continue;
      rows[path.slice('tables/'.length, -'.json'.length)] = (
        JSON.parse(strFromU8(data)) as Record<string, unknown>[]
      ).map((row) => {
        const meta = row.blob as { type: string } | undefined;
        return meta ? { ...row, blob: new Blob([files[`attachments/${String(row.id)}`] as BlobPart], meta) } : row;
      });
    }
    await floor.transaction('rw', floor.tables, async () => {
      for (const table of floor.tables) {
        const list = rows[table.name] ?? [];
        for (let i = 0; i < list.length; i += 2000) await table.bulkPut(list.slice(i, i + 2000));
      }
    });
    const ms = performance.now() - t0;
    if ((await floor.units.count()) !== expected.units) throw new Error('floor wrote the wrong number of units');
    return { ms };
  } finally {
    floor.close();
    await deleteDatabase(FLOOR_DB);
  }
}
