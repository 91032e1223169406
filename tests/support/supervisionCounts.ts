import { expect } from 'vitest';
import { ITEM_SOURCES } from '../../shared/systems/supervision/item';
import { getDb } from '../../renderer/core/data/db';
import { supervisionCountsRepo } from '../../renderer/systems/supervision/data/supervisionCountsRepo';
import { type OpenItemsView, supervisionItemsRepo } from '../../renderer/systems/supervision/data/supervisionItemsRepo';
import { supervisionSettingsRepo } from '../../renderer/systems/supervision/data/supervisionSettingsRepo';

const VIEWS = ['open', 'overdue', 'dueSoon'] as const satisfies readonly OpenItemsView[];

/** Every Dashboard figure next to the list it opens, counted over that list's index range. */
export async function expectCountsEqualLists(today: string) {
  const dashboard = await supervisionCountsRepo.dashboard(today);
  const settings = await supervisionSettingsRepo.deadlines();
  const list = (view: OpenItemsView, scope: { unitId?: string; source?: (typeof ITEM_SOURCES)[number] } = {}) =>
    supervisionItemsRepo.countOpen({ view, today, settings, ...scope });
  for (const view of VIEWS) expect(dashboard.totals[view], `all ${view}`).toBe(await list(view));
  for (const u of dashboard.byUnit)
    for (const view of VIEWS) expect(u[view], `${u.unitId} ${view}`).toBe(await list(view, { unitId: u.unitId }));
  for (const source of ITEM_SOURCES)
    for (const view of VIEWS)
      expect(dashboard.bySource[source][view], `${source} ${view}`).toBe(await list(view, { source }));
  // Every unit with an open item shows up, and the paged list walks to the same number.
  const db = getDb();
  const openUnits = new Set((await db.supervisionItems.where('openKey').above('').toArray()).map((i) => i.unitId));
  expect(new Set(dashboard.byUnit.filter((u) => u.open > 0).map((u) => u.unitId))).toEqual(openUnits);
  let walked = 0;
  for (let after: string | null = null, first = true; first || after; first = false) {
    const page = await supervisionItemsRepo.listOpen({ view: 'overdue', today, settings, after, limit: 7 });
    walked += page.rows.length;
    after = page.nextAfter;
  }
  expect(walked).toBe(dashboard.totals.overdue);
  return dashboard;
}
