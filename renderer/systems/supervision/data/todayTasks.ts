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

type ItemLine = { id: string; matter: string; unitId?: string };

/** Each item as Today lists it: its matter and unit (two units' items often share a matter), opening the item. */
async function itemRecords(items: readonly ItemLine[]) {
  const units = await getDb().units.bulkGet([...new Set(items.flatMap((i) => (i.unitId ? [i.unitId] : [])))]);
  const names = new Map(units.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
  return items.map((item) => ({
    id: item.id,
    title: [item.matter, names.get(item.unitId ?? '')].filter(Boolean).join(' — '),
    link: { path: 'supervision', sub: placeSub({ page: 'item', id: item.id }) },
  }));
}

/** Open items whose unit asked for more time (延期) and whose 呈批单 awaits the leader's decision. */
export const extensionsAwaiting: TodayReader = {
  count: async () => (await extensionsAwaiting.list('')).length,
  list: () =>
    read(async () =>
      itemRecords(
        (await getDb().supervisionItems.where('openKey').between('', '\uffff', true, true).toArray()).filter(
          (i) => !!pendingExtension(i),
        ),
      ),
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
      const found = await db.supervisionItems.bulkGet(unread.map((e) => e.itemId));
      const items = await itemRecords(found.map((item, i) => item ?? { id: unread[i].itemId, matter: '' }));
      return unread.map((e, i) => ({ ...items[i], id: e.id }));
    }),
  link: () => null,
};
