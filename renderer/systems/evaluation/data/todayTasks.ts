import type { TodayReader } from '../../../core/manifest';
import { placeSub } from '../screens/evaluationRoute';
import { hotlineRepo } from './hotlineRepo';
import { questionnairesRepo } from './questionnairesRepo';

/** System 4's lists for Today: hotline entries awaiting call-back, questionnaires with returns to key in. */
export const evaluationToday: Record<'callbacks' | 'pending', TodayReader> = {
  callbacks: {
    count: () => hotlineRepo.countOpen('answered'),
    list: async () => (await hotlineRepo.listOpen('answered')).map((r) => ({ id: r.id })),
    link: () => ({ path: 'evaluation', sub: placeSub({ page: 'channels', channel: 'hotline', loop: 'answered' }) }),
  },
  pending: {
    count: () => questionnairesRepo.countPending(),
    list: async () => (await questionnairesRepo.listPending()).map((q) => ({ id: q.id })),
    link: () => ({ path: 'evaluation', sub: placeSub({ page: 'questionnaires', pending: true }) }),
  },
};
