import type { SystemManifest } from '../../core/manifest';
import { lazyNamed } from '../../core/plugin/lazyNamed';
import { INCENTIVES_TABLES } from './data/tables';
import { texts } from './i18n';

/** System 3 (激励奖励): applications, bonus points and commendations. Built in issue 13. */
export const incentivesManifest = {
  id: 'incentives',
  namespaces: ['incentives'],
  texts,
  routes: [{ path: 'incentives', page: lazyNamed(() => import('./screens/NotBuiltYet'), 'NotBuiltYet') }],
  nav: [{ path: 'incentives', labelKey: 'incentives.nav', order: 30 }],
  dashboardCards: [],
  settingsSections: [],
  tables: INCENTIVES_TABLES,
  auditEntities: {},
  errors: {},
  documentKinds: [],
  search: [],
  assessment: [],
} as const satisfies SystemManifest;
