import { contextBridge, ipcRenderer } from 'electron';
import type { HostWire } from '../../shared/core/bridge/contract';
import { CHANNELS, HOST_EVENTS, HOST_SIGNALS, type Channel } from '../../shared/core/bridge/channels';
import type { SnapshotProvider } from '../../shared/core/bridge/backupSchemas';
import { PIECE_BYTES } from '../../shared/core/bridge/limits';
import { AppError, isAppErrorCode, toAppError, type AppErrorParams } from '../../shared/core/errors';

/*
 * contextBridge only. The page gets one method per capability; never ipcRenderer, never a
 * generic invoke. Validation happens in main (the preload is not a trust boundary).
 */

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

function sanitizeParams(value: unknown): AppErrorParams {
  if (!value || typeof value !== 'object') return {};
  const params: AppErrorParams = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number') params[key] = item;
  }
  return params;
}

/**
 * Main throws Error(JSON of { code, params }); Electron rejects invoke() with
 * "Error invoking remote method '<channel>': Error: <that JSON>". Recover the code and params.
 */
export function decodeBridgeError(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  const start = message.indexOf('{"code":');
  if (start >= 0) {
    try {
      const parsed: unknown = JSON.parse(message.slice(start));
      const code = (parsed as { code?: unknown }).code;
      if (isAppErrorCode(code)) return new AppError(code, sanitizeParams((parsed as { params?: unknown }).params));
    } catch {
      // Not our JSON: fall through to 'unknown'.
    }
  }
  return new AppError('unknown', { detail: message.slice(0, 500) });
}

/** The page's UI language (i18n sets <html lang>), for main's own messages; main checks the value. */
function pageLanguage(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.documentElement?.lang || undefined;
}

export function createPreloadBridge(ipc: IpcRendererLike) {
  async function call<T>(channel: Channel, ...args: unknown[]): Promise<T> {
    try {
      return (await ipc.invoke(channel, ...args)) as T;
    } catch (error) {
      throw decodeBridgeError(error);
    }
  }

  /** A snapshot too big for one call, as a backup in pieces (the page's hosts use renderer/core/host/pieces.ts). */
  async function writeBackupInPieces(meta: unknown, bytes: Uint8Array): Promise<{ path: string }> {
    const started = await call<{ status: string; id?: string }>(CHANNELS.beginWrite, {
      target: { kind: 'backup', meta },
      size: bytes.byteLength,
    });
    const id = started.id;
    if (!id) throw new AppError('validation', { reason: started.status });
    try {
      for (let offset = 0; offset < bytes.byteLength; offset += PIECE_BYTES)
        await call(CHANNELS.writePiece, { id, offset, bytes: bytes.slice(offset, offset + PIECE_BYTES) });
    } catch (error) {
      await call(CHANNELS.abortWrite, { id }).catch(() => undefined);
      throw error;
    }
    const finished = await call<{ entry: { path: string } }>(CHANNELS.finishWrite, { id });
    return { path: finished.entry.path };
  }

  /**
   * Main asked for a snapshot: run the page's provider and send its answer, or why it has none.
   * Main asks only once told the provider is there, and hears when it goes.
   */
  function onSnapshotRequest(provide: SnapshotProvider): () => void {
    const listener = (_event: unknown, payload: unknown) => {
      const { requestId, reason } = (payload ?? {}) as { requestId?: unknown; reason?: unknown };
      void Promise.resolve()
        .then(() => provide(reason as Parameters<SnapshotProvider>[0]))
        .then(async (snapshot) =>
          // Over one piece it goes in pieces, written here; main checks its folder holds it.
          snapshot && snapshot.bytes.byteLength > PIECE_BYTES
            ? {
                requestId,
                snapshot: null,
                written: await writeBackupInPieces({ ...snapshot.meta, reason }, snapshot.bytes),
              }
            : { requestId, snapshot },
        )
        .then(
          (answer) => ({ ...answer, language: pageLanguage() }),
          (error: unknown) => ({
            requestId,
            snapshot: null,
            failure: toAppError(error).code,
            language: pageLanguage(),
          }),
        )
        // main validates the answer; a failed send leaves main to its time limit.
        .then((answer) => ipc.invoke(CHANNELS.onSnapshotRequest, answer))
        .catch(() => undefined);
    };
    ipc.on(HOST_EVENTS.snapshotRequest, listener);
    void ipc
      .invoke(HOST_SIGNALS.snapshotListening, { listening: true, language: pageLanguage() })
      .catch(() => undefined);
    return () => {
      ipc.removeListener(HOST_EVENTS.snapshotRequest, listener);
      void ipc.invoke(HOST_SIGNALS.snapshotListening, { listening: false }).catch(() => undefined);
    };
  }

  return {
    saveFile: (req) => call(CHANNELS.saveFile, req),
    print: (req) => call(CHANNELS.print, req),
    printToPdf: (req) => call(CHANNELS.printToPdf, req),
    showInFolder: (req) => call(CHANNELS.showInFolder, req),
    listPrinters: () => call(CHANNELS.listPrinters),
    storageStatus: () => call(CHANNELS.storageStatus),
    writeBackup: (req) => call(CHANNELS.writeBackup, req),
    listBackups: () => call(CHANNELS.listBackups),
    backupPolicy: (req) => call(CHANNELS.backupPolicy, req),
    renderPdf: (req) => call(CHANNELS.renderPdf, req),
    appInfo: () => call(CHANNELS.appInfo),
    onSnapshotRequest,
    // Big files in pieces (shared/core/bridge/pieces.ts); renderer/core/host/electronHost.ts drives them.
    beginRead: (req) => call(CHANNELS.beginRead, req),
    readPiece: (req) => call(CHANNELS.readPiece, req),
    endRead: (req) => call(CHANNELS.endRead, req),
    beginWrite: (req) => call(CHANNELS.beginWrite, req),
    writePiece: (req) => call(CHANNELS.writePiece, req),
    finishWrite: (req) => call(CHANNELS.finishWrite, req),
    abortWrite: (req) => call(CHANNELS.abortWrite, req),
  } satisfies HostWire;
}

contextBridge.exposeInMainWorld('workbenchHost', createPreloadBridge(ipcRenderer));
