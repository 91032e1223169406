/// <reference lib="webworker" />
import zxingWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { PaperFormLayout } from '../../../../shared/systems/evaluation/paperForm/layoutModel';
import type { GreyImage } from '../../../../shared/systems/evaluation/paperForm/read/greyImage';
import { readPage } from '../../../../shared/systems/evaluation/paperForm/read/readPage';
import { straighten } from '../../../../shared/systems/evaluation/paperForm/read/straighten';
import type { PageCode } from '../../../../shared/systems/evaluation/paperForm/qrPayload';
import { pageAnswers } from '../../../../shared/systems/evaluation/paperForm/scanReturns';
import { bitmapToGrey, encodeGrey, sniffKind, tiffPages } from './pageImages';
import { decodeQr, loadZxing } from './qrDecoder';
import type { FromWorker, PageSource, ScannedPage, ToWorker } from './scanTypes';

/**
 * The scan reader's worker: decodes each page, finds it by its QR code, straightens it from its
 * corner marks and reads every box, off the main thread so the screen never waits on it. Messages
 * are handled one after another, in order; cancelling is the client terminating this worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
const layouts = new Map<string, PaperFormLayout>();
const key = (id: string, version: number) => `${id}\u0000${version}`;
/** Crops of writing areas at 150 dpi: legible handwriting, small drafts. */
const CROP_PX_PER_MM = 150 / 25.4;

loadZxing({ wasmUrl: zxingWasmUrl });

async function readOne(grey: GreyImage, source: PageSource, original: Blob | null): Promise<ScannedPage> {
  const layoutFor = (code: PageCode) => layouts.get(key(code.questionnaireId, code.version));
  const reading = await readPage(grey, decodeQr, layoutFor);
  const crops: ScannedPage['crops'] = [];
  const layout = reading.code && layoutFor(reading.code);
  const page = layout?.pages.find((p) => p.pageNo === reading.code?.pageNo);
  const questions: ScannedPage['questions'] = [];
  if (reading.transform && page && layout) {
    for (const area of page.textAreas) {
      const png = await encodeGrey(straighten(grey, reading.transform, area, CROP_PX_PER_MM), 'image/png');
      crops.push({ itemId: area.itemId, png });
    }
    // The question behind each doubtful box or double tick, as the review shows it beside its choices.
    for (const problem of pageAnswers(layout, page.pageNo, reading).problems) {
      if (problem.kind !== 'doubtful' && problem.kind !== 'tooMany') continue;
      const group = layout.groups.find((g) => g.id === problem.groupId);
      if (!group) continue;
      const area = { x: group.area.x - 2, y: group.area.y - 2, w: group.area.w + 4, h: group.area.h + 4 };
      const png = await encodeGrey(straighten(grey, reading.transform, area, CROP_PX_PER_MM), 'image/png');
      questions.push({ groupId: group.id, png });
    }
  }
  const image = original ?? (await encodeGrey(grey, 'image/jpeg'));
  return { source, reading, image, width: grey.width, height: grey.height, crops, questions };
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'init') {
    layouts.clear();
    for (const l of message.layouts) layouts.set(key(l.questionnaireId, l.version), l);
    return;
  }
  if (message.type === 'bitmap') {
    const { seq, source } = message;
    try {
      post({ type: 'page', seq, page: await readOne(bitmapToGrey(message.bitmap), source, null) });
      post({ type: 'done', seq });
    } catch {
      post({
        type: 'failed',
        seq,
        failure: { fileName: `${source.fileName} #${source.index + 1}`, code: 'scan-file-unreadable' },
      });
    }
    return;
  }
  const { seq, fileName, blob } = message;
  try {
    const bytes = await blob.arrayBuffer();
    const kind = sniffKind(new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)));
    if (kind === 'tiff') {
      const pages = tiffPages(bytes);
      if (!pages.length) throw new Error('no page');
      for (const [index, grey] of pages.entries()) {
        post({ type: 'page', seq, page: await readOne(grey, { fileName, index }, null) });
      }
    } else if (kind === 'image') {
      const grey = bitmapToGrey(await createImageBitmap(blob));
      post({ type: 'page', seq, page: await readOne(grey, { fileName, index: 0 }, blob) });
    } else {
      throw new Error('not an image');
    }
    post({ type: 'done', seq });
  } catch {
    post({ type: 'failed', seq, failure: { fileName, code: 'scan-file-unreadable' } });
  }
}

let queue = Promise.resolve();
scope.onmessage = (event: MessageEvent<ToWorker>) => {
  queue = queue.then(() => handle(event.data));
};
