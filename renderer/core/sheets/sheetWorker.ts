import { readSheetForPage } from '../../../shared/core/sheets/readForPage';
import { toAppError } from '../../../shared/core/errors';
import type { SheetWorkerReply, SheetWorkerRequest } from './sheetWorkerProtocol';

/*
 * Reads a picked spreadsheet off the page's thread: a million-row file takes seconds to parse,
 * and the screen must keep drawing meanwhile. While reading it only tells the page how many rows
 * it has counted (four times a second); the rows go afterwards, in chunks (each one a short task
 * to receive), and only the first ones of a sheet over the limit. The file comes as a Blob: its
 * bytes are read here, never on the page.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SheetWorkerRequest>) => void) | null;
  postMessage(message: SheetWorkerReply): void;
};

const PROGRESS_EVERY_MS = 250;

scope.onmessage = async ({ data: { name, file: blob, options } }) => {
  let told = 0;
  const onCount = (read: number) => {
    if (performance.now() - told < PROGRESS_EVERY_MS) return;
    told = performance.now();
    scope.postMessage({ type: 'progress', read });
  };
  try {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const { file, chunks } = readSheetForPage(name, bytes, options, onCount);
    for (const chunk of chunks) scope.postMessage({ type: 'chunk', chunk });
    scope.postMessage({ type: 'done', file });
  } catch (error) {
    scope.postMessage({ type: 'error', error: toAppError(error).toJSON() });
  }
};
