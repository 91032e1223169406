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
import type { SaveArchiveRequest } from './archiveSchemas';

/**
 * Everything the renderer asks of the host, one method per capability. Implemented by the
 * Electron preload (contextBridge + invoke) and by the browser host (`npm run web`, end-to-end
 * tests). A cancelled dialog resolves `{ status: 'cancelled' }`; failures reject with an
 * AppError-shaped `{ code, params }`.
 */
export interface HostBridge {
  /** Save bytes where the user chooses (atomic write; never silently overwrites). */
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  /** Let the user pick one file and read it. */
  openFile(req: OpenFileRequest): Promise<OpenFileResult>;
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
  writeBackup(req: WriteBackupRequest): Promise<WriteBackupResult>;
  /** The host's rotation policy (N newest, one a day for M days); `{ retention }` replaces it. */
  backupPolicy(req: BackupPolicyRequest): Promise<BackupPolicy>;
  /** The automatic backups that are complete, newest first. */
  listBackups(): Promise<BackupEntry[]>;
  /** One automatic backup's bytes, checksum verified. */
  readBackup(req: ReadBackupRequest): Promise<Uint8Array>;
  /**
   * Lets the host ask for a snapshot when IT decides a backup is due (the desktop app on quit:
   * main holds the quit, asks, writes the answer, then quits). Returns the unsubscribe. A browser
   * cannot hold its tab open, so there it never asks: idle backups cover the browser.
   */
  onSnapshotRequest(provide: SnapshotProvider): () => void;
  /** Write an archive bundle (立卷归档) as one zip where the user chooses; documents as PDF where the host can. */
  saveArchive(req: SaveArchiveRequest): Promise<SaveFileResult>;
}

export type HostBridgeMethod = keyof HostBridge;
