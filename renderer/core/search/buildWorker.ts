import { type ImageMessage, catalogueImage } from '../../../shared/core/search/catalogueImage';
import type { AnySearchSource } from '../../../shared/core/search/source';
import { openWorkerReader } from '../data/searchWorkerReader';
import { CatalogueReads, NEVER_PAUSE } from './catalogueReads';

/**
 * What the main thread asks: build from this database (`measure`: report the worker's heap, the
 * bench), then each next message of the hand-over once it has taken the one before.
 */
export type BuildRequest = { type: 'build'; database: string; measure?: boolean } | { type: 'next' };

/** What the worker built and what it cost it (the bench reports them). */
export interface BuildReport {
  type: 'built';
  /** From the request to the last message handed over. */
  ms: number;
  /** The worker's JS heap when its catalogue was whole (when the browser tells it), MB. */
  heapMB: number | null;
}

export type BuildMessage =
  ImageMessage | BuildReport | { type: 'progress'; indexed: number } | { type: 'failed'; message: string };

/** The side of a worker that serve() needs: the worker's global scope, or a MessagePort in tests. */
export interface BuildScope {
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null;
  postMessage(message: BuildMessage, transfer: Transferable[]): void;
}

/** How often the worker tells how far it is (the header shows “building… n”). */
const PROGRESS_MS = 250;

type Measured = { memory?: { usedJSHeapSize: number } };
type Gc = { gc?: () => void };

/**
 * The search's build worker: reads every searchable table of the app's database (read-only, as
 * it is on disk) and builds the catalogue off the main thread, then hands it over as messages
 * (catalogueImage.ts) and is done; the main thread adopts them a message per task and keeps the
 * index up to date itself from then on. `loadSources`: the systems' search sources, as the app
 * assembles them (renderer/app/searchWorker.ts).
 */
export function serveSearchBuild(scope: BuildScope, loadSources: () => Promise<readonly AnySearchSource[]>): void {
  const post = (message: BuildMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  let t0 = 0;
  let heapMB: number | null = null;
  let handover: Iterator<{ message: ImageMessage; transfer: ArrayBuffer[] }> | null = null;
  const next = () => {
    const step = handover?.next();
    if (!step) return;
    if (step.done) {
      handover = null;
      post({ type: 'built', ms: performance.now() - t0, heapMB });
    } else post(step.value.message, step.value.transfer);
  };
  scope.onmessage = (event) => {
    const request = event.data;
    if (request.type === 'next') return next();
    t0 = performance.now();
    build(request.database, post, loadSources)
      .then((catalogue) => {
        if (request.measure) heapMB = measureHeap();
        handover = catalogueImage(catalogue);
        next();
      })
      .catch((error: unknown) =>
        post({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
      );
  };
}

/** The worker's heap after a collection, MB, when the browser tells it (Chromium with precise memory info). */
function measureHeap(): number | null {
  (globalThis as Gc).gc?.();
  const used = (performance as Measured).memory?.usedJSHeapSize;
  return used === undefined ? null : used / 2 ** 20;
}

async function build(
  database: string,
  post: (message: BuildMessage) => void,
  loadSources: () => Promise<readonly AnySearchSource[]>,
) {
  const sources = await loadSources();
  const reader = await openWorkerReader(database);
  let told = performance.now();
  try {
    return await new CatalogueReads(reader).build(sources, NEVER_PAUSE, (indexed) => {
      if (performance.now() - told < PROGRESS_MS) return;
      told = performance.now();
      post({ type: 'progress', indexed });
    });
  } finally {
    reader.close();
  }
}
