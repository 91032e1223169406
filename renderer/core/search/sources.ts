import type { AnySearchSource } from '../../../shared/core/search/source';
import type { SystemManifest } from '../manifest';
import { installedSystems } from '../plugin/installed';
import { documentSearch } from './documentSearch';

/** The sources of the header search, and the translation key of each kind's group label. */
export interface SearchSources {
  /** In the order the result groups show: the systems' in the manifests' order, then the register's. */
  sources: AnySearchSource[];
  labels: ReadonlyMap<string, string>;
}

/** The core's own: the register (minutes, then the other documents). */
const CORE_SEARCH = [
  { kinds: { minutes: 'search.kinds.minutes', document: 'search.kinds.document' }, source: documentSearch },
];

/** Loads every installed system's search sources (their manifests' `search`), and the core's. */
export async function loadSearchSources(
  systems: readonly SystemManifest[] = installedSystems(),
): Promise<SearchSources> {
  const entries = systems.flatMap((system) => system.search);
  const loaded = await Promise.all(entries.map((entry) => entry.load()));
  const labels = new Map<string, string>();
  for (const { kinds } of [...entries, ...CORE_SEARCH])
    for (const [kind, labelKey] of Object.entries(kinds)) labels.set(kind, labelKey);
  return { sources: [...loaded, ...CORE_SEARCH.map((c) => c.source)], labels };
}
