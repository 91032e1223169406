import type { SystemManifest } from '../../core/manifest';
import { lazyNamed } from '../../core/plugin/lazyNamed';
import { INCENTIVES_TABLES } from './data/tables';
import { texts } from './i18n';

/** Today's lines, loaded when the Dashboard or the start-up reminder reads them. */
const tasks = () => import('./data/todayTasks');

/** System 3 (激励奖励): rounds, applications, review, the leader's sign-off, the points ledger, commendations. */
export const incentivesManifest = {
  id: 'incentives',
  namespaces: ['incentives'],
  texts,
  routes: [{ path: 'incentives', page: lazyNamed(() => import('./screens/IncentivesPage'), 'IncentivesPage') }],
  nav: [{ path: 'incentives', labelKey: 'incentives.nav', order: 30 }],
  dashboardCards: [
    { id: 'todo', order: 40, Card: lazyNamed(() => import('./cards/IncentivesCard'), 'IncentivesCard') },
  ],
  settingsSections: [
    {
      id: 'rules',
      titleKey: 'incentives.settings.title',
      order: 50,
      Section: lazyNamed(() => import('./settings/RulesSection'), 'RulesSection'),
    },
  ],
  tables: INCENTIVES_TABLES,
  auditEntities: {
    bonusRounds: 'incentives.auditEntities.bonusRounds',
    bonusClaims: 'incentives.auditEntities.bonusClaims',
    bonusLedger: 'incentives.auditEntities.bonusLedger',
    bonusRuleSets: 'incentives.auditEntities.bonusRuleSets',
  },
  errors: {},
  sample: {
    load: () => import('./sample').then((m) => m.incentivesSample),
    named: { bonusRounds: 'incentives.sample.rounds', bonusClaims: 'incentives.sample.claims' },
  },
  documentKinds: ['approvalSlip', 'circular', 'record'],
  search: [
    {
      table: 'bonusRounds',
      kinds: { round: 'incentives.search.round' },
      load: () => import('./searchSources').then((m) => m.roundSearch),
    },
    {
      table: 'bonusClaims',
      kinds: { application: 'incentives.search.application' },
      load: () => import('./searchSources').then((m) => m.claimSearch),
    },
    {
      table: 'bonusLedger',
      kinds: { ledgerEntry: 'incentives.search.ledgerEntry' },
      load: () => import('./searchSources').then((m) => m.ledgerSearch),
    },
  ],
  assessment: [
    {
      id: 'bonusPoints',
      titleKey: 'incentives.assessment.bonusPoints',
      figures: (year) => import('./data/assessmentFigures').then((m) => m.incentivesAssessment(year)),
    },
  ],
  today: [
    {
      id: 'review',
      labelKey: 'today.tasks.review',
      order: 50,
      tone: 'blue',
      load: () => tasks().then((m) => m.incentivesToday.review),
    },
    {
      id: 'leader',
      labelKey: 'today.tasks.leader',
      order: 15,
      tone: 'blue',
      load: () => tasks().then((m) => m.incentivesToday.leader),
    },
    {
      id: 'followUps',
      labelKey: 'today.tasks.followUps',
      order: 55,
      tone: 'yellow',
      load: () => tasks().then((m) => m.incentivesToday.followUps),
    },
  ],
} as const satisfies SystemManifest;
