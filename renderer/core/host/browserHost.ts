import type { z } from 'zod';
import type { HostBridge } from '../../../shared/core/bridge/contract';
import {
  openFileRequestSchema,
  printRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  showInFolderRequestSchema,
  type FileFilter,
  type OpenFileResult,
} from '../../../shared/core/bridge/schemas';
import {
  beginReadResultSchema,
  beginWriteResultSchema,
  PIECE_BYTES,
  type PieceWire,
} from '../../../shared/core/bridge/pieces';
import { readBytesInPieces, writeInPieces } from './pieces';
import { AppError } from '../../../shared/core/errors';
import { storageLevel } from '../../../shared/core/storage/levels';
import {
  backupEntrySchema,
  backupPolicyRequestSchema,
  backupPolicySchema,
  readBackupRequestSchema,
  writeBackupResultSchema,
  writeBackupRequestSchema,
} from '../../../shared/core/bridge/backupSchemas';
import { storageStatusSchema, type StorageStatus } from '../../../shared/core/bridge/schemas';
import { detectWebHost, webHostClient, type WebHostConfig } from './webHostClient';
import { saveArchiveRequestSchema } from '../../../shared/core/bridge/archiveSchemas';
import { DEFAULT_BACKUP_RETENTION } from '../../../shared/core/backup/retention';
import { strToU8 } from 'fflate';
import { archiveBlob } from './archiveBlob';

/*
 * HostBridge for a plain browser (`npm run web`, end-to-end tests): downloads instead of a save
 * dialog, <input type=file> instead of an open dialog, the browser's print dialog for printing
 * and for PDF ("Save as PDF"). Requests are validated with the same schemas as in main. Served by
 * the web host, the page also reaches the main process's backup store and free-space check over
 * loopback HTTP (webHostClient); without it (vite dev) there is no backup folder.
 */

export interface BrowserHostOptions {
  /** Defaults to VITE_APP_VERSION, which the build defines from package.json. */
  version?: string;
  /** The web host to call; by default the one whose token the served page carries, if any. */
  webHost?: WebHostConfig | null;
}

const PRINT_FRAME_ATTRIBUTE = 'data-workbench-print';

/** The page's window with its constructors (URL, Blob), injectable for tests. */
type BrowserWindow = Window & typeof globalThis;

function parse<S extends z.ZodType>(schema: S, req: unknown): z.output<S> {
  const result = schema.safeParse(req);
  if (result.success) return result.data;
  // Same params as the main-process helper, so both hosts fail alike.
  const field = result.error.issues[0]?.path.map(String).join('.') ?? '';
  throw new AppError('invalid-payload', { field: field || '(root)' });
}

function download(win: BrowserWindow, name: string, bytes: Uint8Array<ArrayBuffer> | Blob, mimeType: string): void {
  const url = win.URL.createObjectURL(ArrayBuffer.isView(bytes) ? new win.Blob([bytes], { type: mimeType }) : bytes);
  const anchor = win.document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  win.document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can abort the download in some browsers; a minute is ample.
  win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
}

/** The user's pick from a hidden file input: the File itself (a Blob the browser reads from disk), or null. */
function pickFile(win: BrowserWindow, accept: string, maxBytes: number): Promise<File | null> {
  const input = win.document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.style.display = 'none';
  // In the document so the click counts as the user's (and so tests can see it).
  win.document.body.append(input);
  return new Promise<File | null>((resolve, reject) => {
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      if (file.size > maxBytes) return reject(new AppError('file-read-failed', { reason: 'too-large', maxBytes }));
      resolve(file);
    });
    input.click();
  });
}

async function bytesOf(file: File): Promise<OpenFileResult> {
  try {
    return { status: 'opened', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    throw new AppError('file-read-failed', { reason: 'unreadable' }, error);
  }
}

/**
 * Prints `html` from a hidden iframe. sandbox without allow-scripts: the document cannot run
 * code; allow-modals lets it print; allow-same-origin lets this page call its print().
 */
function printHtml(win: BrowserWindow, html: string, title: string): Promise<void> {
  const doc = win.document;
  // A frame whose print dialog never reported back (non-blocking print() in some browsers).
  doc.querySelectorAll(`iframe[${PRINT_FRAME_ATTRIBUTE}]`).forEach((stale) => stale.remove());
  const frame = doc.createElement('iframe');
  frame.setAttribute(PRINT_FRAME_ATTRIBUTE, '');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.title = title;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
  frame.srcdoc = html;
  return new Promise<void>((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        const target = frame.contentWindow;
        if (!target) return reject(new AppError('print-failed', { reason: 'no-frame' }));
        target.addEventListener('afterprint', () => frame.remove());
        try {
          target.focus();
          target.print();
          resolve();
        } catch (error) {
          frame.remove();
          reject(new AppError('print-failed', { reason: 'print' }, error));
        }
      },
      { once: true },
    );
    doc.body.append(frame);
  });
}

const acceptOf = (filters: FileFilter[]) =>
  filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');

