import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/core/errors';

/** The node:fs/promises calls atomicWriteFile makes; the real module satisfies it, tests inject faults. */
export interface FileHandleLike {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicWriteFs {
  open(filePath: string, flags: string, mode?: number): Promise<FileHandleLike>;
  lstat(filePath: string): Promise<unknown>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

export interface AtomicWriteOptions {
  /** True only when the user already confirmed replacing the file (the save dialog asks). */
  overwrite: boolean;
  /** Permissions of a new file (0o600: only its owner reads it); the system's default otherwise. */
  mode?: number;
}

function errnoCode(error: unknown): string | undefined {
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** ENOSPC/EACCES/EPERM get their own codes so the UI can say what to do; the rest is file-write-failed. */
export function toWriteError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('disk-full', {}, error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('permission-denied', {}, error);
  // EBUSY: on Windows the target is open in another program (typically Word or Excel).
  return new AppError('file-write-failed', { reason: code === 'EBUSY' ? 'in-use' : (code ?? 'unknown') }, error);
}

async function exists(fs: AtomicWriteFs, filePath: string): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

async function writeAll(handle: FileHandleLike, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, offset);
    // A write that makes no progress would loop forever; treat it as a failed write.
    if (!(bytesWritten > 0)) throw new AppError('file-write-failed', { reason: 'no-progress' });
    offset += bytesWritten;
  }
}

/** fsync of a folder after a rename into it (best effort: Windows cannot). */
export async function syncDirectory(fs: AtomicWriteFs, dir: string): Promise<void> {
  let handle: FileHandleLike | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a directory; NTFS journals the rename itself. The file is
    // already complete under its final name, so this step only improves durability.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Beside the target, dot-prefixed so file managers hide it; random so two saves of one name cannot collide. */
export function tempPathFor(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `bytes` to `filePath` so that a crash, a full disk or a failure at any step leaves
 * either the old file or the new one, never a torn mix: temp file in the same folder, write
 * all bytes, fsync, close, rename over the target, fsync the folder. On failure the temp file
 * is removed and the existing file is left as it was.
 */
export async function atomicWriteFile(
  fs: AtomicWriteFs,
  filePath: string,
  bytes: Uint8Array,
  { overwrite, mode }: AtomicWriteOptions,
): Promise<void> {
  const dir = path.dirname(filePath);
  const tempPath = tempPathFor(filePath);
  let handle: FileHandleLike | undefined;
  let tempCreated = false;
  try {
    if (!overwrite && (await exists(fs, filePath))) {
      throw new AppError('file-exists', { name: path.basename(filePath) });
    }
    handle = mode === undefined ? await fs.open(tempPath, 'wx') : await fs.open(tempPath, 'wx', mode);
    tempCreated = true;
    await writeAll(handle, bytes);
    await handle.sync();
    const opened = handle;
    handle = undefined;
    await opened.close();
    await fs.rename(tempPath, filePath);
    tempCreated = false;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (tempCreated) await fs.unlink(tempPath).catch(() => undefined);
    throw toWriteError(error);
  }
  await syncDirectory(fs, dir);
}
