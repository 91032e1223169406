import { openContainer } from '../../../shared/core/backup/container';
import type { BackupRequestMeta } from '../../../shared/core/bridge/backupSchemas';
import { AppError } from '../../../shared/core/errors';

/**
 * The host keeps automatic backups only as the app writes them: encrypted for the office's
 * accounts (format 2, header checksums intact), saying in the clear what its meta says. A plain
 * zip of the records, a passphrase file or anything else is refused, so nothing unencrypted ever
 * lands in the backup folder and no sidecar can claim other counts than the file.
 */
export async function requireSealedBackup(bytes: Uint8Array, meta: BackupRequestMeta): Promise<void> {
  let header;
  try {
    ({ header } = await openContainer(bytes));
  } catch (error) {
    throw new AppError('validation', { reason: 'not-encrypted' }, error);
  }
  if (header.keys.kind !== 'accounts') throw new AppError('validation', { reason: 'not-encrypted' });
  const sameCounts =
    JSON.stringify(Object.entries(header.counts).sort()) === JSON.stringify(Object.entries(meta.counts).sort());
  if (!sameCounts || header.schemaVersion !== meta.schemaVersion)
    throw new AppError('validation', { reason: 'meta-mismatch' });
}
