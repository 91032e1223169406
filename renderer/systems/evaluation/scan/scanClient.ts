import type { PaperFormLayout } from '../../../../shared/systems/evaluation/paperForm/layoutModel';
import { openPdf, renderPdfPage } from './pdfPages';
import { sniffKind } from './pageImages';
import type { FileFailure, FromWorker, ScannedPage, ToWorker } from './scanTypes';

export interface ScanProgress {
  filesDone: number;
  filesTotal: number;
  pagesRead: number;
  /** Pages known so far: one per image file, a PDF's count once it is open (a TIFF's as read). */
  pagesExpected: number;
}

export interface ScanBatch {
  pages: ScannedPage[];
  failures: FileFailure[];
  isCancelled: boolean;
}

export interface ScanRun {
  result: Promise<ScanBatch>;
  /** Stops at once (the worker is ended); the pages read so far stay in the result. */
  cancel(): void;
}

export interface ScanFile {
  name: string;
  blob: Blob;
}

/**
 * Reads a stack of scans: each image file goes to the scan worker whole, each PDF page is drawn
 * here by pdf.js and handed over as a bitmap. One page is read while the next is prepared.
 */
export function readScans(
  files: readonly ScanFile[],
  layouts: readonly PaperFormLayout[],
  onPage: (page: ScannedPage, progress: ScanProgress) => void,
): ScanRun {
  const worker = new Worker(new URL('./scanWorker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  const batch: ScanBatch = { pages: [], failures: [], isCancelled: false };
  const progress: ScanProgress = { filesDone: 0, filesTotal: files.length, pagesRead: 0, pagesExpected: files.length };
  const waiting = new Map<number, () => void>();
  let seq = 0;
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    if (m.type === 'page') {
      batch.pages.push(m.page);
      progress.pagesRead++;
      progress.pagesExpected = Math.max(progress.pagesExpected, progress.pagesRead);
      onPage(m.page, { ...progress });
    } else {
      if (m.type === 'failed') batch.failures.push(m.failure);
      waiting.get(m.seq)?.();
      waiting.delete(m.seq);
    }
  };
  const submit = (message: Exclude<ToWorker, { type: 'init' }>, transfer: Transferable[] = []) => {
    const done = new Promise<void>((resolve) => waiting.set(message.seq, resolve));
    send(message, transfer);
    return done;
  };

  send({ type: 'init', layouts: [...layouts] });
  const run = async () => {
    for (const file of files) {
      if (batch.isCancelled) break;
      const head = new Uint8Array(await file.blob.slice(0, 8).arrayBuffer());
      if (sniffKind(head) === 'pdf') {
        try {
          const doc = await openPdf(await file.blob.arrayBuffer());
          progress.pagesExpected += doc.numPages - 1;
          let previous: Promise<void> = Promise.resolve();
          for (let i = 1; i <= doc.numPages && !batch.isCancelled; i++) {
            const bitmap = await renderPdfPage(doc, i);
            await previous;
            if (batch.isCancelled) break;
            previous = submit({ type: 'bitmap', seq: ++seq, source: { fileName: file.name, index: i - 1 }, bitmap }, [
              bitmap,
            ]);
          }
          await previous;
          await doc.destroy();
        } catch (error) {
          batch.failures.push({ fileName: file.name, code: 'scan-file-unreadable', detail: String(error) });
        }
      } else {
        await submit({ type: 'file', seq: ++seq, fileName: file.name, blob: file.blob });
      }
      progress.filesDone++;
    }
  };
  const result = Promise.race([run(), stopped]).then(() => {
    worker.terminate();
    return batch;
  });
  return {
    result,
    cancel: () => {
      batch.isCancelled = true;
      worker.terminate();
      stop();
    },
  };
}
