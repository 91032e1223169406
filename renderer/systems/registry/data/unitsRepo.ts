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
import { unitLabel, unitNameKey } from '../../../../shared/systems/registry/unitNames';
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

/**
 * A name is unique within its scope (its kind; a village within its town): a second 东关村 under
 * 牛庄镇 is refused with the town named, one under 甘泉镇 is another place and welcome.
 */
async function checkNameFree(input: ValidUnitInput, id?: string): Promise<void> {
  const db = getDb();
  const prefix = unitSortPrefix(input.kind);
  const key = unitNameKey(input);
  const taken = await db.units
    .where('sortKey')
    .between(prefix, `${prefix}\uffff`)
    .filter((u) => u.id !== id && u.name === input.name && unitNameKey(u) === key)
    .first();
  if (!taken) return;
  if (input.kind !== 'village') throw new AppError('duplicate-name', { name: input.name });
  const town = input.parentId ? await db.units.get(input.parentId) : undefined;
  throw new AppError('duplicate-village-name', { name: input.name, town: town?.name ?? '' });
}

export const unitsRepo = {
  async create(input: UnitInput, now = new Date()): Promise<Unit> {
    const valid = parseUnitInput(input);
    const db = getDb();
    return writeWithAudit([db.units], async (audit) => {
      await checkParent(valid);
      await checkNameFree(valid);
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
      await checkNameFree(valid, id);
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

  /** How these units are shown without their town beside them: 牛庄镇·东关村 for a village. */
  labels(ids: readonly string[]): Promise<Map<string, string>> {
    return read(async () => {
      const db = getDb();
      const units = (await db.units.bulkGet([...new Set(ids)])).filter((u) => u !== undefined);
      const townIds = [...new Set(units.flatMap((u) => (u.kind === 'village' && u.parentId ? [u.parentId] : [])))];
      const towns = new Map((await db.units.bulkGet(townIds)).flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
      return new Map(units.map((u) => [u.id, unitLabel(u, (id) => towns.get(id))]));
    });
  },

  /** Every unit in display order, for export. */
  listAll(): Promise<Unit[]> {
    return read(() => getDb().units.orderBy('sortKey').toArray());
  },
};
