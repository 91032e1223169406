import type {
  AppInfo,
  OpenFileRequest,
  OpenFileResult,
  Printer,
  PrintRequest,
  PrintResult,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
  ShowInFolderRequest,
  StorageStatus,
} from './schemas';
import type {
  BackupEntry,
  BackupPolicy,
  BackupPolicyRequest,
  ReadBackupRequest,
  SnapshotProvider,
  WriteBackupRequest,
  WriteBackupResult,
} from './backupSchemas';
import type { RenderPdfRequest, SaveArchiveRequest } from './archiveSchemas';
import type { PieceWire, TransferOptions } from './pieces';

/** A picked file as a Blob: a worker reads it in slices, the page never holds its bytes. */
export type OpenFileBlobResult = { status: 'opened'; name: string; file: Blob } | { status: 'cancelled' };

/**
 * Everything the renderer asks of the host, one method per capability. Implemented by the
 * Electron preload (contextBridge + invoke) and by the browser host (`npm run web`, end-to-end
 * tests). A cancelled dialog resolves `{ status: 'cancelled' }`; failures reject with an
 * AppError-shaped `{ code, params }`.
 */
export interface HostBridge {
  /** Save bytes where the user chooses (atomic write; never silently overwrites). Big files go in pieces. */
  saveFile(req: SaveFileRequest, options?: TransferOptions): Promise<SaveFileResult>;
  /** Let the user pick one file and read it (in pieces where it crosses a bridge). */
  openFile(req: OpenFileRequest, options?: TransferOptions): Promise<OpenFileResult>;
  /** Let the user pick one file, as a Blob (the browser's own File; the desktop app's read in pieces). */
  openFileAsBlob(req: OpenFileRequest, options?: TransferOptions): Promise<OpenFileBlobResult>;
  /** Print a self-contained HTML document. */
  print(req: PrintRequest): Promise<PrintResult>;
  /** Print a self-contained HTML document to PDF and save it where the user chooses. */
  printToPdf(req: PrintToPdfRequest): Promise<SaveFileResult>;
  /** Show a saved file in the system's file manager. */
  showInFolder(req: ShowInFolderRequest): Promise<void>;
  /** Printers the system knows. */
  listPrinters(): Promise<Printer[]>;
  /** Name, version and which host this is. */
  appInfo(): Promise<AppInfo>;
  /** Free space for the app's data, and whether it is low or critical. */
  storageStatus(): Promise<StorageStatus>;
  /**
   * Keep an automatic backup in the backup folder outside the browser profile. The host dates,
   * numbers and names it, then rotates the folder by its own policy (backupPolicy).
   */
  writeBackup(req: WriteBackupRequest, options?: TransferOptions): Promise<WriteBackupResult>;
  /** The host's rotation policy (N newest, one a day for M days); `{ retention }` replaces it. */
  backupPolicy(req: BackupPolicyRequest): Promise<BackupPolicy>;
  /** The automatic backups that are complete, newest first. */
  listBackups(): Promise<BackupEntry[]>;
  /** One automatic backup's bytes, checksum verified. */
  readBackup(req: ReadBackupRequest, options?: TransferOptions): Promise<Uint8Array>;
  /**
   * Lets the host ask for a snapshot when IT decides a backup is due (the desktop app on quit:
   * main holds the quit, asks, writes the answer, then quits). Returns the unsubscribe. A browser
   * cannot hold its tab open, so there it never asks: idle backups cover the browser.
   */
  onSnapshotRequest(provide: SnapshotProvider): () => void;
  /**
   * Write an archive bundle (立卷归档) as one zip where the user chooses; documents as PDF where the
   * host can. The page builds the zip a chunk at a time; where it crosses a bridge it goes in pieces.
   */
  saveArchive(req: SaveArchiveRequest, options?: TransferOptions): Promise<SaveFileResult>;
}

export type HostBridgeMethod = keyof HostBridge;

/** Main prints one document of an archive bundle to PDF and hands its bytes back (a document, never a bundle). */
export interface ArchiveWire {
  renderPdf(req: RenderPdfRequest): Promise<Uint8Array>;
}

/**
 * What the Electron preload exposes and main handles, one IPC channel each: the bridge without
 * its whole-file reads (main never sends a whole file) and without the archive (the page builds it
 * from main's PDFs and saves it in pieces), plus the piece transport they run on.
 * renderer/core/host/electronHost.ts builds the HostBridge from it.
 */
export type HostWire = Omit<HostBridge, 'openFile' | 'openFileAsBlob' | 'readBackup' | 'saveArchive'> &
  PieceWire &
  ArchiveWire;
export type HostWireMethod = keyof HostWire;
