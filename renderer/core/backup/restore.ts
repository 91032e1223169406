import { Dexie, type Table } from 'dexie';
import type { AuditEntry } from '../../../shared/core/audit/audit';
import { AppError, toAppError } from '../../../shared/core/errors';
import { SCHEMA_VERSION, WorkbenchDB } from '../data/db';
import { declareSchemaVersions } from '../data/schema/versions';
import { parseSnapshot, type ParsedSnapshot } from './snapshot';

/** bulkPut in chunks, as the repositories' bulk path does. */
async function putAll(table: Table, rows: readonly unknown[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) await table.bulkPut(rows.slice(start, start + 2000));
}

const corrupt = () => new AppError('backup-invalid', { rule: 'corrupt' });

/**
 * A snapshot of an older version (a backup taken before an upgrade, or an old file), brought to
 * the current one by the app's own migrations in a scratch database, exactly as a database in
 * the field would be; its rows are then read back. Only older snapshots pay for this.
 */
async function upgradedRows(name: string, snapshot: ParsedSnapshot): Promise<Record<string, unknown[]>> {
  const old = new Dexie(name);
  declareSchemaVersions(old, snapshot.manifest.schemaVersion);
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await putAll(table, snapshot.tables[table.name] ?? []);
    });
    for (const table of old.tables) if ((await table.count()) !== snapshot.manifest.counts[table.name]) throw corrupt();
  } finally {
    old.close();
  }
  const upgraded = new WorkbenchDB(name);
  try {
    await upgraded.open();
    const entries = await Promise.all(upgraded.tables.map(async (t) => [t.name, await t.toArray()] as const));
    return Object.fromEntries(entries);
  } finally {
    upgraded.close();
  }
}

/** The same entry, whatever its seq: entries are never edited, so these fields name one. */
const identity = (e: AuditEntry) => JSON.stringify([e.at, e.actorId, e.entity, e.entityId, e.action]);

/**
 * The audit log only grows: every entry the database has now stays (with its seq), and the
 * backup's entries it does not have come back — at their own seq where it is free, else after
 * the newest. Returns the rows to add.
 */
function missingAuditRows(live: AuditEntry[], backup: AuditEntry[]): AuditEntry[] {
  const known = new Set(live.map(identity));
  const taken = new Set(live.map((e) => e.seq));
  const missing = backup.filter((e) => !known.has(identity(e)));
  const atOwnSeq = missing.filter((e) => e.seq !== undefined && !taken.has(e.seq));
  // Numbered after every seq put explicitly: IndexedDB's key generator moves past those first.
  const renumbered = missing.filter((e) => !atOwnSeq.includes(e)).map(({ seq: _s, ...rest }) => rest);
  return [...atOwnSeq, ...renumbered];
}

export interface RestoreOptions {
  /** The restore's own audit entry, written in the transaction that replaces the data. */
  entry: (snapshot: ParsedSnapshot) => Omit<AuditEntry, 'seq'>;
}

/**
 * Restores a snapshot without ever half-replacing the live data or losing an audit entry:
 * - the whole snapshot is parsed and checked first (every table of its version, counts, hashes);
 * - then ONE strict transaction clears every table but the audit log, writes the snapshot's rows
 *   once, adds the backup's audit entries the log does not have, the restore's own entry, and
 *   checks the counts; any failure aborts it and IndexedDB leaves the data as it was.
 * Returns the rows restored per table.
 */
export async function restoreSnapshot(
  live: WorkbenchDB,
  bytes: Uint8Array,
  options: RestoreOptions,
): Promise<Record<string, number>> {
  const snapshot = await parseSnapshot(bytes);
  const scratchName = `${live.name}-restore-${crypto.randomUUID()}`;
  const older = snapshot.manifest.schemaVersion < SCHEMA_VERSION;
  try {
    const rows = older ? await upgradedRows(scratchName, snapshot) : snapshot.tables;
    const unknown = Object.keys(rows).filter((name) => !live.tables.some((t) => t.name === name));
    if (unknown.some((name) => rows[name].length > 0)) throw corrupt();
    const restoreEntry = options.entry(snapshot);
    await live.transaction('rw', live.tables, async () => {
      const audit = (await live.audit.toArray()) as AuditEntry[];
      for (const table of live.tables) {
        if (table.name === 'audit') continue;
        await table.clear();
        await putAll(table, rows[table.name] ?? []);
      }
      await putAll(live.audit, missingAuditRows(audit, (rows.audit ?? []) as AuditEntry[]));
      // A copy without seq: Dexie writes the generated key into the object it adds.
      const { seq: _seq, ...own } = restoreEntry as AuditEntry;
      await live.audit.add(own);
      for (const table of live.tables) {
        if (table.name === 'audit') continue;
        // A duplicate id in a damaged file shows as fewer rows than listed: the whole restore is undone.
        if ((await table.count()) !== (rows[table.name] ?? []).length) throw corrupt();
      }
    });
    return Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length]));
  } catch (error) {
    throw toAppError(error);
  } finally {
    if (older) await Dexie.delete(scratchName).catch(() => undefined);
  }
}
