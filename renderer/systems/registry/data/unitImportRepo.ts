import { newId } from '../../../../shared/core/common/ids';
import type { Unit } from '../../../../shared/systems/registry/unit';
import type { PreparedUnit } from '../../../../shared/systems/registry/unitImport';
import { getDb } from '../../../core/data/db';
import { buildUnit } from './unitsRepo';
import { type BulkOptions, bulkInsertWithAudit } from '../../../core/data/bulkWrite';

export type { BulkOptions, ImportProgress } from '../../../core/data/bulkWrite';

/** Existing towns by name and "kind|name" keys, for planUnitImport. */
export async function unitImportContext(): Promise<{ towns: Map<string, string>; names: Set<string> }> {
  const db = getDb();
  const towns = new Map<string, string>();
  const names = new Set<string>();
  await db.units.each((u) => {
    names.add(`${u.kind}|${u.name}`);
    if (u.kind === 'town') towns.set(u.name, u.id);
  });
  return { towns, names };
}

/**
 * Writes validated rows in ONE transaction, in chunks so progress can be shown: a failure or a
 * cancel aborts the transaction and leaves nothing behind. One audit entry for the user's one
 * action (the import), with the count and the ids.
 */
export async function importUnits(
  prepared: readonly PreparedUnit[],
  existingTowns: ReadonlyMap<string, string>,
  options: BulkOptions = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const townIds = new Map(existingTowns);
  const units: Unit[] = [];
  for (const p of prepared) {
    const id = newId();
    if (p.input.kind === 'town' && !townIds.has(p.input.name)) townIds.set(p.input.name, id);
    units.push(buildUnit(p.input, now, undefined, id));
  }
  for (let i = 0; i < units.length; i++) {
    if (prepared[i].parentName) units[i].parentId = townIds.get(prepared[i].parentName) ?? null;
  }
  return bulkInsertUnits(units, options);
}

/** The repositories' bulk path for units: also used by sample data and the benchmark. */
export function bulkInsertUnits(units: Unit[], options: BulkOptions = {}): Promise<number> {
  return bulkInsertWithAudit(getDb().units, 'units', units, options);
}
