import { newId } from '../../../shared/domain/common/ids';
import type { NewSupervisionItem, SupervisionItem } from '../../../shared/domain/supervision/item';
import { getDb } from '../db';
import { requireSession } from '../session';
import type { AuditWriter } from './write';

/**
 * The tables a transaction must include to add supervision items (System 2 keeps its counts in
 * `counters`). Callers in other modules (System 1 deploying tasks, System 4 reminders) list these
 * in their `writeWithAudit` call and then call `addItemsInTransaction` inside it, so the meeting
 * record and its items land together or not at all.
 */
export function supervisionWriteTables() {
  const db = getDb();
  return [db.supervisionItems, db.counters];
}

/** Adds items inside the caller's transaction, one audit entry each. Returns the stored items. */
export async function addItemsInTransaction(drafts: readonly NewSupervisionItem[], audit: AuditWriter): Promise<SupervisionItem[]> {
  const session = requireSession();
  const db = getDb();
  const now = new Date();
  const stored: SupervisionItem[] = drafts.map((draft) => ({
    ...draft,
    id: newId(),
    status: 'open',
    year: now.getFullYear(),
    createdAt: now.toISOString(),
    createdBy: session.displayName,
    isSample: draft.isSample ?? 0,
  }));
  for (const item of stored) {
    await db.supervisionItems.add(item);
    await audit('supervisionItems', item.id, 'create', null, item);
  }
  return stored;
}
