import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/core/errors';
import type { ReadPieceRequest, TransferRequest, WritePieceRequest } from '../../shared/core/bridge/pieces';
import { toWriteError, type AtomicWriteFs, type FileHandleLike } from './atomicWrite';

/*
 * The host's side of the piece transport (shared/core/bridge/pieces.ts), shared by Electron's main
 * process and the web host: files being read are only remembered by path (each piece opens, reads
 * and closes, so a page that never says endRead leaks nothing but a name); files being written are
 * temp files beside their target, renamed over it only when every byte arrived and was synced.
 */

export interface ReadHandleLike {
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** node:fs/promises as far as pieces go; the real module satisfies it. */
export interface PieceFs extends AtomicWriteFs {
  open(filePath: string, flags: string, mode?: number): Promise<FileHandleLike & ReadHandleLike>;
}

/** Up to `length` bytes at `offset`; fewer only at the end of the file. */
export async function readAt(fs: PieceFs, filePath: string, offset: number, length: number): Promise<Uint8Array> {
  const handle = await fs.open(filePath, 'r');
  try {
    const bytes = new Uint8Array(length);
    let got = 0;
    while (got < length) {
      const { bytesRead } = await handle.read(bytes, got, length - got, offset + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got === length ? bytes : bytes.subarray(0, got);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export interface ReadableFile {
  path: string;
  name: string;
  size: number;
}

interface Writing {
  tempPath: string;
  size: number;
  received: number;
  busy: boolean;
  handle: FileHandleLike;
  finish(tempPath: string): Promise<unknown>;
}

export interface PieceTransfers {
  beginRead(file: ReadableFile): { status: 'ready'; id: string; name: string; size: number };
  readPiece(req: ReadPieceRequest): Promise<Uint8Array>;
  endRead(req: TransferRequest): Promise<void>;
  /**
   * Creates `tempPath` (never an existing file) for `size` bytes; `finish` gets it once every byte
   * is there and synced, and moves it where it belongs (rename) or throws (the temp file then goes).
   */
  beginWrite(tempPath: string, size: number, finish: (tempPath: string) => Promise<unknown>): Promise<{ id: string }>;
  writePiece(req: WritePieceRequest): Promise<void>;
  finishWrite(req: TransferRequest): Promise<unknown>;
  abortWrite(req: TransferRequest): Promise<void>;
  /** Writes under way (tests, quit). */
  openWrites(): number;
}

export interface PieceTransfersDeps {
  fs: PieceFs;
  newId?: () => string;
  /** Files being written at once; reads beyond `maxReads` forget the oldest. */
  maxWrites?: number;
  maxReads?: number;
}

const unknownTransfer = () => new AppError('invalid-payload', { field: 'id' });

export function createPieceTransfers(deps: PieceTransfersDeps): PieceTransfers {
  const { fs } = deps;
  const newId = deps.newId ?? (() => randomBytes(16).toString('hex'));
  const maxWrites = deps.maxWrites ?? 8;
  const maxReads = deps.maxReads ?? 32;
  const reads = new Map<string, ReadableFile>();
  const writes = new Map<string, Writing>();

  async function discard(id: string): Promise<void> {
    const writing = writes.get(id);
    if (!writing) return;
    writes.delete(id);
    await writing.handle.close().catch(() => undefined);
    await fs.unlink(writing.tempPath).catch(() => undefined);
  }

  return {
    beginRead(file) {
      const id = newId();
      reads.set(id, file);
      if (reads.size > maxReads) reads.delete(reads.keys().next().value as string);
      return { status: 'ready', id, name: file.name, size: file.size };
    },
    async readPiece({ id, offset, length }) {
      const file = reads.get(id);
      if (!file) throw unknownTransfer();
      if (offset + length > file.size) throw new AppError('invalid-payload', { field: 'length' });
      let bytes: Uint8Array;
      try {
        bytes = await readAt(fs, file.path, offset, length);
      } catch (error) {
        throw new AppError('file-read-failed', { reason: String((error as { code?: unknown }).code ?? 'unknown') });
      }
      // Shorter than it was when opened: someone changed the file meanwhile.
      if (bytes.byteLength !== length) throw new AppError('file-read-failed', { reason: 'changed' });
      return bytes;
    },
    async endRead({ id }) {
      reads.delete(id);
    },
    async beginWrite(tempPath, size, finish) {
      if (writes.size >= maxWrites) throw new AppError('file-write-failed', { reason: 'busy' });
      let handle: FileHandleLike;
      try {
        handle = await fs.open(tempPath, 'wx', 0o600);
      } catch (error) {
        throw toWriteError(error);
      }
      const id = newId();
      writes.set(id, { tempPath, size, received: 0, busy: false, handle, finish });
      return { id };
    },
    async writePiece({ id, offset, bytes }) {
      const writing = writes.get(id);
      if (!writing) throw unknownTransfer();
      // In order, one at a time, never past the size announced: anything else is a confused caller.
      if (writing.busy || offset !== writing.received || offset + bytes.byteLength > writing.size)
        throw new AppError('invalid-payload', { field: 'offset' });
      writing.busy = true;
      try {
        let done = 0;
        while (done < bytes.byteLength) {
          const { bytesWritten } = await writing.handle.write(bytes, done, bytes.byteLength - done, offset + done);
          if (!(bytesWritten > 0)) throw new AppError('file-write-failed', { reason: 'no-progress' });
          done += bytesWritten;
        }
        writing.received += bytes.byteLength;
      } catch (error) {
        // A full disk mid-way: the temp file goes, the target was never touched.
        await discard(id);
        throw toWriteError(error);
      } finally {
        writing.busy = false;
      }
    },
    async finishWrite({ id }) {
      const writing = writes.get(id);
      if (!writing || writing.busy) throw unknownTransfer();
      writes.delete(id);
      try {
        if (writing.received !== writing.size) throw new AppError('invalid-payload', { field: 'size' });
        await writing.handle.sync();
        await writing.handle.close();
        return await writing.finish(writing.tempPath);
      } catch (error) {
        await writing.handle.close().catch(() => undefined);
        await fs.unlink(writing.tempPath).catch(() => undefined);
        throw error instanceof AppError ? error : toWriteError(error);
      }
    },
    async abortWrite({ id }) {
      await discard(id);
    },
    openWrites: () => writes.size,
  };
}
