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
import * as fs from 'node:fs/promises';
import {
  beginReadRequestSchema,
  beginWriteRequestSchema,
  readPieceRequestSchema,
  transferRequestSchema,
  writePieceRequestSchema,
} from '../shared/core/bridge/pieces';
import { createPieceTransfers, type PieceTransfers } from '../electron/node/pieces';
import { beginBackupRead, beginBackupWrite } from '../electron/node/backups/backupPieces';

export interface WebApiDeps {
  backups: BackupStore;
  /** Backups moving in pieces (created by createWebApi unless a test brings its own). */
  transfers?: PieceTransfers;
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
  const transfers = deps.transfers ?? createPieceTransfers({ fs });
  return {
    // The web host has no dialogs: only backups move in pieces here (a browser saves and opens its own files).
    async beginRead(request) {
      const { source } = parse(beginReadRequestSchema, request);
      if (source.kind !== 'backup') throw new AppError('invalid-payload', { field: 'source.kind' });
      return { json: await beginBackupRead(transfers, deps.backups, source.path) };
    },
    readPiece: async (request) => ({ bytes: await transfers.readPiece(parse(readPieceRequestSchema, request)) }),
    async endRead(request) {
      await transfers.endRead(parse(transferRequestSchema, request));
      return { json: null };
    },
    async beginWrite(request) {
      const { target, size } = parse(beginWriteRequestSchema, request);
      if (target.kind !== 'backup') throw new AppError('invalid-payload', { field: 'target.kind' });
      return { json: await beginBackupWrite(transfers, deps.backups, size, target.meta) };
    },
    async writePiece(request) {
      await transfers.writePiece(parse(writePieceRequestSchema, request));
      return { json: null };
    },
    finishWrite: async (request) => ({ json: await transfers.finishWrite(parse(transferRequestSchema, request)) }),
    async abortWrite(request) {
      await transfers.abortWrite(parse(transferRequestSchema, request));
      return { json: null };
    },
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
