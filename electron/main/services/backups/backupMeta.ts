import { z } from 'zod';

/** Why a backup was made; part of its file name, so a user browsing the folder can tell. */
export const BACKUP_REASONS = ['idle', 'quit', 'before-import', 'before-upgrade', 'before-restore', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * What the renderer says about the opaque backup bytes, stored beside them as the sidecar
 * `<name>.json`. The main process checks `sha256` against the bytes on every write and read.
 */
export const storedBackupMetaSchema = z.object({
  createdAt: z.iso.datetime({ offset: true }),
  reason: z.enum(BACKUP_REASONS),
  // Loose on purpose: rejecting a backup over a number's shape would lose it to a renderer bug.
  schemaVersion: z.number().nonnegative(),
  counts: z.record(z.string(), z.number()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/i),
});
export type StoredBackupMeta = z.infer<typeof storedBackupMetaSchema>;

/** The sidecar's meta, or null when it is not UTF-8, not JSON or not the expected shape. */
export function parseSidecar(bytes: Uint8Array): StoredBackupMeta | null {
  try {
    const parsed = storedBackupMetaSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function encodeSidecar(meta: StoredBackupMeta): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(meta, null, 2)}\n`);
}

/** Checksums compare case-insensitively: hex from another tool may be upper case. */
export function sameChecksum(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
