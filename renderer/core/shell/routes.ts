import { useEffect, useState } from 'react';

/** The shell's pages, in navigation order. */
export const ROUTES = [
  'dashboard',
  'meetings',
  'supervision',
  'incentives',
  'evaluation',
  'registry',
  'documents',
  'audit',
  'settings',
] as const;
export type Route = (typeof ROUTES)[number];

/** Hash routing (#/registry): works the same from app:// and from 127.0.0.1. */
export function parseRoute(hash: string): { route: Route; sub: string } {
  const [first = '', sub = ''] = hash.replace(/^#\/?/, '').split('/');
  return { route: (ROUTES as readonly string[]).includes(first) ? (first as Route) : 'dashboard', sub };
}

export function useRoute(): { route: Route; sub: string } {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}

export function navigate(route: Route, sub = ''): void {
  window.location.hash = `#/${route}${sub ? '/' + sub : ''}`;
}
