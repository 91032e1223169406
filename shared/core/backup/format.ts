import { AppError } from '../errors';
import { fromBase64, toBase64 } from '../auth/password';

/**
 * The backup file (.twb): magic, format version, a clear header, then the payload encrypted with
 * AES-GCM under a key derived from the user's passphrase (PBKDF2-SHA256). The header says only
 * what a restore must check before decrypting — app and schema version, record counts, a checksum
 * of the ciphertext — never record text. It is also the cipher's additional data, so changing it
 * breaks decryption.
 *
 *   "TOWB" | version (1 byte) | header length (u32 LE) | header JSON | ciphertext (+ GCM tag)
 */
export const BACKUP_MAGIC = 'TOWB';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_KDF_ITERATIONS = 600_000;

export interface BackupMeta {
  app: 'talent-office-workbench';
  appVersion: string;
  schemaVersion: number;
  /** ISO timestamp */
  createdAt: string;
  counts: Record<string, number>;
}

export interface BackupHeader extends BackupMeta {
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** hex SHA-256 of the ciphertext: a truncated or damaged file is told apart from a wrong passphrase */
  ciphertextSha256: string;
  ciphertextLength: number;
}

const PREFIX = 4 + 1 + 4;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptBackup(
  payload: Uint8Array,
  passphrase: string,
  meta: Omit<BackupMeta, 'app'>,
  iterations = BACKUP_KDF_ITERATIONS,
): Promise<Uint8Array> {
  if (passphrase.length < 8) throw new AppError('validation', { field: 'passphrase', rule: 'too_small' });
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  // The header minus the checksum is the additional data; the checksum covers the ciphertext.
  const base = {
    app: 'talent-office-workbench' as const,
    ...meta,
    kdf: { name: 'PBKDF2' as const, hash: 'SHA-256' as const, iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM' as const, iv: toBase64(iv) },
  };
  const aad = new TextEncoder().encode(JSON.stringify(base));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad as BufferSource },
      key,
      payload as BufferSource,
    ),
  );
  const header: BackupHeader = {
    ...base,
    ciphertextSha256: await sha256Hex(ciphertext),
    ciphertextLength: ciphertext.length,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(PREFIX + headerBytes.length + ciphertext.length);
  out.set(new TextEncoder().encode(BACKUP_MAGIC), 0);
  out[4] = BACKUP_FORMAT_VERSION;
  new DataView(out.buffer).setUint32(5, headerBytes.length, true);
  out.set(headerBytes, PREFIX);
  out.set(ciphertext, PREFIX + headerBytes.length);
  return out;
}

function invalid(reason: 'not-a-backup' | 'truncated' | 'corrupt' | 'newer-version'): AppError {
  return new AppError('backup-invalid', { rule: reason });
}

/** Reads and checks everything that can be checked without the passphrase. */
export async function readBackupHeader(bytes: Uint8Array): Promise<{ header: BackupHeader; ciphertext: Uint8Array }> {
  if (bytes.length < PREFIX || new TextDecoder().decode(bytes.subarray(0, 4)) !== BACKUP_MAGIC)
    throw invalid('not-a-backup');
  if (bytes[4] > BACKUP_FORMAT_VERSION) throw invalid('newer-version');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(5, true);
  if (PREFIX + headerLength > bytes.length) throw invalid('truncated');
  let header: BackupHeader;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, PREFIX + headerLength)),
    ) as BackupHeader;
  } catch {
    throw invalid('corrupt');
  }
  if (header.app !== 'talent-office-workbench' || header.kdf?.name !== 'PBKDF2' || header.cipher?.name !== 'AES-GCM')
    throw invalid('corrupt');
  const ciphertext = bytes.subarray(PREFIX + headerLength);
  if (ciphertext.length < header.ciphertextLength) throw invalid('truncated');
  if (ciphertext.length > header.ciphertextLength || (await sha256Hex(ciphertext)) !== header.ciphertextSha256)
    throw invalid('corrupt');
  return { header, ciphertext };
}

/** Decrypts after every check; a wrong passphrase is told apart from a damaged file. */
export async function decryptBackup(
  bytes: Uint8Array,
  passphrase: string,
): Promise<{ header: BackupHeader; payload: Uint8Array }> {
  const { header, ciphertext } = await readBackupHeader(bytes);
  const { ciphertextSha256: _c, ciphertextLength: _l, ...base } = header;
  const key = await deriveKey(passphrase, fromBase64(header.kdf.salt), header.kdf.iterations);
  try {
    const aad = new TextEncoder().encode(JSON.stringify(base));
    const payload = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(header.cipher.iv) as BufferSource, additionalData: aad as BufferSource },
      key,
      ciphertext as BufferSource,
    );
    return { header, payload: new Uint8Array(payload) };
  } catch {
    // The ciphertext matched its checksum, so the file is whole: the passphrase is wrong (or the
    // header was edited, which the additional data catches).
    throw new AppError('backup-wrong-passphrase');
  }
}
