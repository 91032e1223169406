import type { AuditEntry } from '../../../shared/core/audit/audit';

type AnyRecord = { id: string } & Record<string, unknown>;

/** A logged record in words: its title (a unit's name, an item's matter…) and where it stands (its unit, meeting…). */
export interface AuditName {
  title: string;
  detail: string;
}

/** What naming needs: a table's search entries for a record (its system's search source), and staff names. */
export interface AuditNaming {
  entriesOf(table: string, record: AnyRecord): readonly { title: string; subtitle?: string }[];
  staffName(id: string): string | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Fields that name a record whose table has no search source (an output's title, a version's title…). */
const NAME_KEYS = ['title', 'name', 'displayName', 'matter'] as const;
const NONE: AuditName = { title: '', detail: '' };

function fromSource(entity: string, id: string, snapshot: Record<string, unknown>, naming: AuditNaming) {
  try {
    const entry = naming.entriesOf(entity, { ...snapshot, id } as AnyRecord)[0];
    if (entry && typeof entry.title === 'string' && entry.title)
      return { title: entry.title, detail: entry.subtitle ?? '' };
  } catch {
    // A partial snapshot (a status change's before/after) is not a whole record: named another way.
  }
  return null;
}

function fromFields(snapshot: Record<string, unknown>): AuditName | null {
  for (const key of NAME_KEYS) {
    const value = snapshot[key];
    if (typeof value === 'string' && value.trim()) {
      const number = typeof snapshot.number === 'string' ? snapshot.number : '';
      return { title: value.trim(), detail: number };
    }
  }
  return null;
}

/**
 * Names the record an audit entry is about, never by its id: through its system's search source
 * from the record as logged (after, else before — a deleted record keeps its name), else from the
 * record as it is now (`current`, for an entry that logged only what changed), else from a name
 * field of the snapshot (an output's title and number). Staff by their names; a backup by its time.
 */
export function auditRecordName(entry: AuditEntry, naming: AuditNaming, current?: AnyRecord): AuditName {
  if (entry.entity === 'staff') {
    const snapshotName = [entry.after, entry.before].find(isObject)?.displayName;
    const own = entry.actorId === entry.entityId ? entry.actorName : undefined;
    return { title: naming.staffName(entry.entityId) ?? (snapshotName as string | undefined) ?? own ?? '', detail: '' };
  }
  if (entry.entity === 'backup') return { title: entry.entityId.replace('T', ' ').slice(0, 16), detail: '' };
  if (entry.entity === 'sample' || entry.entityId === '*') return NONE;
  const snapshots = [entry.after, entry.before, current].filter(isObject);
  for (const snapshot of snapshots) {
    const named = fromSource(entry.entity, entry.entityId, snapshot, naming);
    if (named) return named;
  }
  for (const snapshot of snapshots) {
    const named = fromFields(snapshot);
    if (named) return named;
  }
  return NONE;
}
