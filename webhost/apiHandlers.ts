import type { z } from 'zod';
import {
  backupPolicyRequestSchema,
  readBackupRequestSchema,
  writeBackupRequestSchema,
  type BackupEntry,
  type BackupPolicy,
  type WriteBackupResult,
} from '../shared/core/bridge/backupSchemas';
import type { StorageStatus } from '../shared/core/bridge/schemas';
import type { WebApiMethod } from '../shared/core/bridge/webApi';
import { AppError } from '../shared/core/errors';
import type { BackupStore } from '../electron/node/backups/backupStore';
import { storageStatus, type StatFs } from '../electron/node/storage';

export interface WebApiDeps {
  backups: BackupStore;
  statfs: StatFs['statfs'];
  /** Folders whose free space matters: the backup folder, and the browser profile when known. */
  storageDirs: string[];
}

/** What each method answers: JSON, or raw bytes (readBackup). */
export type WebApiAnswer = { json: unknown } | { bytes: Uint8Array };

/** Same params as the IPC helper (electron/main/ipc/handle.ts): the first offending field, never its value. */
function parse<S extends z.ZodType>(schema: S, request: unknown): z.output<S> {
  const parsed = schema.safeParse(request);
  if (parsed.success) return parsed.data;
  const field = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
  throw new AppError('invalid-payload', { field: field || '(root)' });
}

function noPayload(request: unknown): void {
  if (request !== undefined) throw new AppError('invalid-payload', { field: '(root)' });
}

/**
 * The same services the Electron main process registers (backupStore, storageStatus), each
 * payload parsed with the bridge's own zod schema first, exactly as registerAll does for IPC.
 */
export function createWebApi(deps: WebApiDeps): Record<WebApiMethod, (request: unknown) => Promise<WebApiAnswer>> {
  return {
    async writeBackup(request) {
      const req = parse(writeBackupRequestSchema, request);
      const result: WriteBackupResult = {
        status: 'written',
        entry: await deps.backups.write(req.bytes, req.meta),
      };
      return { json: result };
    },
    async backupPolicy(request) {
      const req = parse(backupPolicyRequestSchema, request);
      const policy: BackupPolicy = await deps.backups.policy(req.retention);
      return { json: policy };
    },
    async listBackups(request) {
      noPayload(request);
      const entries: BackupEntry[] = await deps.backups.list();
      return { json: entries };
    },
    async readBackup(request) {
      const req = parse(readBackupRequestSchema, request);
      return { bytes: await deps.backups.read(req.path) };
    },
    async storageStatus(request) {
      noPayload(request);
      const status: StorageStatus = await storageStatus({ statfs: deps.statfs, dirs: deps.storageDirs });
      return { json: status };
    },
  };
}
