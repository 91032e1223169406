import type { AuditEntry } from '../../../shared/core/audit/audit';
import { searchRepo, type StoredRecord } from '../data/searchRepo';
import { currentSearch } from '../search/searchSession';
import { type AuditName, type AuditNaming, auditRecordName } from './auditNames';

/**
 * Names the records of these audit entries (auditNames.ts): with the header search's sources and the
 * names it has indexed (a unit's, a meeting's…), and each record as it is now, read in one go per table.
 */
export async function nameAuditEntries(
  entries: readonly AuditEntry[],
  staff: ReadonlyMap<string, string>,
): Promise<AuditName[]> {
  const live = currentSearch();
  const naming: AuditNaming = {
    entriesOf: (table, record) => live?.entriesOf(table, record) ?? [],
    staffName: (id) => staff.get(id),
  };
  const wanted = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!live?.reads(e.entity) || e.entityId === '*') continue;
    let ids = wanted.get(e.entity);
    if (!ids) wanted.set(e.entity, (ids = new Set()));
    ids.add(e.entityId);
  }
  const current = new Map<string, StoredRecord>();
  for (const [table, ids] of wanted)
    for (const record of await searchRepo.byIds(table, [...ids]))
      if (record) current.set(`${table}/${record.id}`, record);
  return entries.map((e) => auditRecordName(e, naming, current.get(`${e.entity}/${e.entityId}`)));
}
