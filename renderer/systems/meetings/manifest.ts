import type { SystemManifest } from '../../core/manifest';
import { lazyNamed } from '../../core/plugin/lazyNamed';
import { MEETINGS_TABLES } from './data/tables';
import { texts } from './i18n';

/** Today's lines, loaded when the Dashboard or the start-up reminder reads them. */
const tasks = () => import('./data/todayTasks');

/** System 1 (日常调度会议): scheduling meetings from topics to archive. */
export const meetingsManifest = {
  id: 'meetings',
  namespaces: ['meetings'],
  texts,
  routes: [{ path: 'meetings', page: lazyNamed(() => import('./screens/MeetingsPage'), 'MeetingsPage') }],
  nav: [{ path: 'meetings', labelKey: 'meetings.nav', order: 10 }],
  dashboardCards: [
    {
      id: 'cadence',
      order: 20,
      Card: lazyNamed(() => import('./cards/MeetingsDashboardCard'), 'MeetingsDashboardCard'),
    },
  ],
  settingsSections: [],
  tables: MEETINGS_TABLES,
  auditEntities: {
    meetings: 'meetings.auditEntities.meetings',
    topics: 'meetings.auditEntities.topics',
    attendance: 'meetings.auditEntities.attendance',
  },
  errors: {},
  sample: {
    load: () => import('./sample').then((m) => m.meetingsSample),
    named: { meetings: 'meetings.sample.meetings' },
  },
  documentKinds: ['approvalSlip', 'plan', 'notice', 'signInSheet', 'minutes', 'bulletin', 'circular'],
  search: [
    {
      table: 'meetings',
      kinds: { meeting: 'meetings.search.types.meeting' },
      load: () => import('./searchSources').then((m) => m.meetingSearch),
    },
    {
      table: 'agendaItems',
      kinds: { topic: 'meetings.search.types.topic' },
      load: () => import('./searchSources').then((m) => m.topicSearch),
    },
  ],
  assessment: [],
  today: [
    {
      id: 'awaitingLeader',
      labelKey: 'today.tasks.topicsAwaitingLeader',
      order: 10,
      tone: 'blue',
      load: () => tasks().then((m) => m.meetingsToday.awaitingLeader),
    },
    {
      id: 'due',
      labelKey: 'today.tasks.meetingDue',
      order: 20,
      tone: 'yellow',
      load: () => tasks().then((m) => m.meetingsToday.due),
    },
  ],
} as const satisfies SystemManifest;
