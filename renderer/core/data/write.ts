import type { Table } from 'dexie';
import { toAppError } from '../../../shared/core/errors';
import type { AuditAction, AuditEntity, AuditEntry } from '../../../shared/core/audit/audit';
import { getDb } from './db';
import { requireSession } from './session';
import { assertWritable } from './storageGuard';
import { noteWrite } from '../backup/idleBackup';

/**
 * Runs a write and its audit entries in ONE strict read-write transaction: either both land or
 * neither does. Errors (quota in all its disguises, aborts) come out as AppErrors; the data is
 * as it was.
 */
export async function writeWithAudit<T>(tables: Table[], work: (audit: AuditWriter) => Promise<T>): Promise<T> {
  const session = requireSession();
  assertWritable();
  const db = getDb();
  try {
    const result = await db.transaction('rw', [...tables, db.audit], async () => {
      const audit: AuditWriter = (entity, entityId, action, before, after, count) =>
        db.audit.add({
          at: new Date().toISOString(),
          actorId: session.staffId,
          actorName: session.displayName,
          entity,
          entityId,
          action,
          before: before ?? null,
          after: after ?? null,
          ...(count !== undefined ? { count } : {}),
        } satisfies AuditEntry);
      return work(audit);
    });
    noteWrite();
    return result;
  } catch (error) {
    throw toAppError(error);
  }
}

export type AuditWriter = (
  entity: AuditEntity,
  entityId: string,
  action: AuditAction,
  before?: unknown,
  after?: unknown,
  count?: number,
) => Promise<unknown>;

/** Reads go through here so that none happens before sign-in. */
export async function read<T>(work: () => Promise<T>): Promise<T> {
  requireSession();
  try {
    return await work();
  } catch (error) {
    throw toAppError(error);
  }
}

/** Strips the search/sort helpers from a record before it goes into the audit log. */
export function auditView<T extends { terms?: unknown; sortKey?: unknown }>(record: T): Omit<T, 'terms' | 'sortKey'> {
  const { terms: _t, sortKey: _s, ...rest } = record;
  return rest;
}
