/// <reference lib="webworker" />
import { type BuildScope, serveSearchBuild } from '../core/search/buildWorker';
import { loadSearchSources } from '../core/search/sources';
import { SYSTEMS } from './systems';

/**
 * The header search's build worker (renderer/core/search/buildWorker.ts) with the systems' search
 * sources as the app assembles them: from their manifests, here in the composition root, since the
 * core never imports a system. Started by searchSession through the factory install.ts gives it.
 */
serveSearchBuild(self as unknown as BuildScope, async () => (await loadSearchSources(SYSTEMS)).sources);
