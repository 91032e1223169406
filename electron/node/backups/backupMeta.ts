// The meta crosses the bridge, so its schema lives with the bridge's.
export {
  BACKUP_REASONS,
  type BackupReason,
  storedBackupMetaSchema,
  type StoredBackupMeta,
} from '../../../shared/core/bridge/backupSchemas';
import { storedBackupMetaSchema, type StoredBackupMeta } from '../../../shared/core/bridge/backupSchemas';

/** The sidecar's meta, or null when it is not UTF-8, not JSON or not the expected shape. */
export function parseSidecar(bytes: Uint8Array): StoredBackupMeta | null {
  try {
    const parsed = storedBackupMetaSchema.safeParse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
    );
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
