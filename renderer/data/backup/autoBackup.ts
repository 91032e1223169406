import type { BackupReason, WriteBackupResult } from '../../../shared/bridge/backupSchemas';
import { AppError } from '../../../shared/errors';
import { getHost } from '../../host';
import { getDb } from '../db';
import { restoreSnapshot } from './restore';
import { exportSnapshot } from './snapshot';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * An automatic backup: a snapshot of every table handed to the host, which keeps it (atomically,
 * checksummed, rotated) in a folder outside the browser profile. The plain browser host has no
 * such folder and answers 'unavailable'.
 */
export async function autoBackup(reason: BackupReason, now = new Date()): Promise<WriteBackupResult> {
  const { bytes, manifest } = await exportSnapshot(getDb());
  return getHost().writeBackup({
    bytes: new Uint8Array(bytes),
    meta: { createdAt: now.toISOString(), reason, schemaVersion: manifest.schemaVersion, counts: manifest.counts, sha256: await sha256Hex(bytes) },
  });
}

/**
 * Start-up guard: the database holds no account (it opened empty) while automatic backups exist.
 * Restores the newest one whose checksum verifies; only ever on an empty database, since no one
 * is signed in to approve replacing data.
 */
export async function restoreNewestAutoBackup(): Promise<{ createdAt: string; counts: Record<string, number> } | null> {
  const db = getDb();
  if ((await db.staff.count()) > 0) throw new AppError('validation', { field: '-', rule: 'not-empty' });
  for (const entry of await getHost().listBackups()) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await getHost().readBackup({ path: entry.path }));
    } catch {
      continue; // damaged: try the next older one
    }
    const counts = await restoreSnapshot(db, bytes);
    return { createdAt: entry.meta.createdAt, counts };
  }
  return null;
}
