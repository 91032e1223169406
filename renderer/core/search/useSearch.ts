import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SearchAnswer } from '../../../shared/core/search/entry';
import type { Marked } from '../../../shared/core/search/snippet';
import type { SearchStatus } from './liveSearch';
import { currentSearch, onSearchChange } from './searchSession';

const OFF: SearchStatus = { state: 'building', indexed: 0 };
const EMPTY: SearchAnswer = { terms: [], total: 0, groups: [] };
/** Hits kept per kind: the box shows the first few and the rest on “show all”. */
export const HITS_PER_KIND = 50;

/** The index's state, re-rendering as it is built and caught up. */
export function useSearchStatus(): SearchStatus {
  return useSyncExternalStore(
    (notify) => {
      let unsubscribe = currentSearch()?.subscribe(notify);
      const stop = onSearchChange(() => {
        unsubscribe?.();
        unsubscribe = currentSearch()?.subscribe(notify);
        notify();
      });
      return () => {
        stop();
        unsubscribe?.();
      };
    },
    () => currentSearch()?.status ?? OFF,
  );
}

/** The answer to a query, asked again whenever the index changes (built further, a write caught up). */
export function useSearchAnswer(query: string): SearchAnswer {
  const status = useSearchStatus();
  const [answer, setAnswer] = useState<SearchAnswer>(EMPTY);
  useEffect(() => {
    const search = currentSearch();
    setAnswer(search && query.trim() ? search.search(query, HITS_PER_KIND) : EMPTY);
  }, [query, status]);
  return answer;
}

/** The words around the hit for the entries on screen, read from their records after the list shows. */
export function useSnippets(keys: readonly string[], terms: readonly string[]): Map<string, Marked> {
  const [snippets, setSnippets] = useState(new Map<string, Marked>());
  const keyList = keys.join('|');
  const termList = terms.join(' ');
  useEffect(() => {
    const search = currentSearch();
    if (!search || !keyList) return setSnippets(new Map());
    let current = true;
    search
      .snippets(keyList.split('|'), termList.split(' '))
      .then((found) => current && setSnippets(found))
      .catch(() => current && setSnippets(new Map()));
    return () => {
      current = false;
    };
  }, [keyList, termList]);
  return snippets;
}
