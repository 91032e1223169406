import { UNIT_KINDS, type UnitKind, unitSortPrefix } from '../../../../shared/systems/registry/unit';
import { getDb } from '../../../core/data/db';
import { countGroup } from './registryQueries';
import { read } from '../../../core/data/write';

export const registryStatsRepo = {
  /** Counted on the sortKey index, one key range per kind (includes inactive units). */
  unitCountsByKind(): Promise<Record<UnitKind, number>> {
    return read(async () => {
      const db = getDb();
      const entries = await Promise.all(
        UNIT_KINDS.map(async (kind) => [kind, await countGroup(db.units, unitSortPrefix(kind))] as const),
      );
      return Object.fromEntries(entries) as Record<UnitKind, number>;
    });
  },
};
