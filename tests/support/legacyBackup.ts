import { toBase64 } from '../../shared/core/auth/password';

/**
 * A manual backup file as releases before format 2 wrote it (format 1), to test that it still
 * restores: "TOWB" | 1 | header length | header JSON | AES-GCM ciphertext, the header without its
 * checksum fields as additional data.
 */
export async function legacyFile(
  payload: Uint8Array,
  passphrase: string,
  meta: { appVersion: string; schemaVersion: number; createdAt: string; counts: Record<string, number> },
  iterations = 600_000,
): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const raw = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  // The iteration count the file will claim; an absurd one is written with the real one's key (never derived).
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: Math.min(iterations, 600_000) },
    raw,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const base = {
    app: 'talent-office-workbench',
    ...meta,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(JSON.stringify(base)) },
      key,
      payload as BufferSource,
    ),
  );
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', ciphertext));
  const header = new TextEncoder().encode(
    JSON.stringify({
      ...base,
      ciphertextSha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
      ciphertextLength: ciphertext.length,
    }),
  );
  const out = new Uint8Array(9 + header.length + ciphertext.length);
  out.set(new TextEncoder().encode('TOWB'), 0);
  out[4] = 1;
  new DataView(out.buffer).setUint32(5, header.length, true);
  out.set(header, 9);
  out.set(ciphertext, 9 + header.length);
  return out;
}
