import type { AnySearchSource } from '../../../shared/core/search/source';
import { REGISTRY_SEARCH } from '../../systems/registry/searchSources';
import { MEETINGS_SEARCH } from '../../systems/meetings/searchSources';
import { SUPERVISION_SEARCH } from '../../systems/supervision/searchSources';
import { documentSearch } from './documentSearch';

/**
 * Every search source, in the order the result groups show: the registry, System 1, the register
 * (minutes, then other documents), System 2.
 */
export const SEARCH_SOURCES: readonly AnySearchSource[] = [
  ...REGISTRY_SEARCH,
  ...MEETINGS_SEARCH,
  documentSearch,
  ...SUPERVISION_SEARCH,
];
