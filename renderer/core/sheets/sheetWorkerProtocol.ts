import type { ReadSheetOptions, SheetFile } from '../../../shared/core/sheets/readSheetFile';
import type { SheetChunk } from '../../../shared/core/sheets/sheetBuilder';
import type { AppErrorCode, AppErrorParams } from '../../../shared/core/errors';

/** Page → worker: read this file (a Blob: the worker reads its bytes, the page never does) with these options. */
export interface SheetWorkerRequest {
  name: string;
  file: Blob;
  options: Omit<ReadSheetOptions, 'onChunk' | 'onCount'>;
}

/** Worker → page: rows counted while reading, then the rows, then the sheet's outline. */
export type SheetWorkerReply =
  | { type: 'progress'; read: number }
  | { type: 'chunk'; chunk: SheetChunk }
  | { type: 'done'; file: SheetFile }
  | { type: 'error'; error: { code: AppErrorCode; params: AppErrorParams } };
