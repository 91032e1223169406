import { installedSystems } from '../plugin/installed';
import type { CoreRoute } from './routes';

export interface NavItem {
  path: string;
  labelKey: string;
  order: number;
}

/** The core's pages around the systems: the Dashboard first, then Documents, Audit and Settings last. */
const CORE_NAV: readonly (NavItem & { path: CoreRoute })[] = [
  { path: 'dashboard', labelKey: 'shell.nav.dashboard', order: 0 },
  { path: 'documents', labelKey: 'shell.nav.documents', order: 900 },
  { path: 'audit', labelKey: 'shell.nav.audit', order: 910 },
  { path: 'settings', labelKey: 'shell.nav.settings', order: 920 },
];

/** The navigation: the core's entries and every installed system's, by their order. */
export function navItems(): NavItem[] {
  return [...CORE_NAV, ...installedSystems().flatMap((s) => s.nav)].sort((a, b) => a.order - b.order);
}
