import {
  decryptBackup,
  encryptBackup,
  readBackupHeader,
  type BackupSecret,
  type BackupSummary,
} from '../../../shared/core/backup/format';
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
): Promise<{ bytes: Uint8Array; header: Pick<BackupSummary, 'createdAt' | 'counts'> }> {
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

/** What a backup file says about itself, checked before asking for a passphrase or password. */
export async function inspectBackup(bytes: Uint8Array): Promise<BackupSummary> {
  return readBackupHeader(bytes);
}

/**
 * Decrypts, validates and restores; the live data is replaced only after the whole file checked
 * out, in one transaction that also records the restore (the audit log keeps every entry made
 * since the backup). The user signs in again, since the staff accounts are those of the backup.
 * `secret` is the passphrase of a manual backup, or an account's username and password for an
 * automatic one taken from the backup folder.
 */
export async function restoreEncryptedBackup(
  bytes: Uint8Array,
  secret: BackupSecret,
  now = new Date(),
): Promise<Record<string, number>> {
  const session = requireAdmin();
  const { summary, payload } = await decryptBackup(bytes, secret);
  // The data as it is now is kept first: a restore of the wrong file can be undone.
  await autoBackup('before-restore');
  const counts = await restoreSnapshot(getDb(), payload, {
    entry: () => ({
      at: now.toISOString(),
      actorId: session.staffId,
      actorName: session.displayName,
      entity: 'backup',
      entityId: summary.createdAt,
      action: 'restore',
      before: null,
      after: { createdAt: summary.createdAt, counts: summary.counts },
    }),
  });
  setSession(null);
  return counts;
}
