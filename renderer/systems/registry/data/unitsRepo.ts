import { AppError } from '../../../../shared/core/errors';
import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import {
  type Unit,
  type UnitInput,
  type UnitKind,
  type ValidUnitInput,
  unitInputSchema,
  unitSearchFields,
  unitSortKey,
  unitSortPrefix,
} from '../../../../shared/systems/registry/unit';
import { getDb } from '../../../core/data/db';
import { auditView, read, writeWithAudit } from '../../../core/data/write';
import { type Page, PAGE_SIZE } from '../../../core/data/paging';
import { searchSorted, sortedPage } from './registryQueries';
import { validationError } from '../../../core/data/validation';

export interface UnitListQuery {
  kind?: UnitKind;
  after?: string | null;
  limit?: number;
  includeInactive?: boolean;
}

/** Builds a full record from validated input; `prev` keeps identity and history on update. */
export function buildUnit(input: ValidUnitInput, now: Date, prev?: Unit, id = prev?.id ?? newId()): Unit {
  const nameHistory = prev ? [...prev.nameHistory] : [];
  if (prev && (prev.name !== input.name || prev.shortName !== input.shortName)) {
    // Rename: the old name stays valid for records dated before today.
    nameHistory.push({ name: prev.name, shortName: prev.shortName, until: localDate(now) });
  }
  const stamp = now.toISOString();
  return {
    id,
    ...input,
    isActive: prev?.isActive ?? 1,
    nameHistory,
    sortKey: unitSortKey(input.kind, input.displayOrder, input.name, id),
    isSample: prev?.isSample ?? 0,
    createdAt: prev?.createdAt ?? stamp,
    updatedAt: stamp,
  };
}

export function parseUnitInput(input: UnitInput): ValidUnitInput {
  const parsed = unitInputSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

async function checkParent(input: ValidUnitInput): Promise<void> {
  if (!input.parentId) return;
  const parent = await getDb().units.get(input.parentId);
  if (!parent || parent.kind !== 'town')
    throw new AppError('validation', { field: 'parentId', rule: 'village-needs-town' });
}

export const unitsRepo = {
  async create(input: UnitInput, now = new Date()): Promise<Unit> {
    const valid = parseUnitInput(input);
    const db = getDb();
    return writeWithAudit([db.units], async (audit) => {
      await checkParent(valid);
      const unit = buildUnit(valid, now);
      await db.units.add(unit);
      await audit('units', unit.id, 'create', null, auditView(unit));
      return unit;
    });
  },

  async update(id: string, input: UnitInput, now = new Date()): Promise<Unit> {
    const valid = parseUnitInput(input);
    const db = getDb();
    return writeWithAudit([db.units], async (audit) => {
      const prev = await db.units.get(id);
      if (!prev) throw new AppError('not-found', { id });
      await checkParent(valid);
      const unit = buildUnit(valid, now, prev);
      await db.units.put(unit);
      await audit('units', id, 'update', auditView(prev), auditView(unit));
      return unit;
    });
  },

  async setActive(id: string, isActive: boolean, now = new Date()): Promise<void> {
    const db = getDb();
    await writeWithAudit([db.units], async (audit) => {
      const prev = await db.units.get(id);
      if (!prev) throw new AppError('not-found', { id });
      const next: Unit = { ...prev, isActive: isActive ? 1 : 0, updatedAt: now.toISOString() };
      await db.units.put(next);
      await audit(
        'units',
        id,
        isActive ? 'reactivate' : 'deactivate',
        { isActive: prev.isActive },
        { isActive: next.isActive },
      );
    });
  },

  get(id: string): Promise<Unit | undefined> {
    return read(() => getDb().units.get(id));
  },

  /** Sorted by kind, display order then name, keyset-paged on the sortKey index (a kind is a key range). */
  listPage({ kind, after = null, limit = PAGE_SIZE, includeInactive = false }: UnitListQuery = {}): Promise<
    Page<Unit>
  > {
    return read(() => sortedPage(getDb().units, kind ? unitSortPrefix(kind) : null, after, limit, includeInactive));
  },

  /** Chinese substring search over name, short name, party organisation and contact, in sort order. */
  search(
    query: string,
    { kind, includeInactive = false, limit = 200 }: Omit<UnitListQuery, 'after'> = {},
  ): Promise<Unit[]> {
    return read(() =>
      searchSorted(getDb().units, kind ? unitSortPrefix(kind) : null, query, unitSearchFields, includeInactive, limit),
    );
  },

  /** Towns and subdistricts, the possible parents of a village. */
  listTowns(): Promise<Unit[]> {
    const prefix = unitSortPrefix('town');
    return read(() => getDb().units.where('sortKey').between(prefix, `${prefix}\uffff`).toArray());
  },

  /** Every unit in display order, for export. */
  listAll(): Promise<Unit[]> {
    return read(() => getDb().units.orderBy('sortKey').toArray());
  },
};
