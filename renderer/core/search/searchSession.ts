import { searchRepo } from '../data/searchRepo';
import { LiveSearch } from './liveSearch';
import { loadSearchSources } from './sources';
import { searchWorkerFactory } from './workerFactory';

let live: LiveSearch | null = null;
let labels: ReadonlyMap<string, string> = new Map();
const listeners = new Set<() => void>();

/**
 * Called by the signed-in app: loads the systems' search sources, builds the index and keeps it;
 * the returned function forgets it (sign-out).
 */
export function startSearch(): () => void {
  let stopped = false;
  let started: LiveSearch | null = null;
  void loadSearchSources()
    .then((loaded) => {
      if (stopped) return;
      live?.stop();
      labels = loaded.labels;
      started = new LiveSearch(searchRepo, loaded.sources, searchWorkerFactory());
      live = started;
      started.start();
      for (const listener of listeners) listener();
    })
    .catch((error: unknown) => console.warn('search sources', error));
  return () => {
    stopped = true;
    started?.stop();
    if (live === started) live = null;
    for (const listener of listeners) listener();
  };
}

/** The translation key of a kind's group label (from the manifests), or undefined. */
export function searchLabelKey(kind: string): string | undefined {
  return labels.get(kind);
}

/** The running search, or null before sign-in. */
export function currentSearch(): LiveSearch | null {
  return live;
}

export function onSearchChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
