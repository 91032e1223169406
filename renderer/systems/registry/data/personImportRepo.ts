import type { Person } from '../../../../shared/systems/registry/person';
import type { PreparedPerson } from '../../../../shared/systems/registry/personImport';
import { getDb } from '../../../core/data/db';
import { buildPerson } from './peopleRepo';
import { type BulkOptions, bulkInsertWithAudit } from '../../../core/data/bulkWrite';

/** Units by current name, for matching the 所在单位 column. */
export async function unitIdsByName(): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  await getDb().units.each((u) => map.set(u.name, u.id));
  return map;
}

/** Writes validated rows through the bulk path: one transaction, one audit entry. */
export function importPeople(prepared: readonly PreparedPerson[], options: BulkOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  const people: Person[] = prepared.map((p) => buildPerson(p.input, now));
  return bulkInsertWithAudit(getDb().people, 'people', people, options);
}
