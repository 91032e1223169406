import type { ReadSheetOptions, SheetFile } from '../../../shared/core/sheets/readSheetFile';
import type { SheetChunk } from '../../../shared/core/sheets/sheetBuilder';
import type { AppErrorCode, AppErrorParams } from '../../../shared/core/errors';

/** Page → worker: read this file (its bytes transferred) with these options. */
export interface SheetWorkerRequest {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  options: Omit<ReadSheetOptions, 'onChunk' | 'onCount'>;
}

/** Worker → page: rows counted while reading, then the rows, then the sheet's outline and the bytes back. */
export type SheetWorkerReply =
  | { type: 'progress'; read: number }
  | { type: 'chunk'; chunk: SheetChunk }
  | { type: 'done'; file: SheetFile; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'error'; error: { code: AppErrorCode; params: AppErrorParams }; bytes: Uint8Array<ArrayBuffer> };
