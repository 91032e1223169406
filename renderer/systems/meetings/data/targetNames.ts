import type { Unit } from '../../../../shared/systems/registry';
import { targetNameAt } from '../../../../shared/systems/meetings/targets';
import { getDb } from '../../../core/data/db';

/**
 * Names of target units as a record keeps them on a date, villages with their town
 * (shared/systems/meetings/targets.ts). Reads the towns in the caller's transaction (db.units).
 */
export async function targetNamesAt(units: readonly Unit[], on: string): Promise<string[]> {
  const known = new Map(units.map((u) => [u.id, u]));
  const towns = [
    ...new Set(
      units.flatMap((u) => (u.kind === 'village' && u.parentId && !known.has(u.parentId) ? [u.parentId] : [])),
    ),
  ];
  for (const town of await getDb().units.bulkGet(towns)) if (town) known.set(town.id, town);
  return units.map((u) => targetNameAt(u, known, on));
}
