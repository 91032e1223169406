import { fromBase64, toBase64 } from '../auth/password';
import { AppError } from '../errors';
import {
  BACKUP_KDF_ITERATIONS,
  headerSchema,
  invalid,
  type openContainer,
  sealContainer,
  type BackupHeader,
  type BackupKeys,
  type Kdf,
  type Wrapped,
} from './container';

/** What a backup says about itself in the clear (no record text). */
export interface BackupMeta {
  appVersion: string;
  schemaVersion: number;
  /** ISO timestamp */
  createdAt: string;
  counts: Record<string, number>;
}

export const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/** A new PBKDF2 setting with a fresh salt, at the one iteration count the app writes. */
export function newKdf(): Kdf {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations: BACKUP_KDF_ITERATIONS, salt: toBase64(random(16)) };
}

/** The key-encryption key from a passphrase or password (the iteration count was checked by the header's schema). */
export async function deriveKek(secret: string, kdf: Kdf): Promise<CryptoKey> {
  try {
    const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveKey']);
    return await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt) as BufferSource, iterations: kdf.iterations },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw invalid('corrupt');
  }
}

/** Encrypts key material under a key-encryption key; `label` binds it to its use. */
export async function wrap(kek: CryptoKey, data: Uint8Array, label: string): Promise<Wrapped> {
  const iv = random(12);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: new TextEncoder().encode(label) },
    kek,
    data as BufferSource,
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(sealed)) };
}

/** The key material, or null when the key-encryption key is not the one it was wrapped with. */
export async function unwrap(kek: CryptoKey, wrapped: Wrapped, label: string): Promise<Uint8Array | null> {
  try {
    const data = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(wrapped.iv) as BufferSource, additionalData: new TextEncoder().encode(label) },
      kek,
      fromBase64(wrapped.data) as BufferSource,
    );
    return new Uint8Array(data);
  } catch {
    return null;
  }
}

/** A data key that unwrapped but does not import was altered behind the checksums: the file is damaged. */
export const invalidKey = (): never => {
  throw invalid('corrupt');
};

export const importDataKey = (raw: Uint8Array) =>
  crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);

/** The payload under `dataKey`, the header's exact bytes as additional data, in the container. */
export async function seal(
  payload: Uint8Array,
  meta: BackupMeta,
  keys: BackupKeys,
  dataKey: CryptoKey,
): Promise<Uint8Array> {
  const iv = random(12);
  const header: BackupHeader = headerSchema.parse({
    app: 'talent-office-workbench',
    ...meta,
    keys,
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  });
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: headerBytes as BufferSource },
    dataKey,
    payload as BufferSource,
  );
  return sealContainer(headerBytes, new Uint8Array(ciphertext));
}

/**
 * Decrypts once the data key is known to be right (its wrapping opened): a failure here means the
 * file was altered behind its checksums, so it is damaged.
 */
export async function unseal(opened: Awaited<ReturnType<typeof openContainer>>, dataKey: CryptoKey) {
  try {
    const payload = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(opened.header.cipher.iv) as BufferSource,
        additionalData: opened.headerBytes as BufferSource,
      },
      dataKey,
      opened.ciphertext as BufferSource,
    );
    return { header: opened.header, payload: new Uint8Array(payload) };
  } catch {
    throw invalid('corrupt');
  }
}

/** Passphrases shorter than this are refused when a backup is made. */
export function checkPassphrase(passphrase: string): void {
  if (passphrase.length < 8) throw new AppError('validation', { field: 'passphrase', rule: 'too_small' });
}
