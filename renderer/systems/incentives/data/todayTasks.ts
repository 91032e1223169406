import type { TodayReader } from '../../../core/manifest';
import { placeSub, type TodoView } from '../screens/incentivesRoute';
import { claimsRepo } from './claimsRepo';
import { incentivesDashboardRepo } from './dashboardRepo';
import { followUpsRepo } from './followUpsRepo';

const link = (view: TodoView) => () => ({ path: 'incentives', sub: placeSub({ page: 'todo', view }) });

/** System 3's lists for Today: each counted as the Dashboard card counts it, listed as its to-do list reads it. */
export const incentivesToday: Record<TodoView, TodayReader> = {
  review: {
    count: async () => (await incentivesDashboardRepo.counts()).awaitingReview,
    list: async () => (await claimsRepo.listAwaitingReview()).map((c) => ({ id: c.id })),
    link: link('review'),
  },
  leader: {
    count: async (today) => (await incentivesDashboardRepo.counts(today)).awaitingLeader,
    list: async () => {
      const { rounds, claims } = await incentivesDashboardRepo.awaitingLeader();
      return [...rounds, ...claims].map((r) => ({ id: r.id }));
    },
    link: link('leader'),
  },
  followUps: {
    count: async (today) => (await incentivesDashboardRepo.counts(today)).followUpsDue,
    list: async (today) => (await followUpsRepo.listDue(today)).map((c) => ({ id: c.id })),
    link: link('followUps'),
  },
};
