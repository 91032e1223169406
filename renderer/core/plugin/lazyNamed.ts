import { type ComponentType, lazy } from 'react';
import type { LazyComponent } from '../manifest';

/**
 * A component of a module loaded when first rendered: `lazyNamed(() => import('./screens/X'), 'X')`.
 * Manifests name their pages, cards and sections this way, so nothing of a system is in the first script.
 */
export function lazyNamed<M extends Record<K, ComponentType<P>>, K extends keyof M & string, P extends object>(
  load: () => Promise<M>,
  name: K,
): LazyComponent<P> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