/** The browser's own view: the origin's quota, what IndexedDB may still use. */
async function quotaStatus(win: BrowserWindow): Promise<StorageStatus> {
  const estimate = (await win.navigator.storage?.estimate?.()) ?? {};
  const totalBytes = estimate.quota ?? 0;
  const freeBytes = Math.max(0, totalBytes - (estimate.usage ?? 0));
  return { freeBytes, totalBytes, level: totalBytes === 0 ? 'ok' : storageLevel(freeBytes) };
}

export function createBrowserHost(win: BrowserWindow = window, options: BrowserHostOptions = {}): HostBridge {
  const webHost = options.webHost === undefined ? detectWebHost(win) : options.webHost;
  const client = webHost ? webHostClient(webHost) : null;
  // The web host's answers to the piece calls, checked like every other answer.
  const api = client && {
    ...client,
    pieces: {
      ...client.pieces,
      beginRead: async (req) => beginReadResultSchema.parse(await client.pieces.beginRead(req)),
      beginWrite: async (req) => beginWriteResultSchema.parse(await client.pieces.beginWrite(req)),
    } satisfies PieceWire,
  };
  return {
    async saveFile(req) {
      const { suggestedName, bytes, mimeType } = parse(saveFileRequestSchema, req);
      download(win, suggestedName, bytes, mimeType);
      // A browser cannot tell whether the user kept the download; the file name is all we know.
      return { status: 'saved', path: suggestedName };
    },
    async openFile(req) {
      const { filters, maxBytes } = parse(openFileRequestSchema, req);
      const file = await pickFile(win, acceptOf(filters), maxBytes);
      return file ? bytesOf(file) : { status: 'cancelled' };
    },
    /** The File itself: a worker reads it, the page never holds its bytes. */
    async openFileAsBlob(req) {
      const { filters, maxBytes } = parse(openFileRequestSchema, req);
      const file = await pickFile(win, acceptOf(filters), maxBytes);
      return file ? { status: 'opened', name: file.name, file } : { status: 'cancelled' };
    },
    async print(req) {
      const { html, title } = parse(printRequestSchema, req);
      // Browsers offer only their own dialog: preview, dialog and silent all open it.
      await printHtml(win, html, title);
      return { status: 'printed' };
    },
    async printToPdf(req) {
      const { html, suggestedName } = parse(printToPdfRequestSchema, req);
      // The user picks "Save as PDF" as the destination in the browser's print dialog.
      await printHtml(win, html, suggestedName);
      return { status: 'saved', path: suggestedName };
    },
    async showInFolder(req) {
      parse(showInFolderRequestSchema, req);
    },
    async listPrinters() {
      return [];
    },
    /**
     * The origin's quota and, with the web host, the disk's free space (statfs of the backup
     * folder and the profile): the tighter one decides, since either filling up can lose data.
     */
    async storageStatus() {
      const quota = await quotaStatus(win);
      if (!api) return quota;
      const disk = storageStatusSchema.parse(await api.json('storageStatus'));
      if (quota.totalBytes === 0) return disk;
      return quota.freeBytes <= disk.freeBytes ? quota : disk;
    },
    // Without the web host a browser has no folder outside its profile: it says so.
    async writeBackup(req, options) {
      const request = parse(writeBackupRequestSchema, req);
      if (!api) return { status: 'unavailable' };
      // Over a piece, in pieces: the web host never holds a whole backup in memory.
      if (request.bytes.byteLength > PIECE_BYTES)
        return writeBackupResultSchema.parse(
          await writeInPieces(api.pieces, { kind: 'backup', meta: request.meta }, request.bytes, options),
        );
      return writeBackupResultSchema.parse(await api.json('writeBackup', request));
    },
    async listBackups() {
      if (!api) return [];
      return backupEntrySchema.array().parse(await api.json('listBackups'));
    },
    async backupPolicy(req) {
      const request = parse(backupPolicyRequestSchema, req);
      // No folder, nothing to rotate: the default, never claimed as kept.
      if (!api) return { retention: request.retention ?? DEFAULT_BACKUP_RETENTION, stored: false };
      return backupPolicySchema.parse(await api.json('backupPolicy', request));
    },
    async readBackup(req, options) {
      const request = parse(readBackupRequestSchema, req);
      if (!api) throw new AppError('not-found', { path: request.path });
      const opened = await api.pieces.beginRead({ source: { kind: 'backup', path: request.path } });
      if (opened.status !== 'ready') throw new AppError('not-found', { path: request.path });
      return readBytesInPieces(api.pieces, opened, options);
    },
    // A tab cannot be held open for a backup; the idle backup covers the browser.
    onSnapshotRequest() {
      return () => undefined;
    },
    /** A browser cannot print to PDF unattended: each document goes in as its print HTML (.html). */
    async saveArchive(req) {
      const input = parse(saveArchiveRequestSchema, req);
      const zip = await archiveBlob(input, async (pdf) => ({
        path: pdf.path.replace(/\.pdf$/, '.html'),
        bytes: strToU8(pdf.html),
      }));
      const { suggestedName } = input;
      download(win, suggestedName, zip, 'application/zip');
      return { status: 'saved', path: suggestedName };
    },
    async appInfo() {
      const version = options.version ?? String(import.meta.env.VITE_APP_VERSION ?? '0.0.0');
      return { name: 'Talent Office Workbench', version, host: 'browser', platform: win.navigator.platform };
    },
  };
}
