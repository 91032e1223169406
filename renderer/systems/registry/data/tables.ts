import type { EntityTable, Transaction } from 'dexie';
import type { TableVersion } from '../../../core/manifest';
import { PERSON_ROLES, type Person, type PersonRole } from '../../../../shared/systems/registry/person';
import type { Unit } from '../../../../shared/systems/registry/unit';

declare module '../../../core/data/db' {
  interface WorkbenchDB {
    units: EntityTable<Unit, 'id'>;
    people: EntityTable<Person, 'id'>;
  }
}

/** The registry's tables at each version of the core's chain (renderer/core/data/schema/versions.ts). */
export const REGISTRY_TABLES: readonly TableVersion[] = [
  {
    version: 1,
    stores: {
      units: 'id, [kind+sortKey], sortKey, *terms, parentId',
      people: 'id, [role+sortKey], sortKey, *terms, unitId',
    },
  },
  {
    // Version 2: an index on `isSample` so sample data is removable in one step. Rows written by
    // v1 get `isSample: 0` and `isActive: 1` where missing.
    version: 2,
    stores: {
      units: 'id, [kind+sortKey], sortKey, *terms, parentId, isSample',
      people: 'id, [role+sortKey], sortKey, *terms, unitId, isSample',
    },
    upgrade: upgradeToV2,
  },
  {
    // Version 4: units and people keep one sort-key index each. The multi-entry search index of
    // v1–v3 held ~40 terms a unit and made a 100 000-unit import some thirty times slower than raw
    // puts; search now scans the sort-key range (registries hold hundreds of units, not millions).
    // Kinds and roles are key ranges of the sort key, so the compound indexes go too.
    version: 4,
    stores: { units: 'id, sortKey', people: 'id, sortKey, unitId' },
    upgrade: upgradeToV4,
  },
];

async function upgradeToV2(tx: Transaction): Promise<void> {
  for (const table of ['units', 'people'] as const) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: { isSample?: number; isActive?: number }) => {
        if (row.isSample === undefined) row.isSample = 0;
        if (row.isActive === undefined) row.isActive = 1;
      });
  }
}

async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('units')
    .toCollection()
    .modify((row: { terms?: unknown }) => {
      delete row.terms;
    });
  await tx
    .table('people')
    .toCollection()
    .modify((row: { id: string; role: PersonRole; name: string; sortKey: string; terms?: unknown }) => {
      delete row.terms;
      // v3 people sorted by name alone; v4 puts the role first so a role is one key range.
      row.sortKey = `${PERSON_ROLES.indexOf(row.role)}|${row.name}|${row.id}`;
    });
}
