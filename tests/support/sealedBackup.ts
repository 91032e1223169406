import { createHash } from 'node:crypto';
import { encryptForAccounts } from '../../shared/core/backup/accounts';
import type { BackupReason, WriteBackupRequest } from '../../shared/core/bridge/backupSchemas';

/**
 * An automatic backup as the app hands it to the host: `text` encrypted for one made-up account
 * (a random password hash: nobody needs to open it), with the meta that matches its header.
 */
export async function sealedBackup(
  text: string,
  {
    counts = { staff: 1 },
    reason = 'idle',
    schemaVersion = 5,
  }: { counts?: Record<string, number>; reason?: BackupReason; schemaVersion?: number } = {},
): Promise<WriteBackupRequest> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = crypto.getRandomValues(new Uint8Array(32));
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
  const account = {
    username: 'test',
    password: { algorithm: 'PBKDF2-SHA256' as const, iterations: 600_000, salt: b64(salt), hash: b64(hash) },
  };
  const bytes = await encryptForAccounts(
    new TextEncoder().encode(text),
    { appVersion: 'test', schemaVersion, createdAt: '2026-11-25T08:00:00.000Z', counts },
    [account],
  );
  return {
    bytes: new Uint8Array(bytes) as Uint8Array<ArrayBuffer>,
    meta: { reason, schemaVersion, counts, sha256: createHash('sha256').update(bytes).digest('hex') },
  };
}
