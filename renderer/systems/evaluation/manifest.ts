import type { SystemManifest } from '../../core/manifest';
import { lazyNamed } from '../../core/plugin/lazyNamed';
import { EVALUATION_TABLES } from './data/tables';
import { texts } from './i18n';

/** System 4 (服务对象评价): the talents' evaluation of the units. Built in issue 14. */
export const evaluationManifest = {
  id: 'evaluation',
  namespaces: ['evaluation'],
  texts,
  routes: [{ path: 'evaluation', page: lazyNamed(() => import('./screens/NotBuiltYet'), 'NotBuiltYet') }],
  nav: [{ path: 'evaluation', labelKey: 'evaluation.nav', order: 40 }],
  dashboardCards: [],
  settingsSections: [],
  tables: EVALUATION_TABLES,
  auditEntities: {},
  errors: {},
  documentKinds: [],
  search: [],
  assessment: [],
} as const satisfies SystemManifest;
