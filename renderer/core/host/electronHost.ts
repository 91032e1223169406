import type { z } from 'zod';
import type { HostBridge, HostWire } from '../../../shared/core/bridge/contract';
import { PIECE_BYTES, type PieceWire } from '../../../shared/core/bridge/pieces';
import { openFileRequestSchema, type OpenFileRequest, type SaveFileResult } from '../../../shared/core/bridge/schemas';
import type { WriteBackupResult } from '../../../shared/core/bridge/backupSchemas';
import { saveArchiveRequestSchema } from '../../../shared/core/bridge/archiveSchemas';
import { readBlobInPieces, readBytesInPieces, writeInPieces } from './pieces';
import { archiveBlob } from './archiveBlob';
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

function parsed<S extends z.ZodType>(schema: S, req: unknown): z.output<S> {
  const result = schema.safeParse(req);
  if (result.success) return result.data;
  const field = result.error.issues[0]?.path.map(String).join('.') ?? '';
  throw new AppError('invalid-payload', { field: field || '(root)' });
}

/** The preload's piece calls, their errors revived. */
function pieceWire(exposed: HostWire): PieceWire {
  return {
    beginRead: (req) => revive(exposed.beginRead(req)),
    readPiece: (req) => revive(exposed.readPiece(req)),
    endRead: (req) => revive(exposed.endRead(req)),
    beginWrite: (req) => revive(exposed.beginWrite(req)),
    writePiece: (req) => revive(exposed.writePiece(req)),
    finishWrite: (req) => revive(exposed.finishWrite(req)),
    abortWrite: (req) => revive(exposed.abortWrite(req)),
  };
}

const ZIP_FILTERS = [{ name: 'ZIP', extensions: ['zip'] }];

/** Up to one piece crosses in one call; anything bigger goes in pieces (main never gets or sends it whole). */
const fitsOneCall = (bytes: unknown) => !(bytes instanceof Uint8Array) || bytes.byteLength <= PIECE_BYTES;

/**
 * The bridge the Electron preload exposed, or undefined in a plain browser. Files are read in
 * pieces always, and written in pieces when over one piece (shared/core/bridge/pieces.ts).
 */
export function getElectronHost(win: object = window): HostBridge | undefined {
  const exposed = (win as { workbenchHost?: HostWire }).workbenchHost;
  if (!exposed || typeof exposed !== 'object') return undefined;
  const wire = pieceWire(exposed);
  async function pick(req: OpenFileRequest) {
    const { filters, maxBytes } = parsed(openFileRequestSchema, req);
    return wire.beginRead({ source: { kind: 'picked', filters, maxBytes } });
  }
  return {
    saveFile: (req, options) =>
      fitsOneCall(req.bytes)
        ? revive(exposed.saveFile(req))
        : (writeInPieces(
            wire,
            { kind: 'saveFile', suggestedName: req.suggestedName, filters: req.filters ?? [] },
            req.bytes,
            options,
          ) as Promise<SaveFileResult>),
    async openFile(req, options) {
      const opened = await pick(req);
      if (opened.status === 'cancelled') return opened;
      return { status: 'opened', name: opened.name, bytes: await readBytesInPieces(wire, opened, options) };
    },
    async openFileAsBlob(req, options) {
      const opened = await pick(req);
      if (opened.status === 'cancelled') return opened;
      return { status: 'opened', name: opened.name, file: await readBlobInPieces(wire, opened, options) };
    },
    print: (req) => revive(exposed.print(req)),
    printToPdf: (req) => revive(exposed.printToPdf(req)),
    showInFolder: (req) => revive(exposed.showInFolder(req)),
    listPrinters: () => revive(exposed.listPrinters()),
    appInfo: () => revive(exposed.appInfo()),
    storageStatus: () => revive(exposed.storageStatus()),
    writeBackup: (req, options) =>
      fitsOneCall(req.bytes)
        ? revive(exposed.writeBackup(req))
        : (writeInPieces(wire, { kind: 'backup', meta: req.meta }, req.bytes, options) as Promise<WriteBackupResult>),
    listBackups: () => revive(exposed.listBackups()),
    async readBackup(req, options) {
      const opened = await wire.beginRead({ source: { kind: 'backup', path: req.path } });
      if (opened.status !== 'ready') throw new AppError('not-found', { path: req.path });
      return readBytesInPieces(wire, opened, options);
    },
    backupPolicy: (req) => revive(exposed.backupPolicy(req)),
    onSnapshotRequest: (provide) => exposed.onSnapshotRequest(provide),
    // Main prints each document to PDF; the page zips and saves in pieces (no bundle crosses whole).
    async saveArchive(req, options) {
      const input = parsed(saveArchiveRequestSchema, req);
      const zip = await archiveBlob(input, async ({ path, html, colophonVariants }) => ({
        path,
        bytes: await revive(exposed.renderPdf({ html, colophonVariants, title: path })),
      }));
      const target = { kind: 'saveFile' as const, suggestedName: input.suggestedName, filters: ZIP_FILTERS };
      return writeInPieces(wire, target, zip, options) as Promise<SaveFileResult>;
    },
  };
}
