import { z } from 'zod';
import type { BaseWindow } from 'electron';
import type { HostWireMethod } from '../../../shared/core/bridge/contract';
import { CHANNELS, HOST_SIGNALS } from '../../../shared/core/bridge/channels';
import {
  printRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  showInFolderRequestSchema,
} from '../../../shared/core/bridge/schemas';
import { registerHandler, type HandlerOptions, type InvokeEventLike, type IpcMainLike } from './handle';
import { createPieceTransfers, type PieceFs, type PieceTransfers } from '../../node/pieces';
import { saveFile, showInFolder, type DialogLike, type FileStatFs } from '../services/files';
import { pieceRegistrations } from './pieceHandlers';
import { listPrinters, print, printToPdf, renderPdf, type PrintingDeps } from '../services/printing';
import { appInfo } from '../services/appInfo';
import { storageStatus, type StatFs } from '../../node/storage';
import type { BackupStore } from '../../node/backups/backupStore';
import {
  backupPolicyRequestSchema,
  snapshotListeningSchema,
  snapshotReplySchema,
  writeBackupRequestSchema,
} from '../../../shared/core/bridge/backupSchemas';
import type { SnapshotRequests } from '../services/backups/snapshotRequests';
import { renderPdfRequestSchema } from '../../../shared/core/bridge/archiveSchemas';

/** Everything the services need from Electron and Node, injected once at start-up. */
export interface HostServicesDeps {
  dialog: DialogLike;
  fs: PieceFs & FileStatFs;
  /** Big files in pieces (created here unless a test brings its own to look into). */
  transfers?: PieceTransfers;
  shell: { showItemInFolder(fullPath: string): void };
  app: { getName(): string; getVersion(): string };
  platform: string;
  /** Folder save dialogs start in. */
  defaultDir?: string;
  /** The window that sent a request, to parent its dialogs. */
  windowFor(event: InvokeEventLike): BaseWindow | undefined;
  printing: PrintingDeps;
  getPrinters(): Promise<Array<{ name: string }>>;
  statfs: StatFs['statfs'];
  /** Folders whose free space matters: the browser profile and the backup folder. */
  storageDirs: string[];
  /** The same two, named, for the About screen. */
  paths?: { data: string; backups: string };
  /** process.versions, for the About screen. */
  versions?: Partial<Record<string, string>>;
  /** Automatic backups, in a folder outside the browser profile. */
  backups: BackupStore;
  /** Main's requests for a snapshot (on quit); the renderer's answers and listening signals arrive here. */
  snapshots: Pick<SnapshotRequests, 'reply' | 'setListening'>;
}

// Methods without arguments must be called without one: anything else is a confused or hostile caller.
const noPayload = z.undefined();

/** Registers exactly one handler per CHANNELS entry; the mapped type makes a missing one a compile error. */
export function registerAll(ipcMain: IpcMainLike, deps: HostServicesDeps, options: HandlerOptions = {}): void {
  const fileDeps = (event: InvokeEventLike) => ({
    dialog: deps.dialog,
    fs: deps.fs,
    window: deps.windowFor(event),
    defaultDir: deps.defaultDir,
  });

  const transfers = deps.transfers ?? createPieceTransfers({ fs: deps.fs });
  const registrations: Record<HostWireMethod, () => void> = {
    ...pieceRegistrations(
      ipcMain,
      {
        transfers,
        backups: deps.backups,
        fs: deps.fs,
        stat: deps.fs,
        dialogs: (event) => ({ dialog: deps.dialog, window: deps.windowFor(event), defaultDir: deps.defaultDir }),
      },
      options,
    ),
    saveFile: () =>
      registerHandler(
        ipcMain,
        CHANNELS.saveFile,
        saveFileRequestSchema,
        (req, event) => saveFile(fileDeps(event), req),
        options,
      ),
    print: () =>
      registerHandler(ipcMain, CHANNELS.print, printRequestSchema, (req) => print(deps.printing, req), options),
    printToPdf: () =>
      registerHandler(
        ipcMain,
        CHANNELS.printToPdf,
        printToPdfRequestSchema,
        (req, event) => printToPdf({ ...deps.printing, ...fileDeps(event) }, req),
        options,
      ),
    showInFolder: () =>
      registerHandler(
        ipcMain,
        CHANNELS.showInFolder,
        showInFolderRequestSchema,
        (req) => showInFolder(deps, req),
        options,
      ),
    listPrinters: () =>
      registerHandler(
        ipcMain,
        CHANNELS.listPrinters,
        noPayload,
        () => listPrinters({ getPrinters: deps.getPrinters }),
        options,
      ),
    storageStatus: () =>
      registerHandler(
        ipcMain,
        CHANNELS.storageStatus,
        noPayload,
        () => storageStatus({ statfs: deps.statfs, dirs: deps.storageDirs }),
        options,
      ),
    writeBackup: () =>
      registerHandler(
        ipcMain,
        CHANNELS.writeBackup,
        writeBackupRequestSchema,
        async (req) => ({
          status: 'written' as const,
          entry: await deps.backups.write(req.bytes, req.meta),
        }),
        options,
      ),
    backupPolicy: () =>
      registerHandler(
        ipcMain,
        CHANNELS.backupPolicy,
        backupPolicyRequestSchema,
        (req) => deps.backups.policy(req.retention),
        options,
      ),
    listBackups: () => registerHandler(ipcMain, CHANNELS.listBackups, noPayload, () => deps.backups.list(), options),
    onSnapshotRequest: () =>
      registerHandler(
        ipcMain,
        CHANNELS.onSnapshotRequest,
        snapshotReplySchema,
        async (reply) => deps.snapshots.reply(reply),
        options,
      ),
    // One document of a 立卷归档 bundle as PDF (the 版记 rule applied, as for any PDF); the page zips.
    renderPdf: () =>
      registerHandler(
        ipcMain,
        CHANNELS.renderPdf,
        renderPdfRequestSchema,
        async (req) => new Uint8Array(await renderPdf(deps.printing, req, req.title)),
        options,
      ),
    appInfo: () =>
      registerHandler(
        ipcMain,
        CHANNELS.appInfo,
        noPayload,
        () => appInfo({ app: deps.app, platform: deps.platform, paths: deps.paths, versions: deps.versions }),
        options,
      ),
  };

  for (const register of Object.values(registrations)) register();
  registerHandler(
    ipcMain,
    HOST_SIGNALS.snapshotListening,
    snapshotListeningSchema,
    async (signal) => deps.snapshots.setListening(signal),
    options,
  );
}
