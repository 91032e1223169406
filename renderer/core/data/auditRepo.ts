import Dexie from 'dexie';
import type { AuditEntity, AuditEntry } from '../../../shared/core/audit/audit';
import { getDb } from './db';
import { read } from './write';

export interface AuditPage {
  rows: AuditEntry[];
  /** seq to continue below, null at the end */
  nextBefore: number | null;
}

export interface AuditQuery {
  entity?: AuditEntity;
  /** Who: read on the [actorId+seq] index. */
  actorId?: string;
  /** The other filters (when, system, action), tested while reading newest first. */
  match?: (entry: AuditEntry) => boolean;
}

function newestFirst({ entity, actorId, match }: AuditQuery, upper: number) {
  const db = getDb();
  const collection = actorId
    ? db.audit.where('[actorId+seq]').between([actorId, Dexie.minKey], [actorId, upper], true, false).reverse()
    : entity
      ? db.audit.where('[entity+seq]').between([entity, Dexie.minKey], [entity, upper], true, false).reverse()
      : db.audit.where('seq').below(upper).reverse();
  const test = actorId && entity ? (e: AuditEntry) => e.entity === entity && (!match || match(e)) : match;
  return test ? collection.filter(test) : collection;
}

/** Newest first, keyset-paged by seq, on the [actorId+seq] or [entity+seq] index when filtered by either. */
export const auditRepo = {
  listPage({
    before = null,
    limit = 50,
    ...query
  }: AuditQuery & { before?: number | null; limit?: number } = {}): Promise<AuditPage> {
    return read(async () => {
      const rows = await newestFirst(query, before ?? Infinity)
        .limit(limit + 1)
        .toArray();
      const shown = rows.slice(0, limit);
      return { rows: shown, nextBefore: rows.length > limit ? (shown[shown.length - 1].seq ?? null) : null };
    });
  },

  /** Every entry the filters let through, newest first (the .xlsx export). */
  listAll(query: AuditQuery = {}): Promise<AuditEntry[]> {
    return read(() => newestFirst(query, Infinity).toArray());
  },
};
