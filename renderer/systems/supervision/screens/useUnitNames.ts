import { useLiveQuery } from 'dexie-react-hooks';
import type { Unit } from '../../../../shared/systems/registry';
import { supervisionItemsRepo } from '../data/supervisionItemsRepo';

/** The units a screen names, by id (loaded for the ids shown, not the whole registry). */
export function useUnits(unitIds: readonly string[]): Map<string, Unit> {
  const key = [...new Set(unitIds)].sort().join(',');
  const units = useLiveQuery(() => supervisionItemsRepo.unitsOf(key ? key.split(',') : []), [key]);
  return new Map((units ?? []).map((u) => [u.id, u]));
}

/** How a screen names the units (a village with its town: two towns may each have a 东关村), by id. */
export function useUnitLabels(unitIds: readonly string[]): Map<string, string> {
  const key = [...new Set(unitIds)].sort().join(',');
  const labels = useLiveQuery(() => supervisionItemsRepo.unitLabelsOf(key ? key.split(',') : []), [key]);
  return labels ?? new Map();
}
