import { z } from 'zod';
import { fileFilterSchema } from './schemas';
import { backupRequestMetaSchema, readBackupRequestSchema } from './backupSchemas';
import { MAX_PIECED_BYTES, PIECE_BYTES } from './limits';

/*
 * Big files cross the bridge in pieces. Whole, a 2 GB backup would be copied by contextBridge, by
 * IPC's serialisation and again in main (and Chromium's IPC refuses messages that large anyway).
 * Instead main reads and writes the file itself and the page moves it a piece at a time:
 *
 *   reading: beginRead (main opens the dialog or checks the backup) → readPiece … → endRead
 *   writing: beginWrite (main opens the dialog, or checks the backup's meta, and a temp file in
 *            the target's folder) → writePiece … in order → finishWrite (fsync, checks, rename)
 *            or abortWrite (the temp file goes; the target was never touched).
 */

export { MAX_PIECED_BYTES, PIECE_BYTES };

export const transferIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

const offsetSchema = z.number().int().nonnegative().max(MAX_PIECED_BYTES);

/** Where the bytes come from: a file the user picks, or one of the automatic backups. */
export const readSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('picked'),
    filters: z.array(fileFilterSchema).max(10).default([]),
    maxBytes: z.number().int().positive().max(MAX_PIECED_BYTES).default(MAX_PIECED_BYTES),
  }),
  z.strictObject({ kind: z.literal('backup'), path: readBackupRequestSchema.shape.path }),
]);

export const beginReadRequestSchema = z.strictObject({ source: readSourceSchema });
export const beginReadResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready'), id: transferIdSchema, name: z.string(), size: offsetSchema }),
  z.object({ status: z.literal('cancelled') }),
]);

export const readPieceRequestSchema = z.strictObject({
  id: transferIdSchema,
  offset: offsetSchema,
  length: z.number().int().positive().max(PIECE_BYTES),
});

/** Where the bytes go: a file the user names in a save dialog, or a new automatic backup. */
export const writeTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('saveFile'),
    // The same rules as saveFile's name (no separators, no control characters).
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
      .regex(/^[^/\\\u0000-\u001f<>:"|?*]+$/),
    filters: z.array(fileFilterSchema).max(10).default([]),
  }),
  z.strictObject({ kind: z.literal('backup'), meta: backupRequestMetaSchema }),
]);

export const beginWriteRequestSchema = z.strictObject({
  target: writeTargetSchema,
  // An empty backup is never kept and an empty save is a bug: at least one byte.
  size: z.number().int().positive().max(MAX_PIECED_BYTES),
});
export const beginWriteResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready'), id: transferIdSchema }),
  z.object({ status: z.literal('cancelled') }),
  // A host without a backup folder (the plain browser) says so.
  z.object({ status: z.literal('unavailable') }),
]);

export const writePieceRequestSchema = z.strictObject({
  id: transferIdSchema,
  offset: offsetSchema,
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength > 0 && b.byteLength <= PIECE_BYTES, { message: 'piece-size' }),
});

export const transferRequestSchema = z.strictObject({ id: transferIdSchema });

export type ReadSource = z.input<typeof readSourceSchema>;
export type BeginReadRequest = z.input<typeof beginReadRequestSchema>;
export type BeginReadResult = z.infer<typeof beginReadResultSchema>;
export type ReadPieceRequest = z.infer<typeof readPieceRequestSchema>;
export type WriteTarget = z.input<typeof writeTargetSchema>;
export type BeginWriteRequest = z.input<typeof beginWriteRequestSchema>;
export type BeginWriteResult = z.infer<typeof beginWriteResultSchema>;
export type WritePieceRequest = z.infer<typeof writePieceRequestSchema>;
export type TransferRequest = z.infer<typeof transferRequestSchema>;

/** What the caller of a big read or write may watch and stop. */
export interface TransferOptions {
  /** Bytes moved so far of the total, after every piece. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops between two pieces; a write then leaves the target as it was. */
  signal?: AbortSignal;
}

/** The transport's own calls, which the page's host wrappers make (never screens). */
export interface PieceWire {
  beginRead(req: BeginReadRequest): Promise<BeginReadResult>;
  readPiece(req: ReadPieceRequest): Promise<Uint8Array>;
  endRead(req: TransferRequest): Promise<void>;
  beginWrite(req: BeginWriteRequest): Promise<BeginWriteResult>;
  writePiece(req: WritePieceRequest): Promise<void>;
  /** fsync, checks, rename: a saveFile target answers SaveFileResult, a backup WriteBackupResult. */
  finishWrite(req: TransferRequest): Promise<unknown>;
  abortWrite(req: TransferRequest): Promise<void>;
}
