import { useEffect, useState } from 'react';
import { installedSystems } from '../plugin/installed';

/** The core's own pages; each system adds its routes through its manifest. */
export const CORE_ROUTES = ['dashboard', 'documents', 'audit', 'settings'] as const;
export type CoreRoute = (typeof CORE_ROUTES)[number];

function knownRoutes(): Set<string> {
  return new Set([...CORE_ROUTES, ...installedSystems().flatMap((s) => s.routes.map((r) => r.path))]);
}

/** Hash routing (#/registry): works the same from app:// and from 127.0.0.1. */
export function parseRoute(hash: string): { route: string; sub: string } {
  const [first = '', sub = ''] = hash.replace(/^#\/?/, '').split('/');
  return { route: knownRoutes().has(first) ? first : 'dashboard', sub };
}

export function useRoute(): { route: string; sub: string } {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}

export function navigate(route: string, sub = ''): void {
  window.location.hash = `#/${route}${sub ? '/' + sub : ''}`;
}
