import { readSheetFile, type ReadSheetOptions } from '../../../shared/core/sheets/readSheetFile';
import type { SheetChunk } from '../../../shared/core/sheets/sheetBuilder';
import { toAppError } from '../../../shared/core/errors';
import type { SheetWorkerReply, SheetWorkerRequest } from './sheetWorkerProtocol';

/*
 * Reads a picked spreadsheet off the page's thread: a million-row file takes seconds to parse,
 * and the screen must keep drawing meanwhile. Rows go back in chunks (each one a short task to
 * receive); the file's bytes go back with the answer, transferred, never copied.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SheetWorkerRequest>) => void) | null;
  postMessage(message: SheetWorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data: { name, bytes, options } }) => {
  let read = 0;
  const onChunk = (chunk: SheetChunk) => {
    read += chunk.rows.length;
    scope.postMessage({ type: 'chunk', chunk, read });
  };
  try {
    const file = readSheetFile(name, bytes, { ...(options as ReadSheetOptions), onChunk });
    scope.postMessage({ type: 'done', file, bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ type: 'error', error: toAppError(error).toJSON(), bytes }, [bytes.buffer]);
  }
};
