import type { BuildWorker } from './liveSearch';

let factory: (() => BuildWorker) | undefined;

/**
 * The composition root gives the worker the index is built in (renderer/app/searchWorker.ts: it
 * holds the systems' sources). Without one (tests) the index is built on the main thread, in
 * slices. A module of its own so that install.ts brings nothing of the search into the first script.
 */
export function installSearchWorker(make: () => BuildWorker): void {
  factory = make;
}

export function searchWorkerFactory(): (() => BuildWorker) | undefined {
  return factory;
}
