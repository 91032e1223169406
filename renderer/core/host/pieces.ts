import {
  PIECE_BYTES,
  type BeginWriteResult,
  type PieceWire,
  type TransferOptions,
  type WriteTarget,
} from '../../../shared/core/bridge/pieces';
import { AppError } from '../../../shared/core/errors';

/*
 * The page's side of the piece transport (shared/core/bridge/pieces.ts), for every host that
 * crosses a bridge (Electron's IPC, the web host's HTTP): one piece at a time, the caller told
 * after each and able to stop between two. A stopped or failed write is aborted, so the host
 * deletes its temp file and the target stays as it was.
 */

function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('transfer-cancelled');
}

async function eachPiece(
  size: number,
  options: TransferOptions,
  move: (offset: number, length: number) => Promise<void>,
): Promise<void> {
  options.onProgress?.(0, size);
  for (let offset = 0; offset < size; offset += PIECE_BYTES) {
    stopIfAborted(options.signal);
    const length = Math.min(PIECE_BYTES, size - offset);
    await move(offset, length);
    options.onProgress?.(offset + length, size);
  }
}

async function readPiece(wire: PieceWire, id: string, offset: number, length: number): Promise<Uint8Array> {
  const piece = await wire.readPiece({ id, offset, length });
  if (piece.byteLength !== length) throw new AppError('file-read-failed', { reason: 'changed' });
  return piece;
}

/**
 * A file the host opened for reading, each piece handed to `take` in order as it arrives (a hash, a
 * Blob, an array); the transfer is ended whatever happens.
 */
export async function readInPieces(
  wire: PieceWire,
  opened: { id: string; size: number },
  options: TransferOptions,
  take: (piece: Uint8Array, offset: number) => void | Promise<void>,
): Promise<void> {
  try {
    await eachPiece(opened.size, options, async (offset, length) => {
      await take(await readPiece(wire, opened.id, offset, length), offset);
    });
  } finally {
    await wire.endRead({ id: opened.id }).catch(() => undefined);
  }
}

/** A file the host opened for reading, into one array of its size (the only copy the page holds). */
export async function readBytesInPieces(
  wire: PieceWire,
  opened: { id: string; size: number },
  options: TransferOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(opened.size);
  await readInPieces(wire, opened, options, (piece, offset) => bytes.set(piece, offset));
  return bytes;
}

/**
 * The same as a Blob: each piece joins the Blob built so far (the browser keeps a Blob's bytes
 * outside the page's heap), so the page never holds more than a piece of the file.
 */
export async function readBlobInPieces(
  wire: PieceWire,
  opened: { id: string; size: number },
  options: TransferOptions = {},
): Promise<Blob> {
  let blob = new Blob([]);
  await readInPieces(wire, opened, options, (piece) => {
    blob = new Blob([blob, piece as Uint8Array<ArrayBuffer>]);
  });
  return blob;
}

/**
 * The bytes of [offset, offset + length) in an array of their own: a structured clone (IPC,
 * contextBridge, postMessage) of a view would copy the whole buffer behind it, every piece.
 */
async function sliceOf(source: Uint8Array | Blob, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
  if (source instanceof Uint8Array) return source.slice(offset, offset + length) as Uint8Array<ArrayBuffer>;
  return new Uint8Array(await source.slice(offset, offset + length).arrayBuffer());
}

/**
 * Writes `source` to `target` in pieces. Resolves what the host's finishWrite answers, or the
 * begin's cancelled / unavailable; a stop (signal) or a failure aborts, the target untouched.
 */
export async function writeInPieces(
  wire: PieceWire,
  target: WriteTarget,
  source: Uint8Array | Blob,
  options: TransferOptions = {},
): Promise<unknown> {
  const size = source instanceof Uint8Array ? source.byteLength : source.size;
  stopIfAborted(options.signal);
  const started: BeginWriteResult = await wire.beginWrite({ target, size });
  if (started.status !== 'ready') return started;
  const { id } = started;
  try {
    await eachPiece(size, options, async (offset, length) => {
      await wire.writePiece({ id, offset, bytes: await sliceOf(source, offset, length) });
    });
    stopIfAborted(options.signal);
  } catch (error) {
    await wire.abortWrite({ id }).catch(() => undefined);
    throw error;
  }
  return wire.finishWrite({ id });
}
