import path from 'node:path';
import type { PieceWire } from '../../../shared/core/bridge/pieces';
import {
  beginReadRequestSchema,
  beginWriteRequestSchema,
  readPieceRequestSchema,
  transferRequestSchema,
  writePieceRequestSchema,
  type BeginWriteResult,
} from '../../../shared/core/bridge/pieces';
import { CHANNELS } from '../../../shared/core/bridge/channels';
import { syncDirectory, tempPathFor } from '../../node/atomicWrite';
import type { PieceFs, PieceTransfers } from '../../node/pieces';
import { beginBackupRead, beginBackupWrite } from '../../node/backups/backupPieces';
import type { BackupStore } from '../../node/backups/backupStore';
import { chooseSavePath, pickForReading, type OpenFileDeps, type SaveFileDeps } from '../services/files';
import { registerHandler, type HandlerOptions, type InvokeEventLike, type IpcMainLike } from './handle';

export interface PieceHandlerDeps {
  transfers: PieceTransfers;
  backups: BackupStore;
  fs: PieceFs;
  /** The dialogs' parent and starting folder for the window that asked. */
  dialogs(event: InvokeEventLike): Omit<SaveFileDeps, 'fs'> & Omit<OpenFileDeps, 'fs'>;
  stat: OpenFileDeps['fs'];
}

/** A saved file in pieces: the dialog first, a temp file beside the chosen path, renamed over it at the end. */
async function beginSave(
  deps: PieceHandlerDeps,
  event: InvokeEventLike,
  size: number,
  target: { suggestedName: string; filters: Array<{ name: string; extensions: string[] }> },
): Promise<BeginWriteResult> {
  const chosen = await chooseSavePath(deps.dialogs(event), target);
  if (!chosen) return { status: 'cancelled' };
  const { id } = await deps.transfers.beginWrite(tempPathFor(chosen), size, async (staged) => {
    // The dialog has just asked the user about replacing an existing file.
    await deps.fs.rename(staged, chosen);
    await syncDirectory(deps.fs, path.dirname(chosen));
    return { status: 'saved', path: chosen };
  });
  return { status: 'ready', id };
}

/** One handler per piece channel, each checked and validated like every other (registerHandler). */
export function pieceRegistrations(
  ipcMain: IpcMainLike,
  deps: PieceHandlerDeps,
  options: HandlerOptions,
): Record<keyof PieceWire, () => void> {
  const { transfers } = deps;
  return {
    beginRead: () =>
      registerHandler(
        ipcMain,
        CHANNELS.beginRead,
        beginReadRequestSchema,
        async ({ source }, event) => {
          if (source.kind === 'backup') return beginBackupRead(transfers, deps.backups, source.path);
          const file = await pickForReading({ ...deps.dialogs(event), fs: deps.stat }, source);
          return file ? transfers.beginRead(file) : { status: 'cancelled' as const };
        },
        options,
      ),
    readPiece: () => registerHandler(ipcMain, CHANNELS.readPiece, readPieceRequestSchema, transfers.readPiece, options),
    endRead: () => registerHandler(ipcMain, CHANNELS.endRead, transferRequestSchema, transfers.endRead, options),
    beginWrite: () =>
      registerHandler(
        ipcMain,
        CHANNELS.beginWrite,
        beginWriteRequestSchema,
        ({ target, size }, event) =>
          target.kind === 'backup'
            ? beginBackupWrite(transfers, deps.backups, size, target.meta)
            : beginSave(deps, event, size, target),
        options,
      ),
    writePiece: () =>
      registerHandler(ipcMain, CHANNELS.writePiece, writePieceRequestSchema, transfers.writePiece, options),
    finishWrite: () =>
      registerHandler(ipcMain, CHANNELS.finishWrite, transferRequestSchema, transfers.finishWrite, options),
    abortWrite: () =>
      registerHandler(ipcMain, CHANNELS.abortWrite, transferRequestSchema, transfers.abortWrite, options),
  };
}
