import path from 'node:path';
import type { z } from 'zod';
import type {
  BaseWindow,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type {
  SaveFileResult,
  openFileRequestSchema,
  saveFileRequestSchema,
  showInFolderRequestSchema,
} from '../../../shared/core/bridge/schemas';
import { AppError } from '../../../shared/core/errors';
import { atomicWriteFile, type AtomicWriteFs } from '../../node/atomicWrite';
import type { ReadableFile } from '../../node/pieces';

/** Parsed requests (defaults applied): the IPC helper has already run the schema. */
export type SaveFileInput = z.output<typeof saveFileRequestSchema>;
export type OpenFileInput = z.output<typeof openFileRequestSchema>;
export type ShowInFolderInput = z.output<typeof showInFolderRequestSchema>;

/** Electron's dialog module, as far as these services use it. */
export interface DialogLike {
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface FileStatFs {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
}

export interface SaveFileDeps {
  dialog: DialogLike;
  fs: AtomicWriteFs;
  /** Parent of the dialog, so it is modal to the window that asked. */
  window?: BaseWindow;
  /** Folder the dialog starts in (app.getPath('documents')). */
  defaultDir?: string;
}

/** The save dialog, modal to the window that asked: the path the user chose, or null when cancelled. */
export async function chooseSavePath(
  deps: Omit<SaveFileDeps, 'fs'>,
  req: { suggestedName: string; filters: SaveFileInput['filters'] },
): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: deps.defaultDir ? path.join(deps.defaultDir, req.suggestedName) : req.suggestedName,
    filters: req.filters,
    // Linux dialogs confirm replacing a file only when asked to; Windows and macOS always do.
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const choice = deps.window
    ? await deps.dialog.showSaveDialog(deps.window, options)
    : await deps.dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

export async function saveFile(deps: SaveFileDeps, req: SaveFileInput): Promise<SaveFileResult> {
  const chosen = await chooseSavePath(deps, req);
  if (!chosen) return { status: 'cancelled' };
  // The dialog has just asked the user about replacing an existing file.
  await atomicWriteFile(deps.fs, chosen, req.bytes, { overwrite: true });
  return { status: 'saved', path: chosen };
}

export interface OpenFileDeps {
  dialog: DialogLike;
  fs: FileStatFs;
  window?: BaseWindow;
}

function toReadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  if (code === 'EACCES' || code === 'EPERM') return new AppError('permission-denied', {}, error);
  return new AppError('file-read-failed', { reason: typeof code === 'string' ? code : 'unknown' }, error);
}

/**
 * The open dialog, then the picked file measured, not read: its bytes go to the page in pieces
 * (pieces.ts), so main never holds a whole file. A file over `maxBytes` is refused here.
 */
export async function pickForReading(
  deps: OpenFileDeps,
  req: { filters: OpenFileInput['filters']; maxBytes: number },
): Promise<ReadableFile | null> {
  const options: OpenDialogOptions = { properties: ['openFile'], filters: req.filters };
  const choice = deps.window
    ? await deps.dialog.showOpenDialog(deps.window, options)
    : await deps.dialog.showOpenDialog(options);
  const filePath = choice.filePaths[0];
  if (choice.canceled || !filePath) return null;
  try {
    const info = await deps.fs.stat(filePath);
    if (!info.isFile()) throw new AppError('file-read-failed', { reason: 'not-a-file' });
    if (info.size > req.maxBytes)
      throw new AppError('file-read-failed', { reason: 'too-large', maxBytes: req.maxBytes });
    return { path: filePath, name: path.basename(filePath), size: info.size };
  } catch (error) {
    throw toReadError(error);
  }
}

export interface ShowInFolderDeps {
  shell: { showItemInFolder(fullPath: string): void };
}

export async function showInFolder(deps: ShowInFolderDeps, req: ShowInFolderInput): Promise<void> {
  // Only absolute paths: the renderer passes back a path a save returned, nothing relative to cwd.
  if (!path.isAbsolute(req.path)) throw new AppError('invalid-payload', { field: 'path' });
  deps.shell.showItemInFolder(req.path);
}
