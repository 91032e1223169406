import type { SystemManifest } from '../../core/manifest';
import { lazyNamed } from '../../core/plugin/lazyNamed';
import { SUPERVISION_TABLES } from './data/tables';
import { texts } from './i18n';

/** Today's lines, loaded when the Dashboard or the start-up reminder reads them. */
const tasks = () => import('./data/todayTasks');

/** System 2 (督查抽查): checks, supervision items and their slips, to 销号 and archive. */
export const supervisionManifest = {
  id: 'supervision',
  namespaces: ['supervision'],
  texts,
  routes: [{ path: 'supervision', page: lazyNamed(() => import('./screens/SupervisionPage'), 'SupervisionPage') }],
  nav: [{ path: 'supervision', labelKey: 'supervision.nav', order: 20 }],
  dashboardCards: [
    {
      id: 'counts',
      order: 30,
      Card: lazyNamed(() => import('./cards/SupervisionCountsCard'), 'SupervisionCountsCard'),
    },
  ],
  settingsSections: [
    {
      id: 'deadlines',
      titleKey: 'supervision.settings.title',
      order: 40,
      Section: lazyNamed(() => import('./settings/SupervisionSettingsSection'), 'SupervisionSettingsSection'),
    },
  ],
  tables: SUPERVISION_TABLES,
  auditEntities: {
    checks: 'supervision.auditEntities.checks',
    supervisionItems: 'supervision.auditEntities.supervisionItems',
    findings: 'supervision.auditEntities.findings',
  },
  errors: {
    'not-approved': 'supervision.errors.not-approved',
    'not-drawn': 'supervision.errors.not-drawn',
    'wrong-state': 'supervision.errors.wrong-state',
    'no-notice-unannounced': 'supervision.errors.no-notice-unannounced',
  },
  sample: {
    load: () => import('./sample').then((m) => m.supervisionSample),
    // Kept counts are derived from the items: rebuilt after sample rows come or go, never sample themselves.
    ownTables: ['itemCounts'],
    extraTables: ['supervisionItems', 'itemCounts'],
    named: { checks: 'supervision.sample.checks', supervisionItems: 'supervision.sample.items' },
  },
  documentKinds: ['approvalSlip', 'notice', 'supervisionSlip', 'record', 'circular'],
  search: [
    {
      table: 'checks',
      kinds: { check: 'supervision.search.check' },
      load: () => import('./searchSources').then((m) => m.checkSearch),
    },
    {
      table: 'findings',
      kinds: { finding: 'supervision.search.finding' },
      load: () => import('./searchSources').then((m) => m.findingSearch),
    },
    {
      table: 'supervisionItems',
      kinds: { item: 'supervision.search.item' },
      load: () => import('./searchSources').then((m) => m.itemSearch),
    },
    {
      table: 'itemFeedback',
      kinds: { feedback: 'supervision.search.feedback' },
      load: () => import('./searchSources').then((m) => m.feedbackSearch),
    },
    {
      table: 'explanations',
      kinds: { explanation: 'supervision.search.explanation' },
      load: () => import('./searchSources').then((m) => m.explanationSearch),
    },
  ],
  assessment: [
    {
      id: 'supervision',
      titleKey: 'assessment.parts.supervision',
      figures: (year, today) => import('./data/assessmentFigures').then((m) => m.supervisionAssessment(year, today)),
    },
  ],
  today: [
    {
      id: 'overdue',
      labelKey: 'today.tasks.overdue',
      order: 30,
      tone: 'red',
      load: () => tasks().then((m) => m.openItems('overdue')),
    },
    {
      id: 'dueSoon',
      labelKey: 'today.tasks.dueSoon',
      order: 40,
      tone: 'yellow',
      load: () => tasks().then((m) => m.openItems('dueSoon')),
    },
    {
      id: 'extensions',
      labelKey: 'today.tasks.extensions',
      order: 45,
      tone: 'blue',
      load: () => tasks().then((m) => m.extensionsAwaiting),
    },
    {
      id: 'explanations',
      labelKey: 'today.tasks.explanations',
      order: 46,
      tone: 'blue',
      load: () => tasks().then((m) => m.explanationsAwaiting),
    },
    {
      id: 'rectOverdue',
      labelKey: 'today.tasks.rectOverdue',
      order: 80,
      tone: 'red',
      load: () => tasks().then((m) => m.openItems('overdue', 'evaluation')),
    },
    {
      id: 'rectDueSoon',
      labelKey: 'today.tasks.rectDueSoon',
      order: 81,
      tone: 'yellow',
      load: () => tasks().then((m) => m.openItems('dueSoon', 'evaluation')),
    },
  ],
} as const satisfies SystemManifest;
