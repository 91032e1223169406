import type { Transaction } from 'dexie';
import { PERSON_ROLES, type PersonRole } from '../../../../shared/systems/registry/person';

/**
 * Version 4: units and people keep one sort-key index each. The multi-entry search index of
 * v1–v3 held ~40 terms a unit and made a 100 000-unit import some thirty times slower than raw
 * puts; search now scans the sort-key range (registries hold hundreds of units, not millions).
 * Kinds and roles are key ranges of the sort key, so the compound indexes go too.
 */
export const V4_STORES = {
  units: 'id, sortKey',
  people: 'id, sortKey, unitId',
} as const;

export async function upgradeToV4(tx: Transaction): Promise<void> {
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
