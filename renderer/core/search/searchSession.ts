import { searchRepo } from '../data/searchRepo';
import { LiveSearch } from './liveSearch';
import { SEARCH_SOURCES } from './sources';

let live: LiveSearch | null = null;
const listeners = new Set<() => void>();

/** Called by the signed-in app: builds the index and keeps it; the returned function forgets it (sign-out). */
export function startSearch(): () => void {
  live?.stop();
  const started = new LiveSearch(searchRepo, SEARCH_SOURCES);
  live = started;
  started.start();
  for (const listener of listeners) listener();
  return () => {
    started.stop();
    if (live === started) live = null;
    for (const listener of listeners) listener();
  };
}

/** The running search, or null before sign-in. */
export function currentSearch(): LiveSearch | null {
  return live;
}

export function onSearchChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
