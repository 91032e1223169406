import { verifyPassword } from '../../../shared/core/auth/password';
import { PBKDF2_ITERATIONS, type StaffAccount } from '../../../shared/core/auth/staff';
import { decryptBackup } from '../../../shared/core/backup/format';
import { AppError } from '../../../shared/core/errors';
import { parseSnapshot } from './snapshot';

/** Automatic backups of releases before they were encrypted: the snapshot zip itself. */
export function isLegacyAutoBackup(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The snapshot inside an automatic backup, for the username and password of an account it holds.
 * An encrypted one opens only through that account's key slot. An older, unencrypted one is
 * still asked for the same: the password must match that account's hash inside it, so a file
 * someone planted in the folder cannot be restored by a user who does not know its accounts.
 */
export async function openAutoBackup(
  bytes: Uint8Array,
  { username, password }: { username: string; password: string },
): Promise<Uint8Array> {
  if (!isLegacyAutoBackup(bytes)) return (await decryptBackup(bytes, { username, password })).payload;
  const snapshot = await parseSnapshot(bytes);
  const name = username.trim().toLowerCase();
  const account = (snapshot.tables.staff ?? []).find((s) => s.username === name) as StaffAccount | undefined;
  const hash = account?.password;
  // Only the iteration count the app writes: a planted hash asking for 2e9 must not hang the guard.
  const usable = !!hash && hash.algorithm === 'PBKDF2-SHA256' && hash.iterations === PBKDF2_ITERATIONS;
  if (!account || account.isActive !== 1 || !usable || !(await verifyPassword(password, hash).catch(() => false)))
    throw new AppError('backup-wrong-password');
  return bytes;
}
