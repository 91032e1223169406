import { AppError } from '../errors';
import { decryptWithAccount } from './accounts';
import { formatVersion, openContainer, type BackupHeader } from './container';
import {
  checkPassphrase,
  deriveKek,
  importDataKey,
  invalidKey,
  newKdf,
  random,
  seal,
  unseal,
  unwrap,
  wrap,
  type BackupMeta,
} from './encryption';
import { decryptLegacy, openLegacy } from './legacyFormat';

export { BACKUP_KDF_ITERATIONS, BACKUP_MAGIC } from './container';
export type { BackupMeta } from './encryption';

const PASSPHRASE_LABEL = 'towb-passphrase-v2';

/** What a restore shows before asking for any secret: the file's date, counts, and which secret opens it. */
export interface BackupSummary extends BackupMeta {
  /** A passphrase (a manual backup), or the username and password of an account (an automatic one). */
  opensWith: 'passphrase' | 'account';
  /** Format 1 files (manual backups of older releases). */
  legacy: boolean;
}

/** A manual backup, to be saved on removable media: a random data key wrapped under the passphrase. */
export async function encryptBackup(payload: Uint8Array, passphrase: string, meta: BackupMeta): Promise<Uint8Array> {
  checkPassphrase(passphrase);
  const raw = random(32);
  const kdf = newKdf();
  const wrapped = await wrap(await deriveKek(passphrase, kdf), raw, PASSPHRASE_LABEL);
  return seal(payload, meta, { kind: 'passphrase', kdf, wrapped }, await importDataKey(raw));
}

/** Reads and checks everything that can be checked without a secret: a damaged file never gets as far as asking. */
export async function readBackupHeader(bytes: Uint8Array): Promise<BackupSummary> {
  if (formatVersion(bytes) === 1) {
    const { header } = await openLegacy(bytes);
    const { appVersion, schemaVersion, createdAt, counts } = header;
    return { appVersion, schemaVersion, createdAt, counts, opensWith: 'passphrase', legacy: true };
  }
  const { header } = await openContainer(bytes);
  return summaryOf(header);
}

function summaryOf(header: BackupHeader): BackupSummary {
  const { appVersion, schemaVersion, createdAt, counts } = header;
  return {
    appVersion,
    schemaVersion,
    createdAt,
    counts,
    opensWith: header.keys.kind === 'passphrase' ? 'passphrase' : 'account',
    legacy: false,
  };
}

export type BackupSecret = { passphrase: string } | { username: string; password: string };

/**
 * Decrypts after every check. A wrong passphrase or password is told apart from a damaged file:
 * the checksums have passed before any key is derived, so only the secret can still be wrong.
 */
export async function decryptBackup(
  bytes: Uint8Array,
  secret: BackupSecret,
): Promise<{ summary: BackupSummary; payload: Uint8Array }> {
  if (formatVersion(bytes) === 1) {
    if (!('passphrase' in secret)) throw new AppError('backup-wrong-passphrase');
    const { payload } = await decryptLegacy(bytes, secret.passphrase);
    return { summary: await readBackupHeader(bytes), payload };
  }
  if (!('passphrase' in secret)) {
    const { header, payload } = await decryptWithAccount(bytes, secret.username, secret.password);
    return { summary: summaryOf(header), payload };
  }
  const opened = await openContainer(bytes);
  const { keys } = opened.header;
  if (keys.kind !== 'passphrase') throw new AppError('backup-wrong-passphrase');
  const raw = await unwrap(await deriveKek(secret.passphrase, keys.kdf), keys.wrapped, PASSPHRASE_LABEL);
  if (!raw) throw new AppError('backup-wrong-passphrase');
  const { header, payload } = await unseal(opened, await importDataKey(raw).catch(invalidKey));
  return { summary: summaryOf(header), payload };
}
