import { useLiveQuery } from 'dexie-react-hooks';
import type { Unit } from '../../../../shared/systems/registry';
import { supervisionItemsRepo } from '../data/supervisionItemsRepo';

/** The units a screen names, by id (loaded for the ids shown, not the whole registry). */
export function useUnits(unitIds: readonly string[]): Map<string, Unit> {
  const key = [...new Set(unitIds)].sort().join(',');
  const units = useLiveQuery(() => supervisionItemsRepo.unitsOf(key ? key.split(',') : []), [key]);
  return new Map((units ?? []).map((u) => [u.id, u]));
}
