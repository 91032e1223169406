import type { HostBridge } from '../../../shared/core/bridge/contract';
import { AppError, isAppErrorCode, type AppErrorParams } from '../../../shared/core/errors';

/**
 * contextBridge copies a rejected Error's message but drops its own properties, so the
 * preload's AppError arrives as a plain Error whose message is AppError's own format:
 * "<code>" or "<code> <params as JSON>". Rebuild { code, params } from whichever survived.
 */
export function reviveBridgeError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error && typeof error === 'object') {
    const { code, params } = error as { code?: unknown; params?: unknown };
    if (isAppErrorCode(code)) return new AppError(code, (params ?? {}) as AppErrorParams, error);
  }
  const message = error instanceof Error ? error.message : String(error);
  const match = /^([a-z-]+)(?: (\{.*\}))?$/s.exec(message);
  if (match && isAppErrorCode(match[1])) {
    try {
      return new AppError(match[1], match[2] ? (JSON.parse(match[2]) as AppErrorParams) : {}, error);
    } catch {
      return new AppError(match[1], {}, error);
    }
  }
  return new AppError('unknown', { detail: message }, error);
}

function revive<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    throw reviveBridgeError(error);
  });
}

/** The bridge the Electron preload exposed, or undefined in a plain browser. */
export function getElectronHost(win: object = window): HostBridge | undefined {
  const exposed = (win as { workbenchHost?: HostBridge }).workbenchHost;
  if (!exposed || typeof exposed !== 'object') return undefined;
  return {
    saveFile: (req) => revive(exposed.saveFile(req)),
    openFile: (req) => revive(exposed.openFile(req)),
    print: (req) => revive(exposed.print(req)),
    printToPdf: (req) => revive(exposed.printToPdf(req)),
    showInFolder: (req) => revive(exposed.showInFolder(req)),
    listPrinters: () => revive(exposed.listPrinters()),
    appInfo: () => revive(exposed.appInfo()),
    storageStatus: () => revive(exposed.storageStatus()),
    writeBackup: (req) => revive(exposed.writeBackup(req)),
    listBackups: () => revive(exposed.listBackups()),
    readBackup: (req) => revive(exposed.readBackup(req)),
    backupPolicy: (req) => revive(exposed.backupPolicy(req)),
    onSnapshotRequest: (provide) => exposed.onSnapshotRequest(provide),
    saveArchive: (req) => revive(exposed.saveArchive(req)),
  };
}
