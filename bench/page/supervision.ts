// (e) System 2's Dashboard counts with 100 000 supervision items stored.
import { DB_NAME, WorkbenchDB, getDb, useDatabase } from '../../renderer/core/data/db';
import { supervisionCountsRepo } from '../../renderer/systems/supervision/data/supervisionCountsRepo';
import { supervisionItemsRepo } from '../../renderer/systems/supervision/data/supervisionItemsRepo';
import { addDays, localDate } from '../../shared/core/common/localDate';
import { DEFAULT_DEADLINE_SETTINGS } from '../../shared/systems/supervision/deadline';
import {
  ITEM_SOURCES,
  itemIndexKeys,
  type ItemStatus,
  type SupervisionItem,
} from '../../shared/systems/supervision/item';
import { createRandom } from '../../renderer/core/sample/random';
import { BENCH_NOW, benchSession } from './data';
import { deleteDatabase, median, quantile } from './stats';

const TODAY = localDate(BENCH_NOW);

/**
 * Stores `count` items in a fresh database: 400 units, five sources, deadlines over two years
 * around the bench day, and `openShare` of them still open (the rest closed or archived). Written
 * in raw chunks, then the kept counts rebuilt from them, as after a sample-data load.
 */
export async function supervisionPrepare({
  count = 100_000,
  openShare = 0.3,
}: { count?: number; openShare?: number } = {}): Promise<Record<string, number>> {
  await deleteDatabase(DB_NAME);
  const db = new WorkbenchDB();
  await db.open();
  useDatabase(db);
  benchSession();
  const rng = createRandom('bench-supervision');
  const units = Array.from({ length: 400 }, () => rng.uuid());
  const t0 = performance.now();
  for (let start = 0; start < count; start += 10_000) {
    const chunk: SupervisionItem[] = [];
    for (let i = start; i < Math.min(start + 10_000, count); i++) {
      const id = rng.uuid();
      const status: ItemStatus = rng.chance(openShare)
        ? rng.chance(0.7)
          ? 'open'
          : 'replied'
        : rng.chance(0.5)
          ? 'closed'
          : 'archived';
      const item: SupervisionItem = {
        id,
        taskId: id,
        source: rng.pick(ITEM_SOURCES),
        category: 'annualTasks',
        matter: `督办事项${i}`,
        requirement: '',
        unitId: rng.pick(units),
        dueOn: addDays(TODAY, rng.int(-365, 365)),
        status,
        secrecy: 'internal',
        year: 2026,
        createdAt: BENCH_NOW.toISOString(),
        createdBy: '基准测试',
        isSample: 0,
      };
      const { dueKey, openKey } = itemIndexKeys(item);
      chunk.push(openKey ? { ...item, dueKey, openKey } : { ...item, dueKey });
    }
    await db.supervisionItems.bulkPut(chunk);
  }
  const writeMs = performance.now() - t0;
  const t1 = performance.now();
  await supervisionCountsRepo.rebuild();
  const rebuildMs = performance.now() - t1;
  return {
    items: await db.supervisionItems.count(),
    open: await db.supervisionItems.where('openKey').above('').count(),
    countRows: await db.itemCounts.count(),
    writeMs,
    rebuildMs,
  };
}

/**
 * Times the Dashboard's figures (open, 临期, 逾期 overall, by unit and by source) from the kept
 * counts, against recounting them over the index ranges the lists use, and checks they agree.
 */
export async function supervisionDashboard({ reps = 50 }: { reps?: number } = {}): Promise<Record<string, number>> {
  useDatabase(getDb());
  benchSession();
  const settings = DEFAULT_DEADLINE_SETTINGS;
  const recount = async () => {
    const [open, dueSoon, overdue] = await Promise.all(
      (['open', 'dueSoon', 'overdue'] as const).map((view) =>
        supervisionItemsRepo.countOpen({ view, today: TODAY, settings }),
      ),
    );
    return { open, dueSoon, overdue };
  };
  for (let i = 0; i < 5; i++) await supervisionCountsRepo.dashboard(TODAY);
  const kept: number[] = [];
  let last = await supervisionCountsRepo.dashboard(TODAY);
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    last = await supervisionCountsRepo.dashboard(TODAY);
    kept.push(performance.now() - t0);
  }
  const counted: number[] = [];
  let truth = await recount();
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    truth = await recount();
    counted.push(performance.now() - t0);
  }
  if (truth.open !== last.totals.open || truth.dueSoon !== last.totals.dueSoon || truth.overdue !== last.totals.overdue)
    throw new Error(`kept counts ${JSON.stringify(last.totals)} differ from the lists ${JSON.stringify(truth)}`);
  const firstPage: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await supervisionItemsRepo.listOpen({ view: 'overdue', today: TODAY, settings });
    firstPage.push(performance.now() - t0);
  }
  return {
    keptMedian: median(kept),
    keptP95: quantile(kept, 0.95),
    recountMedian: median(counted),
    overdueListFirstPage: median(firstPage),
    open: last.totals.open,
    overdue: last.totals.overdue,
    dueSoon: last.totals.dueSoon,
    units: last.byUnit.length,
  };
}
