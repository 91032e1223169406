import { Suspense, useMemo } from 'react';
import { Loader } from '@mantine/core';
import { lazyNamed } from '../plugin/lazyNamed';
import { installedSystems } from '../plugin/installed';
import type { LazyComponent, PageProps } from '../manifest';
import type { CoreRoute } from './routes';

// Every page loads when first opened: the signed-in app's first chunk holds only the shell.
const CORE_PAGES: Record<CoreRoute, LazyComponent<PageProps>> = {
  dashboard: lazyNamed(() => import('../dashboard/DashboardPage'), 'DashboardPage'),
  documents: lazyNamed(() => import('../documents/DocumentsPage'), 'DocumentsPage'),
  audit: lazyNamed(() => import('../audit/AuditPage'), 'AuditPage'),
  settings: lazyNamed(() => import('../settings/SettingsPage'), 'SettingsPage'),
};

function pageFor(route: string): LazyComponent<PageProps> {
  if (route in CORE_PAGES) return CORE_PAGES[route as CoreRoute];
  for (const system of installedSystems()) {
    const found = system.routes.find((r) => r.path === route);
    if (found) return found.page;
  }
  return CORE_PAGES.dashboard;
}

export function PageSwitch({ route, sub }: { route: string; sub: string }) {
  const Page = useMemo(() => pageFor(route), [route]);
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <Page sub={sub} />
    </Suspense>
  );
}
