import { newId } from '../../../../shared/core/common/ids';
import { AppError } from '../../../../shared/core/errors';
import {
  adjustHistogram,
  countChanges,
  countRowsOf,
  packHistogram,
  unpackHistogram,
} from '../../../../shared/systems/supervision/counts';
import {
  itemIndexKeys,
  type NewSupervisionItem,
  type SupervisionItem,
} from '../../../../shared/systems/supervision/item';
import { itemDraftSchema } from '../../../../shared/systems/supervision/itemInput';
import { unitNameAt } from '../../../../shared/systems/registry';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { validationError } from '../../../core/data/validation';
import type { AuditWriter } from '../../../core/data/write';

/**
 * The tables a transaction must include to add or change supervision items: the items and
 * System 2's kept counts. Callers in other modules (System 1 deploying tasks, System 4 reminders)
 * list these in their `writeWithAudit` call and then call `addItemsInTransaction` inside it, so
 * the meeting record, its items and the Dashboard's counts land together or not at all.
 */
export function supervisionWriteTables() {
  const db = getDb();
  return [db.supervisionItems, db.itemCounts];
}

/** Applies count changes, reading and writing each touched count row once. */
async function applyCountChanges(changes: ReturnType<typeof countChanges>): Promise<void> {
  if (changes.length === 0) return;
  const db = getDb();
  const keys = [...new Set(changes.map((c) => c.key))];
  const rows = await db.itemCounts.bulkGet(keys);
  const byKey = new Map(keys.map((key, i) => [key, unpackHistogram(rows[i]?.packed ?? '')]));
  for (const c of changes) adjustHistogram(byKey.get(c.key)!, c.dueOn, c.delta);
  const packed = [...byKey].map(([key, histogram]) => ({ key, packed: packHistogram(histogram) }));
  const empty = packed.filter((r) => r.packed === '').map((r) => r.key);
  await db.itemCounts.bulkPut(packed.filter((r) => r.packed !== ''));
  if (empty.length) await db.itemCounts.bulkDelete(empty);
}

/**
 * Stores items (new or changed) with their index keys and adjusts the kept counts, inside the
 * caller's transaction (which must include supervisionWriteTables()). `before` holds the stored
 * versions of changed items, so their old deadlines and units are counted out.
 */
export async function putItemsInTransaction(
  items: SupervisionItem[],
  before: ReadonlyMap<string, SupervisionItem> = new Map(),
): Promise<SupervisionItem[]> {
  const stored = items.map((item) => {
    const { dueKey, openKey } = itemIndexKeys(item);
    const next: SupervisionItem = { ...item, dueKey };
    if (openKey) next.openKey = openKey;
    else delete next.openKey;
    return next;
  });
  await getDb().supervisionItems.bulkPut(stored);
  await applyCountChanges(stored.flatMap((item) => countChanges(before.get(item.id), item)));
  return stored;
}

/**
 * One changed item: stored, counted, audited (the whole item before, unless told what to log).
 * Returns the stored version.
 */
export async function updateItemInTransaction(
  before: SupervisionItem,
  after: SupervisionItem,
  audit: AuditWriter,
  action: Parameters<AuditWriter>[2],
  auditAfter: unknown = after,
  auditBefore: unknown = before,
): Promise<SupervisionItem> {
  const [stored] = await putItemsInTransaction(
    [{ ...after, updatedAt: new Date().toISOString() }],
    new Map([[before.id, before]]),
  );
  await audit('supervisionItems', after.id, action, auditBefore, auditAfter);
  return stored;
}

/** Adds items inside the caller's transaction, one audit entry each. Returns the stored items. */
export async function addItemsInTransaction(
  drafts: readonly NewSupervisionItem[],
  audit: AuditWriter,
  now = new Date(),
): Promise<SupervisionItem[]> {
  const session = requireSession();
  for (const draft of drafts) {
    const parsed = itemDraftSchema.safeParse(draft);
    if (!parsed.success) throw validationError(parsed.error);
  }
  const items: SupervisionItem[] = drafts.map((draft) => ({
    ...draft,
    id: newId(),
    status: 'open',
    year: now.getFullYear(),
    createdAt: now.toISOString(),
    createdBy: session.displayName,
    isSample: draft.isSample ?? 0,
  }));
  const stored = await putItemsInTransaction(items);
  for (const item of stored) await audit('supervisionItems', item.id, 'create', null, item);
  return stored;
}

/**
 * Rebuilds every kept count from the items (after sample data is loaded or removed, which
 * bulk-writes rows without these hooks). Inside the caller's transaction on items and itemCounts.
 */
export async function rebuildItemCountsInTransaction(): Promise<void> {
  const db = getDb();
  // Only open items carry an openKey: the rebuild reads them alone, in one index range.
  const open = await db.supervisionItems.where('openKey').above('').toArray();
  await db.itemCounts.clear();
  await db.itemCounts.bulkPut(countRowsOf(open));
}

/** 督办对象 as printed: the unit's party organisation if registered, else its name, as of `date`. */
export async function targetName(unitId: string, date: string): Promise<string> {
  const unit = await getDb().units.get(unitId);
  if (!unit) return unitId;
  return unitNameAt(unit, date) === unit.name && unit.partyOrgName ? unit.partyOrgName : unitNameAt(unit, date);
}

/** Refuses an item that is not in one of the states an action expects. */
export function requireItemStatus(
  item: SupervisionItem | undefined,
  allowed: readonly SupervisionItem['status'][],
  rule: string,
): SupervisionItem {
  if (!item) throw new AppError('not-found', {});
  // A withdrawn item says so, whatever the action expected (it is not "closed").
  if (!allowed.includes(item.status))
    throw new AppError('wrong-state', { rule: item.status === 'withdrawn' ? 'item-withdrawn' : rule });
  return item;
}
