// (b) listQuery on the app's own database, as insertRepo's last run left it.
import { getDb } from '../../renderer/core/data/db';
import { staffRepo } from '../../renderer/core/data/staffRepo';
import { unitsRepo } from '../../renderer/systems/registry/data/unitsRepo';
import { UNIT_KINDS, type UnitKind, unitSortPrefix } from '../../shared/systems/registry/unit';

/** The key range of one kind on the units' sortKey index. */
function ofKindRange(kind: UnitKind) {
  const prefix = unitSortPrefix(kind);
  return getDb().units.where('sortKey').between(prefix, `${prefix}\uffff`);
}
import { median, quantile } from './stats';

export const BENCH_USER = { username: 'bench', displayName: '基准测试', password: 'bench-password-1' };

/** After insertRepo's last run: the administrator, so that the app shows its sign-in form. */
export async function prepare(): Promise<Record<string, number>> {
  const db = getDb();
  // BENCH_ONLY=render runs no insert first: the app's database is opened (and created) here.
  if (!db.isOpen()) await db.open();
  if ((await db.staff.count()) === 0) await staffRepo.createFirstAdmin(BENCH_USER);
  const stored: Record<string, number> = { units: await db.units.count() };
  for (const kind of UNIT_KINDS) stored[kind] = await ofKindRange(kind).count();
  return stored;
}

export interface ListOptions {
  kind?: UnitKind;
  depth?: number;
  reps?: number;
  limit?: number;
}

/** Times listPage at the first page and `depth` rows deep, alternating, `reps` times each. */
export async function listQuery({
  kind = 'village',
  depth = 20_000,
  reps = 200,
  limit = 50,
}: ListOptions = {}): Promise<Record<string, number>> {
  const ofKind = await ofKindRange(kind).count();
  if (ofKind < depth + limit) throw new Error(`only ${ofKind} units of kind ${kind}`);
  // Untimed: one walk of the index to the row `depth` deep; its sortKey is the keyset cursor.
  const deepRow = await ofKindRange(kind)
    .offset(depth - 1)
    .first();
  const deepAfter = deepRow!.sortKey;
  const first: number[] = [];
  const deep: number[] = [];
  for (let i = 0; i < 5; i++) {
    await unitsRepo.listPage({ kind, after: null, limit });
    await unitsRepo.listPage({ kind, after: deepAfter, limit });
  }
  for (let i = 0; i < reps; i++) {
    for (const [after, out] of [
      [null, first],
      [deepAfter, deep],
    ] as const) {
      const t0 = performance.now();
      const page = await unitsRepo.listPage({ kind, after, limit });
      out.push(performance.now() - t0);
      if (page.rows.length !== limit) throw new Error(`page after ${after} has ${page.rows.length} rows`);
    }
  }
  return {
    ofKind,
    firstMedian: median(first),
    firstP95: quantile(first, 0.95),
    deepMedian: median(deep),
    deepP95: quantile(deep, 0.95),
  };
}
