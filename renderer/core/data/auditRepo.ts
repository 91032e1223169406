import Dexie from 'dexie';
import type { AuditEntity, AuditEntry } from '../../../shared/core/audit/audit';
import { getDb } from './db';
import { read } from './write';

export interface AuditPage {
  rows: AuditEntry[];
  /** seq to continue below, null at the end */
  nextBefore: number | null;
}

/** Newest first, keyset-paged by seq, on the [entity+seq] index when filtered by entity. */
export const auditRepo = {
  listPage({
    entity,
    before = null,
    limit = 50,
  }: { entity?: AuditEntity; before?: number | null; limit?: number } = {}): Promise<AuditPage> {
    return read(async () => {
      const db = getDb();
      const upper = before ?? Infinity;
      const collection = entity
        ? db.audit.where('[entity+seq]').between([entity, Dexie.minKey], [entity, upper], true, false).reverse()
        : db.audit.where('seq').below(upper).reverse();
      const rows = await collection.limit(limit + 1).toArray();
      const shown = rows.slice(0, limit);
      return { rows: shown, nextBefore: rows.length > limit ? (shown[shown.length - 1].seq ?? null) : null };
    });
  },
};
