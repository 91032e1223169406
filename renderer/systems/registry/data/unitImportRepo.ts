import { AppError } from '../../../../shared/core/errors';
import { newId } from '../../../../shared/core/common/ids';
import type { Unit } from '../../../../shared/systems/registry/unit';
import type { ExistingUnits, KnownUnit, PreparedUnit } from '../../../../shared/systems/registry/unitImport';
import { unitNameKey } from '../../../../shared/systems/registry/unitNames';
import { getDb } from '../../../core/data/db';
import { auditView, writeWithAudit } from '../../../core/data/write';
import { buildUnit } from './unitsRepo';
import { type BulkOptions, bulkInsertWithAudit } from '../../../core/data/bulkWrite';

export type { BulkOptions, ImportProgress } from '../../../core/data/bulkWrite';

/** The registry as planUnitImport matches a sheet against it: towns, current and former names. */
export async function unitImportContext(): Promise<ExistingUnits> {
  const units = await getDb().units.toArray();
  const towns = new Map<string, string>();
  const current = new Map<string, KnownUnit>();
  const former = new Map<string, KnownUnit>();
  for (const u of units) {
    current.set(unitNameKey(u), { id: u.id, name: u.name });
    if (u.kind === 'town') towns.set(u.name, u.id);
  }
  for (const u of units)
    for (const h of u.nameHistory) {
      const key = unitNameKey({ ...u, name: h.name });
      if (!current.has(key)) former.set(key, { id: u.id, name: u.name });
      if (u.kind === 'town' && !towns.has(h.name)) towns.set(h.name, u.id);
    }
  return { towns, current, former };
}

/** A renamed unit keeps what the row leaves blank (its contact, its party organisation). */
function renamedInput(p: PreparedUnit, prev: Unit): PreparedUnit['input'] {
  const kept = (field: 'shortName' | 'partyOrgName' | 'contactName' | 'contactPhone') => p.input[field] || prev[field];
  return {
    ...p.input,
    shortName: kept('shortName'),
    partyOrgName: kept('partyOrgName'),
    contactName: kept('contactName'),
    contactPhone: kept('contactPhone'),
    displayOrder: p.input.displayOrder || prev.displayOrder,
  };
}

/**
 * Writes validated rows in ONE transaction, in chunks so progress can be shown: a failure or a
 * cancel aborts the transaction and leaves nothing behind. New units get one audit entry for the
 * user's one action (the import); each rename is an update of its unit, the old name kept in its
 * history.
 */
export async function importUnits(
  prepared: readonly PreparedUnit[],
  existingTowns: ReadonlyMap<string, string>,
  options: BulkOptions = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const townIds = new Map(existingTowns);
  const fresh: { p: PreparedUnit; unit: Unit }[] = [];
  const renames = prepared.filter((p) => p.renames);
  for (const p of renames) if (p.input.kind === 'town') townIds.set(p.input.name, p.renames!.id);
  for (const p of prepared) {
    if (p.renames) continue;
    const id = newId();
    if (p.input.kind === 'town' && !townIds.has(p.input.name)) townIds.set(p.input.name, id);
    fresh.push({ p, unit: buildUnit(p.input, now, undefined, id) });
  }
  for (const { p, unit } of fresh) {
    if (p.parentName) unit.parentId = townIds.get(p.parentName) ?? null;
  }
  const db = getDb();
  return writeWithAudit([db.units], async (audit) => {
    for (const p of renames) {
      const prev = await db.units.get(p.renames!.id);
      if (!prev) throw new AppError('not-found', { id: p.renames!.id });
      const input = renamedInput(p, prev);
      const parentId = p.parentName ? (townIds.get(p.parentName) ?? null) : null;
      const unit = buildUnit({ ...input, parentId }, now, prev);
      await db.units.put(unit);
      await audit('units', unit.id, 'update', auditView(prev), auditView(unit));
    }
    const added = fresh.length
      ? await bulkInsertUnits(
          fresh.map((f) => f.unit),
          options,
        )
      : 0;
    return added + renames.length;
  });
}

/** The repositories' bulk path for units: also used by sample data and the benchmark. */
export function bulkInsertUnits(units: Unit[], options: BulkOptions = {}): Promise<number> {
  return bulkInsertWithAudit(getDb().units, 'units', units, options);
}
