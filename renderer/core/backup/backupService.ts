import { type BackupHeader, decryptBackup, encryptBackup, readBackupHeader } from '../../../shared/core/backup/format';
import { AppError } from '../../../shared/core/errors';
import { getDb } from '../data/db';
import { requireSession, setSession } from '../data/session';
import { restoreSnapshot } from './restore';
import { exportSnapshot } from './snapshot';
import { autoBackup } from './autoBackup';

const APP_VERSION = import.meta.env?.VITE_APP_VERSION ?? '0.0.0';

/** Only an administrator backs up or restores the whole office's data. */
function requireAdmin() {
  const session = requireSession();
  if (!session.isAdmin) throw new AppError('validation', { field: 'isAdmin', rule: 'admin-only' });
  return session;
}

/** An encrypted backup of every table and attachment, for the user to save on removable media. */
export async function createEncryptedBackup(
  passphrase: string,
  now = new Date(),
): Promise<{ bytes: Uint8Array; header: Pick<BackupHeader, 'createdAt' | 'counts'> }> {
  const session = requireAdmin();
  const db = getDb();
  const { bytes, manifest } = await exportSnapshot(db);
  const createdAt = now.toISOString();
  const file = await encryptBackup(bytes, passphrase, {
    appVersion: APP_VERSION,
    schemaVersion: manifest.schemaVersion,
    createdAt,
    counts: manifest.counts,
  });
  await db.audit.add({
    at: createdAt,
    actorId: session.staffId,
    actorName: session.displayName,
    entity: 'backup',
    entityId: createdAt,
    action: 'export',
    before: null,
    after: { counts: manifest.counts },
  });
  return { bytes: file, header: { createdAt, counts: manifest.counts } };
}

/** What a backup file says about itself, checked before asking for the passphrase. */
export async function inspectBackup(bytes: Uint8Array): Promise<BackupHeader> {
  return (await readBackupHeader(bytes)).header;
}

/**
 * Decrypts, validates and restores; the live data is replaced only after the whole file checked
 * out. The restore is recorded in the (restored) audit log, and the user signs in again, since
 * the staff accounts are those of the backup.
 */
export async function restoreEncryptedBackup(
  bytes: Uint8Array,
  passphrase: string,
  now = new Date(),
): Promise<Record<string, number>> {
  const session = requireAdmin();
  const { header, payload } = await decryptBackup(bytes, passphrase);
  // The data as it is now is kept first: a restore of the wrong file can be undone.
  await autoBackup('before-restore');
  const db = getDb();
  const counts = await restoreSnapshot(db, payload);
  await db.audit.add({
    at: now.toISOString(),
    actorId: session.staffId,
    actorName: session.displayName,
    entity: 'backup',
    entityId: header.createdAt,
    action: 'restore',
    before: null,
    after: { createdAt: header.createdAt, counts },
  });
  setSession(null);
  return counts;
}
