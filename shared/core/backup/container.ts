import { z } from 'zod';
import { AppError } from '../errors';

/**
 * The backup file (.twb), format 2: a clear header that says only what a restore must check before
 * decrypting (versions, counts, how the key is kept), then the payload encrypted with AES-GCM under
 * a random data key. Everything before the ciphertext is covered by a SHA-256 checked before any
 * key is derived, so a flipped bit anywhere in it reads as "damaged", never as a wrong passphrase;
 * the header's exact bytes are also the cipher's additional data.
 *
 *   0  "TOWB"                       4  format version (u8)           5  header length (u32 LE)
 *   9  ciphertext length (u64 LE)  17  SHA-256 of the ciphertext     49  SHA-256 of bytes 0–48 + header
 *  81  header (UTF-8 JSON)          …  ciphertext (+ GCM tag)
 *
 * This layout of the first 81 bytes stays in every later format, so a newer file is told apart
 * from a damaged one. Format 1 (manual backups before it) is read by format.ts.
 */
export const BACKUP_MAGIC = 'TOWB';
export const CONTAINER_VERSION = 2;
export const PREFIX_BYTES = 81;
const MAX_HEADER_BYTES = 1024 * 1024;

/** What the app writes and nothing else: a file asking for 2e9 iterations is damaged, not slow. */
export const BACKUP_KDF_ITERATIONS = 600_000;

const b64 = (bytes: number) =>
  z.string().regex(new RegExp(`^[A-Za-z0-9+/]{${Math.ceil(bytes / 3) * 4 - 2}}[A-Za-z0-9+/=]{2}$`));
const b64Any = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .max(4096);

export const kdfSchema = z.strictObject({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.literal(BACKUP_KDF_ITERATIONS),
  salt: b64(16),
});
export const wrappedSchema = z.strictObject({ iv: b64(12), data: b64Any });
export const slotSchema = z.strictObject({ id: b64(16), kdf: kdfSchema, wrapped: wrappedSchema });
export type Kdf = z.infer<typeof kdfSchema>;
export type Wrapped = z.infer<typeof wrappedSchema>;
export type KeySlot = z.infer<typeof slotSchema>;

/** How the data key is kept: under a passphrase (manual backups), or for the office's accounts (automatic ones). */
const keysSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('passphrase'), kdf: kdfSchema, wrapped: wrappedSchema }),
  z.strictObject({ kind: z.literal('accounts'), slots: z.array(slotSchema).min(1).max(1000) }),
]);

export const headerSchema = z.strictObject({
  app: z.literal('talent-office-workbench'),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(1).max(10_000),
  createdAt: z.iso.datetime({ offset: true }),
  counts: z.record(z.string().max(100), z.number().int().nonnegative()),
  keys: keysSchema,
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: b64(12) }),
});
export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupKeys = BackupHeader['keys'];

export type InvalidRule = 'not-a-backup' | 'truncated' | 'corrupt' | 'newer-version';
export const invalid = (rule: InvalidRule) => new AppError('backup-invalid', { rule });

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** The container around an already encrypted payload; `headerBytes` must be the AAD it was encrypted with. */
export async function sealContainer(headerBytes: Uint8Array, ciphertext: Uint8Array): Promise<Uint8Array> {
  const out = new Uint8Array(PREFIX_BYTES + headerBytes.length + ciphertext.length);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(BACKUP_MAGIC), 0);
  out[4] = CONTAINER_VERSION;
  view.setUint32(5, headerBytes.length, true);
  view.setBigUint64(9, BigInt(ciphertext.length), true);
  out.set(await sha256(ciphertext), 17);
  out.set(headerBytes, PREFIX_BYTES);
  out.set(await sha256(concat(out.subarray(0, 49), headerBytes)), 49);
  out.set(ciphertext, PREFIX_BYTES + headerBytes.length);
  return out;
}

/** The format version a file says it is, or null when it is no backup at all. */
export function formatVersion(bytes: Uint8Array): number | null {
  if (bytes.length < 5 || new TextDecoder().decode(bytes.subarray(0, 4)) !== BACKUP_MAGIC) return null;
  return bytes[4];
}

/**
 * Everything that can be checked without a secret, in an order where damage is never mistaken
 * for anything else: the prefix and header checksum, then the header's shape, then the ciphertext.
 */
export async function openContainer(
  bytes: Uint8Array,
): Promise<{ header: BackupHeader; headerBytes: Uint8Array; ciphertext: Uint8Array }> {
  if (formatVersion(bytes) === null) throw invalid('not-a-backup');
  if (bytes.length < PREFIX_BYTES) throw invalid('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(5, true);
  if (headerLength > MAX_HEADER_BYTES || PREFIX_BYTES + headerLength > bytes.length) throw invalid('corrupt');
  const headerBytes = bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength);
  const checked = await sha256(concat(bytes.subarray(0, 49), headerBytes));
  if (!sameBytes(checked, bytes.subarray(49, 81))) throw invalid('corrupt');
  if (bytes[4] > CONTAINER_VERSION) throw invalid('newer-version');
  if (bytes[4] !== CONTAINER_VERSION) throw invalid('corrupt');
  let header: BackupHeader;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes)));
    if (!parsed.success) throw invalid('corrupt');
    header = parsed.data;
  } catch {
    throw invalid('corrupt');
  }
  const declared = view.getBigUint64(9, true);
  const ciphertext = bytes.subarray(PREFIX_BYTES + headerLength);
  if (BigInt(ciphertext.length) < declared) throw invalid('truncated');
  if (BigInt(ciphertext.length) > declared || !sameBytes(await sha256(ciphertext), bytes.subarray(17, 49)))
    throw invalid('corrupt');
  return { header, headerBytes, ciphertext };
}
