import type { SystemManifest } from '../../core/manifest';
import { lazyNamed } from '../../core/plugin/lazyNamed';
import { ASSESSMENT_TABLES } from './data/tables';
import { texts } from './i18n';

/**
 * The annual assessment (年度人才工作实绩考核): every unit's year under Systems 2, 3 and 4 side by
 * side, read only through the other systems' manifests (`assessment`), frozen, printed and exported.
 */
export const assessmentManifest = {
  id: 'assessment',
  namespaces: ['assessment'],
  texts,
  routes: [{ path: 'assessment', page: lazyNamed(() => import('./screens/AssessmentPage'), 'AssessmentPage') }],
  nav: [{ path: 'assessment', labelKey: 'assessment.nav', order: 45 }],
  dashboardCards: [],
  settingsSections: [],
  tables: ASSESSMENT_TABLES,
  auditEntities: { assessmentSnapshots: 'assessment.auditEntities.assessmentSnapshots' },
  errors: {},
  documentKinds: ['record'],
  search: [],
  assessment: [],
} as const satisfies SystemManifest;
