import type { LocalDate } from '../../../../shared/core/common/localDate';
import type { ItemSource } from '../../../../shared/systems/supervision/item';
import type { TodayReader } from '../../../core/manifest';
import { pendingExtension } from '../../../../shared/systems/supervision/extension';
import { getDb } from '../../../core/data/db';
import { read } from '../../../core/data/write';
import { placeSub } from '../screens/supervisionRoute';
import { supervisionCountsRepo } from './supervisionCountsRepo';
import { supervisionItemsRepo, type OpenItemsView } from './supervisionItemsRepo';
import { supervisionSettingsRepo } from './supervisionSettingsRepo';

/** More than any list holds (IndexedDB counts in 32 bits). */
const ALL = 1_000_000;

type View = Extract<OpenItemsView, 'dueSoon' | 'overdue'>;

/**
 * 临期 and 逾期 items for Today — all of them, or those one source raised (evaluation's
 * rectifications): counted from the kept counts as the Dashboard counts them, listed by the index
 * range the list they open reads.
 */
export function openItems(view: View, source?: ItemSource): TodayReader {
  return {
    count: async (today: LocalDate) => {
      const counts = await supervisionCountsRepo.dashboard(today);
      return (source ? counts.bySource[source] : counts.totals)[view];
    },
    list: async (today: LocalDate) => {
      const settings = await supervisionSettingsRepo.deadlines();
      const page = await supervisionItemsRepo.listOpen({
        view,
        today,
        settings,
        source,
        limit: ALL,
      });
      return page.rows.map((i) => ({ id: i.id }));
    },
    link: () => ({
      path: 'supervision',
      sub: placeSub({ page: 'items', scope: source ? { by: 'source', source, view } : { by: 'all', view } }),
    }),
  };
}

const itemRecord = (item: { id: string; matter: string }) => ({
  id: item.id,
  title: item.matter,
  link: { path: 'supervision', sub: placeSub({ page: 'item', id: item.id }) },
});

/** Open items whose unit asked for more time (延期) and whose 呈批单 awaits the leader's decision. */
export const extensionsAwaiting: TodayReader = {
  count: async () => (await extensionsAwaiting.list('')).length,
  list: () =>
    read(async () =>
      (await getDb().supervisionItems.where('openKey').between('', '\uffff', true, true).toArray())
        .filter((i) => !!pendingExtension(i))
        .map(itemRecord),
    ),
  link: () => null,
};

/** 情况说明 recorded for late items, not yet read and instructed on (阅示) by the leader. */
export const explanationsAwaiting: TodayReader = {
  count: () =>
    read(() =>
      getDb()
        .explanations.filter((e) => !e.reading)
        .count(),
    ),
  list: () =>
    read(async () => {
      const db = getDb();
      const unread = await db.explanations.filter((e) => !e.reading).toArray();
      const items = await db.supervisionItems.bulkGet(unread.map((e) => e.itemId));
      return unread.map((e, i) => ({ ...itemRecord({ id: e.itemId, matter: items[i]?.matter ?? '' }), id: e.id }));
    }),
  link: () => null,
};
