import { unitNameAt } from '../../../../shared/systems/registry';
import { getDb } from '../../../core/data/db';

/** Units' names as of a date (a renamed unit is named as it was then), for documents. */
export async function unitNamesAt(unitIds: readonly string[], date: string): Promise<(id: string) => string> {
  const ids = [...new Set(unitIds)];
  const units = await getDb().units.bulkGet(ids);
  const names = new Map(ids.map((id, i) => [id, units[i] ? unitNameAt(units[i], date) : id]));
  return (id) => names.get(id) ?? id;
}
