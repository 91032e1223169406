import { AuditPage } from '../audit/AuditPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { DocumentsPage } from '../documents/DocumentsPage';
import { MeetingsPage } from '../../systems/meetings/screens/MeetingsPage';
import { RegistryPage } from '../../systems/registry/screens/RegistryPage';
import { SettingsPage } from '../settings/SettingsPage';
import { SupervisionPage } from '../../systems/supervision/screens/SupervisionPage';
import { NotBuiltPage } from './NotBuiltPage';
import type { Route } from './routes';

export function PageSwitch({ route, sub }: { route: Route; sub: string }) {
  switch (route) {
    case 'dashboard':
      return <DashboardPage />;
    case 'meetings':
      return <MeetingsPage sub={sub} />;
    case 'registry':
      return <RegistryPage tab={sub} />;
    case 'supervision':
      return <SupervisionPage sub={sub} />;
    case 'documents':
      return <DocumentsPage focusId={sub || undefined} />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <NotBuiltPage route={route} />;
  }
}
