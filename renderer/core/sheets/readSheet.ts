import { AppError } from '../../../shared/core/errors';
import type { ReadSheetOptions, SheetFile } from '../../../shared/core/sheets/readSheetFile';
import { readSheetForPage, withRows } from '../../../shared/core/sheets/readForPage';
import type { SheetChunk } from '../../../shared/core/sheets/sheetBuilder';
import type { SheetWorkerReply, SheetWorkerRequest } from './sheetWorkerProtocol';

export type { SheetFile } from '../../../shared/core/sheets/readSheetFile';
export type { SheetData } from '../../../shared/core/sheets/sheetRows';

/** Rows one import takes at most: a registry, a task list or a questionnaire's returns are far fewer. */
export const MAX_IMPORT_ROWS = 100_000;
/** Files larger than this are refused by the open dialog before they are read. */
export const MAX_SHEET_FILE_BYTES = 256 * 1024 * 1024;

export interface ReadProgress {
  /** Data rows read so far. */
  read: number;
}

type Options = Omit<ReadSheetOptions, 'onChunk' | 'onCount'> & {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
};

/**
 * A picked file, read as often as the user picks another of its sheets. It is kept as a Blob (the
 * host's openFileAsBlob): in a browser a worker reads its bytes, so the page never holds or copies
 * them; where there is no Worker (tests in Node) it is read here.
 */
export class SheetSource {
  private readonly file: Blob;

  constructor(
    readonly name: string,
    file: Blob | Uint8Array,
  ) {
    this.file = file instanceof Uint8Array ? new Blob([file as Uint8Array<ArrayBuffer>]) : file;
  }

  async read(options: Options = {}): Promise<SheetFile> {
    const { signal, onProgress, ...readOptions } = options;
    if (typeof Worker === 'undefined') {
      const bytes = new Uint8Array(await this.file.arrayBuffer());
      const { file, chunks } = readSheetForPage(this.name, bytes, readOptions, (read) => onProgress?.({ read }));
      return withRows(file, chunks);
    }
    const worker = new Worker(new URL('./sheetWorker.ts', import.meta.url), { type: 'module' });
    const chunks: SheetChunk[] = [];
    try {
      return await new Promise<SheetFile>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(new AppError('import-cancelled')), { once: true });
        worker.onerror = (event) => {
          event.preventDefault();
          reject(new AppError('import-file-unreadable', { name: this.name }));
        };
        worker.onmessage = ({ data: reply }: MessageEvent<SheetWorkerReply>) => {
          if (reply.type === 'progress') return onProgress?.({ read: reply.read });
          if (reply.type === 'chunk') return void chunks.push(reply.chunk);
          if (reply.type === 'error') return reject(new AppError(reply.error.code, reply.error.params));
          resolve(withRows(reply.file, chunks));
        };
        const request: SheetWorkerRequest = { name: this.name, file: this.file, options: readOptions };
        worker.postMessage(request);
      });
    } finally {
      worker.terminate();
    }
  }
}
