import { fromBase64 } from '../auth/password';
import { AppError } from '../errors';
import { BACKUP_KDF_ITERATIONS, invalid } from './container';

/**
 * Format 1: the manual backups of releases before format 2. Read only, never written.
 *
 *   "TOWB" | 1 (1 byte) | header length (u32 LE) | header JSON | ciphertext (+ GCM tag)
 *
 * Its header has no checksum of its own: some damaged headers can only read as a wrong
 * passphrase. The iteration count is still held to what those releases wrote.
 */
export interface LegacyHeader {
  app: 'talent-office-workbench';
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  counts: Record<string, number>;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  ciphertextSha256: string;
  ciphertextLength: number;
}

const PREFIX = 9;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function isLegacyHeader(value: unknown): value is LegacyHeader {
  const h = value as Partial<LegacyHeader> | null;
  return (
    !!h &&
    h.app === 'talent-office-workbench' &&
    h.kdf?.name === 'PBKDF2' &&
    h.kdf.hash === 'SHA-256' &&
    h.kdf.iterations === BACKUP_KDF_ITERATIONS &&
    typeof h.kdf.salt === 'string' &&
    h.cipher?.name === 'AES-GCM' &&
    typeof h.cipher.iv === 'string' &&
    typeof h.createdAt === 'string' &&
    typeof h.schemaVersion === 'number' &&
    !!h.counts &&
    typeof h.counts === 'object' &&
    typeof h.ciphertextSha256 === 'string' &&
    typeof h.ciphertextLength === 'number'
  );
}

export async function openLegacy(bytes: Uint8Array): Promise<{ header: LegacyHeader; ciphertext: Uint8Array }> {
  if (bytes.length < PREFIX) throw invalid('truncated');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(5, true);
  if (PREFIX + headerLength > bytes.length) throw invalid('truncated');
  let header: unknown;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, PREFIX + headerLength)),
    );
  } catch {
    throw invalid('corrupt');
  }
  if (!isLegacyHeader(header)) throw invalid('corrupt');
  const ciphertext = bytes.subarray(PREFIX + headerLength);
  if (ciphertext.length < header.ciphertextLength) throw invalid('truncated');
  if (ciphertext.length > header.ciphertextLength || (await sha256Hex(ciphertext)) !== header.ciphertextSha256)
    throw invalid('corrupt');
  return { header, ciphertext };
}

export async function decryptLegacy(
  bytes: Uint8Array,
  passphrase: string,
): Promise<{ header: LegacyHeader; payload: Uint8Array }> {
  const { header, ciphertext } = await openLegacy(bytes);
  const { ciphertextSha256: _c, ciphertextLength: _l, ...base } = header;
  let key: CryptoKey;
  try {
    const raw = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
      'deriveKey',
    ]);
    key = await crypto.subtle.deriveKey(
      {
        name: 'PBKDF2',
        hash: 'SHA-256',
        salt: fromBase64(header.kdf.salt) as BufferSource,
        iterations: header.kdf.iterations,
      },
      raw,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
  } catch {
    throw invalid('corrupt');
  }
  try {
    const payload = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(header.cipher.iv) as BufferSource,
        additionalData: new TextEncoder().encode(JSON.stringify(base)) as BufferSource,
      },
      key,
      ciphertext as BufferSource,
    );
    return { header, payload: new Uint8Array(payload) };
  } catch {
    // The ciphertext matched its checksum: the passphrase is wrong (or the header was edited).
    throw new AppError('backup-wrong-passphrase');
  }
}
