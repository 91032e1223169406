import type { SystemManifest } from '../../core/manifest';
import { lazyNamed } from '../../core/plugin/lazyNamed';
import { EVALUATION_TABLES } from './data/tables';
import { texts } from './i18n';

/** Today's lines, loaded when the Dashboard or the start-up reminder reads them. */
const tasks = () => import('./data/todayTasks');

/**
 * System 4 (服务对象评价): the talents rate the units that serve them — six channels, paper
 * questionnaires, satisfaction over time, and rectification tracked to done through supervision.
 */
export const evaluationManifest = {
  id: 'evaluation',
  namespaces: ['evaluation', 'evaluationScan'],
  texts,
  routes: [{ path: 'evaluation', page: lazyNamed(() => import('./screens/EvaluationPage'), 'EvaluationPage') }],
  nav: [{ path: 'evaluation', labelKey: 'evaluation.nav', order: 40 }],
  dashboardCards: [
    { id: 'evaluation', order: 40, Card: lazyNamed(() => import('./cards/EvaluationCard'), 'EvaluationCard') },
  ],
  settingsSections: [
    {
      id: 'evaluation',
      titleKey: 'evaluation.settings.title',
      order: 50,
      Section: lazyNamed(() => import('./settings/EvaluationSettingsSection'), 'EvaluationSettingsSection'),
    },
  ],
  tables: EVALUATION_TABLES,
  auditEntities: {
    evaluationRecords: 'evaluation.auditEntities.evaluationRecords',
    questionnaires: 'evaluation.auditEntities.questionnaires',
    questionnaireReturns: 'evaluation.auditEntities.questionnaireReturns',
    reminders: 'evaluation.auditEntities.reminders',
    returnTextImages: 'evaluation.auditEntities.returnTextImages',
  },
  errors: {},
  sample: {
    load: () => import('./sample').then((m) => m.evaluationSample),
    // Kept results are derived from the records and returns: recounted after sample rows come or go.
    ownTables: ['evaluationTallies'],
    extraTables: ['evaluationRecords', 'questionnaireVersions', 'questionnaireReturns', 'evaluationTallies'],
    named: {
      evaluationRecords: 'evaluation.sample.records',
      questionnaireReturns: 'evaluation.sample.returns',
    },
  },
  documentKinds: ['circular'],
  search: [
    {
      table: 'evaluationRecords',
      kinds: { evaluationRecord: 'evaluation.search.record', opinion: 'evaluation.search.opinion' },
      load: () => import('./searchSources').then((m) => m.evaluationRecordSearch),
    },
    {
      table: 'questionnaires',
      kinds: { questionnaire: 'evaluation.search.questionnaire' },
      load: () => import('./searchSources').then((m) => m.questionnaireSearch),
    },
    {
      table: 'questionnaireReturns',
      kinds: { opinion: 'evaluation.search.opinion' },
      load: () => import('./searchSources').then((m) => m.returnOpinionSearch),
    },
  ],
  assessment: [
    {
      id: 'satisfaction',
      titleKey: 'assessment.parts.satisfaction',
      figures: (year) => import('./data/assessmentFigures').then((m) => m.evaluationAssessment(year)),
    },
  ],
  today: [
    {
      id: 'callbacks',
      labelKey: 'today.tasks.callbacks',
      order: 70,
      tone: 'blue',
      load: () => tasks().then((m) => m.evaluationToday.callbacks),
    },
    {
      id: 'pending',
      labelKey: 'today.tasks.pending',
      order: 90,
      tone: 'blue',
      load: () => tasks().then((m) => m.evaluationToday.pending),
    },
  ],
} as const satisfies SystemManifest;
