import path from 'node:path';
import { backupRetentionSchema, DEFAULT_BACKUP_RETENTION } from '../../../shared/core/backup/retention';
import type { BackupPolicy } from '../../../shared/core/bridge/backupSchemas';
import { AppError } from '../../../shared/core/errors';
import { atomicWriteFile, toWriteError, type AtomicWriteFs } from '../atomicWrite';

/** The rotation policy's file, beside the backups it rotates (never a backup's name: list() passes it over). */
export const POLICY_FILE = 'rotation-policy.json';

export interface PolicyFs extends AtomicWriteFs {
  readFile(filePath: string): Promise<Uint8Array>;
}

/**
 * The host's rotation policy (Settings → 自动备份's N and M), kept in the backup folder and read
 * at every rotation: no write can bring a policy of its own. A missing or unreadable file means
 * the default, which keeps more than any administrator's smallest choice.
 */
export function createPolicyFile(fs: PolicyFs, dir: string, fileMode: number) {
  const file = path.join(dir, POLICY_FILE);
  return {
    async read(): Promise<BackupPolicy> {
      try {
        const parsed = backupRetentionSchema.safeParse(
          JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(file))),
        );
        if (parsed.success) return { retention: parsed.data, stored: true };
      } catch {
        // absent or unreadable: the default
      }
      return { retention: DEFAULT_BACKUP_RETENTION, stored: false };
    },
    async write(input: unknown): Promise<BackupPolicy> {
      const parsed = backupRetentionSchema.safeParse(input);
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path.join('.') ?? '';
        throw new AppError('validation', { field, rule: parsed.error.issues[0]?.message ?? 'invalid' });
      }
      try {
        const bytes = new TextEncoder().encode(`${JSON.stringify(parsed.data)}\n`);
        await atomicWriteFile(fs, file, bytes, { overwrite: true, mode: fileMode });
      } catch (error) {
        throw toWriteError(error);
      }
      return { retention: parsed.data, stored: true };
    },
  };
}
