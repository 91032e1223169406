import { createHash } from 'node:crypto';
import {
  BACKUP_MAGIC,
  CONTAINER_VERSION,
  headerSchema,
  PREFIX_BYTES,
  type BackupHeader,
} from '../../../shared/core/backup/container';
import type { BackupRequestMeta } from '../../../shared/core/bridge/backupSchemas';
import { PIECE_BYTES } from '../../../shared/core/bridge/limits';
import { AppError } from '../../../shared/core/errors';

/**
 * The checks of sealedBackup.ts and the store's checksum, for a backup that arrived in pieces
 * and lies in a temp file too big to hold: the same container (shared/core/backup/container.ts,
 * unchanged) read in one streaming pass. Its layout: magic, version, header length (u32 LE),
 * ciphertext length (u64 LE), SHA-256 of the ciphertext at 17, SHA-256 of bytes 0–48 + header at
 * 49, the header from 81, then the ciphertext.
 */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;

const notEncrypted = () => new AppError('validation', { reason: 'not-encrypted' });
const MAX_HEADER_BYTES = 1024 * 1024;
const sha = (...parts: Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const sameHex = (a: Buffer, hex: string) => a.toString('hex') === hex.toLowerCase();

async function readHeader(readAt: ReadAt, size: number): Promise<{ header: BackupHeader; prefix: Uint8Array }> {
  if (size < PREFIX_BYTES) throw notEncrypted();
  const prefix = await readAt(0, PREFIX_BYTES);
  if (new TextDecoder().decode(prefix.subarray(0, 4)) !== BACKUP_MAGIC || prefix[4] !== CONTAINER_VERSION)
    throw notEncrypted();
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  const headerLength = view.getUint32(5, true);
  const ciphertextLength = view.getBigUint64(9, true);
  if (headerLength > MAX_HEADER_BYTES || BigInt(PREFIX_BYTES + headerLength) + ciphertextLength !== BigInt(size))
    throw notEncrypted();
  const headerBytes = await readAt(PREFIX_BYTES, headerLength);
  if (!Buffer.from(prefix.subarray(49, 81)).equals(sha(prefix.subarray(0, 49), headerBytes))) throw notEncrypted();
  try {
    const parsed = headerSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes)));
    if (!parsed.success) throw notEncrypted();
    return { header: parsed.data, prefix };
  } catch {
    throw notEncrypted();
  }
}

/**
 * Accepts the staged file only as the app writes automatic backups: format 2 whole (header and
 * ciphertext checksums), encrypted for the office's accounts, saying what its meta says, and with
 * the whole file's SHA-256 the meta names.
 */
export async function requireSealedFile(readAt: ReadAt, size: number, meta: BackupRequestMeta): Promise<void> {
  const { header, prefix } = await readHeader(readAt, size);
  if (header.keys.kind !== 'accounts') throw notEncrypted();
  const sameCounts =
    JSON.stringify(Object.entries(header.counts).sort()) === JSON.stringify(Object.entries(meta.counts).sort());
  if (!sameCounts || header.schemaVersion !== meta.schemaVersion)
    throw new AppError('validation', { reason: 'meta-mismatch' });
  const whole = createHash('sha256');
  const ciphertext = createHash('sha256');
  const ciphertextStart = size - Number(new DataView(prefix.buffer, prefix.byteOffset).getBigUint64(9, true));
  for (let offset = 0; offset < size; offset += PIECE_BYTES) {
    const piece = await readAt(offset, Math.min(PIECE_BYTES, size - offset));
    if (piece.byteLength === 0) throw notEncrypted();
    whole.update(piece);
    if (offset + piece.byteLength > ciphertextStart)
      ciphertext.update(piece.subarray(Math.max(0, ciphertextStart - offset)));
  }
  if (!sameHex(whole.digest(), meta.sha256)) throw new AppError('validation', { reason: 'checksum' });
  if (!Buffer.from(prefix.subarray(17, 49)).equals(ciphertext.digest())) throw notEncrypted();
}

/** The whole file's SHA-256 in one streaming pass (a backup read in pieces is checked before its first piece goes). */
export async function sha256OfFile(readAt: ReadAt, size: number): Promise<string> {
  const hash = createHash('sha256');
  for (let offset = 0; offset < size; offset += PIECE_BYTES) {
    const piece = await readAt(offset, Math.min(PIECE_BYTES, size - offset));
    if (piece.byteLength === 0) break;
    hash.update(piece);
  }
  return hash.digest('hex');
}
