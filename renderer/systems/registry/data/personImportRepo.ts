import type { Person } from '../../../../shared/systems/registry/person';
import type { PreparedPerson } from '../../../../shared/systems/registry/personImport';
import { AMBIGUOUS_UNIT } from '../../../../shared/systems/registry/personImport';
import { unitLabels } from '../../../../shared/systems/registry/unitNames';
import { getDb } from '../../../core/data/db';
import { buildPerson } from './peopleRepo';
import { type BulkOptions, bulkInsertWithAudit } from '../../../core/data/bulkWrite';

/**
 * Units by what the 所在单位 column may say: a village as 牛庄镇·东关村, or by its name alone
 * while no other unit has that name; a name two units share maps to AMBIGUOUS_UNIT.
 */
export async function unitIdsByName(): Promise<Map<string, string>> {
  const units = await getDb().units.toArray();
  const map = new Map<string, string>();
  for (const u of units) map.set(u.name, map.has(u.name) ? AMBIGUOUS_UNIT : u.id);
  for (const [id, label] of unitLabels(units)) map.set(label, id);
  return map;
}

/** Writes validated rows through the bulk path: one transaction, one audit entry. */
export function importPeople(prepared: readonly PreparedPerson[], options: BulkOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  const people: Person[] = prepared.map((p) => buildPerson(p.input, now));
  return bulkInsertWithAudit(getDb().people, 'people', people, options);
}
