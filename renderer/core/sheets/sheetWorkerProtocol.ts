import type { ReadSheetOptions, SheetFile } from '../../../shared/core/sheets/readSheetFile';
import type { SheetChunk } from '../../../shared/core/sheets/sheetBuilder';
import type { AppErrorCode, AppErrorParams } from '../../../shared/core/errors';

/** Page → worker: read this file (its bytes transferred) with these options. */
export interface SheetWorkerRequest {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  options: Omit<ReadSheetOptions, 'onChunk'>;
}

/** Worker → page: rows as they are built, then the sheet's outline (rows already sent) and the bytes back. */
export type SheetWorkerReply =
  | { type: 'chunk'; chunk: SheetChunk; read: number }
  | { type: 'done'; file: SheetFile; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'error'; error: { code: AppErrorCode; params: AppErrorParams }; bytes: Uint8Array<ArrayBuffer> };
