import Dexie from 'dexie';
import { UNIT_KINDS, type UnitKind } from '../../../shared/domain/registry/unit';
import { getDb } from '../db';
import { read } from './write';

export const registryStatsRepo = {
  /** Counted on the [kind+sortKey] index (includes inactive units). */
  unitCountsByKind(): Promise<Record<UnitKind, number>> {
    return read(async () => {
      const db = getDb();
      const entries = await Promise.all(
        UNIT_KINDS.map(async (kind) => [kind, await db.units.where('[kind+sortKey]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]).count()] as const),
      );
      return Object.fromEntries(entries) as Record<UnitKind, number>;
    });
  },
};
